# Nombres partagés par la ligne de commande et l’application.
# Typographie québécoise : espace insécable avant le deux-points et dans les « guillemets »,
# aucune espace avant ; ! ? (usage de l’OQLF).
count-errors = { $n ->
    [one] { $n } erreur
   *[other] { $n } erreurs
}
count-warnings = { $n ->
    [one] { $n } avertissement
   *[other] { $n } avertissements
}
count-slides = { $n ->
    [one] { $n } diapositive
   *[other] { $n } diapositives
}

# L’export HTML (estrade export --html) : les textes de la page pour les lecteurs et l’orateur.
html-deck-role = présentation
html-slide-role = diapositive
html-slide-label = { $number } sur { $total }
html-slide-label-titled = { $number } sur { $total } : { $title }
html-step = étape { $n } sur { $total }
html-next = Suivante
html-notes = Notes
html-no-notes = Pas de notes pour cette diapositive.
html-notes-left-out = Les notes ont été laissées hors de cette page (--no-notes).
html-end = Fin de la présentation
html-elapsed = Temps écoulé
html-clock-reset = Cliquer pour remettre le chronomètre à zéro
html-keys = → Espace : suivante · ← : précédente · Début Fin · la fenêtre du public suit
html-speaker-title = Vue de l’orateur
html-font-unreadable = la police { $face } ne peut pas être incorporée : { $error }
html-font-subset = la police { $face } ne peut pas être réduite aux caractères utilisés : { $error }
html-image-format = { $asset } : pas un format d’image qu’un navigateur affiche

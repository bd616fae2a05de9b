# Les écrans de l’orateur : la console, l’aide, ce qui s’affiche par-dessus la vue du public.

## La table des touches (src/app/keys.rs) : ce que fait chaque touche dans l’aide « ? », les
## autres moyens de le faire et l’étiquette courte de la bande de touches de la console.
ui-help-title = Touches
ui-help-next = étape ou diapositive suivante
ui-also-next = clic, molette vers le bas
ui-strip-next = suivante
ui-help-previous = étape ou diapositive précédente
ui-also-previous = clic droit, molette vers le haut
ui-strip-previous = précédente
ui-help-first = première diapositive
ui-help-last = dernière diapositive
ui-help-digits = taper un numéro de diapositive…
ui-help-confirm = …aller à cette diapositive (sinon : la suivante)
ui-help-start-over = recommencer : première diapositive, horloge à zéro
ui-help-fullscreen = activer / désactiver le plein écran
ui-help-escape = fermer ce qui est ouvert par-dessus, sortir du plein écran (ne quitte jamais)
ui-help-open = ouvrir une autre présentation
ui-also-open = déposer un fichier .ron
ui-help-export = exporter la présentation en PDF
ui-help-presenter = afficher / masquer la console de présentation (un seul écran : vue de l’orateur ou diapositives)
ui-strip-presenter = console / diapos
ui-help-swap = échanger les écrans du public et de la console
ui-strip-swap = échanger les écrans
ui-help-black = écran noir (appuyer de nouveau pour revenir; → ← montrent alors les tableaux de cette diapositive)
ui-strip-black = noir
ui-help-white = écran blanc (appuyer de nouveau pour revenir; → ← montrent alors les tableaux de cette diapositive)
ui-strip-white = blanc
ui-help-freeze = figer la vue du public pendant que la console avance
ui-strip-freeze = figer
ui-help-overview = vue d’ensemble des diapositives (flèches, Entrée)
ui-strip-overview = vue d’ensemble
ui-help-search = aller à une diapositive par son numéro ou des mots du titre
ui-strip-search = aller à
ui-help-reset-clock = remettre l’horloge de la présentation à zéro
ui-help-clock = démarrer ou mettre en pause l’horloge de la présentation
ui-strip-clock = horloge
ui-help-bigger = notes plus grandes
ui-strip-bigger = notes plus grandes
ui-help-smaller = notes plus petites
ui-help-notes-down = faire défiler les notes vers le bas
ui-help-notes-up = faire défiler les notes vers le haut
ui-strip-smaller = notes plus petites
ui-help-laser = pointeur laser sur la vue du public
ui-also-laser = maintenir le clic sur la diapositive de la console
ui-help-help = afficher / masquer cette aide
ui-strip-help = touches
ui-help-quit = quitter (si l’horloge tourne : appuyer de nouveau)

## Noms des touches.
ui-key-page-down = Page suiv.
ui-key-page-up = Page préc.
ui-key-escape = Échap
ui-key-space = Espace
ui-key-enter = Entrée
ui-key-home = Début
ui-key-end = Fin
ui-key-backspace = Retour arrière
ui-chord-shift = Maj+{ $key }
ui-chord-ctrl = Ctrl+{ $key }

## La console.
ui-console-title = estrade — console de présentation
ui-console-no-deck = Aucune présentation.
ui-wall-clock-hover = heure locale
ui-clock-paused = { $time } (en pause)
ui-clock-not-started = { $time } (démarre avec →)
ui-clock-hover = temps écoulé de la présentation (T : pause, Maj+T : remise à zéro)
ui-time-left = reste { $time }
ui-time-left-hover = temps restant selon la durée prévue
ui-pace-waiting = rythme : dès que l’horloge tourne
ui-pace-on-time = dans les temps
ui-pace-behind = en retard de { $minutes } min
ui-pace-ahead = en avance de { $minutes } min
ui-progress-hover = temps prévu des diapositives avant celle-ci, sur l’ensemble de la présentation
ui-where-slide = diapositive { $n } / { $total }
ui-where-step = étape { $step } / { $steps }
ui-flag-frozen = VUE DU PUBLIC FIGÉE (Z)
ui-flag-black = ÉCRAN NOIR (B)
ui-flag-white = ÉCRAN BLANC (W)
ui-search-title = Aller à la diapositive
ui-search-prompt = tapez un numéro ou des mots d’un titre
ui-search-none = aucune diapositive n’a ces mots dans son titre
ui-search-keys = ↑ ↓ choisir · Entrée aller · Échap annuler
ui-search-candidate = { $n } · { $title }

## Les diapositives et les notes de la console.
ui-caption-current = Actuelle
ui-caption-next = Suivante
ui-caption-end = Fin de la présentation
ui-no-notes = (aucune note)
ui-notes-more = … suite plus bas (Maj+↓ ou J)
ui-timing-planned = prévu { $time }
ui-timing-rehearsed = dernière répétition { $time }
ui-timing-on-screen = à l’écran { $time }
ui-timing-rehearsing = répétition : temps enregistrés en quittant

## Les messages à l’orateur.
ui-typed-number = Aller à la diapositive { $number }… (Entrée)
ui-typed-number-none = cette diapositive n’existe pas (1 à { $total })
ui-reload-failed = La présentation modifiée contient des erreurs; la dernière version valide reste à l’écran jusqu’à ce que le fichier soit corrigé :
ui-dismiss = Fermer

## Par-dessus la vue du public quand aucune console n’est ouverte.
ui-cannot-show = Impossible d’afficher cette présentation
ui-cannot-show-fix = Corrigez les problèmes ci-dessous et ouvrez-la de nouveau (Ctrl+O, ou déposez le fichier ici). Appuyez sur ? pour voir les touches.

# Dessiner sur les diapositives
ui-help-ink-colour = avec un stylo en main : rouge, bleu, vert, jaune
ui-help-pen = stylo (activer / désactiver)
ui-strip-pen = stylo
ui-help-highlighter = surligneur (activer / désactiver)
ui-help-eraser = gomme (activer / désactiver; toucher un trait l’efface)
ui-help-draw = dessiner sur la diapositive, sur celle de la console ou sur l’écran noir ou blanc
ui-also-draw = avec un outil : glisser la souris, le doigt ou le stylet
ui-help-ink-clear = effacer l’encre de cette diapositive
ui-help-ink-undo = annuler le dernier trait, la dernière gomme ou le dernier effacement
ui-help-ink-redo = rétablir
ui-help-ink-shown = masquer / afficher l’encre
ui-ink-pen = Stylo
ui-ink-highlighter = Surligneur
ui-ink-eraser = Gomme
ui-ink-hidden = encre masquée (Maj+D)
ui-ink-colour = { $n ->
    [1] rouge
    [2] bleu
    [3] vert
   *[4] jaune
}
ui-help-presenting = Présenter
ui-help-drawing = Dessiner

# The slide picker (estrade import without --slides)
picker-window-title = Importer des diapositives de { $from }
picker-title = Choisissez des diapositives de { $from } à importer dans { $into }
picker-keys = Cliquez une diapositive pour la choisir, Ctrl+clic pour en ajouter ou en retirer une, Maj+clic pour une suite; ou les flèches, Maj+flèches, Espace, Ctrl+A. Entrée importe, Échap annule.
picker-none-chosen = Aucune diapositive choisie
picker-chosen = { $n ->
    [one] { $n } diapositive choisie
   *[other] { $n } diapositives choisies
} : { $ids }
picker-files = Fichiers apportés : { $files }
picker-after = Insérer après :
picker-at-end = la fin (avant une diapositive de clôture)
picker-import = Importer (Entrée)
picker-cancel = Annuler (Échap)
picker-hidden = masquée
picker-steps = { $n } étapes
picker-included = incluse d’une autre présentation : importez-la de celle-ci
picker-card-files = apporte { $files }
picker-cancelled = rien n’a été importé
picker-no-window = impossible d’ouvrir le choix des diapositives ({ $error }) : nommez-les avec --slides (`estrade ids { $from }` les liste)
ui-help-import = importer des diapositives d’une autre présentation dans celle-ci (une fenêtre les montre pour les choisir)
ui-help-share = partager la présentation sur les téléphones (ou arrêter)
ui-help-share-code = l’adresse du public en code QR sur les diapositives

# L’interface de l’application : titres des fenêtres, messages pour l’orateur, journal du
# kiosque, écran maintenu allumé, reprise après un plantage et tableau de « estrade screens ».

## Titres des fenêtres
app-window-title = { $title } — estrade

## Quitter, échanger les écrans, dialogues de fichiers, exportation, répétition
app-quit-confirm = L’horloge de l’exposé tourne : appuyez de nouveau sur Q pour quitter, sur Échap pour rester.
app-swap-one-screen = Un seul écran : rien à échanger (S affiche les diapositives).
app-dialog-deck-filter = Présentation estrade
app-export-default-name = présentation
app-exporting = Exportation en cours…
app-export-done = Exportation terminée : { $path } ({ $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
})
app-export-failed = Échec de l’exportation : { $error }
app-dialog-failed = La boîte de dialogue n’a pas pu s’ouvrir : { $error }
app-rehearsal-saved = Durées de la répétition enregistrées dans { $path }
app-rehearsal-save-failed = Impossible d’enregistrer les durées de la répétition : { $error }
app-audience-monitor-missing = { $count ->
    [one] --audience-monitor { $n } : il n’y a qu’un écran; placement automatique
   *[other] --audience-monitor { $n } : il n’y a que { $count } écrans; placement automatique
}

## Les écrans (« estrade screens », journal du placement)
app-screens-log = écrans : { $screens }
app-screens-none = aucun écran signalé (les fenêtres vont là où le système les place)
app-screens-no-name = (sans nom)
app-screens-geometry = { $width }×{ $height } à ({ $x }; { $y })
app-screens-scale = échelle { $scale }
app-screens-primary = principal
app-screens-role-single = → console ou vue du public (l’une à la fois)
app-screens-role-audience = → vue du public
app-screens-role-console = → console de présentation
app-screens-role-unused = → inutilisé
app-screens-twin = → le même écran que { $index }, signalé deux fois

## Journal du kiosque (chaque ligne après un horodatage)
app-kiosk-reload-at-loop-start = la présentation a changé; elle sera rechargée au prochain début de boucle
app-kiosk-the-deck = la présentation
app-kiosk-loaded = chargement de { $name } ({ $problems ->
    [one] { $problems } problème
   *[other] { $problems } problèmes
})
app-kiosk-ignored = mise à jour invalide de { $name } ignorée ({ $problems ->
    [one] { $problems } problème
   *[other] { $problems } problèmes
})
app-kiosk-black = impossible de projeter { $name } ({ $problems ->
    [one] { $problems } problème
   *[other] { $problems } problèmes
}) : l’écran reste noir jusqu’à ce que le fichier puisse être projeté (il est surveillé)
app-kiosk-close-refused = une demande de fermeture de la fenêtre a été refusée (kiosque)
app-kiosk-exit-chord = combinaison de sortie maintenue : fermeture

## Diapositives, polices et images qui échouent pendant l’exposé
app-layout-failed-log = la mise en page de la diapositive `{ $id }` a échoué : { $why }
app-layout-failed = La diapositive `{ $id }` n’a pas pu être mise en page : { $why }
app-unknown-panic = erreur interne inconnue
app-fonts-kept = { $error }; les polices précédentes sont conservées
app-image-decoder-start-failed = impossible de démarrer le décodeur d’images : { $error }
app-image-decoder-stopped = le décodeur d’images s’est arrêté
app-image-lost = { $name } ne peut plus être lu ({ $why }); l’image déjà chargée reste à l’écran
app-image-unreadable = { $name } est illisible ({ $why }) : le public verra un espace vide à la place de cette image

## Reprise après un plantage
app-resumed = Reprise après un redémarrage à la diapositive { $slide }, horloge de l’exposé à { $clock }. Maj+Début recommence à la diapositive 1.
app-position-save-failed = Impossible d’enregistrer la position pour une reprise : { $error }
app-resume-create-dir = impossible de créer le dossier { $path } : { $error }
app-resume-serialize = impossible d’écrire l’état enregistré en RON : { $error }
app-resume-write = impossible d’écrire { $error }

## L’écran maintenu allumé (la raison que montrent les bureaux, et le moyen employé)
app-awake-reason = Présentation de diapositives en cours
app-display-kept-awake = écran maintenu allumé : { $how }
app-awake-none = aucun moyen : { $why }
app-awake-nothing = rien
app-awake-x11-reset = réinitialisation de l’économiseur d’écran X11
app-awake-x11-stopped = la réinitialisation de l’économiseur d’écran X11 ne fonctionne plus : { $error }
app-awake-platform = keepawake (écran et mise en veille)
app-awake-dbus-held = { $service } (jeton { $cookie })
app-awake-dbus-held-at = { $service } au chemin { $path } (jeton { $cookie })
app-awake-unavailable = { $service } indisponible : { $error }
app-awake-dbus = D-Bus : { $error }
app-awake-wayland-held = inhibition de veille Wayland
app-awake-wayland-connect = Wayland : compositeur injoignable ({ $error })
app-awake-wayland = Wayland : { $error }
app-awake-wayland-absent = Wayland : le compositeur n’offre pas l’inhibition de veille
app-awake-no-bus = aucun bus de session joignable
app-awake-x11-connect = connexion X11 : { $error }
app-awake-x11 = X11 : { $error }
app-awake-keepawake = keepawake : { $error }
app-awake-no-display = X11 : DISPLAY n’est pas défini
# $what : « x11 » pour le serveur X, sinon le nom D-Bus du service.
app-awake-timeout = { $what ->
    [x11] le serveur X
   *[other] { $what }
} n’a pas répondu dans les { $ms } ms
app-awake-thread = impossible de démarrer un fil d’exécution auxiliaire : { $error }
app-awake-unsupported = non pris en charge sur cette plateforme

## « --quit-after-first-frame »
app-first-frame = première image à l’écran { $ms } ms après le démarrage; mémoire résidente { $memory }
app-memory-unknown = inconnue

# Dessiner sur les diapositives
app-ink-tool = { $tool }, { $colour } : glissez sur la diapositive ({ $key } pour le poser)
app-ink-eraser = Gomme : touchez un trait pour l’effacer (E pour la poser)
app-ink-off = Dessin désactivé
app-ink-hidden = Encre masquée (Maj+D pour l’afficher)
app-ink-shown = Encre affichée
app-ink-cleared = L’encre de cette diapositive est effacée (Ctrl+Z pour la rétablir)
app-ink-nothing-to-undo = Rien à annuler
app-ink-nothing-to-redo = Rien à rétablir
app-ink-save-failed = Encre non enregistrée : { $error }
app-ink-unreadable = Le fichier d’encre { $path } est illisible ({ $problem }). Son encre n’est pas affichée; le fichier reste tel quel jusqu’à ce que vous dessiniez, puis il est conservé sous le nom { $aside }.
app-ink-set-aside = Le fichier d’encre illisible est conservé sous le nom { $aside }; l’encre dessinée maintenant est dans { $path }.
app-ink-not-saved-builtin = La présentation intégrée n’a pas de fichier à côté duquel enregistrer l’encre : elle reste jusqu’à ce que vous quittiez (estrade new crée une présentation à vous).
app-deck-has-errors = La présentation contient des erreurs; la dernière bonne version reste (S : la vue de l’orateur les énumère)
app-start-over-confirm = Appuyez encore sur Maj+Début pour tout recommencer (l’horloge revient à 0:00); Échap annule
app-window-not-created = impossible d’ouvrir la fenêtre (RUST_LOG=eframe=debug estrade … dit pourquoi)
app-awake-nothing-warning = Rien ne garde l’écran allumé sur ce bureau : désactivez la mise en veille et l’extinction de l’écran dans ses réglages avant l’exposé, sinon le projecteur risque de s’éteindre.
app-board-shown = Tableau { $n } sur { $total } de cette diapositive
app-board-blank = Un tableau vierge (cette diapositive en a { $total } { $total ->
        [one] autre
       *[other] autres
    } : → et ←)
app-import-no-file = les diapositives s’importent dans un fichier de présentation : celle-ci n’en a pas (ouvrez-en une avec Ctrl+O)
app-import-dialog-title = Importer des diapositives de quelle présentation?
app-import-failed = rien n’a été importé : { $error }
app-import-done = { $n ->
    [one] { $n } diapositive importée
   *[other] { $n } diapositives importées
} : { $ids }

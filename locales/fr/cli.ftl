# La ligne de commande : son aide (src/cli.rs) et ses messages (src/main.rs, src/export.rs,
# src/scaffold.rs). Typographie québécoise : espace insécable avant le deux-points et dans les
# « guillemets », aucune espace avant ; ! ? (usage de l’OQLF).
# `error:` et `warning:` restent en anglais (les outils qui lisent les diagnostics les cherchent).

## Les titres de l’aide, tels qu’affichés (clap ajoute lui-même le deux-points des trois derniers).
cli-heading-usage = Utilisation :
cli-heading-commands = Commandes :
cli-heading-arguments = Arguments :
cli-heading-options = Options :

## Noms des valeurs dans l’aide (<SECONDES>, [PRÉSENTATION]…).
cli-value-seconds = SECONDES
cli-value-file = FICHIER
cli-value-deck = PRÉSENTATION
cli-value-name = NOM
cli-value-out-html = SORTIE.html
cli-value-out-pdf = SORTIE.pdf
cli-value-dir = DOSSIER
cli-value-scale = ÉCHELLE
cli-value-paper = PAPIER
cli-value-reload = RECHARGEMENT
cli-value-lang = LANGUE
cli-value-command = COMMANDE

## estrade [OPTIONS] [PRÉSENTATION]
cli-about = Logiciel de présentation pour ordinateur de bureau : présentations écrites à la main en RON, projetées en plein écran avec egui.
cli-deck-help = Présentation à projeter (par défaut : slides/ceap-2024.ron s’il se trouve ici, sinon la conférence du CÉAP intégrée)
cli-windowed-help = Démarrer dans une fenêtre plutôt qu’en plein écran
cli-presenter-help = Ouvrir la console de présentation (diapositive actuelle et suivante, notes, horloges) sur le second écran, ou la vue de l’orateur sur un seul écran (S bascule vers les diapositives)
cli-kiosk-help = Mode kiosque : plein écran, avance automatique, en boucle, commandes verrouillées (pour en sortir, maintenir Ctrl+Alt+Q enfoncées pendant 2 s, ou envoyer un signal); les erreurs vont au journal, rien ne s’affiche à l’écran
cli-advance-help = Kiosque : secondes par diapositive quand la diapositive n’a pas de `duration`
cli-no-loop-help = Kiosque : s’arrêter à la dernière diapositive au lieu de recommencer
cli-allow-navigation-help = Kiosque : les visiteurs peuvent changer de diapositive avec les flèches (la lecture automatique reprend après --idle-return)
cli-idle-return-help = Kiosque : secondes sans action avant que la lecture automatique reprenne
cli-reload-help = Kiosque : quand prendre en compte un fichier de présentation modifié
cli-reload-next-loop = Au prochain retour à la première diapositive
cli-reload-now = Dès que le fichier change
cli-log-help = Kiosque : ajouter les messages horodatés à ce fichier (par défaut : la sortie d’erreur standard)
cli-follow-edits-help = Après une modification de la présentation, aller à la première diapositive modifiée (si la diapositive actuelle n’a pas changé)
cli-audience-monitor-help = Mettre la vue du public en plein écran sur cet écran (0, 1, … dans l’ordre de `estrade screens`) plutôt que sur celui que choisit estrade (l’écran externe)
cli-fresh-help = Commencer à la première diapositive avec l’horloge à zéro, sans tenir compte de la position enregistrée lors d’une séance précédente avec cette présentation (sinon, un redémarrage dans les 12 heures reprend à cet endroit)
cli-rehearse-help = Répétition : mesurer le temps passé sur chaque diapositive, enregistré dans PRÉSENTATION.timings.ron à la fermeture (implique --presenter)
cli-quit-after-first-frame-help = Diagnostic : quitter dès que la première diapositive est à l’écran, en affichant le temps écoulé depuis le lancement et la mémoire résidente (utilisé par benches/process.sh)
cli-lang-help = Langue de l’interface et des messages (par défaut : celle du système)

## Les sous-commandes.
cli-new-about = Créer un dossier de présentation : une présentation de départ qui montre chaque type de diapositive, ou une copie de PRÉSENTATION
cli-new-name-help = Dossier à créer
cli-new-from-help = Copier cette présentation et ses ressources plutôt que la présentation de départ
cli-new-empty-help = Seulement une diapositive d’ouverture et une de clôture, au lieu des exemples de la présentation de départ
cli-export-about = Exporter une présentation : PDF vectoriel (diapositives, documents à distribuer ou pages de notes), notes pdfpc, images PNG
cli-deck-file-help = Le fichier de présentation
cli-export-pdf-help = Écrire le PDF dans ce fichier
cli-export-handout-help = Documents à distribuer : chaque diapositive avec ses notes en dessous, sur papier (voir --paper)
cli-export-notes-pages-help = Une page de notes après chaque page de diapositive
cli-export-steps-help = Une page par étape (puces progressives) plutôt qu’une par diapositive
cli-export-pdfpc-help = Écrire aussi SORTIE.pdfpc à côté du PDF, pour le présentateur pdfpc
cli-export-png-help = Écrire un PNG par diapositive dans ce dossier
cli-export-html-help = Écrire la présentation en une page web (HTML avec ses polices et ses images; un dossier terminé par / reçoit index.html et leurs fichiers)
cli-export-no-notes-help = Laisser les notes de l’orateur hors de la page web (pour publier)
cli-export-scale-help = Échelle des PNG : 1 donne 1920×1080 pour une présentation 16:9
cli-export-paper-help = Format de papier des documents à distribuer
cli-export-include-hidden-help = Inclure les diapositives marquées `hidden: true`
cli-screens-about = Lister les écrans et ce qu’estrade afficherait sur chacun (pour vérifier la salle avant la présentation)
cli-ids-about = Lister les diapositives d’une présentation : identifiant, nombre d’étapes, titre (ce qu’un Include demande)
cli-screens-audience-monitor-help = Comme pour présenter : la vue du public sur cet écran
cli-check-about = Charger et valider une présentation, ou chaque présentation d’un dossier; afficher chaque problème (code de sortie 0 : aucune erreur, 1 : erreurs, 2 : illisible)
cli-check-count-steps-help = Afficher seulement le nombre d’appuis sur « suivant » qui parcourent toutes les étapes (pour les scripts)

## Ce que clap écrirait lui-même pour -h, -V et `estrade help`.
cli-help-flag = Afficher l’aide
cli-help-flag-short = Afficher l’aide (plus de détails avec --help)
cli-help-flag-long = Afficher l’aide (un résumé avec -h)
cli-version-flag = Afficher la version
cli-help-command = Afficher ce message ou l’aide des sous-commandes indiquées
cli-help-command-arg = Afficher l’aide de ces sous-commandes

## Messages.
cli-error = error: { $message }
cli-warning = warning: { $message }
cli-created = présentation créée : { $deck }; pour la projeter : `estrade { $typed }`, pour la vérifier : `estrade check { $typed }`
cli-new-exists = { $dir } existe déjà : choisissez un autre nom (rien n’a été écrasé)
cli-new-builtin-file = (intégré)/{ $path }
# Les nombres viennent de common.ftl : « 3 diapositives », « 1 erreur », « 0 avertissement ».
cli-check-summary = { $file } : { $slides }, { $errors }, { $warnings }
cli-check-no-decks = aucune présentation dans { $folder } (ni dans son dossier slides/) : nommez un fichier de présentation, par exemple `estrade check slides/talk.ron`
cli-check-slides-uncounted = diapositives non comptées (le fichier n’a pas pu être lu comme une présentation)
cli-export-with-problems = exportation malgré les problèmes ci-dessus : les fichiers manquants sont remplacés par des espaces réservés
cli-export-not-built = { $deck } : exportation impossible : corrigez d’abord les erreurs ci-dessus (aucun fichier n’a été écrit)
# La barre de progression; $bar, $pos et $len sont la barre et ses nombres, remplis à mesure.
cli-export-progress = { $bar } { $pos }/{ $len } pages
# $outputs : les fichiers écrits, donnés par les trois messages ci-dessous, séparés par des virgules.
cli-exported = exportation terminée en { $seconds } s : { $outputs }
cli-exported-pdf = { $file } ({ $page_count ->
    [one] { $page_count } page
   *[other] { $page_count } pages
}, { $kib } Kio)
cli-exported-png = { $count } PNG dans { $dir }
cli-exported-html = { $file } ({ $kib } Kio)
cli-export-no-output = rien à exporter : indiquez --pdf FICHIER, --png DOSSIER ou --html FICHIER (ou plusieurs)
cli-export-pdfpc-without-pdf = --pdfpc demande --pdf (le fichier de notes va à côté du PDF)
# Le signet PDF d’une diapositive sans titre.
cli-export-bookmark = Diapositive { $number }
cli-screens-failed = impossible de lire les écrans (y a-t-il un affichage?) : { $error }
cli-window-failed = impossible d’ouvrir une fenêtre : { $error }
# Les notes que clap ajoute après l’aide d’une option, écrites par estrade hors de l’anglais.
cli-default-value = [par défaut : { $value }]
cli-possible-values = [valeurs possibles : { $values }]
cli-possible-values-heading = Valeurs possibles :
cli-possible-value = - { $name } : { $help }
import-unusable = `{ $file }` n’est pas utilisable tel quel; corrigez d’abord ces problèmes (`estrade check` les liste) :
import-would-break = importer ces diapositives donnerait à `{ $file }` des erreurs qu’elle n’a pas; rien n’a été modifié :
import-outside-project = le dossier où il irait mène hors du projet (un lien) : rien n’a été copié
import-same-deck = les deux présentations sont le même fichier : nommez la présentation d’où viennent les diapositives, puis celle qui les reçoit
import-unknown-id = l’autre présentation n’a aucune diapositive dont l’identifiant est `{ $id }`
import-unknown-after = cette présentation n’a aucune diapositive dont l’identifiant est `{ $id }` après laquelle insérer
import-included = la diapositive `{ $id }` vient d’un `Include` de l’autre présentation : importez-la de la présentation d’où elle est incluse
import-no-slide-list = `{ $file }` n’a pas de liste `slides: [...]` où ajouter les diapositives
import-write-failed = impossible d’écrire { $path } : { $reason }
import-comment = importée de { $from } (diapositive `{ $id }`)
import-no-target = ce dossier ne contient aucune présentation où importer : nommez-la avec `--into PRÉSENTATION`
import-several-targets = ce dossier contient plusieurs présentations ({ $found }) : nommez celle où importer avec `--into PRÉSENTATION`
cli-import-about = Copier des diapositives d’une autre présentation dans celle-ci, avec exactement les images et les tableaux qu’elles utilisent
cli-import-from-help = La présentation d’où viennent les diapositives (pas avec --update : chaque diapositive importée nomme la sienne)
cli-import-slides-help = Quelles diapositives : identifiants et intervalles première..dernière, séparés par des virgules (`estrade ids` les liste); sans elle, une fenêtre montre les diapositives à choisir
cli-import-into-help = La présentation qui les reçoit (par défaut : l’unique présentation de ce dossier)
cli-import-after-help = Les insérer après cette diapositive (par défaut : à la fin)
cli-value-ids = IDENTIFIANTS
cli-value-id = IDENTIFIANT
import-done = { $deck } reçoit { $slides } : { $ids }
import-copied = copiés : { $files }
import-reused = déjà présents, utilisés tels quels : { $files }
import-missing = introuvables dans l’autre présentation, non copiés : { $files }
update-done = { $deck } : { $n ->
    [one] { $n } diapositive reprise
   *[other] { $n } diapositives reprises
}
update-new-files = nouveaux fichiers : { $files }
update-gone = `{ $id }` : { $from } n’a plus de diapositive `{ $from_id }`; corrigez son `origin`, ou retirez `origin` pour ne plus la suivre
update-unreadable = `{ $id }` : son origine { $from } est illisible : { $reason }
update-edited-here = `{ $id }` : modifiée dans { $from }, mais aussi ici depuis son importation : gardée; `--force` la remplace (les changements ci-dessous disent ce que vos modifications perdraient)
update-would-update = `{ $id }` : modifiée dans { $from }; serait reprise (--dry-run : rien n’est écrit)
update-updated = `{ $id }` : reprise de { $from }
update-up-to-date = `{ $id }` : identique à { $from }
update-none = { $deck } n’a aucune diapositive importée (`estrade import` les marque d’un `origin`)
import-not-imported = la diapositive `{ $id }` n’a pas été importée (elle n’a pas d’`origin`) : `--update` ne reprend que les diapositives importées
cli-import-dry-run-help = Avec --update : montrer ce qui changerait, sans rien écrire
cli-import-force-help = Avec --update : remplacer aussi les diapositives modifiées ici (les changements montrés disent ce qui est perdu)
cli-import-update-help = Reprendre les diapositives importées dont l’original a changé (ces identifiants, ou toutes) : montre les changements, garde celles modifiées ici
cli-check-message-format-help = Comment écrire les problèmes : pour les personnes (human), en lignes JSON pour les éditeurs (json), en annotations GitHub (github)
cli-value-format = FORMAT
cli-export-per-page-help = Documents à distribuer avec N diapositives par page (1, 2, 3 avec des lignes pour les notes, 4, 6 ou 9), sans les notes
cli-export-per-page-values = utilisez 1, 2, 3, 4, 6 ou 9
cli-export-pdfpc-with-per-page = --pdfpc demande une diapositive par page : retirez --per-page
cli-export-ink-help = Dessiner par-dessus les diapositives l’encre enregistrée à côté de la présentation (PRÉSENTATION.ink.ron)
cli-export-ink-orphans = le fichier d’encre contient de l’encre pour des diapositives que cette présentation n’a plus ({ $ids }) : elle est gardée dans le fichier, mais pas imprimée
cli-ink-help = Kiosque : afficher l’encre enregistrée à côté de la présentation (les visiteurs ne peuvent pas dessiner; ailleurs, l’encre est toujours affichée)
cli-export-deck-help = Le fichier de la présentation (par défaut : slides/ceap-2024.ron ici, sinon la présentation du CÉAP intégrée)
cli-completions-about = Afficher sur la sortie standard la complétion d’estrade pour un interpréteur de commandes
cli-completions-shell-help = L’interpréteur : bash, zsh ou fish
cli-man-about = Afficher sur la sortie standard la page de manuel d’estrade (roff)
cli-value-shell = INTERPRÉTEUR
cli-builtin-talk = la présentation du CÉAP intégrée
cli-deck-already-presented = { $path } est déjà présenté par estrade (processus { $pid }) : passez à cette fenêtre, ou quittez-la d’abord
cli-screens-no-display = aucun affichage où lire les écrans : ni DISPLAY ni WAYLAND_DISPLAY n’est défini (lancez-le depuis la session de bureau)
cli-export-over-input = { $file } est un fichier que cette exportation lit (la présentation, son encre ou ses durées, une image ou un tableau qu’elle montre) : choisissez une autre sortie
cli-export-twice = { $file } est nommé deux fois comme sortie de cette exportation : choisissez deux fichiers

## Parse errors of the command line (clap's, translated).
cli-error-invalid-value = valeur « { $value } » invalide pour { $arg } : { $reason }
cli-error-invalid-value-choice = valeur « { $value } » invalide pour { $arg } : choisissez parmi { $valid }
cli-error-missing-value = { $arg } demande une valeur
cli-error-unknown-argument = argument inconnu « { $arg } »
cli-error-unknown-command = commande inconnue « { $command } »
cli-error-missing-argument = il manque : { $args }
cli-error-conflict = { $arg } ne peut pas s’employer avec { $prior }
cli-error-too-many-values = « { $value } » est une valeur de trop pour { $arg }
cli-error-no-equals = { $arg } prend sa valeur après `=`
cli-error-did-you-mean = vouliez-vous dire « { $name } »?
cli-error-more = Pour en savoir plus : `estrade --help` (ou `estrade COMMANDE --help`).

## The operating system's reasons (std::io::ErrorKind), after a file's name.
os-not-found = fichier ou dossier introuvable
os-permission-denied = permission refusée
os-already-exists = il existe déjà
os-storage-full = le disque est plein
os-read-only = le disque est en lecture seule
os-is-a-folder = c’est un dossier
os-not-a-folder = une partie du chemin n’est pas un dossier
os-folder-not-empty = le dossier n’est pas vide
os-file-too-large = le fichier est trop gros pour le disque
os-crosses-devices = le fichier passerait sur un autre disque
cli-man-out-help = Écrire plutôt les pages de manuel (estrade.1 et une par commande) dans ce dossier
cli-man-written = pages de manuel écrites dans { $folder } : { $pages }

## The manual page's own sections (after clap's), `estrade man`.
man-keys = Touches
man-files = Fichiers
man-environment = Environnement
man-exit-status = Code de sortie
man-examples = Exemples
man-term-ink = NOM.ink.ron
man-term-timings = NOM.timings.ron
man-file-ink = L’encre dessinée sur une présentation NOM.ron, enregistrée à côté (relue à l’ouverture; `export --ink` la dessine).
man-file-timings = Les minutages d’une répétition de NOM.ron, à côté (le rythme de la console s’en sert).
man-file-assets = Les images (images/), tableaux (data/) et thèmes (themes/) du projet; les chemins d’une présentation partent de là.
man-file-state = La position pour reprendre l’exposé après un plantage, la taille des notes et le verrou qui garde un seul présentateur par présentation (~/.local/state/estrade/ si XDG_STATE_HOME n’est pas défini).
man-file-kiosk-env = Les options de l’unité de kiosque estrade-kiosk@.service, sous la forme ESTRADE_KIOSK_ARGS=…
man-env-lang = La langue de l’interface, français ou anglais (--lang a priorité).
man-env-display = Le serveur d’affichage : Wayland dès que WAYLAND_DISPLAY est défini, sinon X11.
man-env-log = Un journal de débogage sur la sortie d’erreur, par exemple RUST_LOG=estrade=debug (muet sinon).
man-env-xdg = Où sont cherchés le dossier d’état et kiosk.env.
man-env-state-dir = Un autre dossier d’état (tests, kiosques qui le gardent ailleurs).
man-exit-0 = Terminé; pour check, une présentation sans erreur (avertissements permis).
man-exit-1 = La présentation a des erreurs, ou la commande a échoué.
man-exit-2 = Un fichier n’a pas pu être lu, ou la ligne de commande est erronée.
man-example-builtin = Présente l’exposé du CÉAP intégré au programme (ou slides/ceap-2024.ron d’ici).
man-example-presenter = Présente une présentation avec la console du présentateur sur le second écran.
man-example-check = Vérifie chaque présentation du dossier et de son slides/.
man-example-export = Un PDF de l’exposé et ses notes pour pdfpc.
man-example-new = Une nouvelle présentation avec seulement une diapositive d’ouverture et une de clôture.
man-example-import = Copie la diapositive « causes » d’une autre présentation, avec ses images, avant la diapositive de clôture.

## estrade --licences
cli-licences-help = Affiche les licences d’estrade, des polices intégrées (avec le texte entier de la SIL Open Font License) et des crates Rust liées, puis quitte
licences-estrade = estrade { $version } : MIT ou Apache-2.0, au choix (LICENSE-MIT et LICENSE-APACHE; installées dans /usr/share/doc/estrade/).
licences-fonts = Polices intégrées au programme, incorporées aux PDF et aux pages Web qu’il exporte :
licences-lato = Lato 2.007, © 2010–2014 tyPoland Łukasz Dziedzic : SIL Open Font License 1.1 (texte ci-dessous).
licences-open-sans = Open Sans 1.10, © 2010–2011 Google Corporation : licence Apache 2.0.
licences-egui-fonts = Polices d’interface d’egui, pour la console et l’aide (epaint_default_fonts dans la liste ci-dessous, textes des licences dans third-party-licences.md) : Ubuntu Light (Ubuntu Font Licence 1.0), Hack (MIT), Noto Emoji (SIL OFL 1.1), emoji-icon-font (MIT).
licences-crates = { $count } crates Rust liées aux versions Linux, arm64 et Windows du programme (nom, version, licence; leurs textes : third-party-licences.md dans la documentation, /usr/share/doc/estrade/ sous Debian) :
licences-ofl-follows = La SIL Open Font License 1.1, sous laquelle Lato est distribuée :
cli-share-help = Partager la présentation sur le réseau local : le public suit sur ses téléphones, votre téléphone sert de télécommande (adresses et codes QR dans la console; désactivé sauf sur demande)
cli-share-port-help = Partage : écouter sur ce port (par défaut : 8642, ou un port libre s’il est pris)
cli-share-bind-help = Partage : écouter sur cette adresse seulement (par défaut : toutes les interfaces)
cli-share-about = Vérifier le réseau avant une présentation partagée : l’adresse et le port qu’ouvriraient les téléphones, et ce qui peut les bloquer
cli-share-check-help = Faire les vérifications (la seule chose que fait « estrade share » pour l’instant)
cli-share-check-port-help = Le port à vérifier (par défaut : 8642, ou le port libre qui servirait)
cli-share-check-bind-help = L’adresse à vérifier (par défaut : toutes les interfaces)
cli-value-port = PORT
cli-value-address = ADRESSE

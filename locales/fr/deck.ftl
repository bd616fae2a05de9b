# Diagnostics d’`estrade check` et erreurs de chargement, de mise en page et de dessin.
# Les mots `error` et `warning` en tête d’un diagnostic ne sont pas dans le catalogue : ils
# restent en anglais dans toutes les langues (les éditeurs et l’intégration continue les cherchent).
# Typographie québécoise : espace insécable avant le deux-points, aucune espace avant ; ! ?

## La ligne sous un diagnostic.
deck-hint = conseil : { $hint }
deck-did-you-mean = vouliez-vous dire `{ $name }`?

## Lecture du fichier de présentation.
deck-unreadable = impossible de lire le fichier de présentation `{ $path }` : { $reason }
deck-not-a-file = ce n’est pas un fichier
deck-not-utf8 = le fichier n’est pas du texte UTF-8 (octet { $byte })
deck-builtin-missing = la présentation intégrée est introuvable : { $reason }
deck-too-big = le fichier de présentation fait { $size } Mo; estrade lit les fichiers de présentation d’au plus { $max } Mo
deck-too-big-hint = répartissez la conférence dans plusieurs fichiers de présentation (chacun peut inclure des diapositives des autres)

## Fichiers d’une présentation.
deck-source-absolute = les chemins absolus ne sont pas permis
deck-source-escapes = le chemin sort du dossier de la présentation
deck-source-not-found = fichier introuvable
deck-source-io = impossible de lire le fichier : { $reason }
deck-source-folder = c’est un dossier, pas un fichier

## Syntaxe RON. Les messages propres à l’analyseur RON restent en anglais; les messages fixes sont ici.
deck-unknown-field = champ inconnu `{ $field }`
deck-unknown-field-in = champ inconnu `{ $field }` dans `{ $outer }`
deck-fields-allowed = les champs permis ici sont { $fields }
deck-unknown-slide-kind = type de diapositive inconnu `{ $kind }`
deck-unknown-value-for = valeur inconnue `{ $value }` pour `{ $outer }`
deck-unknown-variant = variante inconnue `{ $variant }`
deck-use-one-of = utilisez l’une de ces valeurs : { $names }
deck-missing-field = il manque le champ obligatoire `{ $field }`
deck-missing-field-in = il manque le champ obligatoire `{ $field }` dans `{ $outer }`
deck-missing-field-hint = ajoutez `{ $field }: …` (voir docs/deck-format.md)
deck-duplicate-field = le champ `{ $field }` est donné deux fois
deck-duplicate-field-in = le champ `{ $field }` est donné deux fois dans `{ $outer }`
deck-duplicate-field-hint = n’en gardez qu’un
deck-expected-string = chaîne de caractères attendue
deck-expected-string-end = fin de chaîne attendue
deck-string-hint = le texte s’écrit entre guillemets droits : { "`\"…\"`" }, ou dans une chaîne brute : { "`r#\"…\"#`" }
deck-expected-comma = virgule attendue
deck-comma-missing-at-line = il manque probablement une virgule à la fin de la ligne { $line }
deck-comma-hint = séparez les champs et les éléments des listes par des virgules
deck-expected-number = nombre attendu
deck-number-hint = écrivez les nombres sans guillemets, par exemple `duration: 45`
deck-expected-boolean = `true` ou `false` attendu
deck-boolean-hint = écrivez-le sans guillemets
deck-early-end = le fichier se termine trop tôt
deck-early-end-hint = il manque un crochet ou une parenthèse fermante
deck-expected-array = crochet ouvrant `[` attendu
deck-expected-array-end = crochet fermant `]` attendu
deck-expected-paren = parenthèse ouvrante `(` attendue
deck-expected-paren-end = parenthèse fermante `)` attendue
deck-expected-colon = deux-points attendu
deck-expected-identifier = identifiant attendu
deck-expected-struct = parenthèse ouvrante `(` attendue pour la structure `{ $name }`
deck-other-struct = structure `{ $expected }` attendue au lieu de `{ $found }`
deck-unexpected-char = caractère inattendu { $character }
deck-trailing-characters = caractères en trop à la fin du fichier
deck-unclosed-comment = commentaire `/* … */` non fermé
# Tout autre message de l’analyseur RON, en anglais.
deck-ron-error = analyseur RON : { $message }
deck-syntax-hint = vérifiez la syntaxe juste avant cet endroit (guillemets, virgules, crochets)

## La présentation dans son ensemble.
deck-no-slides = la présentation n’a aucune diapositive
deck-no-slides-hint = ajoutez au moins une diapositive, par exemple { "`Bullets(title: \"…\", items: \"- …\")`" }
deck-text-too-long = ce texte compte { $count } caractères; un champ en contient au plus { $limit }
deck-text-too-long-hint = répartissez-le sur plusieurs diapositives, ou déplacez les détails dans les notes ou dans un document à distribuer
deck-format-unsupported = le format de présentation { $format } n’est pas pris en charge par cette version d’estrade
deck-format-unsupported-hint = cette version d’estrade lit `format: 1`; mettez estrade à jour ou écrivez `format: 1`
deck-unknown-aspect = format d’écran inconnu `{ $aspect }`
deck-unknown-aspect-hint = utilisez { "`\"16:9\"`" } ou { "`\"4:3\"`" }
deck-bad-duration = impossible de lire la durée `{ $duration }`
deck-bad-duration-hint = écrivez-la sous la forme { "`\"20 min\"`" }, { "`\"1 h 30\"`" }, { "`\"45 s\"`" } ou { "`\"20:00\"`" }
deck-bad-id = l’identifiant de diapositive `{ $id }` n’est pas permis
deck-bad-id-hint = les identifiants s’écrivent avec les lettres de a à z, des chiffres, `-` et `_`, par exemple { "`\"plan\"`" } ou { "`\"refs-2\"`" }
deck-duplicate-id = l’identifiant de diapositive `{ $id }` est utilisé deux fois
deck-duplicate-id-hint = c’est déjà l’identifiant d’une diapositive, à la ligne { $line }; chaque identifiant doit être unique

## Diapositives.
deck-columns-count = { $n ->
        [0] une diapositive `Columns` sans colonne n’a rien à afficher
       *[other] { $n } colonnes ne tiennent pas sur une diapositive
    }
deck-columns-count-hint = utilisez d’une à quatre colonnes
deck-empty-slide = cette diapositive `{ $kind }` n’a rien à afficher
deck-empty-slide-hint = ajoutez du contenu, ou retirez la diapositive (ou masquez-la avec `hidden: true`)
deck-bad-slide-duration = la durée `{ $duration }` n’est pas un nombre positif de secondes
deck-bad-slide-duration-hint = écrivez par exemple `duration: 45` (en secondes)
deck-bullet-not-a-bullet = cette ligne ne commence pas par une puce
deck-bullet-not-a-bullet-hint = commencez chaque élément par `- `; pour prolonger le texte d’un élément, mettez la ligne suivante en retrait sous ce texte
deck-bullet-empty = puce vide
deck-bullet-empty-hint = écrivez le texte de l’élément après `- `, ou supprimez la ligne
deck-bullet-too-deep = les listes à puces ont au plus quatre niveaux
deck-bullet-too-deep-hint = réduisez le retrait de cet élément
deck-markup-bold-unclosed = `**` n’est jamais fermé; il est affiché tel quel
deck-markup-italic-unclosed = `*` n’est jamais fermé; il est affiché tel quel (écrivez `\*` pour afficher un astérisque)
deck-markup-emphasis-unclosed = l’italique ou le gras n’est pas fermé à la fin du texte

## Images et tableaux. `$kind` vaut `image` ou `csv`; `$place` vaut `deck` (le dossier de la
## présentation) ou `folder` (nommé alors par `$folder`).
deck-asset-not-found = { $kind ->
        [image] l’image
       *[other] le fichier CSV
    } `{ $path }` est introuvable
deck-asset-not-found-hint = les chemins sont relatifs { $place ->
        [deck] au dossier de la présentation
       *[other] à `{ $folder }/`
    }; vérifiez le nom et le dossier
deck-asset-repeats-folder-hint = écrivez `{ $path }` : les chemins partent de `{ $folder }/`
deck-asset-absolute = le chemin { $kind ->
        [image] de l’image
       *[other] du fichier CSV
    } `{ $path }` est absolu
deck-asset-absolute-hint = copiez le fichier dans { $place ->
        [deck] le dossier de la présentation
       *[other] `{ $folder }/`
    } et écrivez son chemin relativement à ce dossier
deck-asset-escapes = le chemin { $kind ->
        [image] de l’image
       *[other] du fichier CSV
    } `{ $path }` mène hors du dossier de la présentation
deck-asset-escapes-hint = une présentation ne peut lire que les fichiers de sa propre arborescence; copiez le fichier dans { $place ->
        [deck] le dossier de la présentation
       *[other] `{ $folder }/`
    }
deck-asset-unreadable = impossible de lire { $kind ->
        [image] l’image
       *[other] le fichier CSV
    } `{ $path }` : { $reason }
deck-asset-unreadable-hint = vérifiez les droits d’accès au fichier
deck-image-bad-size = l’image `{ $src }` mesure { $width }×{ $height } pixels, hors des limites de 1 à { $max } pixels par côté
deck-image-too-many-pixels = l’image `{ $src }` mesure { $width }×{ $height } pixels, plus de { $max } mégapixels
deck-image-bad-size-hint = redimensionnez l’image avant de l’utiliser
deck-image-svg = l’image `{ $src }` est un dessin SVG : estrade affiche les images PNG et JPEG
deck-image-svg-hint = exportez-la en PNG, par exemple `rsvg-convert -w 1920 { $src } -o { $png }`
deck-image-empty = l’image `{ $src }` est un fichier vide
deck-image-empty-hint = copiez l’image de nouveau
deck-image-unreadable = l’image `{ $src }` est illisible : { $reason }
deck-image-unreadable-hint = utilisez un fichier PNG ou JPEG
# Affiché aussi sur la diapositive, à la place de l’image.
deck-image-missing = l’image `{ $src }` est manquante
deck-image-no-alt = l’image `{ $src }` n’a pas de texte de remplacement
deck-image-no-alt-hint = ajoutez { "`alt: \"…\"`" }, une description de l’image pour les lecteurs d’écran et le PDF
deck-table-csv-and-rows = un tableau prend `csv` ou `rows`, pas les deux
deck-table-csv-and-rows-hint = retirez l’un des deux
deck-bad-csv = CSV invalide : { $reason }
deck-bad-csv-hint = chaque ligne doit avoir le même nombre de champs séparés par des virgules, en UTF-8
deck-table-row-width = la rangée { $row } compte { $cells ->
        [one] { $cells } cellule
       *[other] { $cells } cellules
    }, mais le tableau a { $columns ->
        [one] { $columns } colonne
       *[other] { $columns } colonnes
    }
deck-table-row-width-hint = donnez le même nombre de cellules à chaque rangée

## Présentations incluses.
deck-include-failed = impossible d’inclure `{ $from }` : { $reason }
deck-include-outside-hint = incluez des présentations situées dans le dossier du projet, avec un chemin relatif à cette présentation
deck-include-cycle = inclusion circulaire : { $chain }
deck-include-cycle-hint = une présentation ne peut pas s’inclure elle-même, ni directement ni par l’intermédiaire d’une autre
deck-include-not-found-hint = le chemin est relatif au dossier de la présentation qui inclut ce fichier
deck-include-unreadable-hint = vérifiez le fichier
deck-include-too-big = impossible d’inclure `{ $from }` : le fichier fait { $size } Mo, plus que la taille permise pour un fichier de présentation
deck-include-too-big-hint = incluez des diapositives d’une présentation plus petite
deck-include-budget = impossible d’inclure `{ $from }` : la présentation et celles qu’elle inclut font déjà { $max } inclusions
deck-include-budget-hint = incluez moins souvent (une plage comme `"a..f"` prend plusieurs diapositives en une inclusion)
deck-slide-budget = la présentation et celles qu’elle inclut font déjà { $max } diapositives : la suite n’est pas lue
deck-slide-budget-hint = découpez l’exposé en présentations plus petites; une présentation incluse compte à chaque inclusion, toutes ses diapositives, même celles qui ne sont pas prises
deck-include-unknown-id = `{ $from }` ne contient aucune diapositive dont l’identifiant est `{ $id }`
deck-include-ids = ses identifiants sont : { $ids }
deck-include-backwards = l’intervalle `{ $range }` est à l’envers
deck-include-backwards-hint = écrivez d’abord la diapositive qui vient en premier : `première..dernière`

## Thèmes et polices. Pour les polices, `$place` peut aussi valoir `builtin` (les fichiers d’estrade).
deck-unknown-theme = thème inconnu `{ $name }`
deck-unknown-theme-hint = placez `{ $file }` dans `assets/themes/` ou à côté de la présentation, ou utilisez l’un de ces thèmes : { $themes }
deck-bad-colour = `{ $field }` n’est pas une couleur : `{ $value }`
deck-bad-colour-hint = écrivez les couleurs sous la forme { "`\"#rrggbb\"`" } ou { "`\"#rrggbbaa\"`" }
deck-font-unusable = fichier de police `{ $path }` : { $reason }
deck-font-not-found = fichier de police `{ $path }` introuvable
deck-font-unreadable = impossible d’utiliser le fichier de police `{ $path }` : { $reason }
deck-font-hint = les chemins des polices sont relatifs { $place ->
        [deck] au dossier de la présentation
        [builtin] au dossier `assets/` d’estrade
       *[other] à `{ $folder }/`
    } (par exemple { "`\"fonts/MyFont-Regular.ttf\"`" }); utilisez un fichier TrueType (.ttf) ou OpenType (.otf), pas WOFF
deck-font-too-big = le fichier de police fait { $size } Mo, plus que les { $max } Mo acceptés
deck-font-woff = le fichier de police est en WOFF ou WOFF2 (une police Web); convertissez-le en .ttf ou .otf
deck-font-not-a-font = ce n’est pas un fichier de police lisible ({ $reason })
deck-font-no-cmap = la police n’a pas de table de caractères Unicode
deck-font-damaged-table = la police est endommagée : sa table `{ $table }` dépasse la fin du fichier (fichier tronqué?)
deck-font-damaged-glyph = la police est endommagée : la lettre « { $char } » n’a pas de contour lisible
deck-font-shaper = le moteur de mise en forme du texte ne peut pas lire cette police ({ $reason })
deck-font-role-unreadable = la police `{ $role }` est illisible

## Ce que seule la mise en page voit (avertissements d’`estrade check`).
deck-image-unused = fichier d’image qu’aucune présentation de ce dossier n’utilise
deck-image-unused-hint = supprimez-le, ou utilisez-le dans une diapositive
deck-too-many-bullets = la diapositive `{ $id }` a { $count } puces; au-delà de { $max }, elle devient difficile à lire
deck-too-many-bullets-hint = divisez la diapositive, ou gardez les détails pour les notes
deck-image-blurry = diapositive `{ $id }` : l’image `{ $image }` s’affiche sur { $shown } px de largeur, mais n’en compte que { $available }; elle paraîtra floue
deck-image-blurry-hint = utilisez une image plus grande (au moins la largeur affichée)
deck-missing-glyphs = diapositive `{ $id }` : aucune police du thème ne contient { $chars }; ces caractères s’affichent comme des carrés vides
deck-missing-glyphs-hint = utilisez une police de thème qui couvre ces caractères, ou remplacez-les
deck-text-cut = diapositive `{ $id }` : { $lines ->
        [one] { $lines } ligne ({ $blocks }) ne tient pas, même à la plus petite taille, et est coupée
       *[other] { $lines } lignes ({ $blocks }) ne tiennent pas, même à la plus petite taille, et sont coupées
    }
deck-text-cut-hint = raccourcissez le texte ou divisez la diapositive en deux
deck-text-too-small = diapositive `{ $id }` : { $block } « { $text } » est composé en { $size } px, sous le minimum du thème de { $min } px en 1080p
deck-widow = diapositive `{ $id }` : « { $word } » est seul sur la dernière ligne ({ $block })
deck-widow-hint = un mot seul sur sa ligne se lit mal de loin : ajoutez ou retirez quelques mots, ou liez les deux derniers par une espace insécable (`\u{a0}`)
deck-text-too-small-hint = le fond de la salle ne peut pas le lire : raccourcissez le texte pour qu’il tienne à une plus grande taille
deck-text-shrunk = diapositive `{ $id }` : le texte ({ $block }) est réduit à { $size } px pour tenir (il est composé en { $body } px en 1080p quand il tient)
deck-text-shrunk-hint = un texte réduit se lit plus petit que le reste de l’exposé : raccourcissez-le, ou répartissez-le sur deux diapositives (un surtitre comme « (1/2) » les relie)
deck-heading-word-cut = diapositive `{ $id }` : le mot « { $word } » ({ $block }) est coupé sur deux lignes
deck-heading-word-cut-hint = les titres ne sont jamais coupés par un trait d’union, alors un mot plus large que la ligne est coupé : raccourcissez le titre ou choisissez un mot plus court
# Les parties d’une diapositive, nommées dans deck-text-cut.
deck-block-agenda = plan
deck-block-author = auteur
deck-block-body = texte
deck-block-bullet = puces
deck-block-caption = légende
deck-block-columns = cartes
deck-block-contact = coordonnées
deck-block-credit = crédit
deck-block-footer = pied de page
deck-block-footnote = note de bas de page
deck-block-heading = intertitre
deck-block-kicker = surtitre
deck-block-lead = chapeau
deck-block-note = note
deck-block-notes = notes
deck-block-placeholder = espace réservé
deck-block-quote = citation
deck-block-reference = références
deck-block-subtitle = sous-titre
deck-block-table = tableau
deck-block-title = titre

## Dessin : espaces réservés sur la diapositive, images indécodables, PDF et PNG.
deck-image-unavailable = image non disponible
# L’étiquette de l’espace réservé d’une image sans texte de remplacement.
deck-image-label = image
deck-image-not-read = l’image { $asset } n’a pas été lue avant d’être peinte
deck-image-undecodable = l’image ne peut pas être décodée : { $reason }
deck-image-undecodable-hint = le fichier est endommagé ou tronqué : copiez-le ou exportez-le de nouveau (il s’affiche comme un espace réservé)
deck-pdf-font = une police fournie avec estrade ne peut pas être incorporée au PDF (`{ $role }`)
deck-pdf-failed = le PDF n’a pas pu être écrit : { $reason }
deck-pdf-page-size = taille de page invalide : { $width }×{ $height }
deck-png-size = la taille d’image { $width }×{ $height } est hors limites; utilisez une valeur plus petite pour --scale
# estrade ids : la note après une diapositive masquée.
deck-ids-first-words = « { $words } »
deck-ids-hidden = (masquée)
deck-some-not-optional = cette valeur est obligatoire : elle ne peut pas s’écrire `Some(…)`
deck-some-not-optional-hint = écrivez la valeur sans `Some(…)`, par exemple `image: (src: "images/photo.png", alt: "…")`
deck-number-value-hint = écrivez un nombre, par exemple `duration: 45`
deck-boolean-value-hint = écrivez `true` ou `false`
deck-unclosed-bracket = `{ $name }(` n’est jamais fermé : `{ $found }`, ligne { $line }, se retrouve à l’intérieur
deck-unclosed-bracket-hint = fermez-le par `)` (et une virgule) avant la ligne { $line }
deck-unclosed-string = ce texte n’a pas de guillemet fermant : il se poursuit jusqu’à `{ $field }:`
deck-unclosed-string-hint = ajoutez le `"` manquant là où le texte doit finir
deck-unclosed-list = la liste `{ $field }: [` n’est jamais fermée : son `]` manque avant la ligne { $line }
deck-unclosed-list-hint = ajoutez `]` après le dernier élément de la liste (avant la ligne { $line })
deck-stray-char-hint = ce caractère n’a pas sa place ici : supprimez-le (un nom de champ, une valeur ou un crochet était attendu)
deck-included-at = inclus à { $place }
deck-included-slide-at = dans la diapositive `{ $id }`, incluse à { $place }
deck-include-asset-hint = un Include reprend les diapositives de l’autre présentation, pas ses fichiers : copiez-les dans le dossier assets de ce projet, ou prenez une copie des diapositives avec leurs fichiers : `estrade import AUTRE.ron --slides IDENTIFIANTS`
ink-format-unsupported = le format d’encre { $format } n’est pas pris en charge par cette version d’estrade
ink-format-unsupported-hint = le fichier a été écrit par une autre version d’estrade; la présentation s’ouvre sans son encre
ink-unreadable = impossible de lire le fichier d’encre : { $reason }
ink-over-budget = le fichier d’encre a { $count } { $what ->
    [strokes] traits
    [points] points en tout
   *[stroke] points dans un seul trait
}; estrade en lit au plus { $max }
ink-over-budget-hint = ce n’est pas de l’encre dessinée par estrade : mettez le fichier de côté (renommez-le) et présentez sans lui
ink-orphaned = le fichier d’encre contient de l’encre pour des diapositives que cette présentation n’a plus : { $ids }
ink-orphaned-hint = elle reste dans le fichier; redonnez à la diapositive son ancien identifiant pour la revoir, ou supprimez ces entrées
guard-not-found = fichier introuvable
guard-not-a-file = pas un fichier ordinaire (un tube, un périphérique ou un dossier) : non lu
guard-outside = il mène hors du dossier du projet (vers { $real }) : non lu
guard-too-large = plus grand que les { $limit } Mo permis pour ce genre de fichier : non lu
deck-bad-lang = `lang` n’est pas une étiquette de langue : « { $lang } »
deck-bad-lang-hint = écrivez une étiquette BCP 47 comme `"fr-CA"`, `"fr"` ou `"en"`
deck-include-lang = `lang` sur un `Include` n’est pas utilisé : les diapositives incluses gardent la langue de leur présentation
deck-include-lang-hint = pour la changer, mettez `lang` sur ces diapositives dans leur présentation, ou importez-les (`estrade import`) et mettez-le ici
deck-origin-changed = `{ $id }` a changé dans { $from } depuis son importation
deck-origin-changed-hint = `estrade import --update { $id }` montre les changements et les reprend (`--dry-run` les montre seulement)
deck-origin-unreadable = `{ $id }` a été importée de { $from }, illisible : { $reason }
deck-origin-unreadable-hint = si cette présentation a été déplacée, corrigez l’`origin` de la diapositive; retirez `origin` pour ne plus la suivre
deck-origin-gone = `{ $id }` a été importée de { $from }, qui n’a plus de diapositive `{ $from_id }`
render-image-too-many-pixels = { $name } : { $megapixels } mégapixels, plus que les { $max } permis pour une image; réduisez-la (une diapositive en montre environ 2)
render-panicked = l’exportation s’est arrêtée sur une erreur interne ({ $why }); les fichiers déjà là sont intacts
deck-table-too-long = le tableau a plus de { $max } lignes; une diapositive en montre quelques dizaines : gardez celles à montrer, ou scindez le tableau
deck-table-too-wide = le tableau a { $columns } colonnes, plus que les { $max } qu’une diapositive peut montrer

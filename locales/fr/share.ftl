# `estrade --share` : les pages sur les téléphones, le volet de partage de la console,
# `estrade share --check`.

share-waiting = En attente du début de la présentation…
share-reconnecting = Connexion perdue, reconnexion…
share-live = En direct
share-behind-live = Diapositive précédente
share-slide-of = Diapositive { $n } sur { $total }
share-blank = L’écran est vide pour l’instant.
share-ended = La présentation n’est plus partagée.
share-browse = Parcourir les diapositives
share-earlier = Diapositive précédente
share-later = Diapositive suivante
share-back-to-live = Retour au direct
share-remote-title = Télécommande
share-remote-taken = Un autre téléphone a pris la télécommande. Rechargez cette page pour la reprendre.
share-no-notes = Aucune note pour cette diapositive.
share-end = Fin de la présentation
share-step-of = étape { $n } sur { $total }
share-phones = { $n ->
    [one] { $n } téléphone suit
   *[other] { $n } téléphones suivent
}
share-remotes = { $n ->
    [one] { $n } télécommande
   *[other] { $n } télécommandes
}
share-clock-paused = en pause
share-time-up = Le temps est écoulé
share-black-on = Écran noir
share-current = Diapositive en cours
share-next = Suivante
share-notes = Notes
share-notes-smaller = Notes plus petites
share-notes-bigger = Notes plus grandes
share-black = Noir
share-clock = Horloge
share-previous = Précédente
share-next-button = Suivante
share-error-bind = Impossible de partager sur { $address } : { $error }. Choisissez un autre port avec --share-port ou fermez le programme qui l’utilise.
share-error-random = Impossible de créer les jetons secrets des adresses de partage : { $error }
share-error-start = Le serveur de partage n’a pas pu démarrer : { $error }
share-started = Partagé sur le réseau local : les adresses et leurs codes QR sont dans la console (S l’ouvre).
share-stopped = Partage arrêté : les téléphones ne suivent plus.
share-start-failed = Le partage n’a pas pu démarrer : { $error }
share-console-title = Sur les téléphones
share-console-audience = Public (peut être montré : { $key } l’affiche sur les diapositives)
share-console-remote = Votre télécommande : pour vous seul
share-console-counts = { $phones ->
    [one] { $phones } téléphone
   *[other] { $phones } téléphones
} · { $remotes ->
    [one] { $remotes } télécommande
   *[other] { $remotes } télécommandes
}
share-console-stop = Arrêter le partage
share-console-start = Partager sur les téléphones
share-console-off = Non partagé. Le public peut suivre sur ses téléphones et votre téléphone peut servir de télécommande, sur ce réseau.
share-qr-caption = Suivez sur votre téléphone
share-check-address = Les téléphones ouvriraient { $url }
share-check-no-address = Cette machine n’a pas d’adresse réseau : connectez-la d’abord au réseau de la salle (Wi-Fi ou câble).
share-check-port-taken = Le port ne peut pas servir : { $error }
share-check-link-local = Cette adresse est locale au lien (aucun DHCP n’a répondu) : les téléphones ne l’atteindront sans doute pas.
share-check-public = Cette adresse est publique : n’importe qui sur Internet peut joindre le serveur (les adresses restent secrètes).
share-check-answers = Le serveur répond à cette adresse depuis cette machine.
share-check-no-answer = Le serveur ne répond pas à cette adresse, même depuis cette machine : un pare-feu local le bloque.
share-check-ufw = ufw est actif : ouvrez le port avec `sudo ufw allow { $port }/tcp`.
share-check-firewalld = firewalld est actif : ouvrez le port avec `sudo firewall-cmd --add-port={ $port }/tcp`.
share-check-no-firewall = Aucun pare-feu ufw ni firewalld actif.
share-check-others = Autres adresses de cette machine : { $list }
share-check-limits = Ce que cette machine ne peut pas savoir : un Wi-Fi invité qui isole ses clients, ou les règles d’un routeur. Ouvrez l’adresse sur un téléphone avant la présentation.

share-code-not-shared = Pas encore partagé : Ctrl+Maj+S partage la présentation sur les téléphones.

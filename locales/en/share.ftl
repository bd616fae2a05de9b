# `estrade --share`: the pages on the phones, the console's sharing panel, `estrade share --check`.

share-waiting = Waiting for the talk to start…
share-reconnecting = Connection lost, reconnecting…
share-live = Live
share-behind-live = Earlier slide
share-slide-of = Slide { $n } of { $total }
share-blank = The screen is blank for now.
share-ended = The talk is no longer shared.
share-browse = Browse the slides
share-earlier = Earlier slide
share-later = Later slide
share-back-to-live = Back to live
share-remote-title = Remote
share-remote-taken = Another phone took the remote. Reload this page to take it back.
share-no-notes = No notes for this slide.
share-end = End of the talk
share-step-of = step { $n } of { $total }
share-phones = { $n ->
    [one] { $n } phone following
   *[other] { $n } phones following
}
share-remotes = { $n ->
    [one] { $n } remote
   *[other] { $n } remotes
}
share-clock-paused = paused
share-time-up = Time is up
share-black-on = Screen black
share-current = Current slide
share-next = Next
share-notes = Notes
share-notes-smaller = Smaller notes
share-notes-bigger = Larger notes
share-black = Black
share-clock = Clock
share-previous = Previous
share-next-button = Next
share-error-bind = Cannot share on { $address }: { $error }. Choose another port with --share-port, or close the program using it.
share-error-random = Cannot make the sharing addresses' secret tokens: { $error }
share-error-start = The sharing server could not start: { $error }
share-started = Shared on the local network: the addresses and their QR codes are on the console (S opens it).
share-stopped = Sharing stopped: the phones no longer follow.
share-start-failed = Sharing could not start: { $error }
share-console-title = On phones
share-console-audience = Audience (may be shown: press { $key } to put it on the slides)
share-console-remote = Your remote: for your eyes only
share-console-counts = { $phones ->
    [one] { $phones } phone
   *[other] { $phones } phones
} · { $remotes ->
    [one] { $remotes } remote
   *[other] { $remotes } remotes
}
share-console-stop = Stop sharing
share-console-start = Share on phones
share-console-off = Not shared. The audience can follow on their phones and your phone can be a remote, on this network.
share-qr-caption = Follow on your phone
share-check-address = The phones would open { $url }
share-check-no-address = This machine has no network address: connect it to the venue's network (Wi-Fi or cable) first.
share-check-port-taken = The port cannot be used: { $error }
share-check-link-local = This address is link-local (no DHCP answered): phones will likely not reach it.
share-check-public = This address is public: anyone on the Internet may reach the server (the addresses stay secret).
share-check-answers = The server answers on that address from this machine.
share-check-no-answer = The server does not answer on that address even from this machine: a local firewall blocks it.
share-check-ufw = ufw is active: allow the port with `sudo ufw allow { $port }/tcp`.
share-check-firewalld = firewalld is active: allow the port with `sudo firewall-cmd --add-port={ $port }/tcp`.
share-check-no-firewall = No active ufw or firewalld found.
share-check-others = This machine's other addresses: { $list }
share-check-limits = What this machine cannot tell: a guest Wi-Fi that isolates its clients, or a router's rules. Open the address on a phone before the talk.
share-code-not-shared = Not shared yet: Ctrl+Shift+S shares the talk on the phones.

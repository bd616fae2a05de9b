#!/bin/bash
# Print KWin's view of the windows (output, fullscreen, geometry): load a one-shot KWin script over D-Bus;
# its print() output lands in kde.log (kwin was started with QT_LOGGING_RULES=kwin_scripting.debug=true)
D=${DESK_DIR:-/tmp/desk}
. $D/kde.env
gdbus call --session -d org.kde.KWin -o /Scripting -m org.kde.kwin.Scripting.unloadScript kdewin >/dev/null 2>&1
gdbus call --session -d org.kde.KWin -o /Scripting -m org.kde.kwin.Scripting.loadScript $D/kde-windows.js kdewin >/dev/null
gdbus call --session -d org.kde.KWin -o /Scripting -m org.kde.kwin.Scripting.start >/dev/null
sleep 0.5
gdbus call --session -d org.kde.KWin -o /Scripting -m org.kde.kwin.Scripting.unloadScript kdewin >/dev/null
grep KWINWIN $D/kde.log | tail -n ${1:-2} | sed 's/.*KWINWIN/KWin:/'

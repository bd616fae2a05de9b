# Sourced by the scripts that drive the app on a private X server (share.sh, resume.sh, ink.sh):
# Xvfb on the first free display at 1280×720 with openbox, a fresh runtime folder, and
#   focus PID   — gives the keyboard to that process's window (for xdotool key);
#   cleanup     — run at exit: the app ($app), the window manager and the server go, the
#                 runtime folder is removed, then the caller's own `cleanup_more` if it defines one.
# Needs: xvfb openbox xdotool.
for n in $(seq 50 99); do [ -e /tmp/.X$n-lock ] || break; done
Xvfb :$n -screen 0 1280x720x24 >/dev/null 2>&1 & xvfb=$!
export DISPLAY=:$n XDG_RUNTIME_DIR=$(mktemp -d); chmod 700 "$XDG_RUNTIME_DIR"
sleep 1; openbox >/dev/null 2>&1 & wm=$!
app=
cleanup() {
  kill $app $wm $xvfb 2>/dev/null || true; wait 2>/dev/null || true
  rm -rf "$XDG_RUNTIME_DIR"
  if declare -F cleanup_more >/dev/null; then cleanup_more; fi
}
trap cleanup EXIT
focus() { local w; w=$(xdotool search --pid "$1" --onlyvisible 2>/dev/null | head -1 || true); [ -n "$w" ] && xdotool windowfocus --sync "$w" 2>/dev/null || true; }

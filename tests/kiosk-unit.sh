#!/usr/bin/env bash
# The kiosk's systemd user unit, sandbox and all, run by a real user manager (`systemd --user`)
# for a user made for the test, against Xvfb:
#   1. the kiosk starts under the unit's sandbox and loops (the screen changes between shots);
#   2. it may write its state folder but not the home folder nor the deck's (checked from inside
#      the sandbox with the unit's own properties, by `systemd-run --user --pipe`, where the
#      kernel gives a user manager mount namespaces);
#   3. a kiosk that cannot start stops the unit after 5 tries (start-limit-hit), not forever.
#   tests/kiosk-unit.sh OUTDIR [UNIT]   (UNIT: the installed one by default, else packaging/'s)
# Needs root (a user is made), systemd, Xvfb, ImageMagick. Where systemd is not PID 1 (CI's
# container), the user manager is given a cgroup of its own and told the system is systemd's.
set -euo pipefail
export LANG=C.UTF-8; unset LC_ALL LC_MESSAGES
out=$(realpath -m "${1:?usage: tests/kiosk-unit.sh OUTDIR [UNIT]}")
unit_src=${2:-/usr/lib/systemd/user/estrade-kiosk@.service}
[ -f "$unit_src" ] || unit_src=packaging/estrade-kiosk@.service
bin=${ESTRADE_BIN:-/usr/bin/estrade}
mkdir -p "$out"; rm -f "$out"/unit-*.png
user=estrade-kiosk-test
id "$user" >/dev/null 2>&1 || useradd --create-home --shell /bin/sh "$user"
home=$(getent passwd "$user" | cut -d: -f6)
uid=$(id -u "$user")
run=/tmp/estrade-kiosk-unit-$uid
rm -rf "$run"; mkdir -p "$run"; chown "$user" "$run"; chmod 700 "$run"
as_user() { runuser -u "$user" -- env XDG_RUNTIME_DIR="$run" HOME="$home" "$@"; }
ctl() { as_user systemctl --user "$@"; }

# The program the unit starts is /usr/bin/estrade; a build that is not installed is copied where
# the user can run it and the unit pointed at it.
if [ "$bin" != /usr/bin/estrade ]; then
  install -m 755 "$bin" "$run/estrade"; bin=$run/estrade
fi
rm -rf "$home/.local/state/estrade"
mkdir -p "$home/.config/systemd/user" "$home/.config/estrade" "$home/talk"
sed "s|/usr/bin/estrade|$bin|" "$unit_src" > "$home/.config/systemd/user/estrade-kiosk@.service"
cp tests/fixtures/kiosk/loop.ron "$home/talk/talk.ron"
printf 'ESTRADE_KIOSK_ARGS=--advance 1 --log %s/.local/state/estrade/kiosk.log\n' "$home" > "$home/.config/estrade/kiosk.env"
chown -R "$user" "$home"

for n in $(seq 60 99); do [ -e /tmp/.X$n-lock ] || break; done
as_user Xvfb :$n -screen 0 1280x720x24 >/dev/null 2>&1 & xvfb=$!
manager=
cleanup() {
  ctl stop 'estrade-kiosk@*' 2>/dev/null || true
  [ -n "$manager" ] && kill "$manager" 2>/dev/null || true
  kill $xvfb 2>/dev/null || true
  # `$xvfb` is runuser, which does not pass the signal on: the server itself is the user's.
  pkill -u "$user" -x Xvfb 2>/dev/null || true
  wait 2>/dev/null || true
  [ -n "${cgroup:-}" ] && rmdir "$cgroup"/* "$cgroup" 2>/dev/null || true
}
trap cleanup EXIT

# The user manager.
if [ ! -d /run/systemd/system ] || [ "$(ps -p 1 -o comm=)" != systemd ]; then
  mkdir -p /run/systemd/system
  cgroup=
  for root in /sys/fs/cgroup/unified /sys/fs/cgroup; do
    if [ -f "$root/cgroup.procs" ] && mkdir -p "$root/estrade-kiosk-test" 2>/dev/null; then
      cgroup=$root/estrade-kiosk-test; chown -R "$user" "$cgroup"; break
    fi
  done
  if [ -z "$cgroup" ]; then
    echo "SKIPPED: no cgroup v2 hierarchy here to give a user manager; the unit is only verified by systemd-analyze"
    exit 0
  fi
  sh -c 'echo $$ > "$1/cgroup.procs"; shift; exec "$@"' sh "$cgroup" \
    runuser -u "$user" -- env XDG_RUNTIME_DIR="$run" HOME="$home" /lib/systemd/systemd --user \
    > "$out/manager.log" 2>&1 & manager=$!
else
  systemd-run --uid="$user" -p Delegate=yes --setenv=XDG_RUNTIME_DIR="$run" \
    --unit=estrade-kiosk-test-manager /lib/systemd/systemd --user
fi
manager_state=
for _ in $(seq 50); do
  manager_state=$(ctl is-system-running 2>/dev/null || true)
  case $manager_state in running|degraded) break ;; esac
  sleep 0.2
done
case $manager_state in
  running|degraded) echo "user manager: $manager_state" ;;
  *) echo "the user manager did not start ($manager_state):"; tail -5 "$out/manager.log" 2>/dev/null; exit 1 ;;
esac
ctl set-environment DISPLAY=:$n

fail=0
deck_unit="estrade-kiosk@$(systemd-escape --path "$home/talk/talk.ron").service"
ctl start "$deck_unit"
sleep 5
for i in 0 1 2 3 4; do DISPLAY=:$n import -window root "$out/unit-$i.png"; sleep 1.1; done
distinct=$(md5sum "$out"/unit-*.png | cut -d' ' -f1 | sort -u | wc -l)
state=$(ctl is-active "$deck_unit" || true)
echo "1. under the sandbox: unit $state, distinct screens in 5 shots: $distinct"
[ "$state" = active ] || { echo "the kiosk is not running under its unit"; fail=1; }
[ "$distinct" -ge 3 ] || { echo "the kiosk did not loop under its unit"; fail=1; }
[ -s "$home/.local/state/estrade/kiosk.log" ] && { echo "   its log:"; sed 's/^/   /' "$home/.local/state/estrade/kiosk.log"; }
ctl stop "$deck_unit"

# 2. What the sandbox lets a process write, with the unit's own properties read back from the
# unit. Some kernels (gVisor's, this project's CI) give a user manager no mount namespace: the
# properties are accepted but no mount is made; that is detected (the mount table inside is the
# same as outside) and said, and the check then cannot be made there.
props=()
while IFS= read -r line; do
  case $line in
    NoNewPrivileges=*|ProtectSystem=*|ProtectHome=*|PrivateTmp=*|StateDirectory=*|RestrictAddressFamilies=*|SystemCallFilter=*)
      props+=(-p "$line") ;;
  esac
done < "$home/.config/systemd/user/estrade-kiosk@.service"
inside=$(as_user systemd-run --user --pipe --quiet --wait "${props[@]}" /bin/sh -c 'cat /proc/self/mountinfo | wc -l' 2>&1 || true)
outside=$(as_user sh -c 'cat /proc/self/mountinfo | wc -l')
if [ "$inside" = "$outside" ]; then
  echo "2. this kernel gives the user manager no mount namespace ($inside mounts inside and outside): the sandbox's writes cannot be checked here"
else
  probe=$(as_user systemd-run --user --pipe --quiet --wait "${props[@]}" /bin/sh -c "
    touch $home/.local/state/estrade/probe && echo state:writable || echo state:read-only
    touch $home/talk/probe 2>/dev/null && echo deck:writable || echo deck:read-only
    touch $home/probe 2>/dev/null && echo home:writable || echo home:read-only" 2>&1 || true)
  echo "2. writes from inside the sandbox: $(echo $probe)"
  [[ $probe == *state:writable* && $probe == *deck:read-only* && $probe == *home:read-only* ]] \
    || { echo "the sandbox does not hold the writes where the unit says"; fail=1; }
fi

# 3. A kiosk that cannot start (here: no display) is started again 3 s later, 5 times, then
# stopped by the start limit, with a line saying why. (A deck that cannot be shown does not
# stop the kiosk: it keeps a black screen until the file is valid, tests/kiosk.sh.)
ctl set-environment DISPLAY=:999
ctl start "$deck_unit" || true
state=
for _ in $(seq 60); do
  state=$(ctl show -p ActiveState --value "$deck_unit")
  [ "$state" = failed ] && break; sleep 1
done
restarts=$(ctl show -p NRestarts --value "$deck_unit")
sleep 7   # two restart delays: a unit that goes on restarting would have moved by now
later=$(ctl show -p NRestarts --value "$deck_unit")/$(ctl show -p ActiveState --value "$deck_unit")
echo "3. no display: $state ($(ctl show -p Result --value "$deck_unit")) after $restarts restarts; 7 s later: $later"
[ "$state" = failed ] && [ "$later" = "$restarts/failed" ] \
  || { echo "a kiosk that cannot start is restarted forever"; ctl status "$deck_unit" | head -12; fail=1; }
{ ctl status "$deck_unit" 2>/dev/null || true; } | grep -q "ExecStopPost=.*status=0/SUCCESS" \
  || { echo "the line saying why the kiosk stopped was not written"; fail=1; }
ctl reset-failed "$deck_unit" 2>/dev/null || true
exit $fail

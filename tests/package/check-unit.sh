#!/usr/bin/env bash
# Checks the systemd unit the .deb installs (packaging/earshot.service) the way systemd reads it:
# `systemd-analyze verify` in a root of its own (the unit, the built earshot as /usr/bin/earshot,
# the system's own units it depends on), where any complaint fails, even one systemd shrugs off
# ("ignoring"); `systemd-analyze security` must rate its exposure at most MAX_EXPOSURE; and the
# settings the service relies on are there.
#   tests/package/check-unit.sh EARSHOT_BINARY WORK_DIR
set -euo pipefail

MAX_EXPOSURE=2.0

fail() {
    echo "check-unit: FAIL: $*" >&2
    exit 1
}

[[ $# -eq 2 ]] || fail "usage: $0 EARSHOT_BINARY WORK_DIR"
binary=$1
work=$2
unit="$(cd "$(dirname "$0")/../.." && pwd)/packaging/earshot.service"
[[ -x $binary ]] || fail "no earshot binary at $binary"
[[ -f $unit ]] || fail "no unit at $unit"
command -v systemd-analyze >/dev/null || fail "'systemd-analyze' is missing (scripts/install-deps.sh --test installs systemd)"
[[ -d /lib/systemd/system ]] || fail "no /lib/systemd/system: the units earshot.service depends on"

root="$work/check-unit-root"
rm -rf "$root"
mkdir -p "$root/usr/bin" "$root/bin" "$root/usr/lib/systemd/system"
cp -a /lib/systemd/system/. "$root/usr/lib/systemd/system/"
cp "$unit" "$root/usr/lib/systemd/system/earshot.service"
cp "$binary" "$root/usr/bin/earshot"
cp /bin/kill "$root/bin/kill"

output=$(systemd-analyze verify --root="$root" earshot.service 2>&1) \
    || fail "systemd-analyze verify rejects earshot.service:"$'\n'"$output"
[[ -z $output ]] || fail "systemd-analyze verify complains about earshot.service:"$'\n'"$output"
echo "check-unit: systemd-analyze verify: no complaint"

security=$(systemd-analyze security --offline=yes --root="$root" --threshold=20 earshot.service 2>&1) \
    || fail "systemd-analyze security:"$'\n'"$security"
exposure=$(sed -nE 's/.*Overall exposure level for earshot\.service: ([0-9.]+).*/\1/p' <<<"$security")
[[ -n $exposure ]] || fail "no exposure level in:"$'\n'"$security"
awk -v e="$exposure" -v max="$MAX_EXPOSURE" 'BEGIN { exit !(e <= max) }' \
    || fail "exposure $exposure is above $MAX_EXPOSURE:"$'\n'"$security"
echo "check-unit: systemd-analyze security: exposure $exposure (at most $MAX_EXPOSURE)"

# What docs/service.md promises of the service.
for line in 'ExecStart=/usr/bin/earshot --headless --config /etc/earshot/earshot.conf' \
    'ExecReload=/bin/kill -HUP $MAINPID' 'Restart=on-failure' 'User=earshot' \
    'StateDirectory=earshot' 'ProtectSystem=strict' 'ProtectHome=yes' 'NoNewPrivileges=yes' \
    'PrivateTmp=yes'; do
    grep -qxF "$line" "$unit" || fail "earshot.service lacks '$line'"
done
rm -rf "$root"
echo "check-unit: OK"

#!/usr/bin/env bash
# Browser tests of the web application in a real headless Chromium (Debian's chromium and
# chromium-driver, Selenium from PyPI): builds xaso, starts `xaso serve --sample` on a scratch
# SQLite file and a free port, adds the test users with `xaso user add`, runs pytest, stops the server.
#
#   tests/browser/run.sh                 # from the repository
#   XASO_BIN=/path/to/xaso tests/browser/run.sh   # skip the build
#   XASO_SCREENS=/tmp/screens (default) receives the screenshots.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
package="${XASO_PACKAGE_DIR:-$(cd "$here/../.." && pwd)}"

if ! command -v chromedriver >/dev/null 2>&1 || ! command -v chromium >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver >/dev/null
fi
python3 -c "import selenium, pytest" 2>/dev/null || python3 -m pip install -q selenium pytest

if [[ -z "${XASO_BIN:-}" ]]; then
    (cd "$package" && swift build --product xaso >/dev/null)
    XASO_BIN="$(cd "$package" && swift build --show-bin-path)/xaso"
fi

scratch="$(mktemp -d)"
db="sqlite://$scratch/xaso.sqlite"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
server_pid=""
cleanup() {
    if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$scratch"
}
trap cleanup EXIT

"$XASO_BIN" serve --sample --database "$db" --port "$port" >"$scratch/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/login"; then break; fi
    if ! kill -0 "$server_pid" 2>/dev/null; then cat "$scratch/server.log"; exit 1; fi
    sleep 0.5
done
curl -fsS -o /dev/null "http://127.0.0.1:$port/login" || { echo "server did not start"; cat "$scratch/server.log"; exit 1; }

password="mat-khau-trinh-duyet"
add_user() { echo "$password" | "$XASO_BIN" user add --database "$db" "$@" >/dev/null; }
add_user --username gp-admin --role commune_admin --unit 11050
add_user --username gp-vhxh --role department_officer --unit 11050 --department "Phòng Văn hóa - Xã hội"
add_user --username nd-admin --role commune_admin --unit 11713
add_user --username hp-tinh --role province_officer --unit 31

export XASO_URL="http://127.0.0.1:$port" XASO_PASSWORD="$password" XASO_SCREENS="${XASO_SCREENS:-/tmp/screens}"
cd "$here"
python3 -m pytest -q test_web.py "$@"

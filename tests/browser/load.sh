#!/usr/bin/env bash
# Load test of the dashboard on loopback, bounded in time: a province (Hải Phòng) seeded with 100
# communes' figures for two quarters (every indicator of every framework), one signed-in commune
# admin, `wrk` at 32 connections for 30 s on that commune's dashboard. Prints the page weight and
# wrk's latency distribution (p50 … p99) and errors.
#
#   XASO_BIN=.build/release/xaso tests/browser/load.sh     # a release build gives the real figures
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
package="${XASO_PACKAGE_DIR:-$(cd "$here/../.." && pwd)}"
command -v wrk >/dev/null 2>&1 || { export DEBIAN_FRONTEND=noninteractive; apt-get update -qq; apt-get install -y -qq wrk >/dev/null; }
if [[ -z "${XASO_BIN:-}" ]]; then
    (cd "$package" && swift build -c release --product xaso >/dev/null)
    XASO_BIN="$(cd "$package" && swift build -c release --show-bin-path)/xaso"
fi
duration="${XASO_LOAD_DURATION:-30s}"
connections="${XASO_LOAD_CONNECTIONS:-32}"

scratch="$(mktemp -d)"
db="sqlite://$scratch/xaso.sqlite"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
server_pid=""
cleanup() {
    if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$scratch"
}
trap cleanup EXIT

"$XASO_BIN" seed --database "$db" >/dev/null
"$XASO_BIN" units children 31 --database "$db" >"$scratch/communes.json"
"$XASO_BIN" indicators list --database "$db" >"$scratch/indicators.json"
python3 - "$scratch" <<'PY'
import csv, json, random, sys
scratch = sys.argv[1]
communes = [u["code"] for u in json.load(open(f"{scratch}/communes.json")) if u.get("level", "commune") == "commune"][:100]
indicators = json.load(open(f"{scratch}/indicators.json"))
random.seed(57)
with open(f"{scratch}/values.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["unit_code", "indicator_code", "period", "value", "note"])
    for c in communes:
        for ind in indicators:
            for period in ("2025-Q2", "2025-Q3"):
                w.writerow([c, ind["code"], period, f"{random.uniform(10, 100):.1f}".replace(".", ","), ""])
open(f"{scratch}/commune", "w").write(communes[0])
print(f"seeded {len(communes)} communes x {len(indicators)} indicators x 2 quarters")
PY
"$XASO_BIN" values import "$scratch/values.csv" --database "$db" >/dev/null
commune="$(cat "$scratch/commune")"
echo "mat-khau-tai-thu" | "$XASO_BIN" user add --database "$db" --username tai-thu --role commune_admin --unit "$commune" >/dev/null

"$XASO_BIN" serve --database "$db" --port "$port" >"$scratch/server.log" 2>&1 &
server_pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do curl -fs -o /dev/null "$base/login" && break; sleep 0.5; done

jar="$scratch/cookies"
csrf="$(curl -fs -c "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)"
curl -fs -b "$jar" -c "$jar" -o /dev/null -d "username=tai-thu&password=mat-khau-tai-thu&_csrf=$csrf" "$base/login"
session="$(awk '$6 == "xaso_session" { print $7 }' "$jar")"
[[ -n "$session" ]] || { echo "login failed"; exit 1; }
url="$base/units/$commune?period=2025-Q3"
plain="$(curl -fs -H "Cookie: xaso_session=$session" -o /dev/null -w '%{size_download}' "$url")"
gzip="$(curl -fs -H "Cookie: xaso_session=$session" -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$url")"
css="$(curl -fs -o /dev/null -w '%{size_download}' "$base/static/app.css")"
js="$(curl -fs -o /dev/null -w '%{size_download}' "$base/static/app.js")"
echo "dashboard of $commune (69 indicators): HTML $plain bytes ($gzip gzipped); app.css $css bytes, app.js $js bytes (cached a year)"
threads=$(( connections < 2 ? 1 : 2 ))
wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "Cookie: xaso_session=$session" -H 'Accept-Encoding: gzip' "$url"

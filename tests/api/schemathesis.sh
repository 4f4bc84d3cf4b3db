#!/usr/bin/env bash
# Property-based API tests (schemathesis, pinned) against a real server: builds xaso, starts
# `xaso serve --sample` on a scratch SQLite file and a free port, adds an admin with `xaso user add`,
# gets a bearer token, and lets schemathesis generate requests from /api/v1/openapi.json.
# Checks: no 5xx (not_a_server_error), every answer matches its declared schema and media type.
# Fails on any finding. See docs/api.md.
#
#   tests/api/schemathesis.sh                      # from the repository
#   XASO_BIN=/path/to/xaso tests/api/schemathesis.sh   # skip the build
#   SCHEMATHESIS_EXAMPLES=100 tests/api/schemathesis.sh  # more cases per operation (default 25)
#   tests/api/schemathesis.sh --include-tag values         # extra options go to the first pass
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
package="${XASO_PACKAGE_DIR:-$(cd "$here/../.." && pwd)}"
version="4.32.5"
examples="${SCHEMATHESIS_EXAMPLES:-25}"
seed="${SCHEMATHESIS_SEED:-20251}"

if ! python3 -m schemathesis.cli --version 2>/dev/null | grep -q "version $version"; then
    python3 -m pip install -q "schemathesis==$version"
fi

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
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do
    if curl -fs -o /dev/null "$base/api/v1/openapi.json"; then break; fi
    if ! kill -0 "$server_pid" 2>/dev/null; then cat "$scratch/server.log"; exit 1; fi
    sleep 0.5
done
curl -fsS -o /dev/null "$base/api/v1/openapi.json" || { echo "server did not start"; cat "$scratch/server.log"; exit 1; }

password="mat-khau-schemathesis-1"
echo "$password" | "$XASO_BIN" user add --database "$db" --username st-admin --role admin >/dev/null
token="$(curl -fsS -H 'Content-Type: application/json' \
    -d "{\"username\": \"st-admin\", \"password\": \"$password\"}" "$base/api/v1/auth/token" \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')"

# Two passes with one token. Schemathesis learns usernames from answers (GET users) and would
# otherwise reset, disable or sign out the very user it runs as, leaving every later request a 401:
# pass 1 is everything but those account actions (and DELETE /auth/token, which ends the token);
# pass 2 is those account actions alone, last.
account_ops=(post_users_username_password-reset post_users_username_disable delete_users_username_sessions
             delete_users_username_sessions_id)
report_dir="${SCHEMATHESIS_REPORT_DIR:-$scratch/report}"
run() {
    python3 -m schemathesis.cli --config-file "$here/schemathesis.toml" run "$base/api/v1/openapi.json" \
        --url "$base" \
        -H "Authorization: Bearer $token" \
        --checks not_a_server_error,response_schema_conformance,content_type_conformance \
        --mode positive \
        --phases examples,coverage,fuzzing \
        --max-examples "$examples" \
        --seed "$seed" \
        --workers 2 \
        --request-timeout 60 \
        --generation-database none \
        --suppress-health-check all \
        --no-color \
        --report junit --report-dir "$report_dir" \
        "$@"
}
# Schemathesis keeps a cache in the working directory: the scratch one, not the repository.
cd "$scratch"
set +e
excludes=(--exclude-operation-id delete_auth_token)
for op in "${account_ops[@]}"; do excludes+=(--exclude-operation-id "$op"); done
run "${excludes[@]}" "$@"
first=$?
includes=()
for op in "${account_ops[@]}"; do includes+=(--include-operation-id "$op"); done
run "${includes[@]}"
second=$?
set -e
if [[ $first -ne 0 || $second -ne 0 ]]; then
    echo "== server log (last 40 lines)"
    tail -40 "$scratch/server.log"
    exit 1
fi

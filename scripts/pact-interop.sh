#!/usr/bin/env bash
# Checks that Understudy interoperates with the official Pact tools (the `pact` CLI from PyPI's
# pact-python-cli), on the loopback interface only:
#
#   1. The official `pact verifier` passes every pact in Contracts/ (or, while there are none,
#      Tests/Fixtures/pact-interop/helloid-net2.json) against the matching Understudy emulator,
#      setting provider states through /__admin/pact/state-change, with and without teardown;
#      `understudy verify-provider` agrees.
#   2. A pact written by the official mock server (`pact mock create` from
#      Tests/Fixtures/pact-interop/consumer-interactions.json, exercised with curl, then
#      `pact mock verify`) is read and served by `understudy stub`, chosen by provider state, and
#      both `understudy verify-provider` and the official `pact verifier` pass against that stub.
#
# Runs without a terminal (CI=true). Exits 0 when every check passes, 1 otherwise.
#
# Environment:
#   PACT_CLI        the `pact` executable to use (default: `pact` on PATH, else one installed with
#                   pip into PACT_CLI_VENV)
#   PACT_CLI_VENV   where to install pact-python-cli (default: .build/pact-cli-venv)
#   UNDERSTUDY      the `understudy` executable (default: built with `swift build --product understudy`)

set -euo pipefail

export PACT_DO_NOT_TRACK=true
export CI="${CI:-true}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FIXTURES="$ROOT/Tests/Fixtures/pact-interop"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/pact-interop.XXXXXX")"
PIDS=()
RESULTS=()
FAILURES=0

cleanup() {
    for pid in "${PIDS[@]:-}"; do
        [ -n "$pid" ] || continue
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$WORK"
}
trap cleanup EXIT

say() { printf '%s\n' "$*"; }

# Records the outcome of one check; on failure shows the log that explains it.
record() {
    local name="$1" status="$2" log="${3:-}"
    if [ "$status" -eq 0 ]; then
        RESULTS+=("PASS  $name")
        say "PASS  $name"
    else
        RESULTS+=("FAIL  $name")
        FAILURES=$((FAILURES + 1))
        say "FAIL  $name"
        if [ -n "$log" ] && [ -f "$log" ]; then sed 's/^/      /' "$log" | tail -n 60; fi
    fi
}

# Stops the processes started so far (servers of the previous check).
stop_all() {
    for pid in "${PIDS[@]:-}"; do
        [ -n "$pid" ] || continue
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    PIDS=()
}

# Starts a long-running command with its output in $1 and waits (up to 30 s) until that output
# holds a loopback URL; sets STARTED_URL. Returns 1 if the command exits or prints none.
start_and_wait_for_url() {
    local log="$1"
    shift
    "$@" >"$log" 2>&1 &
    local pid=$!
    PIDS+=("$pid")
    STARTED_URL=""
    for _ in $(seq 1 300); do
        STARTED_URL="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$log" | head -n 1 || true)"
        [ -n "$STARTED_URL" ] && return 0
        kill -0 "$pid" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# ---------------------------------------------------------------------------------------------
say "== Tools"

if [ -n "${PACT_CLI:-}" ]; then
    PACT="$PACT_CLI"
elif command -v pact >/dev/null 2>&1 && pact verifier --help >/dev/null 2>&1; then
    PACT="$(command -v pact)"
else
    VENV="${PACT_CLI_VENV:-$ROOT/.build/pact-cli-venv}"
    if [ ! -x "$VENV/bin/pact" ]; then
        say "installing pact-python-cli into $VENV"
        python3 -m venv "$VENV"
        "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check pact-python-cli
    fi
    PACT="$VENV/bin/pact"
fi
pact_version="$("$PACT" verifier --version 2>/dev/null || true)"
say "pact: $PACT (${pact_version%%$'\n'*})"

if [ -n "${UNDERSTUDY:-}" ]; then
    BIN="$UNDERSTUDY"
else
    (cd "$ROOT" && swift build --product understudy >"$WORK/build.log" 2>&1) || {
        cat "$WORK/build.log"
        say "FAIL  swift build --product understudy"
        exit 1
    }
    BIN="$(cd "$ROOT" && swift build --show-bin-path)/understudy"
fi
say "understudy: $BIN"

# ---------------------------------------------------------------------------------------------
say ""
say "== 1. The official verifier against the Understudy emulators"

shopt -s nullglob
PACTS=("$ROOT"/Contracts/*.json)
shopt -u nullglob
if [ ${#PACTS[@]} -eq 0 ]; then
    say "Contracts/ holds no pacts yet: using $FIXTURES/helloid-net2.json"
    PACTS=("$FIXTURES/helloid-net2.json")
fi

for pact_file in "${PACTS[@]}"; do
    name="$(basename "$pact_file" .json)"
    vendor="${name##*-}"
    vendor="$(printf '%s' "$vendor" | tr '[:upper:]' '[:lower:]')"
    for teardown in yes no; do
        check="$name: pact verifier against understudy serve --vendor $vendor (teardown: $teardown)"
        log="$WORK/$name-$teardown.log"
        if ! start_and_wait_for_url "$WORK/serve-$name-$teardown.log" \
            "$BIN" serve --vendor "$vendor" --port 0 --stubs-root "$ROOT/Stubs"; then
            record "$check" 1 "$WORK/serve-$name-$teardown.log"
            stop_all
            continue
        fi
        base="$STARTED_URL"
        flags=(--file "$pact_file" --hostname 127.0.0.1 --port "${base##*:}"
            --state-change-url "$base/__admin/pact/state-change" --no-colour)
        [ "$teardown" = yes ] && flags+=(--state-change-teardown)
        status=0
        "$PACT" verifier "${flags[@]}" >"$log" 2>&1 || status=$?
        record "$check" "$status" "$log"
        if [ "$teardown" = yes ]; then
            status=0
            "$BIN" verify-provider --pact "$pact_file" --base-url "$base" \
                --state-setup "$base/__admin/pact/state-change" >"$log.ours" 2>&1 || status=$?
            record "$name: understudy verify-provider against the same emulator" "$status" "$log.ours"
        fi
        stop_all
    done
done

# ---------------------------------------------------------------------------------------------
say ""
say "== 2. A pact written by the official mock server, served by understudy stub"

OUT="$WORK/pacts"
mkdir -p "$OUT"
MASTER_PORT="$(free_port)"
mock_log="$WORK/mock-master.log"
"$PACT" mock start --host 127.0.0.1 --port "$MASTER_PORT" --output "$OUT" --no-term-log --no-file-log >"$mock_log" 2>&1 &
PIDS+=("$!")
for _ in $(seq 1 300); do
    grep -q "Master server started" "$mock_log" && break
    sleep 0.1
done
server_key="$(grep -o "Server key: '[^']*'" "$mock_log" | cut -d"'" -f2 || true)"

written=""
create_log="$WORK/mock-create.log"
if "$PACT" mock create --host 127.0.0.1 --port "$MASTER_PORT" --file "$FIXTURES/consumer-interactions.json" \
    --specification V4 --no-term-log >"$create_log" 2>&1; then
    mock_port="$(grep -o 'started on port [0-9]*' "$create_log" | grep -o '[0-9]*$' || true)"
    mock="http://127.0.0.1:$mock_port"
    exercise_log="$WORK/mock-exercise.log"
    {
        curl -sS -H 'Accept: application/json' "$mock/widgets/7"
        curl -sS -H 'Accept: application/json' "$mock/widgets/7"
        curl -sS -X POST -H 'Content-Type: application/json' -d '{"name":"gear"}' "$mock/widgets?notify=true"
        "$PACT" mock verify --host 127.0.0.1 --port "$MASTER_PORT" --mock-server-port "$mock_port" --no-term-log
    } >"$exercise_log" 2>&1 || true
    written="$OUT/interop-consumer-interop-provider.json"
    [ -f "$written" ] || written=""
    record "pact mock server wrote a V4 pact" "$([ -n "$written" ] && echo 0 || echo 1)" "$exercise_log"
else
    record "pact mock create from $(basename "$FIXTURES/consumer-interactions.json")" 1 "$create_log"
fi
if [ -n "$server_key" ]; then
    "$PACT" mock shutdown-master --host 127.0.0.1 --port "$MASTER_PORT" --server-key "$server_key" >/dev/null 2>&1 || true
fi
stop_all

if [ -n "$written" ]; then
    cp "$written" "$WORK/official-pact.json"
    if start_and_wait_for_url "$WORK/stub.log" "$BIN" stub --pact "$written" --port 0; then
        stub="$STARTED_URL"

        body="$WORK/curl-found.txt"
        code="$(curl -sS -o "$body" -w '%{http_code}' -H 'Accept: application/json' "$stub/widgets/7" || true)"
        grep -q sprocket "$body" && [ "$code" = 200 ]
        record "understudy stub answers GET /widgets/7 with the example (HTTP $code)" $? "$body"

        body="$WORK/curl-gone.txt"
        code="$(curl -sS -o "$body" -w '%{http_code}' -H 'Accept: application/json' \
            -H 'X-Pact-Provider-State: widget 7 does not exist' "$stub/widgets/7" || true)"
        [ "$code" = 404 ] && grep -q 'no widget 7' "$body"
        record "understudy stub chooses by X-Pact-Provider-State (HTTP $code)" $? "$body"

        body="$WORK/curl-miss.txt"
        code="$(curl -sS -o "$body" -w '%{http_code}' "$stub/widgets/8" || true)"
        [ "$code" = 404 ] && grep -q 'Closest interactions' "$body"
        record "understudy stub answers an unknown request with a near-miss 404 (HTTP $code)" $? "$body"

        log="$WORK/verify-stub-ours.log"
        status=0
        "$BIN" verify-provider --pact "$written" --base-url "$stub" --state-setup "$stub/__admin/pact/state-change" \
            >"$log" 2>&1 || status=$?
        record "understudy verify-provider passes against understudy stub" "$status" "$log"

        log="$WORK/verify-stub-official.log"
        status=0
        "$PACT" verifier --file "$written" --hostname 127.0.0.1 --port "${stub##*:}" \
            --state-change-url "$stub/__admin/pact/state-change" --state-change-teardown --no-colour >"$log" 2>&1 || status=$?
        record "pact verifier passes against understudy stub" "$status" "$log"
    else
        record "understudy stub serves the official pact" 1 "$WORK/stub.log"
    fi
    stop_all
fi

# ---------------------------------------------------------------------------------------------
say ""
say "== Summary"
for line in "${RESULTS[@]}"; do say "$line"; done
total=${#RESULTS[@]}
say "$((total - FAILURES)) passed, $FAILURES failed"
[ "$FAILURES" -eq 0 ]

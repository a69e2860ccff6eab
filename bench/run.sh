#!/usr/bin/env bash
# Understudy's serving benchmark. In one run it serves the same 60-byte JSON body from
#   (a) a minimal C libmicrohttpd program (bench/raw_mhd.c): the physical limit here,
#   (b) understudy with 1 stub,
#   (c) understudy with 10,000 stubs (the target one among them),
#   (d) understudy with a templated stub,
#   (e) the Net2 emulator's GET /api/v1/users/{id} with a valid token (its own body, not 60 bytes),
# drives each with wrk on 127.0.0.1 and prints requests/s, p50, p99, each ratio to (a) and the
# server's CPU time per request.
# Usage: bash bench/run.sh [seconds per run, default 10]   (needs wrk: apt-get install wrk)
# BENCH_ROUNDS (default 3) interleaved rounds; the median round of each case is reported.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10}
THREADS=${BENCH_SERVER_THREADS:-2}
OUT=bench/out
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

BODY='{"id":4242,"name":"Ada Lovelace","email":"ada@example.com"}\n'
gcc -O2 -o "$OUT/raw_mhd" bench/raw_mhd.c $(pkg-config --cflags --libs libmicrohttpd)
swift build -c release --product understudy >/dev/null
UNDERSTUDY="$(swift build -c release --show-bin-path)/understudy"

make_stubs() { # dir count templated
  local dir=$1 count=$2 templated=$3
  rm -rf "$dir"; mkdir -p "$dir/mappings"
  local body='{\"id\":4242,\"name\":\"Ada Lovelace\",\"email\":\"ada@example.com\"}\n'
  if [ "$templated" = yes ]; then
    body='{\"id\":{{request.path.id}},\"name\":\"Ada Lovelace\",\"email\":\"ada@example.com\"}\n'
    printf '{"request":{"method":"GET","urlPathTemplate":"/items/{id}"},"response":{"status":200,"headers":{"Content-Type":"application/json"},"body":"%s","transformers":["response-template"]}}\n' "$body" > "$dir/mappings/item.json"
    return
  fi
  BODY="$body" awk -v n="$count" 'BEGIN {
    body = ENVIRON["BODY"];
    printf "{\"mappings\":[\n";
    for (i = 1; i <= n; i++) {
      if (i > 1) printf ",\n";
      if (i == 4242) path = "/items/4242"; else path = "/items/" i;
      if (i % 10 == 3) printf "{\"request\":{\"method\":\"POST\",\"urlPath\":\"%s\"},\"response\":{\"status\":201}}", path;
      else if (i % 10 == 7) printf "{\"request\":{\"method\":\"GET\",\"urlPathPattern\":\"/zone%d/[0-9]+\"},\"response\":{\"status\":200}}", i;
      else if (i % 10 == 9) printf "{\"request\":{\"method\":\"GET\",\"url\":\"%s?page=2\"},\"response\":{\"status\":200}}", path;
      else printf "{\"request\":{\"method\":\"GET\",\"urlPath\":\"%s\"},\"response\":{\"status\":200,\"headers\":{\"Content-Type\":\"application/json\"},\"body\":\"%s\"}}", path, body;
    }
    printf "\n]}\n";
  }' > "$dir/mappings/items.json"
}

make_stubs "$OUT/one" 1 no
printf '{"request":{"method":"GET","urlPath":"/items/4242"},"response":{"status":200,"headers":{"Content-Type":"application/json"},"body":"%s"}}\n' \
  '{\"id\":4242,\"name\":\"Ada Lovelace\",\"email\":\"ada@example.com\"}\n' > "$OUT/one/mappings/items.json"
make_stubs "$OUT/many" 10000 no
make_stubs "$OUT/templated" 1 yes

PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

wait_for() { # url
  for _ in $(seq 1 200); do curl -s -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.05; done
  echo "server at $1 did not start" >&2; exit 1
}

to_ms() { # wrk latency like 1.23ms / 850.00us / 1.01s
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.3f", n }'
}

cpu_ticks() { # pid -> user + system clock ticks the process has used
  awk '{ print $14 + $15 }' "/proc/$1/stat"
}

measure() { # label url header pid
  local label=$1 url=$2 log="$OUT/$1.wrk" pid=$4 before after
  before=$(cpu_ticks "$pid")
  if [ -n "$3" ]; then
    wrk -t2 -c64 -d"${DURATION}s" --latency -H "$3" "$url" > "$log"
  else
    wrk -t2 -c64 -d"${DURATION}s" --latency "$url" > "$log"
  fi
  after=$(cpu_ticks "$pid")
  local rps p50 p99 errors requests cpu
  rps=$(awk '/^Requests\/sec:/ { print $2 }' "$log")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$log")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$log")")
  errors=$(awk '/Non-2xx/ { print $NF }' "$log"); errors=${errors:-0}
  requests=$(awk '/requests in/ { print $1 }' "$log")
  cpu=$(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN { printf "%.2f", t / hz / n * 1e6 }')
  echo "$label $rps $p50 $p99 $errors $cpu"
}

declare -A PID_OF
start() { # port command...
  local port=$1; shift
  "$@" > "$OUT/server-$port.log" 2>&1 &
  PIDS+=($!)
  PID_OF[$port]=$!
  wait_for "http://127.0.0.1:$port/__admin/mappings"
}

"$OUT/raw_mhd" 18090 "$THREADS" > "$OUT/server-18090.log" 2>&1 &
PIDS+=($!)
PID_OF[18090]=$!
wait_for "http://127.0.0.1:18090/items/4242"
start 18091 "$UNDERSTUDY" serve --stubs "$OUT/one" --port 18091 --threads "$THREADS" --journal-size 10000
start 18092 "$UNDERSTUDY" serve --stubs "$OUT/many" --port 18092 --threads "$THREADS" --journal-size 10000
start 18093 "$UNDERSTUDY" serve --stubs "$OUT/templated" --port 18093 --threads "$THREADS" --journal-size 10000
start 18094 "$UNDERSTUDY" serve --vendor net2 --stubs-root Stubs --port 18094 --threads "$THREADS" --journal-size 10000 \
  --net2-token-rate 1000/1s
TOKEN=$(curl -s -X POST http://127.0.0.1:18094/api/v1/authorization/tokens \
  -d 'username=System+engineer&password=Net2Demo%21&grant_type=password&client_id=7c6d9f3e-2b1a-4c8d-9e0f-1a2b3c4d5e6f' |
  sed -E 's/.*"access_token":"([^"]+)".*/\1/')
curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" http://127.0.0.1:18094/api/v1/users/1012 || { echo "net2 token failed" >&2; exit 1; }

# Interleave the cases over several rounds and keep each case's median round, so a change in
# background load hits every case alike.
ROUNDS=${BENCH_ROUNDS:-3}
CASES=("a-raw-c 18090 /items/4242" "b-one-stub 18091 /items/4242" "c-10000-stubs 18092 /items/4242" "d-templated 18093 /items/4242" "e-net2-user 18094 /api/v1/users/1012")
: > "$OUT/rounds.txt"
for round in $(seq 1 "$ROUNDS"); do
  for entry in "${CASES[@]}"; do
    set -- $entry
    header=""
    [ "$1" = e-net2-user ] && header="Authorization: Bearer $TOKEN"
    measure "$1" "http://127.0.0.1:$2$3" "$header" "${PID_OF[$2]}" >> "$OUT/rounds.txt"
  done
done

middle() { # sorted rows on stdin -> the middle one
  awk '{ rows[NR] = $0 } END { print rows[int((NR + 1) / 2)] }'
}

median_row() { # label -> "label rps p50 p99 non2xx cpu" of the median round by rps
  awk -v label="$1" '$1 == label' "$OUT/rounds.txt" | sort -k2,2 -g | middle
}

# Each round runs (a) and the case back to back, so their ratio cancels drift in the machine's
# speed between rounds, which the medians of the rps columns do not.
round_ratios() { # label -> the case's rps over (a)'s in the same round, one round per line
  awk -v label="$1" '$1 == "a-raw-c" { a = $2 } $1 == label { printf "%.3f\n", $2 / a }' "$OUT/rounds.txt"
}

paired_ratio() { # label -> median over rounds of round_ratios
  round_ratios "$1" | sort -g | middle
}

quartiles() { # sorted numbers on stdin -> "Q1-Q3", each the value a quarter in from its end
  awk '{ v[NR] = $0 } END { k = int((NR + 3) / 4); print v[k] "-" v[NR + 1 - k] }'
}

cpu_median() { # label -> median over rounds of the server's CPU microseconds per request
  awk -v label="$1" '$1 == label { print $6 }' "$OUT/rounds.txt" | sort -g | middle
}

raw=$(median_row a-raw-c | awk '{ print $2 }')
one=$(median_row b-one-stub | awk '{ print $2 }')
printf '%-16s %12s %10s %10s %8s %10s %12s %12s\n' case requests/s p50-ms p99-ms non-2xx "ratio-to-a" "paired-ratio" "server-us/req"
for entry in "${CASES[@]}"; do
  set -- $entry
  row=$(median_row "$1")
  set -- $row
  printf '%-16s %12.0f %10s %10s %8s %10.3f %12s %12s\n' "$1" "$2" "$3" "$4" "$5" "$(awk -v x="$2" -v r="$raw" 'BEGIN { print x / r }')" "$(paired_ratio "$1")" "$(cpu_median "$1")"
done
many=$(median_row c-10000-stubs | awk '{ print $2 }')
echo "c/b = $(awk -v x="$many" -v r="$one" 'BEGIN { printf "%.3f", x / r }')  (median of $ROUNDS interleaved rounds of ${DURATION}s; targets: b/a >= 0.9, c/b >= 0.9, d/a >= 0.5, e/a >= 0.5)"
for label in b-one-stub e-net2-user; do
  ratios=$(round_ratios "$label")
  echo "per-round $label/(a): $(tr '\n' ' ' <<< "$ratios")(quartiles $(sort -g <<< "$ratios" | quartiles))"
done
echo "a single run's median moves between runs by about as much as these quartiles are apart: compare builds over several runs"
echo "ratio-to-a: median rps of the case over median rps of (a); paired-ratio: median over rounds of the case's rps over (a)'s in the same round"
echo "server-us/req: the server process's CPU time (user + system) per request, median over rounds; wrk shares the same cores"

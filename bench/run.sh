#!/usr/bin/env bash
# Throughput benchmark of the partner directory (see docs/performance.md for the method).
# One run measures, interleaved over ROUNDS rounds, medians of:
#   S        a static file the size of the directory page (baseline)
#   dyn100   /en/partners, output cache disabled, 100 partners
#   dyn10k   /en/partners, output cache disabled, 10,000 partners
#   cache10k /en/partners from the output cache, 10,000 partners
#   quiet10k the same with the request log off (Serilog at Warning): L = cache10k / quiet10k is what
#            the shipped request log costs a cache hit
#   M        the static file's bytes written from memory at the same point of the pipeline: the
#            ceiling of any cache hit here (R_cache can be at most M / S)
#   K        the same bytes from a bare Kestrel process (bench/BareKestrel: no middleware at all):
#            the ceiling of any ASP.NET Core response of this size on this machine
#   search   the median time of site search over English, Chinese and short queries, and the time
#            of rebuild-search-index (bench/search.sh, also runnable on its own)
# Servers run on core 0, wrk on core 1, in the shipped Production configuration (request log to a
# file and stdout through the asynchronous queue) except quiet10k. Any non-2xx response or socket
# error fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS="${ROUNDS:-3}"
DURATION="${DURATION:-10}"
WARMUP="${WARMUP:-20}"          # seconds per endpoint; 3 endpoints + static => ~1 min of JIT tiering
CONNECTIONS="${CONNECTIONS:-32}"
OUT="bench/out"
PAGE="${PAGE:-/en/partners}"   # the directory's public address (unprefixed /partners redirects)
STATIC="$OUT/static"
rm -rf "$OUT" && mkdir -p "$STATIC"

if ! command -v wrk >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

# A published build, as deployed: precompressed static assets, content root = the app folder.
dotnet publish src/NjitInternational.Web -c Release -o "$OUT/app" >/dev/null
DLL="$OUT/app/NjitInternational.Web.dll"
dotnet publish bench/BareKestrel -c Release -o "$OUT/bare" >/dev/null
# S and M (the /bench-static and /bench-memory baselines) are not in the site: this startup hook
# and hosting startup add them to the bench servers only.
dotnet publish bench/BenchStaticFiles -c Release -o "$OUT/benchstatic" >/dev/null

echo "generating data..."
dotnet "$DLL" generate-demo-data --database "$OUT/small.db" --partners 100 --programmes 200 | tail -1
dotnet "$DLL" generate-demo-data --database "$OUT/large.db" --partners 10000 --programmes 20000 | tail -1

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

declare -A STARTED COLD
start_server() { # port db cache-enabled [log level: the shipped Information unless given]
  STARTED[$1]=$(date +%s.%N)
  ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default="${4:-Information}" \
    DOTNET_STARTUP_HOOKS="$PWD/$OUT/benchstatic/BenchStaticFiles.dll" ASPNETCORE_HOSTINGSTARTUPASSEMBLIES=BenchStaticFiles \
    taskset -c 0 dotnet "$DLL" --urls "http://127.0.0.1:$1" --contentRoot "$PWD/$OUT/app" \
    --ConnectionStrings:Default="Data Source=$PWD/$2" --OutputCache:Enabled="$3" \
    --Benchmark:StaticRoot="$PWD/$STATIC" --RateLimits:Search:PermitLimit=1000000 \
    --Serilog:WriteTo:0:Args:configure:0:Args:path="$PWD/$OUT/logs-$1/site-.json" \
    >"$OUT/server-$1.log" 2>&1 &
  pids+=($!)
}
wait_ready() { # port: polls every 50 ms; cold start = process start to the first 200 of the directory
  for _ in $(seq 1 2400); do
    if curl -fs -o /dev/null "http://127.0.0.1:$1$PAGE"; then
      COLD[$1]=$(awk -v a="${STARTED[$1]}" -v b="$(date +%s.%N)" 'BEGIN {printf "%.2f", b-a}')
      echo "server $1 ready: cold start ${COLD[$1]} s"
      return 0
    fi
    sleep 0.05
  done
  echo "server on port $1 did not start (see $OUT/server-$1.log)"; exit 1
}
# On a shared machine: QUIET_LOAD=1.5 waits until the 1-minute load average is below 1.5 before
# starting the servers (cold starts are measured too) and measuring: other work on the cores
# would lower every figure, and not all by the same factor.
if [ -n "${QUIET_LOAD:-}" ]; then
  echo "waiting for the 1-minute load average to fall below $QUIET_LOAD..."
  until awk -v max="$QUIET_LOAD" '{exit !($1 < max)}' /proc/loadavg; do sleep 5; done
  echo "load $(cut -d' ' -f1-3 /proc/loadavg) at $(date -u +%H:%M:%S) UTC"
fi

# One at a time: two processes migrating and seeding the same file at once would race.
start_server 5201 "$OUT/small.db" false; wait_ready 5201
start_server 5202 "$OUT/large.db" false; wait_ready 5202
start_server 5203 "$OUT/large.db" true; wait_ready 5203
start_server 5205 "$OUT/large.db" true Warning; wait_ready 5205

curl -fs "http://127.0.0.1:5202$PAGE" -o "$STATIC/directory.html"
page_bytes=$(stat -c %s "$STATIC/directory.html")
echo "directory page: $page_bytes bytes"
taskset -c 0 dotnet "$OUT/bare/BareKestrel.dll" --urls "http://127.0.0.1:5204" --File "$STATIC/directory.html" >"$OUT/server-5204.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 200); do curl -fs -o /dev/null "http://127.0.0.1:5204/" && break; sleep 0.05; done

# Browser-like requests (Accept-Encoding: br, gzip): the cache then serves the Brotli page it stored.
declare -A HEADER=([cacheBr]="Accept-Encoding: br, gzip" [Sbr]="Accept-Encoding: br, gzip")
declare -A URL=(
  [Sbr]="http://127.0.0.1:5202/bench-static/directory.html"
  [cacheBr]="http://127.0.0.1:5203$PAGE"
  [S]="http://127.0.0.1:5202/bench-static/directory.html"
  [M]="http://127.0.0.1:5202/bench-memory/directory.html"
  [K]="http://127.0.0.1:5204/"
  [dyn100]="http://127.0.0.1:5201$PAGE"
  [dyn10k]="http://127.0.0.1:5202$PAGE"
  [cache10k]="http://127.0.0.1:5203$PAGE"
  [quiet10k]="http://127.0.0.1:5205$PAGE"
)
NAMES=(S M K dyn100 dyn10k cache10k quiet10k Sbr cacheBr)

run_wrk() { # name seconds -> "rps p99ms errors"
  local out
  local header=()
  if [ -n "${HEADER[$1]:-}" ]; then header=(-H "${HEADER[$1]}"); fi
  out=$(taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"$2"s --latency "${header[@]}" "${URL[$1]}")
  echo "$out" >>"$OUT/wrk-$1.log"
  local rps p99 non2xx sockerr
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub("us","",v); v=v/1000} else if (v ~ /ms$/) {sub("ms","",v)} else if (v ~ /s$/) {sub("s","",v); v=v*1000}; print v}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); non2xx=${non2xx:-0}
  sockerr=$(awk '/Socket errors/ {gsub(",",""); print $4+$6+$8+$10}' <<<"$out"); sockerr=${sockerr:-0}
  echo "$rps $p99 $((non2xx + sockerr))"
}

echo "warming up (${WARMUP}s per endpoint)..."
for n in "${NAMES[@]}"; do run_wrk "$n" "$WARMUP" >/dev/null; done

errors=0
for r in $(seq 1 "$ROUNDS"); do
  for n in "${NAMES[@]}"; do
    read -r rps p99 err < <(run_wrk "$n" "$DURATION")
    echo "round $r $n: $rps req/s, p99 $p99 ms, errors $err"
    echo "$n $rps $p99 $r" >>"$OUT/samples.txt"
    errors=$((errors + err))
  done
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
declare -A RPS P99
for n in "${NAMES[@]}"; do
  RPS[$n]=$(awk -v n="$n" '$1==n {print $2}' "$OUT/samples.txt" | median)
  P99[$n]=$(awk -v n="$n" '$1==n {print $3}' "$OUT/samples.txt" | median)
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f", a/b}'; }
R_dyn100=$(ratio "${RPS[dyn100]}" "${RPS[S]}")
R_dyn10k=$(ratio "${RPS[dyn10k]}" "${RPS[S]}")
R_cache=$(ratio "${RPS[cache10k]}" "${RPS[S]}")
R_scale=$(ratio "${RPS[dyn10k]}" "${RPS[dyn100]}")
R_cacheBr=$(ratio "${RPS[cacheBr]}" "${RPS[Sbr]}")
R_mem=$(ratio "${RPS[M]}" "${RPS[S]}")
R_bare=$(ratio "${RPS[K]}" "${RPS[S]}")
# The same ratios taken within each round (S and the page measured a minute apart at most), then
# their median: steadier than a ratio of medians when the machine's speed drifts between rounds.
round_ratio() { # numerator denominator -> median over rounds of numerator/denominator
  for r in $(seq 1 "$ROUNDS"); do
    awk -v a="$1" -v b="$2" -v r="$r" '$4==r && $1==a {x=$2} $4==r && $1==b {y=$2} END {printf "%.3f\n", x/y}' "$OUT/samples.txt"
  done | median
}
# Working set (resident memory) of each server after the run.
rss() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

{
  echo "| endpoint | median req/s | median p99 (ms) |"
  echo "| --- | ---: | ---: |"
  for n in "${NAMES[@]}"; do echo "| $n | ${RPS[$n]} | ${P99[$n]} |"; done
  echo
  echo "page size $page_bytes bytes; $ROUNDS rounds x ${DURATION}s, $CONNECTIONS connections; non-2xx + socket errors: $errors"
  echo
  echo "cold start (process start to first 200 of $PAGE): 100 partners ${COLD[5201]} s, 10,000 partners ${COLD[5202]} s, 10,000 cached ${COLD[5203]} s"
  echo "working set after the run: $(rss "${pids[0]}") MB, $(rss "${pids[1]}") MB, $(rss "${pids[2]}") MB, request log off $(rss "${pids[3]}") MB"
  echo "browser-like (Accept-Encoding: br, gzip): cached page ${RPS[cacheBr]} req/s vs the static file ${RPS[Sbr]} req/s: $R_cacheBr"
  echo "ceiling of a cache hit (the page's bytes from memory, same pipeline position) M / S = $R_mem"
  echo "ceiling of any ASP.NET Core response of this size (bare Kestrel, no middleware) K / S = $R_bare"
  echo
  echo "R_dyn(100) = $R_dyn100, R_dyn(10,000) = $R_dyn10k (target >= 0.30), R_cache = $R_cache, R_dyn(10,000)/R_dyn(100) = $R_scale (target >= 0.8)"
  echo "median of per-round ratios: R_dyn(100) = $(round_ratio dyn100 S), R_dyn(10,000) = $(round_ratio dyn10k S), R_cache = $(round_ratio cache10k S), R_dyn(10,000)/R_dyn(100) = $(round_ratio dyn10k dyn100), M / S = $(round_ratio M S), K / S = $(round_ratio K S)"
  echo "shipped request log: L = cache10k / quiet10k = $(round_ratio cache10k quiet10k) (target >= 0.90); cache hit / bare Kestrel = $(round_ratio cache10k K) (target >= 0.80)"
  echo "request log lines written: $(cat "$OUT"/logs-*/site-*.json 2>/dev/null | wc -l)"
} | tee "$OUT/results.md"

cleanup
# Site search on the large database (its own server: the rebuild runs with no other process on the file).
bench/search.sh "$DLL" "$OUT/large.db"

if [ "$errors" -ne 0 ]; then echo "FAILED: $errors error responses"; exit 1; fi

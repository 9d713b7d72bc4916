#!/usr/bin/env bash
# Site search at the demo scale (docs/performance.md, "Search"): the time of rebuild-search-index,
# then the median server time of /en/search over English, Chinese and short (substring fallback)
# queries, output cache off, each query asked REPEAT times after one warm-up pass.
# Usage: bench/search.sh [app.dll] [database]   (run.sh passes its published app and large database)
set -euo pipefail
cd "$(dirname "$0")/.."

OUT="bench/out"
DLL="${1:-}"
DB="${2:-$OUT/search.db}"
REPEAT="${REPEAT:-20}"
PORT=5211
mkdir -p "$OUT"
if [ -z "$DLL" ]; then
  dotnet publish src/NjitInternational.Web -c Release -o "$OUT/app" >/dev/null
  DLL="$OUT/app/NjitInternational.Web.dll"
fi
if [ ! -f "$DB" ]; then
  dotnet "$DLL" generate-demo-data --database "$DB" --partners 10000 --programmes 20000 | tail -1
fi

HOST_ARGS=(--contentRoot "$PWD/$OUT/app" --ConnectionStrings:Default="Data Source=$PWD/$DB" --OutputCache:Enabled=false --RateLimits:Search:PermitLimit=1000000)
# The shipped Production configuration, request log included (to files under bench/out).
export ASPNETCORE_ENVIRONMENT=Production
export Serilog__WriteTo__0__Args__configure__0__Args__path="$PWD/$OUT/logs-search/site-.json"
# CPU seconds (user + system) as well as the wall time: on a shared machine the wall time includes
# waiting for a core, the CPU time does not.
TIMEFORMAT='%U %S'
{ time dotnet "$DLL" rebuild-search-index "${HOST_ARGS[@]}" | tail -1 >"$OUT/rebuild.txt"; } 2>"$OUT/rebuild-cpu.txt"
rebuild="$(cat "$OUT/rebuild.txt"), process CPU $(awk '{printf "%.1f", $1 + $2}' "$OUT/rebuild-cpu.txt") s"
echo "$rebuild"

dotnet "$DLL" --urls "http://127.0.0.1:$PORT" "${HOST_ARGS[@]}" >"$OUT/server-$PORT.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 2400); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/en/search" && break; sleep 0.05; done

# English (title, body), Chinese (three characters and more: trigram index), short (one or two characters: substring fallback).
cpu_ms() { awk '{print ($14 + $15) * 1000 / '"$(getconf CLK_TCK)"'}' "/proc/$pid/stat"; } # server CPU so far, ms
QUERIES=(oulu university "exchange programme" engineering 奥克兰 大学 合作 南京工程学院 ai 学 x)
: >"$OUT/search-times.txt"; : >"$OUT/search-cpu.txt"
for pass in warm measure; do
  for q in "${QUERIES[@]}"; do
    before=$(cpu_ms)
    enc=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$q")
    for _ in $(seq 1 "$REPEAT"); do
      t=$(curl -fs -o /dev/null -w '%{time_total}' "http://127.0.0.1:$PORT/en/search?q=$enc")
      if [ "$pass" = measure ]; then echo "$q $t" >>"$OUT/search-times.txt"; fi
    done
    if [ "$pass" = measure ]; then echo "$q $(awk -v a="$before" -v b="$(cpu_ms)" -v n="$REPEAT" 'BEGIN {printf "%.1f", (b - a) / n}')" >>"$OUT/search-cpu.txt"; fi
  done
done

median() { sort -n | awk '{a[NR]=$1} END {printf "%.1f", 1000 * (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
{
  echo "search at 10,000 partners / 20,000 programmes ($REPEAT requests per query, curl time_total, output cache off):"
  for q in "${QUERIES[@]}"; do
    echo "  $q: median $(awk -v q="$q" '{t=$NF; $NF=""; sub(/ $/, ""); if ($0==q) print t}' "$OUT/search-times.txt" | median) ms, server CPU $(awk -v q="$q" '{t=$NF; $NF=""; sub(/ $/, ""); if ($0==q) print t}' "$OUT/search-cpu.txt") ms per request"
  done
  echo "median over all queries: $(awk '{print $NF}' "$OUT/search-times.txt" | median) ms (target <= 10 ms); median server CPU per request $(awk '{print $NF / 1000}' "$OUT/search-cpu.txt" | median) ms"
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "$rebuild (target < 60 s)"
} | tee "$OUT/search-results.md"

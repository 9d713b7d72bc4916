#!/usr/bin/env bash
# Soak test (not part of ./scripts/test.sh): publishes the site in Release, starts it on loopback
# with its own temporary SQLite database, and drives a mix of public pages with wrk for
# DURATION seconds at CONNECTIONS connections. Prints the 5xx count, socket errors and the
# site's working set (VmRSS) before and after.
#   bench/soak.sh            # 60 s, 64 connections, port 5105
#   DURATION=10 bench/soak.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-60}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
PORT="${PORT:-5105}"
# wrk counts a response slower than this as a socket timeout (wrk's own default is 2 s).
TIMEOUT="${TIMEOUT:-10s}"
WORK="$(mktemp -d /tmp/njit-soak.XXXXXX)"
URL="http://127.0.0.1:${PORT}"

if ! command -v wrk >/dev/null; then
  echo "Installing wrk..."
  sudo_cmd=""
  if [ "$(id -u)" != "0" ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq wrk >/dev/null
fi

echo "Publishing (Release) to $WORK/app..."
dotnet publish src/NjitInternational.Web -c Release -o "$WORK/app" -v q >/dev/null

# The shipped Production settings, request log included (through its asynchronous queue), so the
# soak measures the site as it runs; the log files go under $WORK.
(cd "$WORK/app" && exec env ASPNETCORE_ENVIRONMENT=Production dotnet NjitInternational.Web.dll \
  --urls "$URL" \
  --ConnectionStrings:Default="Data Source=$WORK/soak.db" \
  --Serilog:WriteTo:0:Args:configure:0:Args:path="$WORK/logs/site-.json" \
  --RateLimits:Search:PermitLimit=1000000 --RateLimits:Enquiry:PermitLimit=1000000 \
  >"$WORK/site.log" 2>&1) &
SITE_PID=$!
cleanup() { kill "$SITE_PID" 2>/dev/null || true; wait "$SITE_PID" 2>/dev/null || true; }
trap cleanup EXIT

for _ in $(seq 1 120); do
  if curl -fs -o /dev/null "$URL/health/ready"; then break; fi
  sleep 0.5
done
curl -fs -o /dev/null "$URL/" || { echo "site did not start; see $WORK/site.log"; exit 1; }
# Warm up every path once so start-up allocations are not counted as growth.
for path in / /css/site.css /health/ready /health/live /no-such-page; do curl -s -o /dev/null "$URL$path"; done

rss() { awk '/VmRSS/ {print $2 " " $3}' "/proc/$SITE_PID/status"; }
START_RSS="$(rss)"

cat >"$WORK/mix.lua" <<'LUA'
-- Public pages in rotation; counts 5xx per thread and sums them in done().
local paths = { "/", "/", "/", "/css/site.css", "/no-such-page", "/partners", "/health/ready", "/search?q=exchange" }
local threads = {}
local i = 0

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  server_errors = 0
end

function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end

function response(status, headers, body)
  if status >= 500 then
    server_errors = server_errors + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("server_errors")
  end
  io.write(string.format("5xx responses: %d\n", total))
  io.write(string.format("socket errors: connect %d, read %d, write %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  io.write(string.format("requests: %d, p50 %.1f ms, p99 %.1f ms\n",
    summary.requests, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
LUA

echo "Soaking $URL for ${DURATION}s with $CONNECTIONS connections (load average: $(cut -d" " -f1-3 /proc/loadavg))..."
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout "$TIMEOUT" --latency -s "$WORK/mix.lua" "$URL" | tee "$WORK/wrk.txt"
END_RSS="$(rss)"

echo "working set (VmRSS): start $START_RSS, end $END_RSS"
echo "site log errors: $(grep -c '"@l":"Error"\|"@l":"Fatal"' "$WORK/site.log" || true)"
echo "work folder: $WORK"

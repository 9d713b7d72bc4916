#!/usr/bin/env bash
# The one test command (see README.md). On a fresh Debian machine with only the .NET SDK it
# installs what the tests need (Chromium for the browser tests, python3 for the robots.txt parser
# test, redis-server for the two-instance scale-out tests, python3-aiosmtpd for the mail tests'
# SMTP server, python3-feedparser for the news feed tests, python3-icalendar for the calendar tests
# and postgresql for the PostgreSQL tests; the tests start their own private servers on free
# loopback ports), restores, builds and runs every test project, then prints one line: "tests: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

# Installs one Debian package (as root, or through sudo) and says which tests need it.
apt_install() {
  local package="$1" reason="$2"
  echo "Installing $package $reason..."
  local sudo_cmd=""
  if [ "$(id -u)" != "0" ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "$package" >/dev/null
}

[ -x /usr/bin/chromium ] || apt_install chromium "for the browser tests"
command -v redis-server >/dev/null 2>&1 || apt_install redis-server "for the scale-out tests"
# PostgreSQL server programs for the PostgreSQL tests, which start their own private cluster
# (initdb in a temporary folder, as the postgres user when run as root) on a free loopback port.
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || apt_install postgresql "for the PostgreSQL tests"
[ -x /usr/bin/python3 ] || apt_install python3 "for the robots.txt test (Python's urllib.robotparser)"
# Independent readers of what the site writes, and the mail tests' SMTP server.
/usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 \
  || apt_install python3-aiosmtpd "for the mail tests (a real SMTP server on a free loopback port)"
/usr/bin/python3 -c 'import feedparser' >/dev/null 2>&1 \
  || apt_install python3-feedparser "for the news feed tests (an Atom reader independent of the writer)"
/usr/bin/python3 -c 'import icalendar' >/dev/null 2>&1 \
  || apt_install python3-icalendar "for the calendar tests (an independent parser of the .ics files)"

# Polling file watchers: dozens of test sites alive at once would otherwise use up the user's
# inotify instances (see tests/NjitInternational.TestSupport/PollingFileWatchers.cs).
export DOTNET_USE_POLLING_FILE_WATCHER=true

dotnet tool restore
dotnet restore NjitInternational.sln
dotnet build NjitInternational.sln --no-restore -c Release -warnaserror

results="$PWD/TestResults"
rm -rf "$results"
status=0
projects=(tests/*/*Tests.csproj)
for project in "${projects[@]}"; do
  name="$(basename "$project" .csproj)"
  echo "== $name"
  dotnet test "$project" --no-build -c Release \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results" || status=$?
done

# Count from the result files, so a project that ran no test (or crashed) is visible.
passed=0
failed=0
for project in "${projects[@]}"; do
  trx="$results/$(basename "$project" .csproj).trx"
  if [ ! -f "$trx" ]; then
    echo "no results for $project"
    failed=$((failed + 1))
    continue
  fi
  counters="$(grep -o '<Counters [^>]*>' "$trx")"
  p="$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")"
  f="$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")"
  passed=$((passed + p))
  failed=$((failed + f))
done

if [ "$passed" -eq 0 ]; then status=1; fi
if [ "$failed" -ne 0 ]; then status=1; fi
echo "tests: $passed passed, $failed failed"
exit "$status"

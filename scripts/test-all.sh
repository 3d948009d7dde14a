#!/usr/bin/env bash
# The one test command (`npm test`, and `.ci/run`). Works on a fresh machine of this project's kind:
# installs what is missing (npm packages, Debian chromium, the PostgreSQL 15 cluster), then runs the
# typecheck, Biome, drizzle-kit check, and the whole Vitest suite twice: on PGlite and on PostgreSQL.
# Ends with one line "N passed, N failed" (each static check counts as one test) and exits non-zero
# when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."

results=${VANGNET_TEST_RESULTS:-test-results}
mkdir -p "$results"
rm -f "$results"/*.json "$results"/checks.txt

step() { printf '\n=== %s ===\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else "$@"; fi; }
# Records a static check as one passed or failed test for the summary.
check() {
  local name=$1
  shift
  step "$name"
  if "$@"; then echo "$name passed" >>"$results/checks.txt"; else echo "$name failed" >>"$results/checks.txt"; fi
}
locked() { if command -v flock >/dev/null 2>&1; then flock "$1" "${@:2}"; else "${@:2}"; fi; }

# 1. npm packages: install when missing or older than the lock file.
if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # Not `npm ci`: the registry this machine reaches lacks Biome's binaries for other platforms, so the
  # lock file cannot list them and `npm ci` refuses it. `npm install` keeps to the locked versions.
  step "npm install"
  locked /tmp/vangnet-npm.lock npm install --no-audit --no-fund || { echo "npm install failed"; echo "0 passed, 1 failed"; exit 1; }
fi

# 2. Debian chromium for the browser tests.
if [ ! -x /usr/bin/chromium ]; then
  step "installing Debian chromium"
  locked /tmp/vangnet-apt.lock sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null' ||
    as_root sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null' ||
    echo "could not install chromium: the browser tests will fail"
fi

# 3. The local PostgreSQL 15 server.
step "PostgreSQL 15"
pg_ok=1
as_root bash scripts/start-postgres.sh || pg_ok=0

# 4. Static checks, each one test in the summary.
check typecheck npx tsc --noEmit
check biome npx biome check src test bench scripts
check drizzle-check npx drizzle-kit check

# 5. The suite on both databases.
step "Vitest on PGlite"
VANGNET_TEST_DB=pglite npx vitest run --reporter=default --reporter=json --outputFile="$results/vitest-pglite.json"

step "Vitest on PostgreSQL 15"
if [ "$pg_ok" = 1 ]; then
  VANGNET_TEST_DB=postgres TEST_DATABASE_URL=${TEST_DATABASE_URL:-postgres://vangnet:vangnet@127.0.0.1:5432/postgres} \
    npx vitest run --reporter=default --reporter=json --outputFile="$results/vitest-postgres.json"
else
  echo "postgresql failed" >>"$results/checks.txt"
fi

step "Summary"
node scripts/summarise-tests.mjs "$results/checks.txt" "$results/vitest-pglite.json" "$results/vitest-postgres.json"

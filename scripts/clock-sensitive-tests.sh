#!/usr/bin/env bash
# Lists the test files whose outcome could depend on the date, the weekday, the hour or the time zone:
# every test that reads or sets a time, an expiry, a schedule, office hours or retention. test-all.sh
# runs them again with the system clock moved (Debian's faketime) to prove they do not depend on the
# day they run. Browser tests are left out: Chromium is not run under a faked clock, and their dates
# come from the same pages that the HTTP-level tests cover.
set -euo pipefail
cd "$(dirname "$0")/.."
pattern='new Date|Date\.now|testClock|toISOString|expire|[Vv]erlo|schedule|[Oo]ffice|isOfficeOpen|retention|[Bb]ewaar|Klaar op|lockedUntil|firstSeen|seenAt|createdAt|At: '
find src test -name '*.test.ts' -o -name '*.test.tsx' | sort | while read -r file; do
  grep -qE 'launchBrowser|playwright-core' "$file" && continue
  grep -qE "$pattern" "$file" && echo "$file"
done

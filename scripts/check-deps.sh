#!/usr/bin/env bash
# Module boundaries (issue 11 point 3, `npm run check:deps`). Two passes of dependency-cruiser, both
# always run: .dependency-cruiser.cjs on the whole tree (public faces, routes without queries, app/web
# through index.ts and module.ts, no orphans, no unresolvable imports), then
# .dependency-cruiser-modules.cjs on src/modules alone (no cycles between modules).
# Exits non-zero when either pass finds a violation.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
status=0
echo "--- dependency rules (.dependency-cruiser.cjs)"
depcruise src test bench scripts bin drizzle.config.ts vitest.config.ts --config .dependency-cruiser.cjs --output-type err-long || status=1
echo "--- cycles between modules (.dependency-cruiser-modules.cjs)"
depcruise src/modules --config .dependency-cruiser-modules.cjs --output-type err-long || status=1
exit "$status"

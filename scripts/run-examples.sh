#!/usr/bin/env bash
# Runs every examples/*.ts as a user would, against the built package (dist/), so that the
# examples prove the published entry points. Each must exit 0.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f dist/index.js ] || npm run build
for file in examples/*.ts; do
  printf '\n--- %s\n' "$file"
  npx tsx --tsconfig tsconfig.examples.json "$file"
done

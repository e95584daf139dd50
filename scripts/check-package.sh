#!/usr/bin/env bash
# Checks the package as users receive it: packs the tarball, lints it with publint and
# @arethetypeswrong/cli, then installs it into fresh ESM and CommonJS projects and uses it.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
echo "packed $tarball ($(du -h "$work/$tarball" | cut -f1))"

npx publint --strict
npx attw "$work/$tarball" --profile node16 --format table-flipped

for kind in esm cjs; do
  dir="$work/consumer-$kind"
  mkdir -p "$dir"
  if [ "$kind" = esm ]; then
    echo '{ "name": "consumer-esm", "private": true, "type": "module" }' > "$dir/package.json"
    cat > "$dir/index.js" <<'JS'
import { createJourneyMap, parseJourneyMap, journeyMapJsonSchema } from "journeykit";
const map = parseJourneyMap(createJourneyMap({ title: "ESM consumer" }));
if (map.stages.length !== 5 || typeof journeyMapJsonSchema().$schema !== "string") process.exit(1);
console.log(`esm consumer: ${map.title}, ${map.stages.length} stages`);
JS
  else
    echo '{ "name": "consumer-cjs", "private": true }' > "$dir/package.json"
    cat > "$dir/index.js" <<'JS'
const { createJourneyMap, safeParseJourneyMap } = require("journeykit");
const result = safeParseJourneyMap(createJourneyMap({ title: "CJS consumer" }));
if (!result.success) process.exit(1);
console.log(`cjs consumer: ${result.data.title}, ${result.data.stages.length} stages`);
JS
  fi
  (cd "$dir" && npm install --silent --no-audit --no-fund --prefer-offline "$work/$tarball" >/dev/null && node index.js)
done

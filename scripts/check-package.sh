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

# TypeScript consumers: the declarations must type-check under both modern resolutions.
tsc="$PWD/node_modules/.bin/tsc"
for resolution in node16 bundler; do
  dir="$work/consumer-ts-$resolution"
  mkdir -p "$dir"
  module=$([ "$resolution" = node16 ] && echo node16 || echo esnext)
  echo '{ "name": "consumer-ts", "private": true, "type": "module" }' > "$dir/package.json"
  cat > "$dir/tsconfig.json" <<JSON
{ "compilerOptions": { "strict": true, "noEmit": true, "module": "$module", "moduleResolution": "$resolution",
  "target": "es2022", "lib": ["es2022", "dom"], "types": [], "skipLibCheck": false } }
JSON
  cat > "$dir/index.ts" <<'TS'
import { type JourneyMap, type Touchpoint, createJourneyMap, safeParseJourneyMap } from "journeykit";
const map: JourneyMap = createJourneyMap({ title: "TypeScript consumer" });
const result = safeParseJourneyMap(map);
const first: Touchpoint | undefined = result.success ? result.data.touchpoints[0] : undefined;
export const summary: string = `${map.title} ${first?.name ?? "no touchpoints"}`;
TS
  (cd "$dir" && npm install --silent --no-audit --no-fund --prefer-offline "$work/$tarball" >/dev/null && "$tsc" -p . && echo "typescript consumer ($resolution): ok")
done

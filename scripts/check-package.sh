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
const subpaths = await Promise.all(["model", "validate", "edit", "analysis", "layout", "svg", "io"].map((p) => import(`journeykit/${p}`)));
const [{ createJourneyMap: create }, , , , , { renderJourneyMapSvg }] = subpaths;
if (!renderJourneyMapSvg(create({ title: "Subpaths" })).startsWith("<svg")) process.exit(1);
console.log(`esm consumer: ${subpaths.length} subpath exports`);
JS
  else
    echo '{ "name": "consumer-cjs", "private": true }' > "$dir/package.json"
    cat > "$dir/index.js" <<'JS'
const { createJourneyMap, safeParseJourneyMap } = require("journeykit");
const result = safeParseJourneyMap(createJourneyMap({ title: "CJS consumer" }));
if (!result.success) process.exit(1);
console.log(`cjs consumer: ${result.data.title}, ${result.data.stages.length} stages`);
const { renderJourneyMapSvg } = require("journeykit/svg");
const { JourneyMapError } = require("journeykit/validate");
if (!renderJourneyMapSvg(result.data).startsWith("<svg")) process.exit(1);
try { require("journeykit/model") && require("journeykit").parseJourneyMap({}); } catch (e) { if (!(e instanceof JourneyMapError)) process.exit(1); }
console.log("cjs consumer: subpath exports, one JourneyMapError class");
JS
  fi
  (cd "$dir" && npm install --silent --no-audit --no-fund --prefer-offline "$work/$tarball" >/dev/null && node index.js)
done

# A page that only renders: bundled from the installed package, it must carry neither zod
# nor papaparse (the ESM output is one module per source file, "sideEffects": false).
(
  cd "$work/consumer-esm"
  for from in journeykit journeykit/svg; do
    echo "import { renderJourneyMapSvg } from \"$from\"; console.log(renderJourneyMapSvg);" > render-only.js
    "$OLDPWD/node_modules/.bin/esbuild" render-only.js --bundle --minify --format=esm --metafile=meta.json --outfile=out.js --log-level=error
    # Files a bundler reads are listed even when it drops them: look at what reached the output.
    if ! node -e 'const m = require("./meta.json"); const kept = Object.entries(m.outputs["out.js"].inputs).filter(([f, i]) => /node_modules\/(zod|papaparse)\//.test(f) && i.bytesInOutput > 0); process.exit(kept.length ? 1 : 0)'; then
      echo "render-only bundle from $from includes zod or papaparse" >&2
      exit 1
    fi
    echo "render only from $from: $(gzip -9 -c out.js | wc -c) bytes gzip, without zod and papaparse"
  done
)

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
import { renderJourneyMapSvg } from "journeykit/svg";
import { type JourneyMapIssue } from "journeykit/validate";
export const svg: string = renderJourneyMapSvg(createJourneyMap({ title: "Subpath types" }));
export const codes = (issues: JourneyMapIssue[]): string[] => issues.map((issue) => issue.code);
const map: JourneyMap = createJourneyMap({ title: "TypeScript consumer" });
const result = safeParseJourneyMap(map);
const first: Touchpoint | undefined = result.success ? result.data.touchpoints[0] : undefined;
export const summary: string = `${map.title} ${first?.name ?? "no touchpoints"}`;
TS
  (cd "$dir" && npm install --silent --no-audit --no-fund --prefer-offline "$work/$tarball" >/dev/null && "$tsc" -p . && echo "typescript consumer ($resolution): ok")
done

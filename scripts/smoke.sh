#!/usr/bin/env bash
# scripts/smoke.sh — pack baochi, install the tarball into a new project, and use it as a user would:
# `import` (ESM), `require` (CJS) and the `baochi` command. Fails when the install brings in a
# native addon or an install script. Needs dist/ (built when missing) and the npm registry (or cache).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/baochi-smoke.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
say() { printf 'smoke: %s\n' "$*"; }
fail() { printf 'smoke: FAILED: %s\n' "$*" >&2; exit 1; }

cd "$ROOT"
[ -f dist/index.js ] || npm run build --silent
VERSION="$(node -p 'require("./package.json").version')"
TGZ="$(npm pack --silent --ignore-scripts --pack-destination "$WORK" | tail -n 1)"
[ -f "$WORK/$TGZ" ] || fail "npm pack made no tarball"
say "packed $TGZ ($(du -k "$WORK/$TGZ" | cut -f1) KB)"

mkdir "$WORK/app"
cd "$WORK/app"
printf '{ "name": "baochi-smoke", "version": "1.0.0", "private": true }\n' > package.json
npm install "$WORK/$TGZ" --no-audit --no-fund --prefer-offline --loglevel=error
say "installed $(find node_modules -mindepth 1 -maxdepth 2 -name package.json | wc -l) packages"

# No native code and no install script may come with baochi.
native="$(find node_modules \( -name '*.node' -o -name binding.gyp \) -print | head -n 5)"
[ -z "$native" ] || fail "native code in the install: $native"
node -e '
  const fs = require("fs"), path = require("path");
  const bad = [];
  (function walk(dir) {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === "package.json") {
        let j; try { j = JSON.parse(fs.readFileSync(p, "utf8")); } catch { continue; }
        const s = j.scripts || {};
        for (const k of ["preinstall", "install", "postinstall"]) if (s[k]) bad.push(`${p}: ${k}: ${s[k]}`);
        if (j.gypfile) bad.push(`${p}: gypfile`);
      }
    }
  })("node_modules");
  if (bad.length) { console.error(bad.join("\n")); process.exit(1); }
' || fail "an installed package has an install script"
say "no native addon, no install script"

# A short article written for this test.
cat > article.txt <<'TEXT'
Thứ Tư, 10/01/2024, 16:20 (GMT+7)
Đồng Tháp khởi công tuyến đê bao chống sạt lở
Chiều 10/1, UBND tỉnh Đồng Tháp khởi công tuyến đê bao dài 3,5 km tại xã Bình Thành, tổng vốn khoảng 120 tỷ đồng.
Giám đốc Sở Nông nghiệp Phạm Văn Long cho biết: "Công trình bảo vệ hơn 1.500 hộ dân ven sông".
HOÀNG NAM
TEXT

cat > esm.mjs <<'JS'
import { readFileSync } from "node:fs";
import { parseArticle, Article, articleJsonSchema } from "baochi";
import schema from "baochi/article.schema.json" with { type: "json" };
const a = parseArticle(readFileSync("article.txt", "utf8"));
if (a.schemaVersion !== 1) throw new Error("ESM: schemaVersion " + a.schemaVersion);
if (a.title?.text !== "Đồng Tháp khởi công tuyến đê bao chống sạt lở") throw new Error("ESM: title " + JSON.stringify(a.title));
Article.parse(a);
if (schema.title !== articleJsonSchema.title) throw new Error("ESM: article.schema.json differs from articleJsonSchema");
const { createParseStream } = await import("baochi/node");
if (typeof createParseStream !== "function") throw new Error("ESM: baochi/node has no createParseStream");
console.log("smoke: import works: " + a.title.text);
JS
node esm.mjs

cat > cjs.cjs <<'JS'
const { readFileSync } = require("node:fs");
const { parseArticle, BaochiError } = require("baochi");
const a = parseArticle(readFileSync("article.txt"));
if (a.schemaVersion !== 1) throw new Error("CJS: schemaVersion " + a.schemaVersion);
if (a.dateline?.value !== "2024-01-10T16:20:00+07:00") throw new Error("CJS: dateline " + JSON.stringify(a.dateline));
try {
  parseArticle(Buffer.from([0x56, 0x69, 0xd6, 0x74]));
  throw new Error("CJS: invalid UTF-8 was accepted");
} catch (e) {
  if (!(e instanceof BaochiError) || e.code !== "invalid-utf8") throw e;
}
console.log("smoke: require works: " + a.dateline.value);
JS
node cjs.cjs

[ "$(npx --no-install baochi --version)" = "$VERSION" ] || fail "baochi --version is not $VERSION"
npx --no-install baochi parse article.txt > out.json
node -e '
  const a = JSON.parse(require("fs").readFileSync("out.json", "utf8"));
  if (a.schemaVersion !== 1) { console.error("CLI: schemaVersion " + a.schemaVersion); process.exit(1); }
  console.log("smoke: npx baochi parse works: schemaVersion " + a.schemaVersion + ", " + a.text.length + " chars");
'
npx --no-install baochi parse - < article.txt | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{if(JSON.parse(s).schemaVersion!==1)process.exit(1)})' \
  || fail "baochi parse - (stdin) did not give schemaVersion 1"
say "ok: baochi $VERSION installs and runs from its tarball"

#!/usr/bin/env node
// Runs the built library over corpus JSONL files and writes `{id, article}` lines (as `baochi batch` does).
// usage: node scripts/predict.mjs OUT.jsonl CORPUS.jsonl… [--ids GOLD.jsonl]
// Kept for quick measurements; `baochi batch` is the supported way.
import { readFileSync, writeFileSync } from "node:fs";
// BAOCHI_DIST=/path/to/index.js measures another build (e.g. one bundled elsewhere while dist/ is rebuilt)
const { parseArticle } = await import(process.env.BAOCHI_DIST ?? new URL("../dist/index.js", import.meta.url).href);

const args = process.argv.slice(2);
const idsAt = args.indexOf("--ids");
let wanted = null;
if (idsAt >= 0) {
  wanted = new Set(readFileSync(args[idsAt + 1], "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).id.replace(/\/p\d+s\d+$/, "")));
  args.splice(idsAt, 2);
}
const [out, ...corpora] = args;
const lines = [];
let n = 0, failed = 0, chars = 0;
const t0 = performance.now();
for (const file of corpora) {
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line);
    if (wanted && !wanted.has(rec.id)) continue;
    n++;
    chars += rec.text.length;
    try {
      lines.push(JSON.stringify({ id: rec.id, article: parseArticle(rec.text) }));
    } catch (e) {
      failed++;
      lines.push(JSON.stringify({ id: rec.id, error: { code: e.code ?? "internal", message: e.message } }));
    }
  }
}
const ms = performance.now() - t0;
writeFileSync(out, lines.join("\n") + "\n");
console.error(`${n} articles (${failed} failed), ${(chars / 1e6).toFixed(2)} M chars in ${(ms / 1000).toFixed(2)} s = ${(chars / 1e6 / (ms / 1000)).toFixed(2)} M chars/s`);

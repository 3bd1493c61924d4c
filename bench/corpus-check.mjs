#!/usr/bin/env node
// node bench/corpus-check.mjs PATH [--dist FILE]
// Every article of a corpus (a folder of JSONL files, a JSONL file, or a .txt) through parseArticle:
// no exception, a schema-valid Article, every span inside the text and slicing to its text, no
// extractor failure; and each field read alone (parseArticle with `fields: [field]`, the way
// `baochi batch --table` reads it) equal to the same field of the full parse. Prints one line per
// bad article and a summary; exits 1 when any is bad.
import { parseArgs } from "node:util";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { readCorpus } from "./lib/inputs.mjs";
import { articleProblems } from "./lib/check-article.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const { values, positionals } = parseArgs({ allowPositionals: true, options: { dist: { type: "string", default: join(ROOT, "dist", "index.js") } } });
if (positionals.length !== 1 || !existsSync(positionals[0])) {
  console.error("usage: node bench/corpus-check.mjs PATH [--dist dist/index.js]   (PATH: a folder of JSONL files, a JSONL file or a .txt)");
  process.exit(2);
}
if (!existsSync(values.dist)) {
  console.error(`corpus-check: ${values.dist} is missing; run \`npm run build\` first`);
  process.exit(2);
}
const { parseArticle, Article, defaultExtractors } = await import(pathToFileURL(values.dist).href);
// one options object per field, made once (parseArticle resolves a repeated options object once)
const FIELDS = [...new Set(defaultExtractors.map((e) => e.name))];
const alone = FIELDS.map((field) => ({ field, options: { fields: [field], detectLanguage: false } }));
const t0 = performance.now();
const items = readCorpus(positionals[0]);
let bad = 0;
let chars = 0;
let spans = 0;
for (const it of items) {
  chars += it.text.length;
  /** @type {string[]} */
  let problems;
  try {
    const a = parseArticle(it.text);
    problems = articleProblems(a);
    const v = Article.safeParse(a);
    if (!v.success) problems.push(...v.error.issues.slice(0, 3).map((i) => `schema: ${i.path.join(".")}: ${i.message}`));
    if (a.text !== it.text) problems.push("article.text is not the input");
    for (const { field, options } of alone) {
      if (JSON.stringify(parseArticle(it.text, options)[field]) !== JSON.stringify(a[field])) problems.push(`${field} read alone differ from the full parse`);
    }
    spans += countSpans(a);
  } catch (e) {
    problems = [`threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`];
  }
  if (problems.length) {
    bad++;
    if (bad <= 20) console.error(`${it.id}: ${problems.join("; ")}`);
  }
}
const s = (performance.now() - t0) / 1000;
console.log(`corpus-check: ${items.length} articles (${(chars / 1e6).toFixed(1)} M chars, ${spans} spans) in ${s.toFixed(1)} s, ${bad} with problems`);
process.exit(bad ? 1 : 0);

/** @param {unknown} v */
function countSpans(v) {
  if (typeof v !== "object" || v === null) return 0;
  if (Array.isArray(v)) return v.reduce((n, x) => n + countSpans(x), 0);
  let n = 0;
  for (const [k, x] of Object.entries(v)) {
    if (k === "span" || k === "sentence") n++;
    else if (k === "mentions" && Array.isArray(x)) n += x.length;
    else n += countSpans(x);
  }
  return n;
}

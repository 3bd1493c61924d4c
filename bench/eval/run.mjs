#!/usr/bin/env node
// npm run eval — accuracy of baochi against field gold and NER gold. See README.md.
import { parseArgs } from "node:util";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { FileError, readRecords, readFixtures, readCorpora, readPredictions, isNerGold } from "./io.mjs";
import { scoreFields } from "./fields.mjs";
import { scoreNer, articleIdOf } from "./ner.mjs";
import { formatTable, formatMisses, worstRow } from "./report.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SHARED = resolve(ROOT, "..", "shared");
// The parser run when no --pred is given; BAOCHI_EVAL_MODULE points elsewhere (tests, other builds).
const DIST = process.env.BAOCHI_EVAL_MODULE ? pathToFileURL(resolve(process.env.BAOCHI_EVAL_MODULE)) : new URL("../../dist/index.js", import.meta.url);

const USAGE = `usage: npm run eval -- [--gold FILE]… [--corpus FILE]… [--fixtures DIR]… [--pred FILE]
                       [--misses N] [--json] [--out FILE]
  --gold FILE      field gold (ANNOTATION.md) or NER gold (lines with "entities"); repeatable
  --corpus FILE    JSONL {id, text} articles the gold refers to; repeatable
  --fixtures DIR   field gold from DIR/**/X.expected.json with the text in X.txt; repeatable
  --pred FILE      baochi batch output ({id, article} lines); without it, dist/index.js parses the articles
  --misses N       misses shown for the worst field of each gold set (default 15)
  --json           print the JSON report instead of tables
  --out FILE       also write the JSON report to FILE
With no --gold/--fixtures: fixtures/, plus ../shared/gold/fields-dev.jsonl and ner-dev.jsonl when present.`;

class UsageError extends Error {}

/**
 * @param {string[]} argv
 */
function options(argv) {
  /** @type {ReturnType<typeof parseArgs>} */
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        gold: { type: "string", multiple: true },
        corpus: { type: "string", multiple: true },
        fixtures: { type: "string", multiple: true },
        pred: { type: "string", multiple: true },
        misses: { type: "string" },
        json: { type: "boolean" },
        out: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    throw new UsageError(/** @type {Error} */ (e).message.split("\n")[0]);
  }
  const v = /** @type {Record<string, any>} */ (parsed.values);
  const misses = v.misses === undefined ? 15 : Number(v.misses);
  if (!Number.isInteger(misses) || misses < 0 || !/^\d+$/.test(v.misses ?? "0")) throw new UsageError(`--misses wants a whole number, not "${v.misses}"`);
  return {
    help: Boolean(v.help),
    gold: /** @type {string[]} */ (v.gold ?? []),
    corpus: /** @type {string[]} */ (v.corpus ?? []),
    fixtures: /** @type {string[]} */ (v.fixtures ?? []),
    pred: /** @type {string[]} */ (v.pred ?? []),
    misses,
    json: Boolean(v.json),
    out: /** @type {string | undefined} */ (v.out),
  };
}

/** The shared corpus files, when the shared folder is there. */
function sharedCorpora() {
  const dir = join(SHARED, "corpus");
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort().map((f) => join(dir, f)) : [];
}

/**
 * Fills in the defaults: our fixtures, and the shared dev gold when it is there.
 * @param {ReturnType<typeof options>} o
 */
function withDefaults(o) {
  /** @type {string[]} */
  const notes = [];
  if (o.gold.length === 0 && o.fixtures.length === 0) {
    const fixtures = join(ROOT, "fixtures");
    if (existsSync(fixtures)) o.fixtures.push(fixtures);
    else notes.push("no fixtures/ folder yet");
    const fieldsDev = join(SHARED, "gold", "fields-dev.jsonl");
    const nerDev = join(SHARED, "gold", "ner-dev.jsonl");
    const vlsp = join(SHARED, "corpus", "vlsp2018-ner-train-dev-articles.jsonl");
    if (existsSync(fieldsDev) && sharedCorpora().length) o.gold.push(fieldsDev);
    if (existsSync(nerDev) && existsSync(vlsp)) o.gold.push(nerDev);
  }
  if (o.corpus.length === 0) o.corpus.push(...sharedCorpora());
  return notes;
}

/**
 * @typedef {{name: string, path: string, kind: "fields" | "ner", records: any[], texts?: Map<string, string>}} GoldSet
 */

/**
 * @param {ReturnType<typeof options>} o
 * @param {string[]} notes
 * @returns {GoldSet[]}
 */
function loadGold(o, notes) {
  /** @type {GoldSet[]} */
  const sets = [];
  for (const dir of o.fixtures) {
    const { records, texts, problems } = readFixtures(dir);
    notes.push(...problems);
    sets.push({ name: `fixtures (${relative(process.cwd(), dir) || "."})`, path: dir, kind: "fields", records, texts });
  }
  for (const path of o.gold) {
    const records = readRecords(path);
    sets.push({ name: basename(path), path, kind: isNerGold(records) ? "ner" : "fields", records });
  }
  return sets;
}

/** @param {GoldSet} set */
function articleIds(set) {
  return set.kind === "ner" ? set.records.map((s) => articleIdOf(s.id)) : set.records.map((r) => String(r.id));
}

/**
 * Runs the built parser over the articles the gold needs.
 * @param {Map<string, string>} texts
 */
async function parseWithDist(texts) {
  if (!existsSync(DIST)) throw new FileError(`${fileURLToPath(DIST)} not found: run npm run build (npm run eval does)`);
  /** @type {any} */
  let lib;
  try {
    lib = await import(DIST.href);
  } catch (e) {
    throw new FileError(`cannot load ${fileURLToPath(DIST)}: ${/** @type {Error} */ (e).message}`);
  }
  if (typeof lib.parseArticle !== "function") throw new FileError(`${fileURLToPath(DIST)} exports no parseArticle`);
  const predictions = new Map();
  /** @type {{id: string, message: string}[]} */
  const errors = [];
  const t0 = performance.now();
  for (const [id, text] of texts) {
    try {
      predictions.set(id, await lib.parseArticle(text));
    } catch (e) {
      errors.push({ id, message: String(/** @type {Error} */ (e)?.message ?? e).split("\n")[0] ?? "" });
      predictions.set(id, null);
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  return { predictions, info: { source: relative(process.cwd(), fileURLToPath(DIST)), articles: texts.size, errors: errors.length, errorSamples: errors.slice(0, 5), seconds } };
}

/**
 * @param {string[]} argv
 * @returns {Promise<number>} the exit code
 */
export async function main(argv) {
  const o = options(argv);
  if (o.help) {
    console.log(USAGE);
    return 0;
  }
  const notes = withDefaults(o);
  const sets = loadGold(o, notes);
  if (sets.length === 0) throw new UsageError("nothing to score: give --gold or --fixtures (no default gold found)");

  const own = new Map(sets.flatMap((set) => [...(set.texts ?? [])]));
  const wanted = new Set(sets.flatMap(articleIds).filter((id) => !own.has(id)));
  const texts = wanted.size ? readCorpora(o.corpus, wanted) : new Map();
  for (const [id, t] of own) texts.set(id, t);

  let predictions;
  let info;
  if (o.pred.length) {
    predictions = readPredictions(o.pred);
    const lines = [...predictions.values()];
    info = { source: o.pred, articles: lines.length, errors: lines.filter((l) => l?.error && !l.article).length };
  } else {
    ({ predictions, info } = await parseWithDist(texts));
  }

  const reports = sets.map((set) => {
    const base = { gold: set.name, path: set.path, kind: set.kind };
    if (set.kind === "ner") return { ...base, ...scoreNer(set.records, texts, predictions) };
    const withoutText = set.records.filter((r) => !texts.has(String(r.id))).length;
    return { ...base, withoutText, ...scoreFields(set.records, predictions, { texts: set.texts ?? texts }) };
  });

  const json = { predictions: info, notes, reports: reports.map((r) => ({ ...r, worst: worstRow(r.rows, r.misses)?.field ?? null })) };
  if (o.out) {
    try {
      writeFileSync(o.out, JSON.stringify(json, null, 1) + "\n");
    } catch (e) {
      throw new FileError(`cannot write ${o.out}: ${/** @type {Error} */ (e).message}`);
    }
  }
  if (o.json) {
    console.log(JSON.stringify(json, null, 1));
    return 0;
  }
  for (const n of notes) console.error(`note: ${n}`);
  console.log(describePredictions(info));
  for (const r of json.reports) {
    console.log("");
    console.log(`== ${r.gold}: ${describeReport(r)}`);
    if (r.articles === 0 && r.kind === "fields") {
      console.log(r.path === r.gold ? "no gold records" : "no X.expected.json files yet");
      continue;
    }
    console.log(formatTable(r.rows, r.kind === "ner" ? "type" : "field"));
    console.log(`macro F1 ${r.macroF1.toFixed(3)}`);
    const worst = r.worst ? r.rows.find((x) => x.field === r.worst) : undefined;
    if (!worst) {
      console.log("no misses");
      continue;
    }
    const list = r.misses[worst.field] ?? [];
    console.log("");
    console.log(`-- worst: ${worst.field} (F1 ${worst.f1.toFixed(3)}), ${list.length} misses${o.misses < list.length ? `, first ${o.misses}` : ""}`);
    if (o.misses > 0) console.log(formatMisses(list, o.misses));
  }
  return 0;
}

/** @param {any} info */
function describePredictions(info) {
  if (Array.isArray(info.source)) return `predictions: ${info.source.join(", ")} (${info.articles} lines, ${info.errors} errors)`;
  const samples = info.errorSamples.map((/** @type {any} */ e) => `\n  error ${e.id}: ${e.message}`).join("");
  return `predictions: parseArticle from ${info.source}, ${info.articles} articles in ${info.seconds.toFixed(1)} s, ${info.errors} errors${samples}`;
}

/** @param {any} r */
function describeReport(r) {
  if (r.kind === "ner")
    return `NER gold, ${r.sentences} sentences in ${r.articles} articles` +
      `${r.unlocated ? `, ${r.unlocated} sentences not found in the corpus` : ""}` +
      `${r.missing ? `, ${r.missing} articles without output` : ""}` +
      `${r.textMismatch ? `, ${r.textMismatch} with a predicted text unlike the corpus` : ""}`;
  return `field gold, ${r.articles} articles` +
    `${r.missing ? `, ${r.missing} without output` : ""}` +
    `${r.withoutText ? `, ${r.withoutText} without text` : ""}`;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  // exitCode, not exit(): a large report written to a pipe must be flushed first
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      if (e instanceof UsageError) {
        console.error(`eval: ${e.message} (see --help)`);
        process.exitCode = 2;
      } else if (e instanceof FileError) {
        console.error(`eval: ${e.message}`);
        process.exitCode = 1;
      } else throw e;
    },
  );
}

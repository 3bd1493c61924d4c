#!/usr/bin/env node
// Checks that our scorers give the same tables as the reference ones in shared/tools, which releases
// are judged by. Without --pred, imperfect predictions are made from the dev gold (synth.mjs) with a
// few seeds; with --pred (e.g. `baochi batch` output over the corpus) that file is scored by both.
//   node bench/eval/check-agreement.mjs [--pred FILE] [--shared DIR] [--seeds 1,2,3]
// Exit 0 when every table agrees (or when the shared folder is absent: "skipped"), 1 otherwise.
import { parseArgs } from "node:util";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readRecords, readCorpora, readPredictions } from "./io.mjs";
import { scoreFields } from "./fields.mjs";
import { scoreNer, articleIdOf } from "./ner.mjs";
import { fieldPredictions, enrichGold, nerPredictions } from "./synth.mjs";

const { values: args } = parseArgs({ options: { pred: { type: "string" }, shared: { type: "string" }, seeds: { type: "string" } } });
const SHARED = resolve(args.shared ?? fileURLToPath(new URL("../../../shared", import.meta.url)));
const TOOLS = join(SHARED, "tools");
const FIELDS_GOLD = join(SHARED, "gold", "fields-dev.jsonl");
const NER_GOLD = join(SHARED, "gold", "ner-dev.jsonl");
const VLSP = join(SHARED, "corpus", "vlsp2018-ner-train-dev-articles.jsonl");
const CORPORA = [join(SHARED, "corpus", "dantri-unc.jsonl"), VLSP];

if (![TOOLS, FIELDS_GOLD, NER_GOLD, ...CORPORA].every(existsSync)) {
  console.log(`skipped: ${SHARED} (reference tools, dev gold and corpus) is not there`);
  process.exit(0); // nothing buffered yet but this line
}

const tmp = mkdtempSync(join(tmpdir(), "baochi-eval-agree-"));
let failures = 0;
/** @param {string} what @param {unknown} ours @param {unknown} theirs */
const same = (what, ours, theirs) => {
  if (JSON.stringify(ours) === JSON.stringify(theirs)) return;
  failures++;
  console.log(`DIFFERENT ${what}\n  ours:      ${JSON.stringify(ours)}\n  reference: ${JSON.stringify(theirs)}`);
};
/** @param {string} file @param {any[]} lines */
const writeJsonl = (file, lines) => writeFileSync(file, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
/** @param {string} script @param {string[]} argv */
const reference = (script, argv) => execFileSync(process.execPath, [join(TOOLS, script), ...argv], { encoding: "utf8", maxBuffer: 1 << 28 });
/** Rows as compared: counts exactly, ratios to the third decimal. @param {any[]} rows */
const table = (rows) => rows.map((r) => [r.field, r.gold, r.pred, r.tp, r.precision.toFixed(3), r.recall.toFixed(3), r.f1.toFixed(3)]);

/**
 * @param {string} label
 * @param {string} goldFile
 * @param {string} predFile
 */
function checkFields(label, goldFile, predFile) {
  const out = reference("score-fields.mjs", [goldFile, predFile, "--json"]);
  const theirs = JSON.parse(out.slice(0, out.lastIndexOf("macroF1")));
  const ours = scoreFields(readRecords(goldFile), readPredictions([predFile]));
  same(`${label} fields table`, table(ours.rows), table(theirs.rows));
  same(`${label} fields macroF1`, ours.macroF1.toFixed(3), theirs.macroF1.toFixed(3));
  same(`${label} fields missing`, ours.missing, theirs.missing);
  console.log(`${label}: fields, ${ours.rows.length} rows, macroF1 ${ours.macroF1.toFixed(3)}, missing ${ours.missing}`);
}

/**
 * @param {string} label
 * @param {any[]} goldSentences
 * @param {Map<string, string>} texts
 * @param {string} predFile
 */
function checkNer(label, goldSentences, texts, predFile) {
  const out = reference("score-ner.mjs", [NER_GOLD, VLSP, "--baochi", predFile]);
  const theirs = out
    .split("\n")
    .map((l) => /^(PERSON|LOCATION|ORGANIZATION)\s+gold (\d+) pred (\d+) tp (\d+) P ([\d.]+) R ([\d.]+) F1 ([\d.]+)$/.exec(l.trim()))
    .filter((m) => m !== null)
    .map((m) => [m[1], Number(m[2]), Number(m[3]), Number(m[4]), m[5], m[6], m[7]]);
  const ours = scoreNer(goldSentences, texts, readPredictions([predFile]));
  same(`${label} NER table`, table(ours.rows), theirs);
  console.log(`${label}: NER, ${ours.rows.map((r) => `${r.field} ${r.f1.toFixed(3)}`).join(", ")}`);
}

try {
  const fieldGold = readRecords(FIELDS_GOLD);
  const nerGold = readRecords(NER_GOLD);
  const texts = readCorpora(CORPORA, new Set([...fieldGold.map((g) => String(g.id)), ...nerGold.map((s) => articleIdOf(s.id))]));
  if (args.pred) {
    checkFields(args.pred, FIELDS_GOLD, args.pred);
    checkNer(args.pred, nerGold, texts, args.pred);
  } else {
    for (const seed of (args.seeds ?? "1,2,3,4,5").split(",").map(Number)) {
      const gold = join(tmp, `gold-${seed}.jsonl`);
      const pred = join(tmp, `fields-pred-${seed}.jsonl`);
      const enriched = enrichGold(fieldGold, seed);
      writeJsonl(gold, enriched);
      writeJsonl(pred, fieldPredictions(enriched, texts, seed));
      checkFields(`seed ${seed}`, gold, pred);
      const nerPred = join(tmp, `ner-pred-${seed}.jsonl`);
      writeJsonl(nerPred, nerPredictions(nerGold, texts, seed));
      checkNer(`seed ${seed}`, nerGold, texts, nerPred);
    }
    // degenerate cases: nothing predicted at all, and the gold itself as a perfect-looking prediction
    const empty = join(tmp, "empty.jsonl");
    writeJsonl(empty, [{ id: "none", error: { code: "E", message: "x" } }]);
    checkFields("no predictions", FIELDS_GOLD, empty);
    checkNer("no predictions", nerGold, texts, empty);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log(failures ? `${failures} difference(s) with the reference scorers` : "agreement: every table equal to the reference scorers'");
process.exitCode = failures ? 1 : 0;

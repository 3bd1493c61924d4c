// Reading gold, corpus, prediction and fixture files.
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join, relative } from "node:path";

/** A file that cannot be read or parsed: the CLI exits with 1. */
export class FileError extends Error {}

/**
 * @param {string} path
 * @returns {string}
 */
export function readText(path) {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    throw new FileError(`cannot read ${path}: ${/** @type {Error} */ (e).message}`);
  }
}

/**
 * The records of a JSON Lines file; like the reference scorers, a file holding one JSON array or a
 * single JSON object is accepted too.
 * @param {string} path
 * @returns {any[]}
 */
export function readRecords(path) {
  const text = readText(path).replace(/^\uFEFF/, "").trim();
  if (!text) return [];
  if (text.startsWith("[") || (text.startsWith("{") && !text.includes("\n{"))) {
    const value = parse(text, path);
    return Array.isArray(value) ? value : [value];
  }
  const out = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = /** @type {string} */ (lines[i]).trim();
    if (line) out.push(parse(line, `${path}:${i + 1}`));
  }
  return out;
}

/**
 * @param {string} text
 * @param {string} where
 */
function parse(text, where) {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new FileError(`invalid JSON in ${where}: ${/** @type {Error} */ (e).message}`);
  }
}

/**
 * Does a gold file hold NER sentences (`{id, text, entities}`) rather than field records?
 * @param {any[]} records
 */
export function isNerGold(records) {
  return records.length > 0 && records.every((r) => Array.isArray(r?.entities));
}

/**
 * Field gold from our own fixtures: every `X.expected.json` under `dir` is a gold record (its `id`
 * key; the path without the suffix when it has none) whose text is the sibling `X.txt`.
 * @param {string} dir
 * @returns {{records: any[], texts: Map<string, string>, problems: string[]}}
 */
export function readFixtures(dir) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new FileError(`no fixtures folder ${dir}`);
  const records = [];
  const texts = new Map();
  const problems = [];
  for (const file of walk(dir).filter((f) => f.endsWith(".expected.json")).sort()) {
    const record = parse(readText(file), file);
    const base = file.slice(0, -".expected.json".length);
    const id = String(record?.id ?? relative(dir, base));
    const txt = base + ".txt";
    if (!existsSync(txt)) {
      problems.push(`${relative(dir, file)}: no ${relative(dir, txt)} beside it, skipped`);
      continue;
    }
    records.push({ ...record, id });
    texts.set(id, readText(txt));
  }
  return { records, texts, problems };
}

/**
 * Every file under a folder (node_modules and dot folders skipped).
 * @param {string} dir
 * @returns {string[]}
 */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name.startsWith(".") || e.name === "node_modules") return [];
    const p = join(dir, e.name);
    return e.isDirectory() ? walk(p) : e.isFile() ? [p] : [];
  });
}

/**
 * Article texts for the wanted ids from corpus files (`{id, text}` per line); a later record
 * with the same id replaces an earlier one.
 * @param {string[]} paths
 * @param {Set<string>} wanted
 * @returns {Map<string, string>}
 */
export function readCorpora(paths, wanted) {
  const texts = new Map();
  for (const path of paths)
    for (const r of readRecords(path)) if (r && wanted.has(String(r.id)) && typeof r.text === "string") texts.set(String(r.id), r.text);
  return texts;
}

/**
 * Predictions from `baochi batch` output: id → the line (`{id, article}` or `{id, error}`); a later
 * line with the same id replaces an earlier one.
 * @param {string[]} paths
 * @returns {Map<string, any>}
 */
export function readPredictions(paths) {
  const out = new Map();
  for (const path of paths) for (const r of readRecords(path)) out.set(String(r?.id ?? r?.article?.id), r);
  return out;
}

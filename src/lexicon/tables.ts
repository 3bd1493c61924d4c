import { TABLES } from "./_data.js";
import { fold } from "../text/fold.js";

/** One row of a data/ table, keyed by the header's column names. */
export type Row = Readonly<Record<string, string>>;

const cache = new Map<string, readonly Row[]>();

/**
 * The rows of `data/<name>.tsv` (header row first; `#` lines are comments; empty cells are "").
 * Parsed on first use, then cached.
 */
export function table(name: string): readonly Row[] {
  const hit = cache.get(name);
  if (hit) return hit;
  const raw = TABLES[name];
  if (raw === undefined) throw new Error(`baochi: no data table "${name}"`);
  const lines = raw.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("#"));
  const header = (lines.shift() ?? "").split("\t").map((h) => h.trim());
  const rows = lines.map((line) => {
    const cells = line.split("\t");
    const row: Record<string, string> = {};
    header.forEach((h, i) => (row[h] = (cells[i] ?? "").trim()));
    return Object.freeze(row);
  });
  cache.set(name, rows);
  return rows;
}

/** The names of all embedded tables. */
export function tableNames(): string[] {
  return Object.keys(TABLES);
}

/** First column values of a table (or the given column). */
export function column(name: string, col?: string): string[] {
  const rows = table(name);
  const key = col ?? Object.keys(rows[0] ?? {})[0] ?? "";
  return rows.map((r) => r[key] ?? "").filter(Boolean);
}

/** A map from the folded value of `keyCol` to its row; later rows do not override earlier ones. */
export function foldedIndex(name: string, keyCol: string): ReadonlyMap<string, Row> {
  const m = new Map<string, Row>();
  for (const r of table(name)) {
    const k = fold(r[keyCol] ?? "");
    if (k && !m.has(k)) m.set(k, r);
  }
  return m;
}

// Only the extractors some fields need. A caller who wants the figures of 10,000 articles need not
// pay for the people, whose rules cost most of a parse: figures read only what dates and documents
// claim, so `extractorsFor(["figures"])` is dates, documents, figures. The fields asked for come out
// exactly as in a full parse (bench/corpus-check.mjs compares every field on a corpus). The others
// are what the extractors that ran left there, which may be part of a field (the places before the
// organisations, without those found inside organisation names): `options.fields` empties them.
import { BaochiError } from "../errors.js";
import { defaultExtractors } from "./index.js";
import { FINDING_KEYS, type Extractor, type FindingKey } from "./types.js";

/**
 * The extractors of `from` that the `fields` need, in their order: those that fill a field asked
 * for, and before them those whose findings they read (`Extractor.reads`, followed back). An
 * extractor that does not say what it reads keeps every extractor before it.
 *
 * @param fields Article fields to fill: "dates", "documents", "figures", "locations",
 *   "organizations", "people" or "quotes"
 * @param from the extractors to choose from (default: `defaultExtractors`)
 * @throws BaochiError "invalid-options" for a name that is not one of those fields
 *
 * @example
 * const a = parseArticle(text, { extractors: extractorsFor(["figures"]) });
 * a.figures; // the same figures as parseArticle(text) finds; a.people is [], a.dates is filled
 * extractorsFor(["organizations"]).map((e) => e.name); // ["locations", "organizations"]
 */
export function extractorsFor(fields: readonly FindingKey[], from: readonly Extractor[] = defaultExtractors): Extractor[] {
  if (!Array.isArray(fields)) throw new BaochiError("invalid-options", `fields must be an array of ${FINDING_KEYS.join(", ")}`);
  for (const f of fields) {
    if (!(FINDING_KEYS as readonly string[]).includes(f)) {
      throw new BaochiError("invalid-options", `unknown field ${JSON.stringify(f)}: extractors fill ${FINDING_KEYS.join(", ")}`);
    }
  }
  const needed = new Set<FindingKey>(fields);
  const keep: boolean[] = from.map(() => false);
  // from the last extractor back: a reader only sees what ran before it, so what it reads adds to
  // the needs of the extractors before it, never after
  for (let i = from.length - 1; i >= 0; i--) {
    const ex = from[i]!;
    if (!needed.has(ex.name)) continue;
    keep[i] = true;
    if (ex.reads === undefined) {
      for (let j = 0; j < i; j++) keep[j] = true;
      break;
    }
    for (const r of ex.reads) needed.add(r);
  }
  return from.filter((_, i) => keep[i]);
}

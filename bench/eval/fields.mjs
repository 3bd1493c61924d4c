// Field-level precision / recall / F1 of Article predictions against gold readings written to
// shared/gold/ANNOTATION.md. Same measures and matching rules as shared/tools/score-fields.mjs.
import { Tally, macroF1 } from "./metrics.mjs";
import { Misses } from "./misses.mjs";
import { ArticleText, asSpan } from "./context.mjs";
import { RULES } from "./field-rules.mjs";

/**
 * @typedef {import("./metrics.mjs").Row} Row
 * @typedef {import("./misses.mjs").Miss} Miss
 * @typedef {object} FieldScore
 * @property {Row[]} rows                      one per field met in the gold, in table order
 * @property {number} macroF1                  mean F1 over the fields with gold items
 * @property {Record<string, Miss[]>} misses   per field
 * @property {number} articles                 gold records
 * @property {number} missing                  gold records without a prediction
 */

// "cho biết:", "nói", "khẳng định" … or a colon / opening quote: where somebody speaks.
const SPEECH = /cho biết|cho hay|nói|khẳng định|nhấn mạnh|chia sẻ|cho rằng|nhận định|thông tin|giải thích|bày tỏ|phát biểu|tiết lộ|trả lời|lưu ý|khuyến cáo|thừa nhận|kể|:|“|"/u;

/**
 * Scores predictions against field gold.
 * @example
 * const { rows, macroF1, misses } = scoreFields(
 *   [{ id: "a1", people: [{ name: "Trần Văn Bình", titles: ["Chủ tịch"] }] }],
 *   new Map([["a1", article]]),
 * );
 * @param {any[]} goldRecords   ANNOTATION.md records, each with an `id`
 * @param {Map<string, any> | Record<string, any>} predictionsById
 *        id → Article, or a `{ id, article }` / `{ id, error }` batch line; null/absent = no output
 * @param {{ texts?: Map<string, string> | Record<string, string> }} [options]
 *        article texts, used to find the sentences of misses when a prediction has no `text`
 * @returns {FieldScore}
 */
export function scoreFields(goldRecords, predictionsById, options = {}) {
  const tally = new Tally();
  const misses = new Misses();
  let missing = 0;
  for (const g of goldRecords) {
    const id = String(g.id);
    const article = articleOf(lookup(predictionsById, id));
    if (!article) missing++;
    const A = article ?? {};
    const source = typeof A.text === "string" ? A.text : lookup(options.texts, id);
    const ctx = context(id, A, typeof source === "string" ? new ArticleText(source) : undefined, tally, misses);
    for (const rule of RULES) if (rule.applies(g)) rule.score(g, ctx);
  }
  const rows = tally.rows("fields");
  return { rows, macroF1: macroF1(rows), misses: misses.byField, articles: goldRecords.length, missing };
}

/**
 * A prediction entry as an Article: batch lines `{ id, article }` are unwrapped, `{ id, error }` is none.
 * @param {any} entry
 */
export function articleOf(entry) {
  if (!entry) return null;
  if (entry.article) return entry.article;
  return entry.error ? null : entry;
}

/**
 * @param {Map<string, any> | Record<string, any> | undefined} table
 * @param {string} id
 */
function lookup(table, id) {
  if (!table) return undefined;
  return table instanceof Map ? table.get(id) : Object.hasOwn(table, id) ? table[id] : undefined;
}

/**
 * @param {string} id
 * @param {any} A
 * @param {ArticleText | undefined} text
 * @param {Tally} tally
 * @param {Misses} misses
 * @returns {import("./field-rules.mjs").Ctx}
 */
function context(id, A, text, tally, misses) {
  const str = (/** @type {unknown} */ s) => (typeof s === "string" ? s : s == null ? "" : String(s));
  return {
    id,
    A,
    tally,
    misses,
    at(span) {
      const s = asSpan(span);
      return s && s.end > s.start ? text?.place(s) : undefined; // an empty span shows nothing
    },
    find(needle, nth = 0) {
      return text?.placeOf(str(needle), nth);
    },
    near(first, second, gap, nth = 0) {
      if (!text || !str(first) || !str(second)) return undefined;
      const seconds = text.findAll(str(second));
      const pairs = text
        .findAll(str(first))
        .sort((a, b) => a.start - b.start)
        .flatMap((a) => {
          const b = seconds.filter((s) => s.start >= a.end && s.start - a.end <= gap).sort((x, y) => x.start - y.start)[0];
          return b ? [{ start: a.start, end: b.end }] : [];
        });
      const span = pairs[nth] ?? pairs[0];
      return span && text.place(span);
    },
    speech(name, nth = 0) {
      if (!text || !str(name)) return undefined;
      const places = text.findAll(str(name)).sort((a, b) => a.start - b.start).map((s) => text.place(s));
      const speaking = places.filter((p) => p && SPEECH.test(p.sentence));
      return speaking[nth] ?? speaking[0] ?? places[0];
    },
  };
}

// Misses: the gold items nobody predicted and the predictions no gold item took, with the sentence
// they stand in, so that a developer can see why.

/**
 * @typedef {import("./context.mjs").Place} Place
 * @typedef {import("./context.mjs").Span} Span
 * @typedef {object} Miss
 * @property {string} id                        the article id
 * @property {"missed" | "spurious"} kind        a gold item not predicted, or a prediction not in gold
 * @property {string} key                       the comparison key ("1252|người", "nguyễn văn an|chủ tịch")
 * @property {string} [sentence]                the sentence (or the start of the paragraph) where it stands
 * @property {Span} [span]                      the mention, in article offsets
 * @property {Span} [sentenceSpan]              the sentence, in article offsets
 * @property {string} [note]                    what was predicted or expected there instead
 */

/**
 * How to describe the items of one field's matching.
 * @template [G=any], [P=any]
 * @typedef {{
 *   goldKey: (g: G) => string, predKey: (p: P) => string,
 *   goldPlace?: (g: G) => Place | undefined, predPlace?: (p: P) => Place | undefined,
 *   goldNote?: (g: G) => string | undefined, predNote?: (p: P) => string | undefined,
 * }} How
 */

/** Misses grouped by field, in the order the fields are first seen. */
export class Misses {
  constructor() {
    /** @type {Record<string, Miss[]>} */
    this.byField = {};
  }

  /**
   * @param {string} field
   * @param {string} id
   * @param {"missed" | "spurious"} kind
   * @param {string} key
   * @param {Place | undefined} [place]
   * @param {string | undefined} [note]
   */
  add(field, id, kind, key, place, note) {
    /** @type {Miss} */
    const miss = { id, kind, key };
    if (place) Object.assign(miss, { sentence: place.sentence, span: place.span, sentenceSpan: place.sentenceSpan });
    if (note) miss.note = note;
    (this.byField[field] ??= []).push(miss);
  }

  /** Makes sure a field appears (with no misses) in the order fields are scored. @param {string} field */
  touch(field) {
    this.byField[field] ??= [];
  }
}

/**
 * Records the unmatched items of a matching.
 * @template G, P
 * @param {Misses} misses
 * @param {string} field
 * @param {string} id
 * @param {{missed: G[], spurious: P[]}} m
 * @param {How<G, P>} how
 */
export function recordMatching(misses, field, id, m, how) {
  misses.touch(field);
  for (const g of m.missed) misses.add(field, id, "missed", how.goldKey(g), how.goldPlace?.(g), how.goldNote?.(g));
  for (const p of m.spurious) misses.add(field, id, "spurious", how.predKey(p), how.predPlace?.(p), how.predNote?.(p));
}

/**
 * For each item, how many earlier items share its search text: the n-th gold figure "3 tổ" is looked
 * for at the n-th "3 tổ" of the article, since every occurrence is annotated.
 * @template T
 * @param {T[]} items
 * @param {(t: T) => string} textOf
 * @returns {Map<T, number>}
 */
export function occurrenceIndex(items, textOf) {
  const seen = new Map();
  const out = new Map();
  for (const t of items) {
    const k = textOf(t);
    const n = seen.get(k) ?? 0;
    out.set(t, n);
    seen.set(k, n + 1);
  }
  return out;
}

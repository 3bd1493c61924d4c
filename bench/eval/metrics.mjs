// Counting and the precision / recall / F1 arithmetic.

/**
 * @typedef {object} Row
 * @property {string} field
 * @property {number} gold   gold items
 * @property {number} pred   predicted items
 * @property {number} tp     gold items matched by a prediction
 * @property {number} precision
 * @property {number} recall
 * @property {number} f1
 */

/** Per-field counts, kept in the order fields are first seen (that is the table order). */
export class Tally {
  constructor() {
    /** @type {Map<string, {tp: number, pred: number, gold: number}>} */
    this.counts = new Map();
  }

  /**
   * @param {string} field
   * @param {number} tp
   * @param {number} pred
   * @param {number} gold
   */
  add(field, tp, pred, gold) {
    let c = this.counts.get(field);
    if (!c) this.counts.set(field, (c = { tp: 0, pred: 0, gold: 0 }));
    c.tp += tp;
    c.pred += pred;
    c.gold += gold;
  }

  /**
   * @param {"fields" | "ner"} convention  see {@link ratios}
   * @returns {Row[]}
   */
  rows(convention) {
    return [...this.counts].map(([field, c]) => ({ field, gold: c.gold, pred: c.pred, tp: c.tp, ...ratios(c, convention) }));
  }
}

/**
 * Precision, recall and F1 from counts.
 * - "fields" (score-fields): nothing predicted and nothing in gold is perfect (P = R = 1); nothing
 *   predicted against some gold is P = 0; nothing in gold is R = 1.
 * - "ner" (score-ner): an empty side gives 0.
 * F1 is 0 when P + R is 0.
 * @param {{tp: number, pred: number, gold: number}} c
 * @param {"fields" | "ner"} convention
 */
export function ratios({ tp, pred, gold }, convention) {
  const empty = convention === "fields";
  const precision = pred > 0 ? tp / pred : empty && gold === 0 ? 1 : 0;
  const recall = gold > 0 ? tp / gold : empty ? 1 : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/**
 * The mean F1 over the rows that have gold items (0 when none has).
 * @param {Row[]} rows
 */
export function macroF1(rows) {
  const scored = rows.filter((r) => r.gold > 0);
  return scored.length ? scored.reduce((sum, r) => sum + r.f1, 0) / scored.length : 0;
}

// Text output: aligned tables and misses with their sentences.

/**
 * @typedef {import("./metrics.mjs").Row} Row
 * @typedef {import("./misses.mjs").Miss} Miss
 */

/**
 * An aligned table: field, gold, pred, tp, P, R, F1.
 * @param {Row[]} rows
 * @param {string} [first]  heading of the first column
 * @returns {string}
 */
export function formatTable(rows, first = "field") {
  const w = Math.max(first.length, ...rows.map((r) => r.field.length));
  const n = Math.max(4, ...rows.map((r) => String(Math.max(r.gold, r.pred)).length));
  const head = [first.padEnd(w), "gold".padStart(n), "pred".padStart(n), "tp".padStart(n), "    P", "    R", "   F1"].join("  ");
  const lines = rows.map((r) =>
    [r.field.padEnd(w), ...[r.gold, r.pred, r.tp].map((x) => String(x).padStart(n)), ...[r.precision, r.recall, r.f1].map((x) => x.toFixed(3))].join("  "),
  );
  return [head, "-".repeat(head.length), ...lines].join("\n");
}

/**
 * The field to look at first: the lowest F1 among fields with misses, fields with gold items
 * first; undefined when nothing was missed.
 * @param {Row[]} rows
 * @param {Record<string, Miss[]>} misses
 * @returns {Row | undefined}
 */
export function worstRow(rows, misses) {
  const withMisses = rows.filter((r) => (misses[r.field] ?? []).length > 0);
  return [...withMisses].sort((a, b) => Number(b.gold > 0) - Number(a.gold > 0) || a.f1 - b.f1)[0];
}

/**
 * Misses, one block each: kind, article id, key, the note, and the sentence with the mention
 * between ⟦ ⟧.
 * @param {Miss[]} misses
 * @param {number} limit
 * @returns {string}
 */
export function formatMisses(misses, limit) {
  const shown = misses.slice(0, limit);
  const blocks = shown.map((m) => {
    const lines = [`${m.kind.padEnd(8)}  ${m.id}  ${m.key}${m.note ? `  (${m.note})` : ""}`];
    if (m.sentence !== undefined) lines.push(`          ${marked(m)}`);
    return lines.join("\n");
  });
  if (misses.length > shown.length) blocks.push(`… ${misses.length - shown.length} more (--misses N, or --json)`);
  return blocks.join("\n");
}

/**
 * The sentence of a miss with its mention marked, on one line.
 * @param {Miss} m
 */
function marked(m) {
  let s = /** @type {string} */ (m.sentence);
  const ss = m.sentenceSpan;
  const sp = m.span;
  if (ss && sp && sp.start >= ss.start && sp.end <= ss.end && sp.end > sp.start) {
    const a = sp.start - ss.start;
    const b = sp.end - ss.start;
    s = `${s.slice(0, a)}⟦${s.slice(a, b)}⟧${s.slice(b)}`;
  }
  return s.replace(/\s*\n\s*/g, " ⏎ ");
}

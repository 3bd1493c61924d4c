// Small helpers to build Unicode-aware regular expressions.
// `\b` and `\W` are ASCII-only in JavaScript: /\bđêm\b/ does not match "ban đêm".

/** Not preceded by a letter or digit. */
export const WB_BEFORE = String.raw`(?<![\p{L}\p{N}\p{M}])`;
/** Not followed by a letter or digit. */
export const WB_AFTER = String.raw`(?![\p{L}\p{N}\p{M}])`;

/** Escapes a literal for use inside a RegExp source. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** "nghị định" → ["nghị định", "Nghị định", "Nghị Định", "NGHỊ ĐỊNH"]: the case variants a headline or a sentence start may use. */
export function caseVariants(s: string): string[] {
  const first = s.charAt(0).toUpperCase() + s.slice(1);
  const title = s.replace(/(^|\s)(\p{Ll})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase());
  return [...new Set([s, first, title, s.toUpperCase()])];
}

/**
 * An alternation of literals, longest first so that "Phó Chủ tịch" wins over "Chủ tịch".
 * `cases: true` adds the case variants (use instead of the `i` flag, which breaks `\p{Lu}`).
 * Spaces in the literals match any run of spaces.
 */
export function anyOf(words: Iterable<string>, opts: { cases?: boolean } = {}): string {
  const all = new Set<string>();
  for (const w of words) {
    if (!w) continue;
    if (opts.cases) for (const v of caseVariants(w)) all.add(v);
    else all.add(w);
  }
  const sorted = [...all].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return "(?:" + sorted.map((w) => escapeRegExp(w).replace(/ /g, " +")).join("|") + ")";
}

// Finding where something stands in an article, to show a developer the sentence behind a miss.
// Nothing here changes a score.

/**
 * @typedef {{start: number, end: number}} Span
 * @typedef {{sentence: string, sentenceSpan: Span, span: Span}} Place
 */

const MAX_SENTENCE = 360;
// Abbreviations and initials after which a full stop does not end a sentence: "TP. Hồ Chí Minh", "PGS.TS. Lê".
const NO_BREAK_BEFORE = /(?:^|[\s(“"])(?:\p{L}|TP|Tp|PGS|GS|TS|ThS|Th|BS|CK|KS|Mr|Mrs|Ms|Dr|St|Q|P|TT|ĐH|NXB|tr|v\.v)\.$/u;
// The end of a sentence: . ! ? … (and closing quotes/brackets) followed by space and an upper-case
// letter, a digit or an opening quote.
const BREAK = /[.!?…]+["”’)\]]*\s+(?=[\p{Lu}\p{N}“"‘(])/gu;

/**
 * Text of one article with a diacritic-, case- and space-insensitive index, built once.
 * "Nguyen Thi KIM  Ngoc" finds "Nguyễn Thị Kim Ngọc"; "hoà" finds "hòa".
 */
export class ArticleText {
  /** @param {string} text */
  constructor(text) {
    this.text = text;
    /** @type {string | undefined} */
    this._folded = undefined;
    /** @type {number[]} folded index → start offset in `text` */
    this._starts = [];
    /** @type {number[]} folded index → end offset in `text` */
    this._ends = [];
  }

  /** Lazily builds the folded copy: no marks, lower case, đ → d, one space per white-space run. */
  _index() {
    if (this._folded !== undefined) return;
    let out = "";
    const t = this.text;
    for (let i = 0; i < t.length; ) {
      const cp = /** @type {number} */ (t.codePointAt(i));
      const len = cp > 0xffff ? 2 : 1;
      const ch = t.slice(i, i + len);
      if (/\s/.test(ch)) {
        if (out.endsWith(" ")) this._ends[out.length - 1] = i + len;
        else {
          out += " ";
          this._starts.push(i);
          this._ends.push(i + len);
        }
      } else if (/\p{M}/u.test(ch)) {
        if (out.length) this._ends[out.length - 1] = i + len; // a mark extends the previous letter
      } else {
        const f = foldChars(ch);
        for (let k = 0; k < f.length; k++) {
          this._starts.push(i);
          this._ends.push(i + len);
        }
        out += f;
      }
      i += len;
    }
    this._folded = out;
  }

  /**
   * Every place `needle` occurs: exactly first; when it never does, loosely (see the class). Matches
   * that do not start and end at a word boundary come after the others.
   * @param {string} needle
   * @returns {Span[]}
   */
  findAll(needle) {
    const n = needle.trim();
    if (!n) return [];
    const exact = [];
    for (let i = this.text.indexOf(n); i >= 0; i = this.text.indexOf(n, i + 1)) exact.push({ start: i, end: i + n.length });
    if (exact.length) return byBoundary(this.text, exact);
    this._index();
    const folded = /** @type {string} */ (this._folded);
    const f = foldChars(n).replace(/\s+/g, " ");
    const loose = [];
    for (let i = folded.indexOf(f); i >= 0; i = folded.indexOf(f, i + 1))
      loose.push({ start: /** @type {number} */ (this._starts[i]), end: /** @type {number} */ (this._ends[i + f.length - 1]) });
    return byBoundary(this.text, loose);
  }

  /**
   * The `nth` (0-based) occurrence of `needle`, or the first one when there are fewer.
   * @param {string} needle
   * @param {number} [nth]
   * @returns {Span | undefined}
   */
  find(needle, nth = 0) {
    const all = this.findAll(needle);
    return all[nth] ?? all[0];
  }

  /**
   * The sentence around a span (at most one line), shortened around the span when long.
   * @param {Span} span
   * @returns {Place | undefined}
   */
  place(span) {
    const t = this.text;
    if (!(span.start >= 0 && span.end >= span.start && span.end <= t.length)) return undefined;
    const lineStart = t.lastIndexOf("\n", span.start - 1) + 1;
    let lineEnd = t.indexOf("\n", span.start);
    if (lineEnd < 0) lineEnd = t.length;
    let start = lineStart;
    let end = lineEnd;
    const line = t.slice(lineStart, lineEnd);
    for (const m of line.matchAll(BREAK)) {
      const stop = lineStart + /** @type {number} */ (m.index) + m[0].trimEnd().length;
      if (NO_BREAK_BEFORE.test(t.slice(Math.max(lineStart, stop - 12), stop).trimEnd())) continue;
      const next = lineStart + /** @type {number} */ (m.index) + m[0].length;
      if (next <= span.start) start = next;
      else if (stop >= span.end) {
        end = stop;
        break;
      }
    }
    if (end - start > MAX_SENTENCE) {
      const room = Math.max(0, (MAX_SENTENCE - (span.end - span.start)) >> 1);
      start = Math.max(start, span.start - room);
      end = Math.min(end, span.end + room);
    }
    if (end - start > MAX_SENTENCE) end = start + MAX_SENTENCE; // a long span: its beginning
    while (start < end && /\s/.test(t.charAt(start))) start++;
    while (end > start && /\s/.test(t.charAt(end - 1))) end--;
    return { sentence: t.slice(start, end), sentenceSpan: { start, end }, span: { start: span.start, end: span.end } };
  }

  /**
   * {@link place} of the `nth` occurrence of `needle`, or undefined when it is not in the text.
   * @param {string | null | undefined} needle
   * @param {number} [nth]
   */
  placeOf(needle, nth = 0) {
    if (!needle) return undefined;
    const span = this.find(needle, nth);
    return span && this.place(span);
  }
}

/** @param {string} s */
function foldChars(s) {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
}

/**
 * Stable sort: whole-word matches first.
 * @param {string} text
 * @param {Span[]} spans
 */
function byBoundary(text, spans) {
  const word = /[\p{L}\p{N}]/u;
  const whole = (/** @type {Span} */ s) => !word.test(text.charAt(s.start - 1)) && !word.test(text.charAt(s.end));
  return [...spans.filter(whole), ...spans.filter((s) => !whole(s))];
}

/**
 * A valid span, or undefined: `{start, end}` with integer bounds.
 * @param {unknown} s
 * @returns {Span | undefined}
 */
export function asSpan(s) {
  const o = /** @type {any} */ (s);
  return o && Number.isInteger(o.start) && Number.isInteger(o.end) ? { start: o.start, end: o.end } : undefined;
}

// Lines that carry no article text: lone dots, share buttons, footers.
import { isRegexSpace, type Line } from "./lines.js";
import { table } from "../lexicon/tables.js";
import { fold, unaccent } from "../text/fold.js";
import { charClass, DIGIT, LETTER } from "../text/chars.js";

let markers: Map<string, string> | undefined;
let markerSkeletons: Set<string> | undefined;
/** "chia sẻ" → "junk", "nhóm pv" → "byline" (data/byline-markers.tsv). */
export function lineMarker(text: string): string | undefined {
  markers ??= new Map(table("byline-markers").map((r) => [fold(r.text!), r.kind!]));
  markerSkeletons ??= new Set([...markers.keys()].map(unaccent));
  const line = collapseSpaces(text);
  // most lines spell no marker even without their accents: the fold is spared them
  const skeleton = skeletonOf(line);
  if (skeleton !== null && !markerSkeletons.has(skeleton)) return undefined;
  return markers.get(fold(line));
}

// The skeleton of a line: its letters without accents, lower-cased (`unaccent`, read a unit at a time
// from a table). fold() lower-cases, composes and moves tone marks, all of which the skeleton ignores,
// so a line whose skeleton is no marker's skeleton cannot fold to a marker. Only for Latin, its
// combining marks and Latin Extended Additional, where unaccent works one unit at a time (no final
// sigma, no surrogate pairs); any other unit gives no skeleton, and the line is folded.
const SKELETON_END = 0x1f00;
// unaccent of each unit, learnt on first sight (null: more than one unit)
const skeletonUnits: (string | null | undefined)[] = new Array(SKELETON_END).fill(undefined);

function skeletonUnit(c: number): string | null {
  if (c >= SKELETON_END || (c >= 0x250 && c < 0x300) || (c >= 0x370 && c < 0x1e00)) return null;
  let u = skeletonUnits[c];
  if (u === undefined) {
    const s = unaccent(String.fromCharCode(c));
    u = skeletonUnits[c] = s.length <= 1 ? s : null;
  }
  return u;
}

/** `unaccent(line)` when every unit of `line` has a skeleton of its own, else null. */
export function skeletonOf(line: string): string | null {
  let out = "";
  for (let i = 0; i < line.length; i++) {
    const u = skeletonUnit(line.charCodeAt(i));
    if (u === null) return null;
    out += u;
  }
  return out;
}

/** `text.replace(/\s+/g, " ").trim()`, without a new string when `text` is already so (most lines). */
export function collapseSpaces(text: string): string {
  const n = text.length;
  let plain = n === 0 || (!isRegexSpace(text.charCodeAt(0)) && !isRegexSpace(text.charCodeAt(n - 1)));
  for (let i = 0; plain && i < n; i++) {
    const c = text.charCodeAt(i);
    // a space is fine alone; any other white space, or a second space in a row, needs the replace
    if (isRegexSpace(c) && (c !== 32 || text.charCodeAt(i + 1) === 32)) plain = false;
  }
  return plain ? text : text.replace(/\s+/g, " ").trim();
}

const ONLY_PUNCT = /^[\p{P}\p{S}\s]+$/u;
// "© Bản quyền …", "Tags: …", "* Mọi ý kiến đóng góp … gửi về hộp thư: bandoc@… ", an e-mail address
const FOOTER = /(?:^|\s)(?:©|[Bb]ản quyền|Copyright|Tags?\s*:|Từ khóa\s*:|Từ khoá\s*:|Ghi rõ nguồn|[Mm]ọi ý kiến đóng góp|[\w.-]{1,40}@[\w-]{1,40}\.[a-z]{2,6})|^\*\s/u;

/** True when a line is junk; footers are only looked for near the end. */
export function isJunkLine(text: string, nearEnd: boolean): boolean {
  // (a line opened by a letter or a digit, most lines, is not punctuation alone)
  if (text.length > 0 && !(charClass(text.charCodeAt(0)) & (LETTER | DIGIT)) && ONLY_PUNCT.test(text)) return true;
  if (text.length <= 40 && lineMarker(text) === "junk") return true;
  if (nearEnd && text.length <= 200 && FOOTER.test(text)) return true;
  return false;
}

// Copied pages glue the share button into the text: "… người khác. Chia sẻCác chuyên gia …".
const GLUED_SHARE = /Chia sẻ(?=\p{Lu})/gu;

/** Splits a line around glued share-button residue, so the residue becomes its own (junk) line. */
export function splitGluedShare(line: Line): Line[] {
  if (!line.text.includes("Chia sẻ")) return [line];
  const out: Line[] = [];
  let last = 0;
  GLUED_SHARE.lastIndex = 0;
  for (let m = GLUED_SHARE.exec(line.text); m; m = GLUED_SHARE.exec(line.text)) {
    push(out, line, last, m.index);
    push(out, line, m.index, m.index + m[0].length);
    last = m.index + m[0].length;
  }
  push(out, line, last, line.text.length);
  return out;
}

function push(out: Line[], line: Line, s: number, e: number): void {
  while (s < e && /\s/.test(line.text[s]!)) s++;
  while (e > s && /\s/.test(line.text[e - 1]!)) e--;
  if (e > s) out.push({ start: line.start + s, end: line.start + e, text: line.text.slice(s, e) });
}

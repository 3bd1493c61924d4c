// Lines → the article's parts: dateline, title, lead, headings, paragraphs, captions, byline, junk.
// Three real shapes: party magazines and VnExpress (dateline, title, lead, ALL-CAPS headings, caption
// lines, ALL-CAPS byline), Dân Trí (one paragraph a line, often no title, often a caption first,
// "Nhật LinhTheo CNCB" last), and baomoi/VLSP (headline, blank line, lead, body, "Chia sẻ" residue).
import { splitLines, isRegexSpace, type Line } from "./lines.js";
import { matchDateline, type DatelineMatch } from "./dateline.js";
import { readCaption } from "./captions.js";
import { readByline, type BylineReading } from "./bylines.js";
import { isJunkLine, splitGluedShare } from "./junk.js";
import { isAllCaps } from "../text/case.js";
import { charClass, UPPER } from "../text/chars.js";
import type { LineKind } from "../html/text.js";

export type BlockKind = "dateline" | "title" | "lead" | "heading" | "paragraph" | "caption" | "byline" | "junk";

/** A block in normalized offsets. */
export interface DocBlock {
  kind: BlockKind;
  start: number;
  end: number;
  /** captions: the photo credit */
  credit?: string | null;
  /** captions: the caption's text without its credit marker */
  captionText?: string;
  /** a caption line that repeats the one before it */
  duplicate?: boolean;
}

export interface BlockReading {
  blocks: DocBlock[];
  dateline: (DatelineMatch & { lineStart: number }) | null;
  byline: (BylineReading & { start: number; end: number }) | null;
}

const HEADLINE_MAX = 220;

/**
 * Runs of non-space in `s` (`s.split(/\s+/).filter(Boolean).length`, without the array), counted up to
 * `cap`: the rules only ask whether a line has more words than a bound, so the count stops there.
 */
export function wordCount(s: string, cap = Infinity): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length && words < cap; i++) {
    const space = isRegexSpace(s.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * True when `s` ends in . : ; or , before closing quotes and brackets, but not in an ellipsis:
 * `/[.:;,]["')\]]*$/.test(s) && !/\.\.\.$|…$/.test(s)`, read from the end instead of tried at every position.
 */
export function endsSentence(s: string): boolean {
  const n = s.length;
  if (n === 0 || s.charCodeAt(n - 1) === 0x2026 || s.endsWith("...")) return false;
  let e = n;
  while (e > 0 && isCloser(s.charCodeAt(e - 1))) e--;
  if (e === 0) return false;
  const c = s.charCodeAt(e - 1);
  return c === 46 || c === 58 || c === 59 || c === 44; // . : ; ,
}

/** True when `s` ends in ? ! … or ... before closing quotes and parentheses: `/(?:[?!…]|\.\.\.)["')]*$/`. */
export function endsInStop(s: string): boolean {
  let e = s.length;
  while (e > 0 && isCloser(s.charCodeAt(e - 1)) && s.charCodeAt(e - 1) !== 93) e--; // (not "]")
  if (e === 0) return false;
  const c = s.charCodeAt(e - 1);
  return c === 63 || c === 33 || c === 0x2026 || s.endsWith("...", e);
}

/** `/^[\p{Lu}"]/u.test(t)`, by the class table for a BMP first unit. */
export function opensCapitalOrQuote(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c === 34) return true;
  if (c >= 0xd800 && c <= 0xdfff) return /^\p{Lu}/u.test(t);
  return t.length > 0 && (charClass(c) & UPPER) !== 0;
}

/** " ' ) ] */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93;
}

/** Reads the blocks of a normalized text. */
/** What a caption line carries into its block. */
interface CaptionFacts {
  credit: string | null;
  captionText: string;
  duplicate: true | undefined;
}

// made here only, so that every caption's facts have one object shape: literals of two or three
// fields, and a spread copy, were three shapes, and readBlocks dropped its optimized code ("wrong
// map") at the first article that brought a new one
function captionFacts(credit: string | null, captionText: string, duplicate?: true): CaptionFacts {
  return { credit, captionText, duplicate };
}

export function readBlocks(text: string, kindAt?: (lineStart: number) => LineKind | undefined): BlockReading {
  const lines = readLines(text);
  const kinds: (BlockKind | undefined)[] = new Array(lines.length);
  // captions: credit, captionText (and duplicate) of each caption line
  const extra: (CaptionFacts | undefined)[] = new Array(lines.length);
  // what the markup of HTML input said (a headline, a lead, a heading, a caption) is taken as said
  const marked = kindAt ? markedLines(lines, kindAt, kinds, extra) : NOT_MARKED;

  // 1. junk: lone punctuation, share-button residue, footers near the end
  lines.forEach((l, i) => {
    if (isJunkLine(l.text, i >= lines.length - 3)) kinds[i] = "junk";
  });

  // 2. dateline: among the first three lines that are not junk
  let dateline: BlockReading["dateline"] = null;
  let seen = 0;
  for (let i = 0; i < lines.length && seen < 3; i++) {
    if (kinds[i]) continue;
    seen++;
    const m = matchDateline(lines[i]!.text);
    if (m) {
      kinds[i] = "dateline";
      dateline = { ...m, lineStart: lines[i]!.start };
      break;
    }
  }

  // 3. captions: a line printed twice, or one with a photo credit marker
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i]) continue;
    const next = nextContent(kinds, i);
    if (next >= 0 && lines[i]!.text.length >= 20 && sameText(lines[i]!.text, lines[next]!.text)) {
      const c = readCaption(lines[i]!.text);
      const credit = c?.credit ?? null;
      const captionText = c?.text ?? lines[i]!.text;
      kinds[i] = "caption";
      extra[i] = captionFacts(credit, captionText);
      kinds[next] = "caption";
      extra[next] = captionFacts(credit, captionText, true);
      continue;
    }
    const c = readCaption(lines[i]!.text);
    if (c) {
      kinds[i] = "caption";
      extra[i] = captionFacts(c.credit, c.text);
    }
  }

  // 4. byline: the last lines
  let byline: BlockReading["byline"] = null;
  const contentIdx = unmarked(kinds);
  for (let k = contentIdx.length - 1, tries = 0; k >= 1 && tries < 2; k--, tries++) {
    const i = contentIdx[k]!;
    const b = readByline(lines[i]!.text);
    if (!b) break;
    kinds[i] = "byline";
    if (byline === null) byline = { text: b.text, name: b.name, authors: b.authors, source: b.source, start: lines[i]!.start, end: lines[i]!.end };
    else {
      // "TRẦN HOÀ" above "Theo Báo Tiền Giang": one byline over both lines
      if (!b.name && byline.name) break;
      byline = {
        ...b,
        name: b.name || byline.name,
        authors: b.authors.length ? b.authors : byline.authors,
        source: b.source ?? byline.source,
        start: lines[i]!.start,
        end: byline.end,
      };
    }
    if (b.name) break; // a name line is the top of the byline
  }
  // a lone "Theo TTXVN" names a source, not an author: no byline (the line is still not a paragraph)
  if (byline && !byline.name) byline = null;

  // 5. title: the first content line when it reads as a headline
  const content = unmarked(kinds);
  let titleIdx = marked.title;
  if (titleIdx < 0 && content.length >= 2) {
    const i = content[0]!;
    const t = lines[i]!.text;
    if (t.length <= HEADLINE_MAX && !endsSentence(t) && wordCount(t, 2) >= 2 && !/^[-+•*]/.test(t)) {
      titleIdx = i;
      kinds[i] = "title";
    }
  }

  // 6. lead: the first paragraph after the title
  if (titleIdx >= 0 && !marked.lead) {
    const i = content.find((j) => j > titleIdx && !kinds[j]);
    if (i !== undefined && !isAllCaps(lines[i]!.text) && lines[i]!.text.length >= 40) kinds[i] = "lead";
  }

  // 7. headings and unmarked captions among short lines set between paragraphs
  const rest = unmarked(kinds);
  for (let k = 0; k < rest.length; k++) {
    const i = rest[k]!;
    const t = lines[i]!.text;
    const next = nextNonJunk(kinds, i);
    // Dân Trí repeats the first words of a paragraph as the photo caption just above it
    if (next >= 0 && !kinds[next] && t.length >= 40 && lines[next]!.text.length > t.length && lines[next]!.text.startsWith(t)) {
      kinds[i] = "caption";
      extra[i] = captionFacts(null, t);
      continue;
    }
    // (every PHOTO_POSITION opens with "(" or with "Trong ảnh": a cheap look spares the regex)
    if (t.length <= 250 && isPhotoPosition(t)) {
      // where someone stands in the photo: "Thứ trưởng Phạm Ngọc Thưởng (phải) trao quyết định …"
      kinds[i] = "caption";
      extra[i] = captionFacts(null, t);
      continue;
    }
    if (t.length > 250 || endsSentence(t)) continue;
    if (isAllCaps(t) && wordCount(t, 21) <= 20 && /^\p{Lu}/u.test(t) && t.length <= 160) {
      kinds[i] = "heading";
      continue;
    }
    const prev = prevNonJunk(kinds, i);
    if (!opensCapitalOrQuote(t) || prev < 0 || next < 0 || !isBody(kinds[prev]) || kinds[next]) continue;
    const words = wordCount(t, 11); // (only 2–10 and more than 10 matter)
    if (looksLikeNameOnly(t)) {
      // "Ông Phạm Đức Hiền" alone under a photo
      kinds[i] = "caption";
      extra[i] = captionFacts(null, t);
    } else if (words >= 2 && words <= 10 && !t.includes(",") && lines[next]!.text.length >= 80) {
      kinds[i] = "heading";
    } else if (words > 10 && !endsInStop(t)) {
      // a long line without a final stop between paragraphs describes a photo
      kinds[i] = "caption";
      extra[i] = captionFacts(null, t);
    }
  }

  const blocks: DocBlock[] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const kind = kinds[i] ?? "paragraph";
    const e = extra[i];
    // every block has the caption fields (undefined on other blocks): one object shape, so the code
    // that reads blocks is never deoptimized by a shape it had not met
    blocks[i] = { kind, start: l.start, end: l.end, credit: e?.credit, captionText: e?.captionText, duplicate: e?.duplicate };
  }
  if (dateline) {
    const b = blocks.find((x) => x.kind === "dateline");
    if (b) {
      b.start = dateline.lineStart + dateline.start;
      b.end = dateline.lineStart + dateline.end;
    }
  }
  return { blocks, dateline, byline };
}

interface Marked {
  /** the line the markup gave as the headline, or -1 */
  title: number;
  /** a line was given as the lead */
  lead: boolean;
}
const NOT_MARKED: Marked = { title: -1, lead: false };

/**
 * Gives the lines not yet read their kind from the markup: the first headline line only, a caption
 * with its credit when it has one ("… Ảnh: Thanh Lâm").
 */
function markedLines(lines: readonly Line[], kindAt: (lineStart: number) => LineKind | undefined, kinds: (BlockKind | undefined)[], extra: (CaptionFacts | undefined)[]): Marked {
  const marked: Marked = { title: -1, lead: false };
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i]) continue;
    const k = kindAt(lines[i]!.start);
    if (k === "title") {
      if (marked.title >= 0) continue;
      marked.title = i;
    } else if (k === "caption") {
      const c = readCaption(lines[i]!.text);
      extra[i] = captionFacts(c?.credit ?? null, c?.text ?? lines[i]!.text);
    } else if (k === "lead") {
      marked.lead = true;
    }
    if (k) kinds[i] = k;
  }
  return marked;
}

// "(phải)", "(trái)", "(giữa)", "(đứng giữa)", "(thứ hai từ trái sang)", "(áo xanh)": where a person
// stands or what they wear, said of a photo; or a line opened by "Trong ảnh:"
const PHOTO_POSITION_IN_PARENS =
  /\((?:bìa |đứng |ngồi |người )?(?:phải|trái|giữa)[),]|\(thứ (?:\d+|hai|ba|tư|năm|nhất) (?:từ )?(?:trái|phải)|\((?:áo|mặc áo) \p{L}/u;
const IN_PHOTO = /^Trong ảnh\s*:/u;

/** A line that says where someone stands in a photo (the "(" look spares the regex most lines). */
export function isPhotoPosition(t: string): boolean {
  return (t.includes("(") && PHOTO_POSITION_IN_PARENS.test(t)) || (t.startsWith("Trong ảnh") && IN_PHOTO.test(t));
}

/** The lines of `text`, with glued share-button residue split off into lines of its own. */
function readLines(text: string): Line[] {
  const lines: Line[] = [];
  for (const l of splitLines(text)) {
    if (l.text.includes("Chia sẻ")) for (const part of splitGluedShare(l)) lines.push(part);
    else lines.push(l);
  }
  return lines;
}

/** Indexes of the lines not yet given a kind. */
function unmarked(kinds: (BlockKind | undefined)[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < kinds.length; i++) if (!kinds[i]) out.push(i);
  return out;
}

function isBody(k: BlockKind | undefined): boolean {
  return k === undefined || k === "lead" || k === "caption" || k === "paragraph";
}

// "Ông Phạm Đức Hiền" alone under a photo is a caption, not a heading.
function looksLikeNameOnly(t: string): boolean {
  return /^(?:(?:Ông|Bà|Anh|Chị|Em|Cụ|Cháu|Đồng chí|GS|PGS|TS|ThS|BS)\.?\s+)?(?:\p{Lu}[\p{Ll}\p{M}]*\s*){2,5}$/u.test(t) && wordCount(t, 6) <= 5;
}

// The seed prints each caption twice, one copy with a double space: compare with white space folded.
function sameText(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 8 || a.charCodeAt(0) !== b.charCodeAt(0)) return false;
  return a === b || a.replace(/\s+/g, " ") === b.replace(/\s+/g, " ");
}

function nextContent(kinds: (BlockKind | undefined)[], i: number): number {
  for (let j = i + 1; j < kinds.length; j++) if (kinds[j] !== "junk") return kinds[j] ? -1 : j;
  return -1;
}
function nextNonJunk(kinds: (BlockKind | undefined)[], i: number): number {
  for (let j = i + 1; j < kinds.length; j++) if (kinds[j] !== "junk") return j;
  return -1;
}
function prevNonJunk(kinds: (BlockKind | undefined)[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (kinds[j] !== "junk") return j;
  return -1;
}

export type { Line };

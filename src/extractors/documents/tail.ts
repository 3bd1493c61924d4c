// What follows a document's kind and number: its date, its issuer, its subject.
// Kế hoạch 58 ngày 22-5-2023 · Chỉ thị 05 của Bộ Chính trị về "Đẩy mạnh …" · Nghị định 71/2008/NĐ-CP ngày 14/7/2008 của Chính phủ
import { DMY_OPTIONAL, DMY_WORDS, isValidDate, isValidDayMonth, isoDate, inferYear } from "../../text/date-grammar.js";
import { table } from "../../lexicon/tables.js";
import { lookupKey } from "../../text/lookup.js";
import { isWordChar } from "../../text/neighbours.js";
import { knownPlace } from "../../lexicon/gazetteer.js";

// ", ngày 22-5-2023" · " ban hành ngày 14/7/2008" · " ngày 22 tháng 5 năm 2023"
const DATE_NUM = new RegExp(String.raw` {0,2},? {0,2}(?:ban hành {1,2})?ngày {1,2}` + DMY_OPTIONAL, "uy");
const DATE_WORDS = new RegExp(String.raw` {0,2},? {0,2}(?:ban hành {1,2})?ngày {1,2}` + DMY_WORDS, "uy");
// " của Bộ Chính trị" · " do Thủ tướng Chính phủ (ban hành)"
const ISSUER_LEAD = / {0,2},? {0,2}(?:của|do) {1,2}/y;
// " về "…"" · " về việc …"
const SUBJECT_LEAD = / {0,2},? {0,2}về {1,2}(?:việc {1,2})?/y;
// the start of a predicate after an unquoted subject: " đã " in "về việc phê duyệt đề án đã ban hành"
const PREDICATE = / (?:đã|đang|sẽ|vừa|được|bị|là|thì|cũng|vẫn|phải|cần) /;
// one word of a name: "Bộ", "GD-ĐT", "TP.HCM", "Y"
const NAME_WORD = /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}&]|[.-](?=[\p{L}\p{M}\p{N}])){0,30}/uy;

let stops: Set<string> | undefined;
/** True for a word that ends an issuer or a law's name: a function word or a verb ("quy", "ban"). */
export function isStop(word: string): boolean {
  stops ??= new Set(table("document-stops").map((r) => lookupKey(r.word!)));
  return stops.has(lookupKey(word));
}

/** A piece of text read after a reference, with where it ends. */
export interface Piece<T> {
  value: T;
  end: number;
}

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/**
 * The date right after a reference: "ngày 22-5-2023", "ngày 22 tháng 5 năm 2023"; a day without a
 * year takes the year of the number ("100/2019/NĐ-CP ngày 30/12") or of the reference date, else its
 * value is null.
 */
export function readDate(
  text: string,
  pos: number,
  limit: number,
  yearOfNumber: number | null,
  ref: { year: number; month: number; day: number } | null,
): Piece<string | null> | null {
  const r = sticky(DATE_WORDS, text, pos) ?? sticky(DATE_NUM, text, pos);
  if (!r || pos + r[0].length > limit) return null;
  const g = r.groups!;
  const m = Number(g.m);
  const d = Number(g.d);
  if (!isValidDayMonth(m, d)) return null;
  const y = g.y ? Number(g.y) : (yearOfNumber ?? (ref ? inferYear(m, d, ref) : null));
  // a day whose year nothing tells is read (so that the issuer after it is found) but not given
  if (y === null) return { value: null, end: pos + r[0].length };
  if (!isValidDate(y, m, d)) return null;
  return { value: isoDate(y, m, d), end: pos + r[0].length };
}

/**
 * The issuer after "của" or "do": a run of words that starts with a capital ("Bộ Chính trị",
 * "UBND tỉnh Tiền Giang", "Bộ Giáo dục và Đào tạo") and ends before a verb or a function word.
 */
export function readIssuer(text: string, pos: number, limit: number, kindAt: (pos: number) => boolean): Piece<string> | null {
  const lead = sticky(ISSUER_LEAD, text, pos);
  if (!lead) return null;
  let at = pos + lead[0].length;
  const words: { start: number; end: number; capital: boolean }[] = [];
  let lower = 0;
  for (let n = 0; n < 12 && at < limit; n++) {
    const w = sticky(NAME_WORD, text, at);
    if (!w || at + w[0].length > limit) break;
    const word = w[0];
    const capital = word[0] !== word[0]!.toLowerCase();
    if (words.length === 0) {
      if (!capital || kindAt(at)) return null;
    } else if (capital) {
      if (kindAt(at)) break;
      lower = 0;
    } else if (word === "và") {
      // "và" inside a name: "Bộ Giáo dục và Đào tạo"; not "của Chính phủ và Nghị quyết 42"
      const after = at + word.length + 1;
      const next = text[after - 1] === " " ? sticky(NAME_WORD, text, after) : null;
      if (!next || after + next[0].length > limit) break;
      if (next[0][0] === next[0][0]!.toLowerCase() || kindAt(after)) break;
    } else if (isStop(word) || ++lower > 3) break;
    words.push({ start: at, end: at + word.length, capital });
    at += word.length;
    let gap = 0;
    while (text[at + gap] === " " && gap < 2) gap++;
    if (gap === 0) break;
    at += gap;
  }
  if (words.length === 0) return null;
  // after the last capital, keep one lower-case syllable ("Chính phủ"), then only issuer words
  // ("Ủy ban nhân dân", "UBND thành phố"): the rest is the sentence's verb ("Chính phủ hỗ trợ")
  let last = words.length - 1;
  while (last > 0 && !words[last]!.capital) last--;
  let keep = Math.min(last + 1, words.length - 1);
  while (keep + 1 < words.length) {
    const one = lookupKey(text.slice(words[keep + 1]!.start, words[keep + 1]!.end));
    const two = keep + 2 < words.length ? lookupKey(text.slice(words[keep + 1]!.start, words[keep + 2]!.end)) : "";
    if (two && isIssuerWord(two)) keep += 2;
    else if (isIssuerWord(one)) keep += 1;
    else break;
  }
  keep = beforeSigner(text, words, keep);
  const end = words[keep]!.end;
  return { value: text.slice(words[0]!.start, end).replace(/ {2,}/g, " "), end };
}

/**
 * The last word of an issuer that names an official before the signer's name: "do Phó Chủ tịch
 * UBND tỉnh Bình Định Trần Minh Quân ký" → "Phó Chủ tịch UBND tỉnh Bình Định" (the name is a person,
 * the people's to read). Only after a position title (data/positions.tsv, with "Phó"), and only a
 * name of 2 to 4 capitalised words at the end that opens with a family name (data/surnames.tsv) and
 * is no known place ("UBND tỉnh Lâm Đồng" keeps "Lâm Đồng"). `keep` otherwise.
 */
function beforeSigner(text: string, words: readonly { start: number; end: number; capital: boolean }[], keep: number): number {
  if (keep < 3) return keep;
  const key = (i: number): string => lookupKey(text.slice(words[i]!.start, words[i]!.end));
  const first = key(0) === "phó" ? 1 : 0;
  let titleEnd = -1; // the last word of the position title
  for (let n = 1; n <= 4 && first + n - 1 < keep; n++) {
    if (isPositionTitle(lookupKey(text.slice(words[first]!.start, words[first + n - 1]!.end)))) titleEnd = first + n - 1;
  }
  if (titleEnd < 0) return keep;
  for (let j = Math.max(titleEnd + 1, keep - 3); j < keep; j++) {
    if (!isFamilyName(key(j))) continue;
    let allCapital = true;
    for (let k = j; k <= keep; k++) allCapital &&= words[k]!.capital;
    if (allCapital && !knownPlace(text.slice(words[j]!.start, words[keep]!.end))) return j - 1;
  }
  return keep;
}

let positionTitles: Set<string> | undefined;
function isPositionTitle(key: string): boolean {
  positionTitles ??= new Set(table("positions").map((r) => lookupKey(r.title!)));
  return positionTitles.has(key);
}

let familyNames: Set<string> | undefined;
/** The first word of a family name ("Nguyễn"; "Tôn" of "Tôn Nữ"), by lookupKey. */
function isFamilyName(key: string): boolean {
  familyNames ??= new Set(table("surnames").map((r) => lookupKey(r.surname!.split(" ")[0]!)));
  return familyNames.has(key);
}

let issuerWords: Set<string> | undefined;
function isIssuerWord(key: string): boolean {
  issuerWords ??= new Set(table("issuer-words").map((r) => lookupKey(r.word!)));
  return issuerWords.has(key);
}

/**
 * The subject after "về": the quoted title (`về "Đẩy mạnh học tập …"`), else the words up to the end
 * of the clause (`về việc ban hành quy chế …`), at most 200 characters.
 */
export function readSubject(text: string, pos: number, limit: number): Piece<string> | null {
  const lead = sticky(SUBJECT_LEAD, text, pos);
  if (!lead) return null;
  const start = pos + lead[0].length;
  if (text[start] === '"') {
    // the closing quote within 400 characters (a window, so that a lone quote costs no more)
    const rel = text.slice(start + 1, Math.min(limit, start + 401)).indexOf('"');
    if (rel < 0) return null;
    const close = start + 1 + rel;
    const value = text.slice(start + 1, close).trim();
    return value ? { value, end: close + 1 } : null;
  }
  if (!isWordChar(text[start])) return null;
  // the subject ends where the clause goes on with its verb: "về việc phê duyệt Đề án 89 đã ban hành"
  // (searched in a window of 207 characters, 200 and the longest predicate: linear time)
  const p = PREDICATE.exec(text.slice(start, Math.min(limit, start + 207)));
  const stop = p ? start + p.index : limit;
  let inQuote = false;
  let i = start;
  const max = Math.min(stop, start + 200);
  for (; i < max; i++) {
    const c = text[i]!;
    if (c === '"') inQuote = !inQuote;
    else if (!inQuote && (c === "," || c === ";" || c === ":" || c === "(" || c === ")" || c === "\n" || (c === "." && !isWordChar(text[i + 1])))) break;
  }
  const value = text.slice(start, i).trim().replace(/ {2,}/g, " ");
  return value ? { value, end: start + value.length } : null;
}

let issuing: Map<string, number> | undefined;
let issuingEnds: Set<string> | undefined;

/**
 * The word that ends right at `end` (after spaces), read backwards over letters, digits and the
 * "&", ".", "-" inside names ("GD-ĐT", "TP.HCM"); at most 32 characters; null at punctuation.
 */
function wordBack(text: string, end: number, floor: number): { start: number; end: number; word: string } | null {
  let j = end;
  const stop = Math.max(floor, end - 32);
  while (j > stop) {
    const c = text[j - 1];
    if (isWordChar(c) || ((c === "&" || c === "." || c === "-") && j < end && isWordChar(text[j]) && j - 1 > stop && isWordChar(text[j - 2]))) j--;
    else break;
  }
  return j < end && isWordChar(text[j]) ? { start: j, end, word: text.slice(j, end) } : null;
}

/**
 * The issuer named right before a citation, joined to it by words of data/issuing-words.tsv:
 * "Bộ Công Thương vừa ban hành Quyết định …" → "Bộ Công Thương"; "UBND Thành phố đã phê duyệt theo
 * Quyết định …" → "UBND Thành phố". Reads at most 12 words back; null when no such word stands between.
 */
export function readIssuerBefore(text: string, start: number, floor: number): string | null {
  issuing ??= new Map(table("issuing-words").map((r) => [lookupKey(r.word!), r.word!.split(" ").length]));
  issuingEnds ??= new Set([...issuing.keys()].map((k) => k.slice(k.lastIndexOf(" ") + 1)));
  const words: { start: number; end: number; word: string }[] = [];
  let at = start;
  while (words.length < 12) {
    let j = at;
    while (j > floor && text[j - 1] === " ") j--;
    if (j === at) break;
    const w = wordBack(text, j, floor);
    if (!w) break;
    // a cheap test first: the word right before the citation must end a joining phrase ("hành", "tại")
    if (words.length === 0 && !issuingEnds.has(lookupKey(w.word))) return null;
    words.push(w);
    at = w.start;
  }
  // skip the joining words ("vừa ban hành tại")
  let k = 0;
  let joined = false;
  while (k < words.length) {
    const one = lookupKey(words[k]!.word);
    const two = k + 1 < words.length ? lookupKey(words[k + 1]!.word + " " + words[k]!.word) : "";
    if (two && issuing.has(two)) k += 2;
    else if (issuing.has(one)) k += 1;
    else break;
    joined = true;
  }
  if (!joined || k >= words.length) return null;
  // the name: back to the first capitalised word before a stop word
  let first = -1;
  for (let i = k; i < words.length; i++) {
    const w = words[i]!.word;
    const capital = w[0] !== w[0]!.toLowerCase();
    if (!capital && isStop(w)) break;
    if (capital) first = i;
  }
  if (first < 0 || first < k) return null;
  return text.slice(words[first]!.start, words[k]!.end).replace(/ {2,}/g, " ");
}

// Names marked by what stands before them:
//   TITLE [ORG] [,] [HONORIFIC] NAME   Bí thư Đảng ủy xã Long Bình Nguyễn Thị Kim Ngọc · Tổng thống Mỹ Joe Biden
//   HONORIFIC NAME                     đồng chí Nguyễn Thị Kim Ngọc · bà Ngọc · Đại tá Lê Văn A · HLV Park Hang-seo
import type { Tok } from "./tokens.js";
import { foldedSet, fw, numberWord, tokAt, wordNumber } from "./tokens.js";
import { fold } from "../../text/fold.js";
import { lexicon, wordKinds, GIVEN_NAME, STOPWORD, type HonorificEntry, type PositionEntry } from "./lexicon.js";
import { isNameLike, readOrg, readPlace, readName, text, type OrgEnv } from "./org-phrase.js";
import { surnameAt, surnameBlocked } from "./surnames.js";
import { levelWordAt } from "./places.js";
import { joinsPhrase } from "./trie.js";
import { COMMA, ELLIPSIS, OPEN_PAREN, isChar } from "./punct.js";
import { country } from "../../lexicon/gazetteer.js";
import { isVietnameseSyllable } from "./syllable.js";
import {
  MAX_FOREIGN, MAX_VI, countWords, cutAfterWords, initialsAt, isInitial, isNameTok, isParticle, makesCompound, mention, words,
  type Cue, type NameEnv, type RawMention, type RawPosition,
} from "./mention.js";

const PLURAL = foldedSet(["các", "những", "nhiều", "mấy", "vài", "hai", "ba", "bốn", "năm"]);

const MODIFIERS = foldedSet(["nguyên", "cựu", "tân", "quyền", "đương", "kiêm"]);

const KIEM = fw("kiêm");

/**
 * A name marked by the title or the form of address that starts at token `i`, with the position the
 * title gives. Bí thư Đảng ủy xã Long Bình Nguyễn Thị Kim Ngọc → Nguyễn Thị Kim Ngọc (Bí thư,
 * Đảng ủy xã Long Bình); đồng chí Nguyễn Thị Kim Ngọc → Nguyễn Thị Kim Ngọc; null when none.
 */
export function readCued(env: NameEnv, i: number): RawMention | null {
  const toks = env.st.toks;
  if (!mayOpenCue(toks, i)) return null;
  const lex = lexicon();
  let k = i;
  // "nguyên Bộ trưởng", "Nguyên Viện trưởng" at the start of a sentence
  while (k < toks.length && isModifier(toks[k]!) && (!toks[k]!.cap || k === 0 || !toks[k - 1]!.word)) k++;
  const title = lex.positions.longest(toks, k);
  if (title) return readAfterTitle(env, k, title.end, title.value);
  if (k !== i) return null;
  const hon = honorificsAt(toks, i);
  if (!hon) return null;
  const given = anhInList(toks, i);
  if (given) return mention(env, i, given, "list", []);
  // "các cầu thủ Phù Đổng Ninh Bình", "hai tiền đạo Mbeki và …": a plural role names a team or a group
  const before = toks[i - 1];
  if (hon.entry.kind === "role" && before && (PLURAL.has(before.f) || before.num)) return null;
  // "ông Chủ tịch UBND xã Nguyễn Văn A": the title decides
  const inner = lex.positions.longest(toks, hon.end);
  if (inner) return readAfterTitle(env, hon.end, inner.end, inner.value);
  let x = hon.end;
  const naming = isNaming(hon.entry);
  // "cái tên Gành Yến", "gọi tên", "mang tên": the name of a thing, not a person's
  if (naming && before && THING_NAMING.has(before.f)) return null;
  // "bác sĩ nhi khoa Nguyễn Thị Tường Vi", "chuyên gia pha chế Hoàng Duy": a few lower-case words
  // between a role and a full name (not after "tên": "tên lửa hành trình Kalibr" is a missile)
  if (hon.entry.kind !== "address" && !naming) x = pastLowerWords(env, x);
  const name = nameRunAt(env, x, true, hon.entry.kind);
  if (!name) return null;
  return mention(env, name.a, name.b, hon.entry.kind, []);
}

// by word number (tokens.ts wordNumber): whether the word may open a cue (a title, a form of
// address or a modifier), whether it is a modifier, and whether it is a title or a form of address
// alone; read without hashing a string per token
const OPENS_CUE = 1;
const MODIFIER = 2;
const ALONE = 4;
let cueFlags: Uint8Array | undefined;
// the first two words of the longer titles and forms of address: by the first one's word number, the
// word numbers of the second
let cueSeconds: (Set<number> | undefined)[] | undefined;

/**
 * The token at `i` may open a title, a form of address or a modifier: readCued reads nothing
 * elsewhere (a cheap test, made before calling it at every token).
 */
export function mayOpenCue(toks: readonly Tok[], i: number): boolean {
  // most tokens open no title, no form of address and no modifier: one lookup tells
  const flags = cueFlagsOf(toks[i]!);
  if ((flags & OPENS_CUE) === 0) return false;
  // most that do ("có", "trong", "công") open one only with the next word: a second lookup tells
  return (flags & (MODIFIER | ALONE)) !== 0 || cueGoesOn(toks, i);
}

/** The cue flags of token `t`'s word, 0 when it has none. */
function cueFlagsOf(t: Tok): number {
  cueFlags ??= cueFlagTable();
  const id = wordNumber(t);
  return id >= 0 && id < cueFlags.length ? cueFlags[id]! : 0;
}

/** Token `t` is a modifier of a title: MODIFIERS.has(t.f). */
function isModifier(t: Tok): boolean {
  return (cueFlagsOf(t) & MODIFIER) !== 0;
}

function cueFlagTable(): Uint8Array {
  const opens = [...MODIFIERS, ...lexicon().cueWords].map(numberWord);
  const modifiers = [...MODIFIERS].map(numberWord);
  const alone = [...lexicon().cueStarts.alone].map(numberWord);
  const table = new Uint8Array(Math.max(0, ...opens, ...alone) + 1);
  for (const id of opens) table[id]! |= OPENS_CUE;
  for (const id of modifiers) table[id]! |= MODIFIER;
  for (const id of alone) table[id]! |= ALONE;
  return table;
}

function cueSecondTable(): (Set<number> | undefined)[] {
  const table: (Set<number> | undefined)[] = [];
  for (const pair of lexicon().cueStarts.pairs) {
    const [first, second] = pair.split(" ").map(numberWord) as [number, number];
    while (table.length <= first) table.push(undefined); // dense, so reads stay fast
    (table[first] ??= new Set()).add(second);
  }
  return table;
}

/**
 * The word at `i` and the next one a phrase trie steps to (glued dots skipped, as PhraseTrie.longest
 * does) are the first two words of a title or a form of address.
 */
export function cueGoesOn(toks: readonly Tok[], i: number): boolean {
  cueSeconds ??= cueSecondTable();
  const first = wordNumber(toks[i]!);
  const seconds = first >= 0 && first < cueSeconds.length ? cueSeconds[first] : undefined;
  if (seconds === undefined) return false;
  let j = i + 1;
  while (j < toks.length && toks[j]!.t === "." && toks[j]!.glued) j++;
  const next = toks[j];
  if (!next || (!next.word && !joinsPhrase(next))) return false;
  return seconds.has(wordNumber(next));
}

// "cô gái tên Anh Đào", "một người tên là Minh": the name follows the word at once
const NAMING = foldedSet(["tên", "tên là", "có tên"]);
// "cái tên …", "gọi tên …", "mang tên …", "đặt tên …", "lấy tên …": a thing's name, not a person's
const THING_NAMING = foldedSet(["cái", "gọi", "mang", "đặt", "lấy"]);

// whether each honorific entry is a naming word, decided once per entry (entries come from the lexicon)
const NAMING_ENTRIES = new Map<HonorificEntry, boolean>();

function isNaming(entry: HonorificEntry): boolean {
  let naming = NAMING_ENTRIES.get(entry);
  if (naming === undefined) NAMING_ENTRIES.set(entry, (naming = NAMING.has(fold(entry.word))));
  return naming;
}

// function words that are also common given names
const GIVEN_STOPWORDS = foldedSet(["anh", "em", "chị", "cô"]);
const VA = fw("và");

/**
 * "Anh" written with a capital inside a list of names is the first word of a given name, not "older
 * brother": "Văn Phong, Anh Hùng, Văn Phú", "Trọng Tấn, Việt Hoàn, Anh Thơ…". The end of the name, or 0.
 */
function anhInList(toks: readonly Tok[], i: number): number {
  const t = toks[i]!;
  const n = toks[i + 1];
  if (t.t !== "Anh" || toks[i - 1]?.t !== "," || !toks[i - 2] || !isNameTok(toks[i - 2]!)) return 0;
  if (!n || !isNameTok(n) || n.glued || !isVietnameseSyllable(n.t)) return 0;
  const after = toks[i + 2];
  return !after || isChar(after.t, COMMA) || isChar(after.t, OPEN_PAREN) || isChar(after.t, ELLIPSIS) || after.f === VA ? i + 2 : 0;
}

function readAfterTitle(env: NameEnv, ts: number, te: number, entry: PositionEntry): RawMention | null {
  const toks = env.st.toks;
  // "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Văn Sơn": two titles, one name
  let k = te;
  if (toks[k]?.t === "," || toks[k]?.f === KIEM) k++;
  const second = k > te || !toks[k]?.glued ? lexicon().positions.longest(toks, k) : null;
  if (second && entry.org !== "required") {
    const m = readAfterTitle(env, k, second.end, second.value);
    if (m) {
      m.positions.unshift({ title: entry.title, organization: null, s: toks[ts]!.s, e: toks[te - 1]!.e });
      return m;
    }
  }
  const tries: { end: number; org: string | null }[] = [];
  let bareOnly = true;
  if (entry.org !== "none") {
    const org = orgAfterTitle(env, te, entry);
    if (org) tries.push(org);
    if (org && !org.bare) bareOnly = false;
  }
  // "Chủ tịch Hồ Chí Minh": a place where an organisation may stand can still be the name;
  // "Cục trưởng Đường thủy Việt Nam thông báo": a real organisation cannot
  if (entry.org !== "required" && bareOnly) tries.push({ end: te, org: null });
  for (const t of tries) {
    let x = t.end;
    if (toks[x]?.t === "," && t.org !== null) x++;
    const hon = honorificsAt(toks, x);
    if (hon) x = hon.end;
    const name = nameRunAt(env, x, true);
    if (!name) continue;
    const pos: RawPosition = { title: entry.title, organization: t.org, s: toks[ts]!.s, e: toks[t.end - 1]!.e };
    return mention(env, name.a, name.b, "title", [pos]);
  }
  // "người phát ngôn quân đội Mỹ Ryan Dillon", "Cảnh sát trưởng quốc gia Somchai Ruangrit": a few
  // lower-case words (and a place) between the title and a family name or a foreign name
  // (a name of two words or more: "bộ trưởng kinh tế châu Âu" is no person)
  const past = tries.length === 0 || bareOnly ? pastLowerWords(env, te, true) : te;
  if (past > te) {
    const name = nameRunAt(env, past, true);
    if (name && countWords(toks, name.a, name.b) >= 2) return mention(env, name.a, name.b, "title", [{ title: entry.title, organization: null, s: toks[ts]!.s, e: toks[te - 1]!.e }]);
  }
  return null;
}

/**
 * Where a person's name starts after one to three lower-case words at `x` (and a place after them),
 * or `x`: "bác sĩ nhi khoa Nguyễn Thị Tường Vi", "chuyên gia bóng đá Tây Ban Nha Guillem Balague".
 */
function pastLowerWords(env: NameEnv, x: number, known = false): number {
  const toks = env.st.toks;
  let k = x;
  // (after a title, a place's level word ends them: "Phó chủ tịch phường Tăng Nhơn Phú A" names a ward)
  while (k < toks.length && k - x < 3 && toks[k]!.word && !toks[k]!.cap && !toks[k]!.num && (wordKinds(toks[k]!) & STOPWORD) === 0 && !(known && levelWordAt(toks, k))) k++;
  if (k === x) return x;
  const start = nameStartAhead(env, k, known);
  return start > 0 ? start : x;
}

/**
 * Where a name starts at `k`: a family name or a foreign word there, or after a place there ("quân
 * đội Mỹ Ryan Dillon": past "Mỹ"); -1 when none. `known` (after a title): a foreign word right at `k`
 * must be a known given name ("trưởng phòng kế toán DongA Bank" is a bank).
 */
function nameStartAhead(env: NameEnv, k: number, known: boolean): number {
  const toks = env.st.toks;
  if (opensName(toks, k, known)) return k;
  const t = toks[k];
  if (!t || !t.cap) return -1;
  // (a place the locations extractor found, or one the gazetteer knows: "Thái Lan", "Mỹ")
  const end = readPlace(env, k, true);
  return end > k && opensName(toks, end, false) ? end : -1;
}

/** A family name, or a capitalised word that is no Vietnamese syllable (a known given name when `known`), at `k`. */
function opensName(toks: readonly Tok[], k: number, known: boolean): boolean {
  const t = tokAt(toks, k);
  if (!t || !t.word || !t.cap || t.glued) return false;
  // (a family name that is here a place is none: "Thái Lan")
  if (surnameAt(toks, k) > 0) return !surnameBlocked(toks, k, false);
  return known ? (wordKinds(t) & GIVEN_NAME) !== 0 : !isVietnameseSyllable(t.t);
}

/**
 * The organisation after a title, as the index past it and its text: "Đảng ủy xã Long Bình";
 * "Bộ trưởng Tài chính" → "Bộ Tài chính" (the title's unit); "Tổng thống Mỹ" → "Mỹ".
 */
export function orgAfterTitle(env: OrgEnv, j: number, entry: PositionEntry): { end: number; org: string; bare: boolean } | null {
  const toks = env.st.toks;
  if (j >= toks.length || toks[j]!.glued) return null;
  const org = readOrg(env, j);
  if (org) return { end: org.end, org: text(toks, j, org.end), bare: false };
  // "Thứ trưởng Phạm Hữu Lộc": the name, not "Bộ Phạm Hữu Lộc"
  if (entry.unit && !startsPerson(toks, j)) {
    const field = lexicon().orgNames.longest(toks, j, toks.length, (v) => v.field);
    let end = field ? field.end : readName(env, j, true);
    if (end > j) {
      const place = readPlace(env, end, true);
      if (place > end) end = place;
      const written = text(toks, j, end);
      const unit = entry.unit;
      return { end, org: written.startsWith(unit + " ") ? written : `${unit} ${written}`, bare: false };
    }
  }
  const place = readPlace(env, j, true);
  if (place > j) return { end: place, org: text(toks, j, place), bare: true };
  return null;
}

/** A family name and two to four capitalised words at `j`: a person's name starts there. */
export function startsPerson(toks: readonly Tok[], j: number): boolean {
  const sl = surnameAt(toks, j);
  if (sl === 0) return false;
  let e = j;
  while (e < toks.length && isNameTok(toks[e]!) && (e === j || !toks[e]!.glued)) e++;
  return e - j > sl && e - j <= MAX_VI;
}

/** A chain of honorifics, ranks and degrees at `i` ("PGS.TS.", "Đại tá, TS", "bà"), or null. */
export function honorificsAt(toks: readonly Tok[], i: number): { end: number; entry: HonorificEntry } | null {
  const lex = lexicon();
  let k = i;
  let first: HonorificEntry | null = null;
  for (;;) {
    const h = lex.honorifics.longest(toks, k);
    if (!h) break;
    const t = toks[k]!;
    // "Ông" with a capital only opens a sentence or a quotation: "Anh" mid-sentence is England
    if (h.value.kind === "address" && t.cap && k > 0 && toks[k - 1]!.word) break;
    first ??= h.value;
    k = h.end;
    const dot = tokAt(toks, k);
    if (dot?.t === "." && dot.glued) k++;
    const comma = tokAt(toks, k);
    if ((comma?.t === "," || comma?.t === "-") && lex.honorifics.longest(toks, k + 1)?.value.kind === "degree") k++;
  }
  return first ? { end: k, entry: first } : null;
}

/** A year written after a name: "2017", "1998". */
function isYear(t: Tok | undefined): boolean {
  return !!t && t.num && !t.glued && /^(?:19|20)\d\d$/.test(t.t);
}

/** An organisation starts at `k`: a head that reads as one, other than a family name ("Trường Giang"). */
function startsOrg(env: NameEnv, k: number): boolean {
  const toks = env.st.toks;
  const head = lexicon().orgHeads.longest(toks, k);
  if (!head && !lexicon().orgNames.longest(toks, k, toks.length, (v) => v.whole)) return false;
  return readOrg(env, k) !== null || (head !== null && toks[k]!.cap && !isNameLike(toks, k));
}

/** The token at `b` goes on with a lower-case word that is neither a function word nor a reporting verb. */
export function continuesAsWord(toks: readonly Tok[], b: number): boolean {
  const t = tokAt(toks, b);
  if (!t || !t.word || t.glued) return false;
  if (t.num || t.acronym) return true;
  if (t.cap) return false;
  const lex = lexicon();
  return (wordKinds(t) & STOPWORD) === 0 && lex.verbs.longest(toks, b) === null && lex.positions.longest(toks, b) === null;
}

/** The capitalised words of a name at `x`, or the initials "N.V.A", "H.". */
function nameRunAt(env: NameEnv, x: number, cued: boolean, cue: Cue = "title"): { a: number; b: number } | null {
  const { st, loc, org } = env;
  const toks = st.toks;
  const t = toks[x];
  if (!t || !isNameTok(t) || (t.glued && x > 0 && toks[x - 1]!.word)) return null;
  const ini = initialsAt(toks, x);
  if (ini > x) return { a: x, b: ini };
  // "xạ thủ số 1 Việt Nam Lê Thị Bích Trâm": a place, then the name ("Peter Nguyễn",
  // "Jayden Quốc Huy" are names as a whole)
  // "nhà báo Đức Matthias Brenner": a country's name before a foreign one
  // (the gazetteer last: it is the dearest test)
  const skip = loc.endAt[x]! > x ? loc.endAt[x]! : toks[x + 1] && isNameTok(toks[x + 1]!) && !isVietnameseSyllable(toks[x + 1]!.t) && country(t.t) ? x + 1 : x;
  if (skip > x && skip < toks.length && (surnameAt(toks, skip) > 0 || !isVietnameseSyllable(toks[skip]!.t)) && !toks[skip]!.glued) return nameRunAt(env, skip, cued, cue);
  let b = x;
  while (b < toks.length && b - x < 12 && (isNameTok(toks[b]!) || isParticle(toks, b, x)) && (b === x || !toks[b]!.glued)) {
    b++;
    // an initial inside or at the end: "Nguyễn V. Bình", "Trần Khắc T."
    if (isInitial(toks[b - 1]!.t) && b < toks.length && toks[b]!.t === "." && toks[b]!.glued) b++;
  }
  if (b === x) return null;
  if (toks[b - 1]!.t === "." && b - x === 1) return null;
  // a place or an organisation where a name was expected: "ông Hà Nội", "anh Vingroup"
  if (!cued && (loc.inside[x] || org.inside[x])) return null;
  if (cued && loc.endAt[x]! >= b) return null;
  if (cued && org.endAt[x]! >= b) return null;
  // a title or an organisation where the name should be: "bà Bộ trưởng", "Giám đốc Thư viện tỉnh"
  const lex = lexicon();
  if (lex.positions.longest(toks, x) || startsOrg(env, x)) return null;
  // … or inside the run: "Phạm Đức Hiền Chủ tịch Hội đồng", "Kienlongbank Phòng giao dịch"
  // (a head that ends the run and reads as no organisation is the name's last word: "Lê Văn Khoa")
  for (let k = x + 1; k < b; k++) {
    if (lex.positions.longest(toks, k) || (startsOrg(env, k) && (k < b - 1 || readOrg(env, k) !== null))) {
      // "Chủ tịch Tổng Liên đoàn": what is left of a cut run is no name
      if (k === x + 1) return null;
      b = k;
      break;
    }
  }
  const foreign = words(toks, x, b).some((w) => !isVietnameseSyllable(w));
  // "ông chủ Facebook Mark Zuckerberg", "CEO Apple Tim Cook": a foreign word that is no given name,
  // then a known given name and a family name: the company, then the person
  if (foreign) {
    const given = givenNameInside(toks, x, b);
    if (given > x) return { a: given, b };
  }
  if (countWords(toks, x, b) === 1 && !foreign) {
    const only = toks[x]!;
    // a function word is no name ("anh Cũng"), except a given name after a form of address ("ông Anh")
    if ((wordKinds(only) & STOPWORD) !== 0 && only.t.length > 1 && !(cue === "address" && GIVEN_STOPWORDS.has(only.f))) return null;
    // one word then a lower-case word that is no verb or function word: "Hoa hậu Trang sức", "MC Ai là"
    if (cue !== "address" && continuesAsWord(toks, b)) return null;
  }
  // "Giám đốc Khối Tín dụng": the last word and the next make a common word; "Hoa hậu Biển Xanh
  // 2024": a year after it names a contest or an event
  if (makesCompound(toks, b) || isYear(toks[b])) return null;
  const max = foreign ? MAX_FOREIGN : MAX_VI;
  if (countWords(toks, x, b) > max) b = cutAfterWords(toks, x, max);
  return { a: x, b };
}

/**
 * Where a known foreign given name opens the last two or more words of the run `[x, b)` whose first
 * word is neither a given name nor a family name: "Facebook Mark Zuckerberg" → "Mark". `x` when none.
 */
function givenNameInside(toks: readonly Tok[], x: number, b: number): number {
  if ((wordKinds(toks[x]!) & GIVEN_NAME) !== 0 || surnameAt(toks, x) > 0) return x;
  for (let k = x + 1; k < b - 1; k++) {
    // (a given name that is also a syllable, "Tim", needs a foreign word after it: "Tim Cook")
    if (toks[k]!.word && (wordKinds(toks[k]!) & GIVEN_NAME) !== 0 && !(isVietnameseSyllable(toks[k]!.t) && isVietnameseSyllable(toks[k + 1]!.t))) return k;
  }
  return x;
}

// The organisation grammar: HEAD (FIELD | NAME)? PLACE?, chained ("Ban Thường vụ Thành ủy Đà Nẵng"),
// or a whole name ("Bộ Chính trị", "TTXVN") with an optional place ("Bộ Quốc phòng Nga").
//   Đảng ủy xã Long Bình · UBND tỉnh Tiền Giang · Huyện ủy Gò Công Tây · Cục Quản lý thị trường
//   Trường THPT Chu Văn An · Sở Y tế Hà Nội · Phòng Cảnh sát giao thông Công an tỉnh Bắc Ninh
// Where the name ends is the hard part: Vietnamese capitalises only the first word of a descriptive
// name (Cục Quản lý thị trường), so known fields come from data/org-names.tsv, and an unknown name
// is one capitalised word plus a few lower-case words that end at a boundary, or a run of
// capitalised words cut before a person's name ("Chi bộ ấp Quới An Nguyễn Hạnh Phước").
import { foldedSet, fw } from "./tokens.js";
import type { OrganizationKind } from "../../schema/article.js";
import type { Sent, Marks } from "./context.js";
import type { Tok } from "./tokens.js";
import { lexicon, type OrgHead, type OrgName } from "./lexicon.js";
import { PhraseTrie } from "./trie.js";
import { centralAt, isKnownPlace, isKnownUnit, levelWordAt, mayBeKnownPlaceAt } from "./places.js";
import { surnameAt } from "./surnames.js";
import { AMPERSAND, HYPHEN, isChar } from "./punct.js";

/** An organisation phrase in token indices. */
export interface OrgPhrase {
  readonly start: number;
  /** just past the last token */
  readonly end: number;
  /** just past the head ("UBND"), or `start` for a whole name */
  readonly headEnd: number;
  /** the canonical head ("Ủy ban nhân dân"), or the whole name as listed */
  readonly canonical: string;
  /** just past the words that `canonical` stands for (the head, or the whole name) */
  readonly nameEnd: number;
  readonly kind: OrganizationKind | null;
}

/** What the grammar may look at: the sentence and the places found in it. */
export interface OrgEnv {
  readonly st: Sent;
  readonly loc: Marks;
}

const MAX_LOWER = 5;
const MAX_NAME = 16;
const CAPITAL = /^\p{Lu}/u;
const NAME_KINDS = new Set<OrganizationKind>(["school", "company", "bank", "hospital", "media", "research", "other", "mass"]);
const STATE_LIKE = new Set<OrganizationKind>(["party", "police", "military", "court", "procuracy", "state"]);
const CONNECT = foldedSet(["và", "&", "-"]);
const SO = fw("số");
const SCOPES = new PhraseTrie<true>();
for (const w of ["Quốc gia", "Quốc tế", "Thế giới", "Toàn cầu"]) SCOPES.add(w, true);

/**
 * Accepts a whole organisation name written as the lexicon writes it: "Hòa Phát", not "Hòa phát".
 * (A `longest` filter; one function for every call, not a closure over the tokens per token.)
 */
export function wholeAsWritten(v: OrgName, start: number, end: number, toks: readonly Tok[]): boolean {
  if (!v.whole) return false;
  if (v.titled) for (let k = start; k < end; k++) if (toks[k]!.word && !toks[k]!.cap && !toks[k]!.num) return false;
  return true;
}

// the codes of the departments of the Ministry of Public Security and of provincial police: P + a
// letter for the branch (A security, C police, K logistics, H, V, X) + two digits
const POLICE_CODE = /^P[ACHKVX]\d{2}$/;

/** The organisation phrase that starts at token `i`, or null. */
export function readOrg(env: OrgEnv, i: number, depth = 0): OrgPhrase | null {
  const { st, loc } = env;
  const toks = st.toks;
  if (i >= toks.length || !toks[i]!.word || loc.inside[i]) return null;
  const lex = lexicon();
  let best: OrgPhrase | null = null;

  // whole names start with a capital: most tokens need no lookup
  const whole = toks[i]!.cap ? lex.orgNames.longest(toks, i, toks.length, wholeAsWritten) : null;
  if (whole) {
    const place = readPlace(env, whole.end, true);
    best = { start: i, end: place > 0 ? place : whole.end, headEnd: i, nameEnd: whole.end, canonical: whole.value.name, kind: whole.value.kind };
  } else if (toks[i]!.acronym && POLICE_CODE.test(toks[i]!.t) && !(toks[i + 1]?.glued && toks[i + 1]!.word)) {
    // a police department by its code: "PC45" (criminal police), "PA83", "PC67"
    best = { start: i, end: i + 1, headEnd: i, nameEnd: i + 1, canonical: toks[i]!.t, kind: "police" };
  }

  // "Nguyễn Trường Sơn": a head inside a name is part of the name (tested after the cheap lookup)
  const head = !lex.orgHeads.startsAt(toks[i]!) || insideAName(toks, i)
    ? null
    : lex.orgHeads.longest(toks, i, toks.length, headAsWritten);
  // "hãng Boeing", "tạp chí Forbes", "ngân hàng Vietinbank": a common noun before a name that stands
  // on its own; the name is the organisation (read from the next token)
  if (head && !best && (!toks[i]!.cap || i === 0) && head.end < toks.length && toks[head.end]!.cap && lex.orgNames.longest(toks, head.end, toks.length, wholeAsWritten)) return null;
  if (head) {
    const p = readHeaded(env, i, head.end, head.value);
    if (p && (!best || p.end > best.end)) best = p;
  }
  if (!best) return null;

  // a known place is not an organisation: "Đài Loan" (Taiwan), "Trường Sa", "Hội An đón …"; nor is
  // the end of one: "Ban Nha" in "Tây Ban Nha" (Spain)
  if (i > 0 && toks[i - 1]!.word && toks[i - 1]!.cap && !toks[i]!.glued && endsAPlace(toks, i)) return null;
  if (best.headEnd > best.start) {
    let caps = best.headEnd;
    while (caps < best.end && toks[caps]!.cap) caps++;
    // (the capitalised part is often the whole phrase: one lookup then)
    if (isKnownPlaceAt(toks, best.start, best.end) || (caps < best.end && isKnownPlaceAt(toks, best.start, caps))) return null;
  }

  // "Đội Cảnh sát giao thông số 2", "Trường Tiểu học số 1": the unit's number is part of its name
  if (best.end + 1 < toks.length && toks[best.end]!.f === SO && toks[best.end + 1]!.num && !toks[best.end]!.glued) {
    const place = readPlace(env, best.end + 2, true);
    best = withEnd(best, place > best.end + 2 ? place : best.end + 2);
  }
  // "Ủy ban An toàn giao thông Quốc gia", "Tổ chức Lao động Thế giới": a capitalised scope word
  // closes the name (written in lower case it starts a new phrase: "các quốc gia")
  const scope = SCOPES.longest(toks, best.end);
  if (scope && toks[best.end]!.cap && !toks[best.end]!.glued) best = withEnd(best, scope.end);

  // chains: "Ban Thường vụ" + "Thành ủy Đà Nẵng", "Phòng CSGT" + "Công an tỉnh Bắc Ninh"
  if (depth < 2 && best.end < toks.length && !toks[best.end]!.glued) {
    const next = readOrg(env, best.end, depth + 1);
    if (next) best = withEnd(best, next.end);
  }
  return best;
}

/** `{ ...p, end }` with the fields written out: one object shape for every phrase (a spread makes another). */
function withEnd(p: OrgPhrase, end: number): OrgPhrase {
  return { start: p.start, end, headEnd: p.headEnd, nameEnd: p.nameEnd, canonical: p.canonical, kind: p.kind };
}

/**
 * Accepts a head written with a capital, or in lower case where the lexicon allows it and the word
 * before does not make it part of another word ("quảng trường"). A module function, not a closure:
 * a closure over the tokens would cost readOrg a context object at every token.
 */
function headAsWritten(v: OrgHead, i: number, _end: number, toks: readonly Tok[]): boolean {
  return toks[i]!.cap || (v.lowerOk && !(i > 0 && !toks[i]!.glued && v.notAfter.has(toks[i - 1]!.f)));
}

/** True when the head-like word at `i` goes on a person's name: "Trường" in "Nguyễn Trường Sơn". */
function insideAName(toks: readonly Tok[], i: number): boolean {
  return i > 0 && isNameLike(toks, i) && toks[i - 1]!.word && toks[i - 1]!.cap && !toks[i - 1]!.acronym && !toks[i]!.glued;
}

/** True when the capitalised words from `i` end a known place that starts one word earlier: "Ban Nha" in "Tây Ban Nha". */
function endsAPlace(toks: readonly Tok[], i: number): boolean {
  let e = i;
  while (e < toks.length && e - i < 3 && toks[e]!.word && toks[e]!.cap && !toks[e]!.glued) e++;
  for (let m = e; m > i; m--) if (isKnownPlaceAt(toks, i - 1, m)) return true;
  return false;
}

// "Việt Nam" as the tokens fold it (the tone mark moved to the syllable's end)
const VIET = fw("Việt");
const NAM = fw("Nam");

function readHeaded(env: OrgEnv, i: number, j: number, head: OrgHead): OrgPhrase | null {
  const toks = env.st.toks;
  const lex = lexicon();
  let nameEnd = -1;
  let kind: OrganizationKind = head.kind;
  let field: ReturnType<typeof lex.orgNames.longest> = null;
  if (head.takes !== "place") {
    // a field as listed, capital included: "Ban Tổ chức Trung ương", not "Ban tổ chức giải chạy"
    // (only after heads that are capitalised themselves: "Trường tiểu học Lê Văn Tám" is fine)
    field = lex.orgNames.longest(toks, j, toks.length, toks[j]?.cap || head.lowerOk ? isField : isLowerField);
    // "Công ty Quản lý quỹ Redwood Partners": a generic field ("Quản lý") may start a longer name
    const free = head.takes !== "field" ? readName(env, j, true) : -1;
    if (field && free > field.end && !toks[field.end]!.cap && capsIn(toks, field.end, free) > 0) field = null;
    if (field) {
      nameEnd = field.end;
      // "Phòng Cảnh sát giao thông" → police, "Ban Tuyên giáo" → party; "Bộ Lao động" stays a ministry
      if (head.kind === "other" || (head.kind === "state" && STATE_LIKE.has(field.value.kind))) kind = field.value.kind;
      // "Trường THPT Chu Văn An", "Công ty TNHH Gia Khang", "Bệnh viện Đa khoa Đồng Nai"; not
      // "Ngân hàng Nhà nước Trịnh Quốc Vượng", where a person's name follows
      if (NAME_KINDS.has(head.kind) && (field.value.type || !personStarts(toks, nameEnd))) {
        const proper = readName(env, nameEnd, field.value.type);
        if (proper > nameEnd) nameEnd = proper;
      }
    } else if (head.takes !== "field") {
      nameEnd = free;
    }
  }
  const placeAt = nameEnd > 0 ? nameEnd : j;
  let place = readPlace(env, placeAt, true);
  // "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nam Định": the country is part of the body's name, the
  // province after it is its place (a level word must open it)
  if (place === placeAt + 2 && toks[placeAt]!.f === VIET && toks[placeAt + 1]!.f === NAM && (levelWordAt(toks, place) || centralAt(toks, place) >= 0)) {
    const local = readPlace(env, place, false);
    if (local > place) place = local;
  }
  // "Bí thư Thành ủy Lương Quốc Bảo": the city's committee, a person's name after it
  if (head.takes === "place" && place < 0 && nameEnd < 0 && surnameAt(toks, j) > 0 && !toks[j]!.glued) place = j;
  if (head.takes === "place" && place < 0) return null;
  if ((head.takes === "name" || head.takes === "field") && nameEnd < 0) return null;
  if (head.takes === "either" && nameEnd < 0 && place < 0) return null;
  const end = Math.max(nameEnd, place);
  // a head that is also a family name ("Trường") needs a field or two words: "Trường Giang" is a person
  if (nameEnd > 0 && place < 0 && j - i === 1 && field === null && capsIn(toks, j, nameEnd) < 2 && isNameLike(toks, i)) return null;
  return { start: i, end, headEnd: j, nameEnd: j, canonical: head.canonical, kind };
}

/** A field, listed with a capital or not (`longest` filters). */
function isField(v: OrgName): boolean {
  return v.field;
}

/** A field listed without a capital: "tổ chức", not "Tổ chức Trung ương". */
function isLowerField(v: OrgName): boolean {
  return v.field && !CAPITAL.test(v.name);
}

function capsIn(toks: readonly Tok[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (toks[k]!.cap) n++;
  return n;
}

/** A capitalised head that is also a family name ("Trường" in Đặng Trường Khanh, "Đoàn"). */
export function isNameLike(toks: readonly Tok[], i: number): boolean {
  return toks[i]!.cap && (surnameAt(toks, i) === 1 || lexicon().ambiguous.has(toks[i]!.f));
}

/**
 * The end of a name after a head ("Cây cảnh nghệ thuật", "Hưng Thịnh Phát", "TNHH Gia Khang", "7"), or -1.
 * `lower`: a capitalised word standing alone may go on with a few lower-case words
 * (Cục Quản lý thị trường, Công ty CP Đầu tư và Phát triển Sài Gòn).
 */
export function readName(env: OrgEnv, j: number, lower: boolean): number {
  const { st, loc } = env;
  const toks = st.toks;
  const lex = lexicon();
  let k = j;
  for (;;) {
    if (k - j > MAX_NAME) break; // "Công ty CP Đầu tư và Phát triển …" is long, but not endless
    const from = k;
    // acronyms and numbers: TNHH, CP, MTV, 7
    while (k < toks.length && toks[k]!.word && (toks[k]!.acronym || toks[k]!.num) && !stopsName(toks, loc, j, k)) k++;
    // capitalised words: Hưng Thịnh Phát, Gia Khang, cut before a person's name
    const capFrom = k;
    while (k < toks.length && isNameWord(toks[k]!) && !stopsName(toks, loc, j, k) && !(k - capFrom >= 2 && personStarts(toks, k))) k++;
    // one capitalised word, then lower-case words up to a boundary: Quản lý thị trường
    if (lower && k - capFrom === 1) {
      let m = k;
      while (m < toks.length && m - k < MAX_LOWER && toks[m]!.word && !toks[m]!.cap && !toks[m]!.num && !lex.stopwords.has(toks[m]!.f) && !levelWordAt(toks, m)) m++;
      if (m > k && (isBoundary(toks, m) || (CONNECT.has(toks[m]!.f) && toks[m + 1]?.cap))) k = m;
    }
    if (k === from) break;
    // another "Capital lower …" part: Viện Nghiên cứu Chính sách, Hội Cây cảnh nghệ thuật
    // (a two-word run there is the proper name, not a person: "Xây dựng giao thông Phương Thành")
    if (lower && k > capFrom && !toks[k - 1]!.cap && k < toks.length && toks[k]!.word && isNameWord(toks[k]!) && !stopsName(toks, loc, j, k) && (!personStarts(toks, k) || twoWordRun(toks, k))) continue;
    // "và", "&", "-" between two parts: Đầu tư và Phát triển
    if (k < toks.length && CONNECT.has(toks[k]!.f) && (!isChar(toks[k]!.t, HYPHEN) || toks[k]!.glued || !toks[k + 1]?.glued) && toks[k + 1]?.word && toks[k + 1]!.cap && !stopsName(toks, loc, j, k + 1) && !startsEntity(toks, k + 1)) {
      k++;
      continue;
    }
    break;
  }
  return k > j ? k : -1;
}

/** A name read from `j` stops at `k`, where a place begins (a module function: no closure per call). */
function stopsName(toks: readonly Tok[], loc: Marks, j: number, k: number): boolean {
  return k > j && (loc.endAt[k]! >= 0 || levelWordAt(toks, k) !== null || centralAt(toks, k) >= 0);
}

/** Another organisation or a person begins at `k`: "Công ty A và Công ty B", "A và Nguyễn Văn B". */
function startsEntity(toks: readonly Tok[], k: number): boolean {
  const lex = lexicon();
  return lex.orgHeads.longest(toks, k) !== null || lex.positions.longest(toks, k) !== null || personStarts(toks, k);
}

function isNameWord(t: Tok): boolean {
  return t.word && t.cap && !t.acronym && !t.num;
}

function isBoundary(toks: readonly Tok[], m: number): boolean {
  const t = toks[m];
  if (!t) return true;
  if (!t.word) return !isChar(t.t, HYPHEN) && !isChar(t.t, AMPERSAND);
  return t.cap || t.num || lexicon().stopwords.has(t.f) || levelWordAt(toks, m) !== null;
}

/** A person's name starts at `k` and runs to the end of the capitalised run (2–4 words). */
/** Exactly two capitalised words at `k`, then no third. */
function twoWordRun(toks: readonly Tok[], k: number): boolean {
  const a = toks[k + 1];
  const b = toks[k + 2];
  return !!a && a.word && a.cap && !a.acronym && !a.glued && !(b && b.word && (b.cap || b.glued));
}

function personStarts(toks: readonly Tok[], k: number): boolean {
  const sl = surnameAt(toks, k);
  if (sl === 0) return false;
  let e = k;
  while (e < toks.length && toks[e]!.word && toks[e]!.cap && !toks[e]!.acronym && (e === k || !toks[e]!.glued)) e++;
  const n = e - k;
  return n >= 2 && n <= 4 && n > sl;
}

/**
 * The end of a place written at `j`: a place the locations extractor found there, a level word and a
 * name (xã Long Bình, TP.HCM, quận 1), "Trung ương", or, when `bare`, a province, district or
 * country named on its own (Sở Y tế Hà Nội, Bộ Quốc phòng Nga). -1 when there is none.
 */
export function readPlace(env: OrgEnv, j: number, bare: boolean): number {
  const { st, loc } = env;
  const toks = st.toks;
  if (j < 0 || j >= toks.length) return -1;
  if (toks[j]!.glued && toks[j]!.word && toks[j - 1]?.word) return -1;
  if (loc.endAt[j]! >= 0) return loc.endAt[j]!;
  const c = centralAt(toks, j);
  if (c >= 0) return c;
  const lv = levelWordAt(toks, j);
  if (lv) {
    const k = lv.end;
    const t = toks[k];
    if (!t) return -1;
    if (t.num) return k + 1;
    if (t.word && t.cap) {
      const e = placeRunEnd(toks, k);
      // "Chủ tịch UBND Thành phố Huỳnh Văn Tài": the level word alone, a person's name after it
      return e > k ? e : surnameAt(toks, k) > 0 ? k : -1;
    }
    return -1;
  }
  if (!bare || !toks[j]!.cap) return -1;
  // the longest run of up to four capitalised words that names a known place
  let e = j;
  while (e < toks.length && e - j < 4 && toks[e]!.word && toks[e]!.cap && (e === j || !toks[e]!.glued)) e++;
  for (let m = e; m > j; m--) if (isKnownPlaceAt(toks, j, m)) return m;
  return -1;
}

/**
 * The end of a place name that starts at `k` (after a level word): its capitalised words, with
 * " - " between parts (Bà Rịa - Vũng Tàu), cut before a person's name.
 */
export function placeRunEnd(toks: readonly Tok[], k: number): number {
  let e = k;
  while (e < toks.length && e - k < 10) {
    const t = toks[e]!;
    if (t.word && t.cap && (e === k || !t.glued || toks[e - 1]!.t === ".")) {
      e++;
      continue;
    }
    if ((t.t === "-" || t.t === ".") && e > k && toks[e + 1]?.word && toks[e + 1]!.cap) {
      e++;
      continue;
    }
    break;
  }
  // "Chủ tịch UBND tỉnh Nguyễn Hữu Trí": the run is a person's name, not the province's
  if (surnameAt(toks, k) > 0 && e - k >= 2 && e - k <= 4 && !isKnownUnit(text(toks, k, e))) return k;
  return cutBeforePerson(toks, k, e);
}

/**
 * Where a person's name starts inside the capitalised run `[a, b)` that follows a place prefix:
 * "Long Bình Nguyễn Thị Kim Ngọc" → before "Nguyễn". A name that the gazetteer knows on the left
 * decides; else a three-, four- then two-word name at the end of the run. `b` when no name is there.
 */
export function cutBeforePerson(toks: readonly Tok[], a: number, b: number): number {
  const cuts: number[] = [];
  for (let k = a + 1; k <= b - 2; k++) {
    const sl = surnameAt(toks, k);
    if (sl > 0 && b - k > sl && b - k <= 4) cuts.push(k);
  }
  if (cuts.length === 0) return b;
  for (const k of cuts) if (isKnownUnit(text(toks, a, k))) return k;
  for (const len of [3, 4, 2]) {
    const k = cuts.find((c) => b - c === len);
    if (k !== undefined) return k;
  }
  return b;
}

/** isKnownPlace(text(toks, a, b)), with no text made when its first word starts no known place. */
export function isKnownPlaceAt(toks: readonly Tok[], a: number, b: number): boolean {
  return mayBeKnownPlaceAt(toks, a, b) && isKnownPlace(text(toks, a, b));
}

/** The normalized text of tokens `[a, b)` with single spaces. */
export function text(toks: readonly Tok[], a: number, b: number): string {
  let s = "";
  for (let k = a; k < b; k++) {
    if (k > a && !toks[k]!.glued) s += " ";
    s += toks[k]!.t;
  }
  return s;
}

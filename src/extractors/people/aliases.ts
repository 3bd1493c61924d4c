// Later mentions of a person by part of the name: "Ngọc" after "Nguyễn Thị Kim Ngọc", "Trump" after
// "Donald Trump", "Hữu Khải" after "Đinh Hữu Khải". A mention of this kind is a whole run of
// capitalised words equal to a known short form: once the article has named "Nguyễn Văn Tùng",
// "Khải tiếp tục nói …" is read as him (measured on VLSP-2018: requiring a function word after the
// name lost 260 true mentions for 60 false ones).
import { foldedSet } from "./tokens.js";
import type { Sent, Marks } from "./context.js";
import type { Tok } from "./tokens.js";
import { lexicon, wordKinds, GIVEN_NAME, STOPWORD } from "./lexicon.js";
import { thingBefore } from "./things.js";
import { blockedBefore, continuesAsWord, isNameTok, isSentenceStart, mention, type NameEnv, type RawMention } from "./names.js";
import { isInitial, makesCompound } from "./mention.js";
import { isKnownPlace, isKnownUnit } from "./places.js";
import { surnameAt } from "./surnames.js";
import { isVietnameseSyllable } from "./syllable.js";
import { COLON, COMMA, HYPHEN, SEMICOLON, isChar } from "./punct.js";
import { sameItems } from "../../util/lists.js";

/**
 * The short forms of a article's names, folded. `plain` ones ("ngọc", "kim ngọc", "trump") are read
 * wherever they stand as a whole capitalised run. `guarded` ones are one word that is also a function
 * word or an organisation head ("Điều" of "Nguyễn Duy Điều", "Đoàn" of "Lê Văn Đoàn"): read only
 * inside a sentence and not before a number ("Điều 5" is an article of a law).
 */
export interface Aliases {
  plain: Set<string>;
  guarded: Set<string>;
  /** the first words of all of them: a run that starts with another word is none */
  firstWords: Set<string>;
}

/** The short forms of the names in `found`, other than the `claimed` names of places and organisations. */
export function aliasesOf(found: readonly RawMention[], claimed: KeySet): Aliases {
  const lex = lexicon();
  const out = new Set<string>();
  const guarded = new Set<string>();
  // the first words of what goes into `out` or `guarded` (a key deleted from `guarded` is in `out`)
  const firstWords = new Set<string>();
  // `cued`: the form is read as the person wherever it stands; `fromCue`: the name it comes from was
  // found with a title or a form of address. Without one, it gives no short form that an organisation
  // or a place of the article also has ("Thiên Nam" of "Công ty Thang máy Thiên Nam").
  const add = (ws: readonly string[], cued: boolean, fromCue: boolean): void => {
    if (ws.length === 0) return;
    const key = ws.join(" ");
    if (!fromCue && claimed.has(key)) return;
    if (ws.length === 1) {
      const w = ws[0]!;
      if (w.length < 2) return;
      if (lex.honorifics.isPhrase(w) || lex.positions.isPhrase(w)) return;
      if (lex.stopwords.has(w) || lex.orgHeads.isPhrase(w)) {
        // (a country is a known place: isKnownPlace, remembered, answers for both)
        if (!isKnownPlace(key)) {
          guarded.add(key);
          firstWords.add(w);
        }
        return;
      }
    }
    // "Hồ Chí Minh" after "Chủ tịch" is the person wherever it stands bare; "Minh", "Nga" are not
    if ((ws.length === 1 || !cued) && isKnownPlace(key)) return;
    out.add(key);
    firstWords.add(ws[0]!);
  };
  // the forms depend on the mention's words, text, cue and script only: a name mentioned again
  // ("Nguyễn Thị Kim Ngọc" five times, "bà Ngọc" three) adds them once, at its first mention
  const read = new Map<string, RawMention[]>();
  for (const m of found) {
    if (m.initials || readBefore(read, m)) continue;
    const cued = m.cue !== "surname" && m.cue !== "alias" && m.cue !== "list";
    const full = m.words.length >= 2 && (m.foreign || lex.surnames.has(m.words[0]!));
    if (full) {
      add(m.words, cued, cued);
      add(m.words.slice(-1), false, cued);
      // "Nguyễn Thị Thu H." is then "H." alone
      const last = m.words[m.words.length - 1]!;
      if (isInitial(m.text.slice(m.text.lastIndexOf(" ") + 1, -1)) && m.text.endsWith(".")) {
        out.add(last);
        firstWords.add(last);
      }
      // a foreign name by its known given name: "Peter" after "Peter Hollis"
      if (m.foreign && lex.givenNames.has(m.words[0]!)) add(m.words.slice(0, 1), false, cued);
      if (!m.foreign && m.words.length >= 3) add(m.words.slice(-2), false, cued);
    } else if (m.cue === "address" || m.cue === "role" || m.cue === "list") {
      // "bà Ngọc", "ca sĩ Mỹ Tâm"; not "Giám đốc Gia Khang", which may be a company
      add(m.words, cued, cued);
    }
  }
  for (const key of out) guarded.delete(key);
  return { plain: out, guarded, firstWords };
}

/**
 * A mention with the same text, words, cue and script as `m` is in `read` (by text); else `m` is
 * added to it.
 */
function readBefore(read: Map<string, RawMention[]>, m: RawMention): boolean {
  const list = read.get(m.text);
  if (list === undefined) {
    read.set(m.text, [m]);
    return false;
  }
  for (const x of list) if (x.cue === m.cue && x.foreign === m.foreign && sameItems(x.words, m.words)) return true;
  list.push(m);
  return false;
}

/** The mentions of `aliases` in one sentence that no earlier rule took. */
export function findAliases(env: NameEnv, aliases: Aliases, taken: Uint8Array): RawMention[] {
  const { st, loc, org } = env;
  const toks = st.toks;
  const out: RawMention[] = [];
  if (st.allCaps || aliases.plain.size + aliases.guarded.size === 0) return out;
  // the run starts from `next` on (a run read as a whole is not read again from inside)
  let next = 0;
  for (const i of env.runStarts) {
    if (i < next || taken[i] || loc.inside[i] || org.inside[i]) continue;
    let b = i;
    while (b < toks.length && b - i <= 4 && isNameTok(toks[b]!) && (b === i || !toks[b]!.glued) && !taken[b]) b++;
    if (b - i > 4 || (b < toks.length && toks[b]!.glued && toks[b]!.word)) {
      next = b;
      continue;
    }
    if (!aliases.firstWords.has(toks[i]!.f)) continue;
    const ws: string[] = [];
    for (let k = i; k < b; k++) ws.push(toks[k]!.f);
    const key = ws.join(" ");
    if (aliases.plain.has(key)) {
      // read wherever it stands
    } else if (!aliases.guarded.has(key) || isSentenceStart(toks, i) || (b < toks.length && toks[b]!.num) || (lexicon().orgHeads.longest(toks, i)?.end ?? 0) > b) {
      // "Ban chỉ đạo", "Đoàn thanh niên" are organisations
      continue;
    }
    if (makesCompound(toks, b)) continue;
    if (blockedBefore(toks, i, ws.length === 1)) continue;
    // an initial stands with its dot: "L."
    if (ws.length === 1 && isInitial(toks[i]!.t)) {
      if (toks[b]?.t !== "." || !toks[b]!.glued || (toks[b + 1]?.word && toks[b + 1]!.glued)) continue;
      b++;
    }
    out.push(mention(env, i, b, "alias", []));
    next = b;
  }
  return out;
}

/**
 * Names written without a family name or a cue, recognised because they come back: "Thắm và Khuê
 * chung vốn … Khuê giữ sổ sách", "Bích Trâm dẫn đầu … Bích Trâm về nhất". A run of one to three
 * capitalised Vietnamese syllables inside a sentence, that is no place, organisation, title or
 * function word and that does not go on as a common word ("Trung tâm"; for two or three words: whose
 * last word and the next make a common word, "Khối Thi đua"), counts when it stands in two sentences
 * or more. So do a known foreign given name ("Emma") and a stage name ("Kiwi Hoàng Lâm"). `named`: the
 * short names of the article's places and organisations (claimedNames), which are none of these.
 * `recurring`: the first words of the runs that may come back (recurringFirstWords; a test passes all).
 */
export function findRecurring(
  envs: readonly NameEnv[], taken: readonly Uint8Array[], named: KeySet,
  recurring: KeySet & { readonly size: number } = recurringFirstWords(envs, taken),
): RawMention[] {
  const lex = lexicon();
  if (recurring.size === 0) return [];
  const seen = new Map<string, { env: NameEnv; a: number; b: number; start: boolean; foreign: boolean; known: boolean }[]>();
  for (const env of envs) {
    const { st } = env;
    const toks = st.toks;
    if (st.allCaps || st.titleCase) continue;
    const tk = taken[env.sentIndex]!;
    const starts = env.runStarts;
    let next = 0;
    for (let r = 0; r < starts.length; r++) {
      const i = starts[r]!;
      if (i < next) continue;
      const b = shortRunEnd(env, tk, i, true);
      if (b < 0) continue;
      const n = b - i;
      if (!standsAlone(toks, i, b)) {
        next = b;
        continue;
      }
      // a run whose first word is not one of `recurring` is counted by no name; it is read all the same
      // when a run start inside it depends on its answer ("Ông Minh": "Minh" is read when "Ông Minh" is
      // no name, and skipped when it is)
      if (!recurring.has(toks[i]!.f) && !(r + 1 < starts.length && starts[r + 1]! < b)) continue;
      // what stands around the run first: the test is cheap and rules out most runs
      const start = isSentenceStart(toks, i);
      if (start ? !followedByFunctionWord(toks, b) : !personContext(toks, i, b)) continue;
      const ws: string[] = [];
      for (let k = i; k < b; k++) ws.push(toks[k]!.t);
      // foreign words that come back are as often brands and clubs as people (measured: F1 −0.006):
      // only a known given name ("Emma") or a stage name (a foreign word, then Vietnamese syllables)
      const foreign = !ws.every(isVietnameseSyllable);
      const given = foreign && n === 1 && (wordKinds(toks[i]!) & GIVEN_NAME) !== 0;
      // a stage name: a foreign word then Vietnamese syllables ("Kiwi Hoàng Lâm")
      const stage = foreign && n > 1 && !isVietnameseSyllable(ws[0]!) && ws.slice(1).every((w) => isVietnameseSyllable(w) && NON_ASCII.test(w));
      if (foreign && !given && !stage) continue;
      if (surnameAt(toks, i) > 0) continue;
      if (n === 1 && (wordKinds(toks[i]!) & STOPWORD) !== 0) continue;
      if (lex.positions.longest(toks, i) || lex.honorifics.longest(toks, i) || lex.orgHeads.longest(toks, i) || lex.orgNames.longest(toks, i)) continue;
      // a foreign word makes no compound with the Vietnamese word after it ("Emma trở về")
      // one word that goes on as a common word is no name ("Trung tâm"); several words are, unless the
      // last one and the next make a common word ("Khối Thi đua", "Ban Trọng tài")
      if (!foreign && (n === 1 ? continuesAsWord(toks, b) : makesCompound(toks, b))) continue;
      if (blockedBefore(toks, i, n === 1)) continue;
      const key = foldedText(toks, i, b);
      if (isKnownPlace(key) || (n > 1 && isKnownUnit(key)) || named.has(key)) continue;
      const list = seen.get(key) ?? [];
      list.push({ env, a: i, b, start, foreign, known: given || stage });
      seen.set(key, list);
      next = b;
    }
  }
  const out: RawMention[] = [];
  for (const list of seen.values()) {
    const inside = new Set(list.filter((x) => !x.start).map((x) => x.env.sentIndex));
    if (inside.size < 2) continue;
    if (list[0]!.foreign && !list.some((x) => x.known)) continue;
    for (const x of list) out.push(mention(x.env, x.a, x.b, "alias", []));
  }
  return out;
}

/**
 * The first words of the runs that findRecurring may count: words that open a run inside a sentence
 * (not at its start), on a token nothing has taken, in two sentences or more. A name that comes back
 * inside two sentences starts with one of them; most articles have few or none.
 */
export function recurringFirstWords(envs: readonly NameEnv[], taken: readonly Uint8Array[]): Set<string> {
  // the first sentence where each word opened such a run
  const firstSeen = new Map<string, number>();
  const out = new Set<string>();
  for (const env of envs) {
    const { st, loc, org } = env;
    if (st.allCaps || st.titleCase) continue;
    const toks = st.toks;
    const tk = taken[env.sentIndex]!;
    for (const i of env.runStarts) {
      if (tk[i] || loc.inside[i] || org.inside[i] || isSentenceStart(toks, i)) continue;
      const f = toks[i]!.f;
      const first = firstSeen.get(f);
      if (first === undefined) firstSeen.set(f, env.sentIndex);
      else if (first !== env.sentIndex) out.add(f);
    }
  }
  return out;
}

const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * The end of the run of capitalised words at the run start `i` (env.runStarts) that the
 * recurring-name rules look at, or -1 when the token at `i` is taken (the run is read up to four
 * words: standsAlone tells whether it has one to three). Words taken by a name, a place or an
 * organisation end it; so do acronyms unless `acronyms`.
 */
function shortRunEnd(env: NameEnv, taken: Uint8Array, i: number, acronyms: boolean): number {
  const { st, loc, org } = env;
  const toks = st.toks;
  if (taken[i] || loc.inside[i] || org.inside[i]) return -1;
  let b = i;
  while (
    b < toks.length && b - i <= 3 && isNameTok(toks[b]!) && toks[b]!.t.length > 1 && (acronyms || !toks[b]!.acronym) &&
    (b === i || !toks[b]!.glued) && !taken[b] && !loc.inside[b] && !org.inside[b]
  ) b++;
  return b;
}

/** The run `[i, b)` (shortRunEnd) has one to three words and stands on its own: not part of a longer run, not glued to a word after it. */
function standsAlone(toks: readonly Tok[], i: number, b: number): boolean {
  const n = b - i;
  const next = toks[b];
  return n > 0 && n <= 3 && !(next && next.word && (next.glued || isNameTok(next)));
}

/**
 * The folded names of the places and organisations found in the article, whole and by their last two
 * or three words: "Sao Nam" of "Công ty Cổ phần Sao Nam", "Bãi Ngang" of "khu vực Bãi Ngang". A run that
 * comes back with one of these texts is that place or company named short. `all` holds every one;
 * `written` leaves out the organisations whose head is in lower case ("công ty Kỳ Hiểu Ba" is as often
 * the man's company as a company's name).
 */
export function claimedNames(envs: readonly NameEnv[]): { all: KeySet; written: KeySet } {
  // read on the first question: an article whose names all have a cue asks none (the marks and the
  // tokens they are read from do not change in the meantime)
  let claimed: ClaimedMarks | undefined;
  const made = (): ClaimedMarks => (claimed ??= claimedMarks(envs));
  return { all: { has: (key) => made().has(key, false) }, written: { has: (key) => made().has(key, true) } };
}

/** A set of strings that is only asked whether it holds one. */
export interface KeySet {
  has(key: string): boolean;
}

/** One place or organisation of a sentence, tokens `[a, e)`, and the names it gives (claimedNames), made when first asked for. */
interface ClaimedMark {
  readonly toks: readonly Tok[];
  readonly a: number;
  readonly e: number;
  /** a place, or an organisation whose first word is capitalised */
  readonly written: boolean;
  keys: string[] | null;
}

/**
 * The places and organisations of an article by the folded last word of their names (the last word
 * of every name a mark gives): a question reads the names of the few marks that end with its last
 * word, and the names of the others are never made.
 */
class ClaimedMarks {
  private readonly byLast = new Map<string, ClaimedMark[]>();

  add(toks: readonly Tok[], a: number, e: number, written: boolean): void {
    let last = e - 1;
    while (last >= a && !toks[last]!.word) last--;
    // (a mark of no word gives the empty name)
    const word = last >= a ? toks[last]!.f : "";
    const mark: ClaimedMark = { toks, a, e, written, keys: null };
    const list = this.byLast.get(word);
    if (list) list.push(mark);
    else this.byLast.set(word, [mark]);
  }

  /** `key` is a name of a mark (a written one when `writtenOnly`). */
  has(key: string, writtenOnly: boolean): boolean {
    const marks = this.byLast.get(key.slice(key.lastIndexOf(" ") + 1));
    if (marks === undefined) return false;
    for (const m of marks) {
      if (writtenOnly && !m.written) continue;
      m.keys ??= claimedKeys(m.toks, m.a, m.e);
      if (m.keys.includes(key)) return true;
    }
    return false;
  }
}

/** The marks of the places and the organisations of `envs`. */
function claimedMarks(envs: readonly NameEnv[]): ClaimedMarks {
  const out = new ClaimedMarks();
  for (const { st, loc, org } of envs) {
    addMarks(out, st.toks, loc, false);
    addMarks(out, st.toks, org, true);
  }
  return out;
}

/** Adds to `out` the marks of one sentence: places, or `orgs`. */
function addMarks(out: ClaimedMarks, toks: readonly Tok[], marks: Marks, orgs: boolean): void {
  // (most sentences have no place and no organisation: their tokens are not walked)
  if (marks.any === false) return;
  for (let i = 0; i < toks.length; i++) {
    const e = marks.endAt[i]!;
    if (e <= i) continue;
    out.add(toks, i, e, !orgs || toks[i]!.cap);
    i = e - 1;
  }
}

/** The folded names that tokens `[a, e)` of a mark give: whole, then by their last two and last three words when they have more. */
function claimedKeys(toks: readonly Tok[], a: number, e: number): string[] {
  const ws: string[] = [];
  for (let k = a; k < e; k++) if (toks[k]!.word) ws.push(toks[k]!.f);
  const n = ws.length;
  const keys = [ws.join(" ")];
  if (n > 2) keys.push(ws[n - 2] + " " + ws[n - 1]);
  if (n > 3) keys.push(ws[n - 3] + " " + ws[n - 2] + " " + ws[n - 1]);
  return keys;
}

// Before a name: a comma, a colon, or a function word that is no preposition of place.
// Not: "vào Dầu Giây", "Long Thành - Dầu Giây", "(Cà Ná)", "“Yêu”".
const PLACE_WORDS = foldedSet(["vào", "từ", "về", "đến", "tới", "trong", "ngoài", "tại", "ra", "lên", "xuống", "trên", "dưới", "ở", "sang", "qua", "ngày", "tháng", "năm", "giờ", "mới", "sao", "bà", "ông", "anh", "chị", "em", "cô", "chú"]);
const BAD_AFTER = foldedSet(["-", ":", "(", ")", '"', "'", "/"]);

function personContext(toks: readonly Tok[], a: number, b: number): boolean {
  const p = toks[a - 1];
  const n = toks[b];
  if (n && !n.word && BAD_AFTER.has(n.t)) return false;
  if (!p) return true;
  if (!p.word) return isChar(p.t, COMMA) || isChar(p.t, COLON) || isChar(p.t, SEMICOLON);
  return !p.cap && (wordKinds(p) & STOPWORD) !== 0 && !PLACE_WORDS.has(p.f);
}

function followedByFunctionWord(toks: readonly Tok[], b: number): boolean {
  const t = toks[b];
  if (!t) return true;
  if (!t.word) return !isChar(t.t, HYPHEN);
  const lex = lexicon();
  return !t.cap && ((wordKinds(t) & STOPWORD) !== 0 || lex.verbs.longest(toks, b) !== null);
}

/** The folded words of tokens `[a, b)` joined by spaces: "nguyễn văn a". */
function foldedText(toks: readonly Tok[], a: number, b: number): string {
  let key = toks[a]!.f;
  for (let k = a + 1; k < b; k++) key += " " + toks[k]!.f;
  return key;
}

/**
 * The tokens taken by a name, as flags by sentence. The sentences without a name share one array of
 * zeros, `none` (a typed array costs ~0.4 µs to make, and most sentences have no name): mark them
 * with markTaken only.
 */
export interface Taken {
  readonly bySent: Uint8Array[];
  readonly none: Uint8Array;
}

/** The tokens of `ms`, marked. */
export function takenBy(sents: readonly Sent[], ms: readonly RawMention[]): Taken {
  let longest = 0;
  for (const s of sents) longest = Math.max(longest, s.toks.length);
  const none = new Uint8Array(longest);
  // a loop, not sents.map: one array shape in every document (see pipeline/document.ts)
  const bySent: Uint8Array[] = [];
  for (let k = 0; k < sents.length; k++) bySent.push(none);
  const taken = { bySent, none };
  for (const m of ms) markTaken(taken, sents, m);
  return taken;
}

/** Marks the tokens of `m` in `taken`, giving its sentence a flag array of its own first if it had `none`. */
export function markTaken(taken: Taken, sents: readonly Sent[], m: RawMention): void {
  if (taken.bySent[m.sent] === taken.none) taken.bySent[m.sent] = new Uint8Array(sents[m.sent]!.toks.length);
  taken.bySent[m.sent]!.fill(1, m.a, m.b);
}

export type { Marks };

/**
 * Foreign names written in full once and by the family name alone elsewhere: "Marisol Quenby viết …
 * Quenby nói". A run of two or three capitalised words that are not Vietnamese syllables counts
 * when its last word also stands alone in another sentence and its first word never does (a club
 * or a brand is shortened to its first word: "Nordic" of "Nordic Brew").
 */
export function findSurnamed(envs: readonly NameEnv[], taken: readonly Uint8Array[]): RawMention[] {
  if (!mayOpenForeignName(envs)) return [];
  const runs = surnamedRuns(envs, taken);
  // the full names first: most articles have none, and then no word standing alone matters
  const full = foreignFullNames(runs);
  if (full.length === 0) return [];
  const wanted = new Set<string>();
  for (const f of full) wanted.add(f.first).add(f.last);
  // words also written as a product, a club or a brand: "Galaxy Fold 5", "đội bóng Crystal Lions"
  const things = new Set<string>();
  const alone = new Map<string, { env: NameEnv; a: number; ok: boolean }[]>();
  for (const { env, a, b } of runs) {
    const toks = env.st.toks;
    if (toks[b]?.num || thingBefore(toks, a)) for (let k = a; k < b; k++) things.add(toks[k]!.f);
    const key = toks[a]!.f;
    if (b - a !== 1 || !wanted.has(key)) continue;
    // a word that stands alone as something else (ok: false) also blocks the names that start with it
    const context = isSentenceStart(toks, a) ? followedByFunctionWord(toks, b) : personContext(toks, a, b);
    const list = alone.get(key) ?? [];
    list.push({ env, a, ok: context && readsAsForeignName(toks, a, b) });
    alone.set(key, list);
  }
  const out: RawMention[] = [];
  const done = new Set<string>();
  for (const f of full) {
    const lone = alone.get(f.last);
    if (!lone || alone.has(f.first) || things.has(f.first) || things.has(f.last)) continue;
    const others = lone.filter((x) => x.ok && x.env.sentIndex !== f.env.sentIndex);
    if (others.length === 0) continue;
    out.push(mention(f.env, f.a, f.b, "surname", []));
    if (done.has(f.last)) continue;
    done.add(f.last);
    for (const x of lone) if (x.ok) out.push(mention(x.env, x.a, x.a + 1, "alias", []));
  }
  return out;
}

/** The runs of two or three words that read as a foreign name: "Marisol Quenby". */
export function foreignFullNames(runs: readonly SurnamedRun[]): (SurnamedRun & { first: string; last: string })[] {
  const full: (SurnamedRun & { first: string; last: string })[] = [];
  for (const { env, a, b } of runs) {
    const toks = env.st.toks;
    if (b - a > 1 && readsAsForeignName(toks, a, b)) full.push({ env, a, b, first: toks[a]!.f, last: toks[b - 1]!.f });
  }
  return full;
}

/**
 * Some run start of the article opens a word that is no Vietnamese syllable, followed by a name word
 * of two letters or more, no acronym, not glued to it: "Marisol Quenby". A full name of findSurnamed
 * starts so (shortRunEnd takes a second word only so, and readsAsForeignName asks every word), and
 * most articles have none: then no run needs to be read.
 */
export function mayOpenForeignName(envs: readonly NameEnv[]): boolean {
  for (const env of envs) {
    const { st } = env;
    if (st.allCaps || st.titleCase) continue;
    const toks = st.toks;
    for (const a of env.runStarts) {
      if (a + 1 >= toks.length) continue;
      const next = toks[a + 1]!;
      if (isNameTok(next) && next.t.length > 1 && !next.acronym && !next.glued && !isVietnameseSyllable(toks[a]!.t)) return true;
    }
  }
  return false;
}

/** Tokens `[a, b)` of a sentence. */
interface SurnamedRun {
  readonly env: NameEnv;
  readonly a: number;
  readonly b: number;
}

/**
 * The runs findSurnamed looks at, in reading order: one to three capitalised words, no acronym,
 * standing on their own (not "Nguyễn V.A" either).
 */
export function surnamedRuns(envs: readonly NameEnv[], taken: readonly Uint8Array[]): SurnamedRun[] {
  const runs: SurnamedRun[] = [];
  for (const env of envs) {
    const { st } = env;
    const toks = st.toks;
    if (st.allCaps || st.titleCase) continue;
    const tk = taken[env.sentIndex]!;
    let from = 0;
    for (const i of env.runStarts) {
      if (i < from) continue;
      const b = shortRunEnd(env, tk, i, false);
      if (b < 0) continue;
      from = b;
      const next = toks[b];
      if (standsAlone(toks, i, b) && !(next?.t === "." && next.glued && toks[b + 1]?.word && toks[b + 1]!.glued)) runs.push({ env, a: i, b });
    }
  }
  return runs;
}

/**
 * Tokens `[a, b)` may be a foreign name or its family name: no word is a Vietnamese syllable, a
 * function word, a title or an organisation's head, and the run is no country, no known place and
 * follows no street word or place prefix.
 */
function readsAsForeignName(toks: readonly Tok[], a: number, b: number): boolean {
  const lex = lexicon();
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (isVietnameseSyllable(t.t) || (wordKinds(t) & STOPWORD) !== 0 || lex.positions.longest(toks, k) || lex.honorifics.longest(toks, k) || lex.orgHeads.longest(toks, k) || lex.orgNames.longest(toks, k)) return false;
  }
  const key = foldedText(toks, a, b);
  // (a country is a known place)
  return !isKnownPlace(key) && !blockedBefore(toks, a, b - a === 1);
}

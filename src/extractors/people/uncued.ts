// Names without a cue before them:
//   a family name opening a run        Nguyễn Hạnh Phước cho biết … · tư tưởng Hồ Chí Minh
//   a foreign given name               Donald Trump · Angela Merkel
//   a description after the name       Marianne Lefebre, CEO của … · L.V.Q. (SN 1994)
// Not people: the run after a place prefix or a street word (xã Lê Lợi, đường Nguyễn Huệ), inside an
// organisation or a place, a family name that is here a place (Hà Nội, Thái Lan), a title-case headline.
import type { Tok } from "./tokens.js";
import { foldedSet, fw } from "./tokens.js";
import { lexicon, wordKinds, GIVEN_NAME, STOPWORD, type OrgName } from "./lexicon.js";
import { isKnownPlaceAt, readOrg, text } from "./org-phrase.js";
import { surnameAt, surnameBlocked } from "./surnames.js";
import { isPlainVietnameseSyllable, isPlainWord, isVietnameseSyllable } from "./syllable.js";
import { isProvinceOrCountry, levelWordAt } from "./places.js";
import {
  MAX_FOREIGN, MAX_VI, PARTICLES, countWords, cutAfterWords, initialsAt, isNameTok, isParticle, isSentenceStart, makesCompound,
  mention, words, type NameEnv, type RawMention,
} from "./mention.js";

const APPOSITION = foldedSet(["một", "nguyên", "cựu", "là", "hiện", "tân", "nữ", "nam"]);

const SEX = foldedSet(["nữ", "nam"]);

const TUOI = fw("tuổi");

const SINH = fw("sinh");

/**
 * A family name or a foreign given name right after a place or an organisation: "Đại sứ Việt Nam tại
 * Thụy Điển Ngô Thị Hạnh", "CEO Apple Tim Cook", "nhà phân tích chính trị Nga Mikhail Smolin".
 */
export function afterPlaceOrForeign(env: NameEnv, i: number): boolean {
  const toks = env.st.toks;
  const p = toks[i - 1];
  // the cheap marks first: few tokens follow a place or an organisation
  if (!p || !p.word || (env.loc.inside[i - 1] !== 1 && env.org.inside[i - 1] !== 1) || toks[i]!.glued) return false;
  return surnameAt(toks, i) > 0 || (!toks[i]!.acronym && (wordKinds(toks[i]!) & GIVEN_NAME) !== 0);
}

/**
 * A name opened by a family name at token `r` with no cue: "Nguyễn Hạnh Phước cho biết",
 * "tư tưởng Hồ Chí Minh"; null for "Hà Nội", "xã Lê Lợi", "đường Nguyễn Huệ", "Hoàng Anh Gia Lai".
 */
export function readSurnameLed(env: NameEnv, r: number): RawMention | null {
  const { st, loc, org } = env;
  const toks = st.toks;
  if (st.titleCase) return null;
  const sl = surnameAt(toks, r);
  if (sl === 0) return null;
  if (loc.inside[r] || org.inside[r]) return null;
  // "Phó Giáo sư", "Lê" is no title, but "Phó" opens one
  const lex0 = lexicon();
  if (lex0.honorifics.longest(toks, r) || lex0.positions.longest(toks, r)) return null;
  let b = r;
  while (b < toks.length && b - r <= MAX_VI + 2 && isNameTok(toks[b]!) && toks[b]!.t.length > 1 && (b === r || !toks[b]!.glued) && !loc.inside[b] && !org.inside[b]) b++;
  // a trailing initial: "Trần Khắc T."
  if (b < toks.length && toks[b]!.t.length === 1 && isNameTok(toks[b]!) && !toks[b]!.glued && toks[b + 1]?.t === "." && toks[b + 1]!.glued) b += 2;
  const n = countWords(toks, r, b);
  if (n <= sl) return null;
  if (surnameBlocked(toks, r, isSentenceStart(toks, r))) return null;
  if (blockedBefore(toks, r) || isAddress(toks, r, b)) return null;
  const rest = words(toks, r + sl, b).filter((w) => w.length > 1);
  const lex = lexicon();
  // "Pham Thi Yen": a name typed without diacritics is Vietnamese, not foreign
  const plain = isPlainWord(toks[r]!.t) && rest.every(isPlainVietnameseSyllable);
  const foreign = !plain && rest.some((w) => !isVietnameseSyllable(w));
  if (foreign && !lex.latinSurnames.has(toks[r]!.f)) return null;
  if (n > (foreign ? MAX_FOREIGN : MAX_VI)) b = cutAfterWords(toks, r, foreign ? MAX_FOREIGN : MAX_VI);
  // a title or an organisation head inside the run: "Lê Chủ tịch"? keep only what comes before it
  for (let k = r + sl; k < b; k++) {
    if (lex.positions.longest(toks, k) || (lex.orgHeads.longest(toks, k) && readOrg(env, k))) {
      b = k;
      break;
    }
  }
  const n2 = countWords(toks, r, b);
  if (n2 <= sl) return null;
  // "Hà Tĩnh" is a place; "Hồ Chí Minh" standing bare is the man (the city is written with TP)
  if (n2 <= 2 && isKnownPlaceAt(toks, r, b)) return null;
  // "Hoàng Anh Gia Lai", "Phù Đổng Ninh Bình": a name that ends with a province is a club or a company
  // (a province or a country: "Lê Minh Yên Thành" ends with a district's name and is a man)
  for (let k = r + 2; k <= b - 2; k++) if (isProvinceOrCountry(text(toks, k, b))) return null;
  if (makesCompound(toks, b)) return null;
  return mention(env, r, b, "surname", []);
}

/** A foreign name opened by a known given name (data/given-names-foreign.tsv): "Donald Trump". */
export function readForeign(env: NameEnv, r: number): RawMention | null {
  const { st, loc, org } = env;
  const toks = st.toks;
  if (st.titleCase || (wordKinds(toks[r]!) & GIVEN_NAME) === 0 || loc.inside[r] || org.inside[r]) return null;
  let b = r + 1;
  while (b < toks.length && b - r < 5 && !toks[b]!.glued && !loc.inside[b] && !org.inside[b]) {
    const t = toks[b]!;
    if (isNameTok(t) && t.t.length > 1) b++;
    else if (PARTICLES.has(t.t) && toks[b + 1] && isNameTok(toks[b + 1]!) && !toks[b + 1]!.glued) b += 2;
    else break;
  }
  if (b - r < 2) return null;
  const ws = words(toks, r, b);
  if (ws.every((w) => isVietnameseSyllable(w))) return null;
  if (isKnownPlaceAt(toks, r, b)) return null;
  return mention(env, r, b, "surname", []);
}

/**
 * A name described right after it: "Marianne Lefebre, CEO của …", "Zhao Mingde, một giáo sư
 * xã hội học", "Wu Fang (19 tuổi)". The run must not be a place or an organisation.
 */
export function readApposed(env: NameEnv, r: number): RawMention | null {
  const { st, loc, org } = env;
  const toks = st.toks;
  const lex = lexicon();
  if (st.titleCase || loc.inside[r] || org.inside[r]) return null;
  // "L.V.Q. (SN 1994, …)", "Đ.V.K (33 tuổi)": initials described as a person
  // (an initial is one or two letters long: most runs start with none)
  const ini = toks[r]!.t.length <= 2 ? initialsAt(toks, r) : r;
  const describedInitials = ini > r + 2 && ini < toks.length && toks[ini]!.t === "(" && describesPerson(toks, ini + 1);
  // the run and what follows it before the lexicon lookups: most runs have no description after them
  const b = describedInitials ? r : apposedRunEnd(env, r);
  if (!describedInitials && !descriptionMayFollow(toks, r, b)) return null;
  if ((wordKinds(toks[r]!) & STOPWORD) !== 0) return null;
  if (lex.positions.longest(toks, r) || lex.honorifics.longest(toks, r) || lex.orgHeads.longest(toks, r)) return null;
  if (describedInitials) return mention(env, r, ini, "role", []);
  const n = toks[b];
  const ws = words(toks, r, b);
  const foreign = ws.some((w) => !isVietnameseSyllable(w));
  if (isKnownPlaceAt(toks, r, b)) return null;
  // "Minh Triết (29 tuổi)", "Hoàng Yến, 25 tuổi,": an age or a birth year describes a person
  if (n?.t === "(" && describesPerson(toks, b + 1)) return mention(env, r, b, "role", []);
  if (n?.t === "," && toks[b + 1]?.num && toks[b + 2]?.f === TUOI) return mention(env, r, b, "role", []);
  // "Tuấn Hải 35'", "Văn Lâm (62')", "Hữu Thắng (số 10)", "Đức Lương (phút 78)": a scorer, a player
  if ((ws.length >= 2 || foreign) && marksPlayer(toks, b)) return mention(env, r, b, "role", []);
  if (!foreign) return null;
  if (n?.t === "," || n?.t === "(") {
    let k = b + 1;
    while (k < toks.length && k - b < 4 && APPOSITION.has(toks[k]!.f)) k++;
    const role = lex.honorifics.longest(toks, k);
    if (lex.positions.longest(toks, k) || (role && role.value.kind !== "address")) return mention(env, r, b, "role", []);
    return null;
  }
  return null;
}

/** The end of the run of capitalised words (and particles: "Pieter van Loon") that readApposed reads at `r`. */
function apposedRunEnd(env: NameEnv, r: number): number {
  const { loc, org } = env;
  const toks = env.st.toks;
  let b = r;
  while (b < toks.length && b - r < MAX_FOREIGN && (isNameTok(toks[b]!) || isParticle(toks, b, r)) && toks[b]!.t.length > 1 && (b === r || !toks[b]!.glued) && !loc.inside[b] && !org.inside[b]) b++;
  return b;
}

/**
 * The run `[r, b)` stands alone and a bracket, a comma or a number follows it: every description
 * readApposed reads starts so.
 */
function descriptionMayFollow(toks: readonly Tok[], r: number, b: number): boolean {
  if (b === r || (b < toks.length && toks[b]!.word && (toks[b]!.glued || isNameTok(toks[b]!)))) return false;
  const n = toks[b];
  return !!n && (n.t === "(" || n.t === "," || n.num);
}

const SO_PHUT = foldedSet(["số", "phút"]);

/** A minute mark or a shirt number after a name: "50'", "(53')", "(số 7)", "(phút 57". */
function marksPlayer(toks: readonly Tok[], b: number): boolean {
  const n = toks[b];
  if (!n) return false;
  const minute = (k: number): boolean => !!toks[k]?.num && toks[k + 1]?.t === "'" && toks[k + 1]!.glued;
  if (n.num) return minute(b);
  if (n.t !== "(") return false;
  return minute(b + 1) || (SO_PHUT.has(toks[b + 1]?.f ?? "") && !!toks[b + 2]?.num);
}

/** "(33 tuổi", "(SN 1994", "(sinh năm", "(nữ, SN": what follows a person's name in brackets. */
function describesPerson(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (!t) return false;
  if (t.num) return toks[k + 1]?.f === TUOI || toks[k + 1]?.t === ")";
  return t.f === SINH || t.t === "SN" || (SEX.has(t.f) && toks[k + 1]?.t === ",");
}

/**
 * A street word, a place prefix or an organisation head right before: đường Nguyễn Huệ, xã Lê Lợi;
 * a house number (14/27 Lê Lợi, 10A Trần Phú); or a list that such a word opens: "các tuyến đường
 * Lê Duẩn, Trần Phú và Hùng Vương" (every name in it is a street).
 */
export function blockedBefore(toks: readonly Tok[], r: number, single = false): boolean {
  if (houseNumberBefore(toks, r)) return true;
  if (blockerOpens(toks, r, single)) return true;
  if (kindOfOrgBefore(toks, r)) return true;
  // walk back over the list: separators and capitalised runs, a few items at most
  let k = r - 1;
  for (let items = 0; items < 12 && k > 0; items++) {
    const sep = toks[k]!;
    // (not after an organisation's head: "Công ty Hoa Sen, Nguyễn Văn A và …" lists people)
    if (sep.t === ":") return blockerOpens(toks, k, single, false);
    if (sep.t !== "," && sep.f !== VA) return false;
    let s = k;
    while (s > 0 && s > k - 8 && isNameTok(toks[s - 1]!)) s--;
    if (s === k) return false;
    if (blockerOpens(toks, s, single, false)) return true;
    k = s - 1;
  }
  return false;
}

const VA = fw("và");

/**
 * A kind of school or company that a proper name follows ends right before `r` (org-names.tsv, use
 * "type"): "THCS Phương Canh", "Trường Mầm non Hoa Phượng", "Công ty TNHH Gia Khang" name schools
 * and companies, not people.
 */
function kindOfOrgBefore(toks: readonly Tok[], r: number): boolean {
  const p = toks[r - 1];
  if (!p || !p.word || toks[r]!.glued) return false;
  const names = lexicon().orgNames;
  for (let k = r - 1, words = 0; k >= 0 && words < 4; k--) {
    if (!toks[k]!.word) break;
    words++;
    // (written with a capital, or after a head: "trường tiểu học Lê Lợi", not "ở bậc tiểu học Hải")
    if (names.longest(toks, k, r, isKindOfOrg)?.end === r) return toks[k]!.cap || headEndsAt(toks, k);
  }
  return false;
}

/** An organisation head ends right before `k`: "Trường" in "Trường tiểu học …", "Công ty" in "Công ty TNHH …". */
function headEndsAt(toks: readonly Tok[], k: number): boolean {
  const heads = lexicon().orgHeads;
  for (let h = k - 1; h >= 0 && h >= k - 3; h--) if (heads.longest(toks, h, k)?.end === k) return true;
  return false;
}

/** A field that names a kind of organisation and is followed by the proper name (a `longest` filter). */
function isKindOfOrg(v: OrgName): boolean {
  return v.type;
}

// 14/27 · 369/25/28 · 10A · 116/877B: a house number that a street name follows
const HOUSE_NUMBER = /^\d+[A-Za-z]$/;

/**
 * A house number right before `r`: with a slash or a letter ("số 14/27 Hoàng Văn Thụ", "10A Trần Phú"),
 * or a plain one after "tại" or "ở" ("tại 36 Lý Thái Tổ"). Not "số 10 Nguyễn Văn Toàn" or "…, 23 Trần
 * Văn Bình" in a line-up: shirt numbers.
 */
function houseNumberBefore(toks: readonly Tok[], r: number): boolean {
  const p = toks[r - 1];
  if (!p || !p.num || toks[r]!.glued) return false;
  if (HOUSE_NUMBER.test(p.t) || (toks[r - 2]?.t === "/" && toks[r - 2]!.glued && p.glued)) return true;
  const before = toks[r - 2];
  return PLAIN_NUMBER.test(p.t) && !!before && AT.has(before.f);
}

const PLAIN_NUMBER = /^\d{1,3}$/;
const AT = foldedSet(["tại", "ở"]);

/**
 * A plain house number before a name that a ward, district or city follows: "(162 Lê Lợi, Q.1,
 * TP.HCM)", "ở số 34 Trần Phú (phường …)". A shirt number is not an address: "số 10 Nguyễn Văn A ghi bàn".
 */
export function isAddress(toks: readonly Tok[], r: number, b: number): boolean {
  const p = toks[r - 1];
  if (!p || !p.num || toks[r]!.glued) return false;
  const after = toks[b];
  if (!after || (after.t !== "," && after.t !== "(")) return false;
  return levelWordAt(toks, b + 1) !== null;
}

/** A street word, a place prefix or an organisation head that ends right before `r`. */
export function blockerOpens(toks: readonly Tok[], r: number, single: boolean, heads = true): boolean {
  const lex = lexicon();
  // the blocker phrases that end right before `r` ("đường", "quốc lộ"), folded: made only when the
  // word nearest `r` ends one, as every phrase ends with it (most words end none: "của", "ông")
  let ws: string[] | null = null;
  for (let k = r - 1, words = 0; k >= 0 && words < 3; k--) {
    const t = toks[k]!;
    if (t.t === "." && t.glued) continue;
    if (!t.word) break;
    if (words++ === 0 && endsBlocker(t)) ws = [];
    if (ws !== null) {
      ws.unshift(t.f);
      const what = lex.blockers.get(ws.join(" "));
      if (what !== undefined && (single || (what !== "language" && what !== "people"))) return true;
    }
    if (levelWordAt(toks, k) && levelWordAt(toks, k)!.end >= r) return true;
    const head = heads ? lex.orgHeads.longest(toks, k) : null;
    if (head && head.value.takes !== "place" && head.end === r - (toks[r - 1]!.t === "." ? 1 : 0)) return true;
  }
  return false;
}

// the folded last words of the blocker phrases (Lexicon.blockers: "đường", "lộ" of "quốc lộ"), read
// at the word before a name instead of joining the words before it
let blockerEnds: Set<string> | undefined;

/** Some blocker phrase ends with the word of token `t`. */
function endsBlocker(t: Tok): boolean {
  blockerEnds ??= new Set([...lexicon().blockers.keys()].map((phrase) => phrase.slice(phrase.lastIndexOf(" ") + 1)));
  return blockerEnds.has(t.f);
}

// Later mentions of a person by part of the name: "Ngọc" after "Nguyễn Thị Kim Ngọc", "Trump" after
// "Donald Trump", "Hữu Khải" after "Đinh Hữu Khải". A mention of this kind is a whole run of
// capitalised words equal to a known short form: once the article has named "Nguyễn Văn Tùng",
// "Khải tiếp tục nói …" is read as him (measured on VLSP-2018: requiring a function word after the
// name lost 260 true mentions for 60 false ones).
import { foldedSet } from "./tokens.js";
import type { Sent, Marks } from "./context.js";
import type { Tok } from "./tokens.js";
import { lexicon } from "./lexicon.js";
import { blockedBefore, continuesAsWord, isNameTok, isSentenceStart, mention, runStartsAt, type NameEnv, type RawMention } from "./names.js";
import { country } from "../../lexicon/gazetteer.js";
import { isKnownPlace, isKnownUnit } from "./places.js";
import { surnameAt } from "./surnames.js";
import { isVietnameseSyllable } from "./syllable.js";

/** The short forms of the names in `found` ("ngọc", "kim ngọc", "trump"), folded. */
export function aliasesOf(found: readonly RawMention[]): Set<string> {
  const lex = lexicon();
  const out = new Set<string>();
  const add = (ws: readonly string[], cued: boolean): void => {
    if (ws.length === 0) return;
    const key = ws.join(" ");
    if (ws.length === 1) {
      const w = ws[0]!;
      if (w.length < 2 || lex.stopwords.has(w)) return;
      if (lex.honorifics.longest([tok(w)], 0) || lex.positions.longest([tok(w)], 0) || lex.orgHeads.longest([tok(w)], 0)) return;
    }
    // "Hồ Chí Minh" after "Chủ tịch" is the person wherever it stands bare; "Minh", "Nga" are not
    if ((ws.length === 1 || !cued) && (country(key) || isKnownPlace(key))) return;
    out.add(key);
  };
  for (const m of found) {
    if (m.initials) continue;
    const cued = m.cue !== "surname" && m.cue !== "alias" && m.cue !== "list";
    const full = m.words.length >= 2 && (m.foreign || lex.surnames.has(m.words[0]!));
    if (full) {
      add(m.words, cued);
      add(m.words.slice(-1), false);
      if (!m.foreign && m.words.length >= 3) add(m.words.slice(-2), false);
    } else if (m.cue === "address" || m.cue === "role" || m.cue === "list") {
      // "bà Ngọc", "ca sĩ Mỹ Tâm"; not "Giám đốc Gia Khang", which may be a company
      add(m.words, cued);
    }
  }
  return out;
}

/** The mentions of `aliases` in one sentence that no earlier rule took. */
export function findAliases(env: NameEnv, aliases: ReadonlySet<string>, taken: Uint8Array): RawMention[] {
  const { st, loc, org } = env;
  const toks = st.toks;
  const out: RawMention[] = [];
  if (st.allCaps || aliases.size === 0) return out;
  for (let i = 0; i < toks.length; i++) {
    if (!runStartsAt(toks, i) || taken[i] || loc.inside[i] || org.inside[i]) continue;
    let b = i;
    const ws: string[] = [];
    while (b < toks.length && ws.length <= 4 && isNameTok(toks[b]!) && (b === i || !toks[b]!.glued) && !taken[b]) ws.push(toks[b++]!.f);
    if (ws.length > 4 || (b < toks.length && toks[b]!.glued && toks[b]!.word)) {
      i = b - 1;
      continue;
    }
    if (!aliases.has(ws.join(" "))) continue;
    if (blockedBefore(toks, i, ws.length === 1)) continue;
    out.push(mention(env, i, b, "alias", []));
    i = b - 1;
  }
  return out;
}

/**
 * Names written without a family name or a cue, recognised because they come back: "Thắm và Khuê
 * chung vốn … Khuê giữ sổ sách", "Bích Trâm dẫn đầu … Bích Trâm về nhất". A run of one to three
 * capitalised Vietnamese syllables inside a sentence, that is no place, organisation, title or
 * function word and that does not go on as a common word ("Trung tâm"), counts when it stands in
 * two sentences or more.
 */
export function findRecurring(envs: readonly NameEnv[], taken: readonly Uint8Array[]): RawMention[] {
  const lex = lexicon();
  const seen = new Map<string, { env: NameEnv; a: number; b: number; start: boolean }[]>();
  for (const env of envs) {
    const { st, loc, org } = env;
    const toks = st.toks;
    if (st.allCaps || st.titleCase) continue;
    const tk = taken[env.sentIndex]!;
    for (let i = 0; i < toks.length; i++) {
      if (!runStartsAt(toks, i) || tk[i] || loc.inside[i] || org.inside[i]) continue;
      let b = i;
      while (b < toks.length && b - i <= 3 && isNameTok(toks[b]!) && toks[b]!.t.length > 1 && (b === i || !toks[b]!.glued) && !tk[b] && !loc.inside[b] && !org.inside[b]) b++;
      const n = b - i;
      if (n === 0 || n > 3 || (b < toks.length && toks[b]!.word && (toks[b]!.glued || isNameTok(toks[b]!)))) {
        i = Math.max(i, b - 1);
        continue;
      }
      const ws: string[] = [];
      for (let k = i; k < b; k++) ws.push(toks[k]!.t);
      // foreign words that come back are as often brands and clubs as people (measured: F1 −0.006)
      if (!ws.every(isVietnameseSyllable) || surnameAt(toks, i) > 0) continue;
      if (n === 1 && lex.stopwords.has(toks[i]!.f)) continue;
      if (lex.positions.longest(toks, i) || lex.honorifics.longest(toks, i) || lex.orgHeads.longest(toks, i) || lex.orgNames.longest(toks, i)) continue;
      if (continuesAsWord(toks, b) || blockedBefore(toks, i, n === 1)) continue;
      const key = toks.slice(i, b).map((t) => t.f).join(" ");
      if (isKnownPlace(key) || (n > 1 && isKnownUnit(key))) continue;
      const start = isSentenceStart(toks, i);
      if (start ? !followedByFunctionWord(toks, b) : !personContext(toks, i, b)) continue;
      const list = seen.get(key) ?? [];
      list.push({ env, a: i, b, start });
      seen.set(key, list);
      i = b - 1;
    }
  }
  const out: RawMention[] = [];
  for (const list of seen.values()) {
    const inside = new Set(list.filter((x) => !x.start).map((x) => x.env.sentIndex));
    if (inside.size < 2) continue;
    for (const x of list) out.push(mention(x.env, x.a, x.b, "alias", []));
  }
  return out;
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
  if (!p.word) return p.t === "," || p.t === ":" || p.t === ";";
  const lex = lexicon();
  return !p.cap && lex.stopwords.has(p.f) && !PLACE_WORDS.has(p.f);
}

function followedByFunctionWord(toks: readonly Tok[], b: number): boolean {
  const t = toks[b];
  if (!t) return true;
  if (!t.word) return t.t !== "-";
  const lex = lexicon();
  return !t.cap && (lex.stopwords.has(t.f) || lex.verbs.longest(toks, b) !== null);
}

function tok(w: string): Tok {
  return { s: 0, e: w.length, t: w, f: w, word: true, cap: false, acronym: false, num: false, glued: false };
}

/** Marks the tokens of `ms` in a per-sentence array of flags. */
export function takenBy(sents: readonly Sent[], ms: readonly RawMention[]): Uint8Array[] {
  const out = sents.map((s) => new Uint8Array(s.toks.length));
  for (const m of ms) for (let k = m.a; k < m.b; k++) out[m.sent]![k] = 1;
  return out;
}

export type { Marks };

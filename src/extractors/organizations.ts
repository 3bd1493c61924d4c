// Organisations: a head and what follows it (people/org-phrase.ts), or a whole name, once each with
// every mention. Aliases fold to one entry named with the canonical head: "UBND tỉnh Tiền Giang" and
// "Ủy ban nhân dân tỉnh Tiền Giang" are both "Ủy ban nhân dân tỉnh Tiền Giang"; "TP" and "thành phố"
// in the place agree too. The kind comes from the head or, for a generic head, from the field
// ("Phòng Cảnh sát giao thông" → police). Shorter names found later are mentions too
// (orgs/short-names.ts): "NHNN" after "Ngân hàng Nhà nước (NHNN)", "Thiên Nam" after "Công ty Thang máy
// Thiên Nam".
import type { Organization, Span } from "../schema/article.js";
import { defineExtractor, type Doc, type Findings } from "./types.js";
import { locationMarks, sentencesOf, type Sent } from "./people/context.js";
import { readOrg, text, type OrgEnv, type OrgPhrase } from "./people/org-phrase.js";
import { readTeam } from "./orgs/teams.js";
import { isGeneric, namesAProduct, namesAnEvent } from "./orgs/not-orgs.js";
import { bracketedShort, findShort, trailingName } from "./orgs/short-names.js";
import { namesNoBody, withNumber, withoutBoard, withoutGenericHead, withoutTrailingWords, withParent } from "./orgs/bounds.js";
import { withDescription } from "./orgs/described.js";
import { readLowerHead } from "./orgs/lower-heads.js";
import { findCoordinated } from "./orgs/coordinated.js";
import { mayCue, readCued } from "./orgs/cued.js";
import { fold } from "../text/fold.js";
import { lexicon, type OrgHead, type OrgName } from "./people/lexicon.js";
import type { PhraseTrie, TrieHit } from "./people/trie.js";
import type { Tok } from "./people/tokens.js";

// UBND TP Đà Nẵng · UBND Tp. Đà Nẵng · UBND thành phố Đà Nẵng: one key (on folded text, where the
// tone mark of "thành" sits at the end of the syllable)
const CITY_WORDS = fold("thành phố");
const CITY = new RegExp(String.raw`(^|\s)(?:tp\.?|${CITY_WORDS})(?=\s|$)\s*`, "gu");

/**
 * The key two spellings of one organisation share.
 * @example orgKey("UBND TP Đà Nẵng") === orgKey("UBND thành phố Đà Nẵng") // true
 */
export function orgKey(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    if (KEYS.size >= MAX_KEYS) KEYS.clear();
    key = fold(name).replace(CITY, `$1${CITY_WORDS} `).replace(/\s+/g, " ").trim();
    KEYS.set(name, key);
  }
  return key;
}

// the same names come back in every article (Bộ Y tế, UBND tỉnh …); bounded for hostile input
const KEYS = new Map<string, string>();
const MAX_KEYS = 20_000;

/**
 * Finds the organisations of an article.
 * @example
 * // "Đảng ủy xã Long Bình (huyện Gò Công Tây, tỉnh Tiền Giang) … UBND xã …"
 * // → [{ name: "Đảng ủy xã Long Bình", kind: "party", mentions: [ … ] }]
 */
export const organizations = defineExtractor({
  name: "organizations",
  reads: ["locations"],
  run(doc: Doc, found: Readonly<Findings>): Organization[] {
    const sents = sentencesOf(doc);
    const loc = locationMarks(doc, found.locations);
    const byKey = new Map<string, { org: Organization; seen: Set<number> }>();
    type Entry = { org: Organization; seen: Set<number> };
    const acronyms = new Map<string, Entry>();
    const tails = new Map<string, Entry>();
    // the tokens of each sentence that an organisation covers, made at its first one
    const taken: (Uint8Array | undefined)[] = new Array<Uint8Array | undefined>(sents.length);
    const openers = openersOf(doc);
    // the start and end token of each organisation found, in pairs, by sentence
    const bounds: (number[] | undefined)[] = new Array<number[] | undefined>(sents.length);
    sents.forEach((st, si) => {
      if (st.allCaps) return;
      const env = { st, loc: loc[si]! };
      const toks = st.toks;
      for (let i = 0; i < toks.length; ) {
        let p: OrgPhrase | null;
        const t = toks[i]!;
        if (mayOpen(t, openers)) {
          p = openedAt(env, i, t.cap ? undefined : openers.heads.longest(toks, i));
        } else if (mayCue(t)) {
          // "tờ China Daily", "sàn HOSE": a foreign name after a noun of its kind (orgs/cued.ts)
          p = readCued(env, i);
        } else {
          i++;
          continue;
        }
        if (!p || namesAnEvent(toks, p.end) || namesAProduct(toks, p) || isGeneric(toks, p) || namesNoBody(toks, p)) {
          i = p ? p.end : i + 1;
          continue;
        }
        const rest = p.end > p.nameEnd ? text(toks, p.nameEnd, p.end) : "";
        const name = rest ? `${p.canonical} ${rest}` : p.canonical;
        const key = orgKey(name);
        const span: Span = doc.span(toks[p.start]!.s, toks[p.end - 1]!.e);
        let entry = byKey.get(key);
        if (!entry) {
          entry = { org: { name, kind: p.kind, mentions: [] }, seen: new Set() };
          byKey.set(key, entry);
        }
        if (!entry.seen.has(span.start)) {
          entry.seen.add(span.start);
          entry.org.mentions.push(span);
        }
        (taken[si] ??= new Uint8Array(toks.length)).fill(1, p.start, p.end);
        (bounds[si] ??= []).push(p.start, p.end);
        const acronym = bracketedShort(toks, p.end);
        if (acronym && !acronyms.has(acronym)) acronyms.set(acronym, entry);
        const tail = trailingName(toks, p, loc[si]!);
        if (tail && !tails.has(tail)) tails.set(tail, entry);
        i = p.end;
      }
    });
    // "Manulife" in "Techcombank và Manulife": a foreign name listed with an organisation
    sents.forEach((st, si) => {
      const marks = taken[si];
      if (!marks) return;
      findCoordinated(st, loc[si]!, marks, bounds[si]!, (a, b) => {
        const name = text(st.toks, a, b);
        const key = orgKey(name);
        let entry = byKey.get(key);
        if (!entry) {
          entry = { org: { name, kind: null, mentions: [] }, seen: new Set() };
          byKey.set(key, entry);
        }
        const span = doc.span(st.toks[a]!.s, st.toks[b - 1]!.e);
        if (entry.seen.has(span.start)) return;
        entry.seen.add(span.start);
        entry.org.mentions.push(span);
      });
    });
    // "PVN" after "Tập đoàn Dầu khí Việt Nam (PVN)", "Thiên Nam" after "Công ty Thang máy Thiên Nam"
    if (acronyms.size + tails.size > 0) {
      const noneTaken = new Uint8Array(longestSentence(sents));
      const holds = sentencesHolding(doc, sents.length, [...acronyms.keys(), ...tails.keys()]);
      sents.forEach((st, si) => {
        if (st.allCaps || holds[si] === 0) return;
        const add = (entry: Entry, a: number, b: number): void => {
          const span = doc.span(st.toks[a]!.s, st.toks[b - 1]!.e);
          if (entry.seen.has(span.start)) return;
          entry.seen.add(span.start);
          entry.org.mentions.push(span);
        };
        // an acronym may follow a common noun ("đảng CDU"); a short proper name may not
        const takenHere = taken[si] ?? noneTaken;
        if (acronyms.size > 0) findShort(st, loc[si]!, takenHere, acronyms, true, add);
        if (tails.size > 0) findShort(st, loc[si]!, takenHere, tails, false, add);
      });
      for (const e of byKey.values()) e.org.mentions.sort((a, b) => a.start - b.start);
    }
    return [...byKey.values()].map((e) => e.org);
  },
});

/**
 * The organisation that opens at token `i`, one mayOpen lets through: a team, a phrase of the grammar,
 * a head written in lower case, each with a description and its bounds set right; or null.
 * `head` is the longest listed head at `i`, or null for none, or undefined when not looked up (each
 * rule then looks it up itself). A lower-case word with no head there opens nothing: a team, a whole
 * name and a police code start with a capital, and the grammar, the lower-case head and the
 * description rules all start with a head ("không" in "không quân", "nhà" in "nhà văn"). So that one
 * lookup skips the rules at most lower-case words mayOpen lets through, and is shared by the rules
 * where a head is there.
 */
export function openedAt(env: OrgEnv, i: number, head: TrieHit<OrgHead> | null | undefined): OrgPhrase | null {
  if (head === null) return null;
  const toks = env.st.toks;
  const team = readTeam(env, i);
  if (team) return { start: i, end: team.end, headEnd: i, nameEnd: team.end, canonical: team.name, kind: "other" };
  return adjusted(env, described(env, i, readOrg(env, i) ?? (toks[i]!.cap ? null : readLowerHead(env, i, head)), head));
}

/** The phrase the grammar read, or the head at `i`, with a lower-case description and a place after it (orgs/described.ts). */
function described(env: OrgEnv, i: number, p: OrgPhrase | null, head: TrieHit<OrgHead> | undefined): OrgPhrase | null {
  const toks = env.st.toks;
  const end = p ? p.end : i + 1;
  // cheap test first: a lower-case word must follow
  const next = toks[end];
  if (!next || !next.word || next.cap) return p;
  return withDescription(env, i, p, head) ?? p;
}

/** The phrase the grammar read, with its bounds set right (orgs/bounds.ts). */
function adjusted(env: OrgEnv, p: OrgPhrase | null): OrgPhrase | null {
  const toks = env.st.toks;
  const body = p && withoutBoard(toks, p);
  return body && withParent(env, withNumber(toks, withoutGenericHead(toks, withoutTrailingWords(toks, body))));
}

/** What mayOpen needs, looked up once per document. */
export interface Openers {
  readonly heads: PhraseTrie<OrgHead>;
  readonly names: PhraseTrie<OrgName>;
  /** the text holds "FC": only then may a capitalised word open a club ("Quảng Nam FC") */
  readonly fc: boolean;
}

export function openersOf(doc: Doc): Openers {
  const lex = lexicon();
  return { heads: lex.orgHeads, names: lex.orgNames, fc: doc.text.includes(FC) };
}

const FC = "FC";
const P = 0x50;
const U = 0x55;

/**
 * False for a token where neither readTeam nor readOrg can find anything, so neither is asked (most
 * tokens; a cheap test by word number). An organisation opens on the first word of a listed head
 * ("Bộ", "công ty") or, capitalised, of a listed whole name ("Bộ Chính trị", "TTXVN"), or on a police
 * code ("PC45", an acronym starting with P). A team opens on "FC" ("FC Barcelona"), an age group
 * ("U23 Việt Nam": three characters from U) or, in a text with "FC", a capitalised word ("Quảng Nam FC").
 */
export function mayOpen(t: Tok, o: Openers): boolean {
  if (o.heads.startsAt(t)) return true;
  if (!t.cap) return false;
  if (o.names.startsAt(t) || o.fc) return true;
  // a word of a name ("Nguyễn", "Ung") has no digit and is no acronym: its text need not be read
  if (t.nameWord) return false;
  const first = t.t.charCodeAt(0);
  return (first === P && t.acronym) || (first === U && t.t.length === 3);
}

/**
 * 1 for each sentence whose text holds the first word of one of `shorts`: only there may findShort
 * find one, since every short name it finds is read from the tokens of a run, the first of which
 * ("Sao" of "Sao Việt", "TKB" of "Theo TKB") is that word as written. One search of the text per
 * short name, instead of a walk over the tokens of every sentence.
 */
export function sentencesHolding(doc: Doc, count: number, shorts: readonly string[]): Uint8Array {
  const holds = new Uint8Array(count);
  const text = doc.text;
  for (const short of shorts) {
    const space = short.indexOf(" ");
    const word = space < 0 ? short : short.slice(0, space);
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const si = doc.sentenceAt(at);
      if (si >= 0) holds[si] = 1;
    }
  }
  return holds;
}

/** The most tokens in one of `sents`: a sentence no organisation covers reads an all-zero array this long. */
function longestSentence(sents: readonly Sent[]): number {
  let n = 0;
  for (const st of sents) if (st.toks.length > n) n = st.toks.length;
  return n;
}

// People and officials. A name is read where a title, a form of address, a family name or a foreign
// given name marks it (people/names.ts), the positions written around it are attached
// (people/positions.ts), names listed next to it are taken too (people/lists.ts), later short forms
// and names that come back are found (people/aliases.ts), and the mentions are merged into people
// (resolve/people.ts). Person.mentions hold the name only, as the VLSP-2018 annotation does:
// "Nguyễn Thị Kim Ngọc" in "đồng chí Nguyễn Thị Kim Ngọc", "Ngọc" in "bà Ngọc".
// Not read: the byline (not a sentence), photo credits ("Ảnh: Nguyễn Văn A"), headings in capitals.
import type { Person, Position, Span } from "../schema/article.js";
import { foldedSet } from "./people/tokens.js";
import { defineExtractor, type Doc, type Findings } from "./types.js";
import { locationMarks, markSpans, sentencesOf, type Sent } from "./people/context.js";
import { isNationality } from "./people/nationality.js";
import { findNames, nameStartsOf, type NameEnv, type RawMention } from "./people/names.js";
import { positionsAfter } from "./people/positions.js";
import { findListed } from "./people/lists.js";
import { findKnown } from "./people/known.js";
import { aliasesOf, claimedNames, findAliases, findRecurring, findSurnamed, markTaken, takenBy, type KeySet } from "./people/aliases.js";
import { mergeMentions } from "../resolve/people.js";
import { memoKey, recall, remember } from "./memo.js";
import { COLON, HYPHEN, isChar } from "./people/punct.js";

/** A person's mention as the people extractor found it, kept for the quotes extractor. */
export interface PersonMention extends RawMention {
  /** the index of the person in the extractor's result */
  person: number;
}

const MENTIONS = memoKey<PersonMention[]>("person mentions");

/**
 * The mentions behind the last `people.run(doc)` result, in text order (for quotes: who speaks).
 * Empty when the people extractor did not run on this document.
 */
export function personMentions(doc: Doc): readonly PersonMention[] {
  return recall(doc, MENTIONS) ?? [];
}

// Ảnh: Nguyễn Văn A · (Nguồn: Đảng ủy xã Long Bình) · Ảnh - T.L
const CREDIT_WORDS = foldedSet(["ảnh", "nguồn", "photo", "clip", "video", "tin-ảnh", "ảnh-clip"]);

/**
 * Finds the people of an article, with their positions.
 * @example
 * // "Bí thư Đảng ủy xã Long Bình Nguyễn Thị Kim Ngọc cho biết, … đồng chí Nguyễn Thị Kim Ngọc …"
 * // → [{ name: "Nguyễn Thị Kim Ngọc", mentions: [2 spans],
 * //      positions: [{ title: "Bí thư", organization: "Đảng ủy xã Long Bình", span }] }]
 */
export const people = defineExtractor({
  name: "people",
  reads: ["locations", "organizations", "documents"],
  run(doc: Doc, found: Readonly<Findings>): Person[] {
    const sents = sentencesOf(doc);
    const loc = locationMarks(doc, found.locations);
    // organisations and document references ("Quyết định 123/QĐ-TTg") are no names
    const org = markSpans(sents, orgAndDocumentSpans(found));
    // by a loop, not sents.map: V8 leaves a map's result HOLEY or PACKED depending on the input, and
    // every reader of the list then meets two array maps (a deoptimization each)
    const envs: NameEnv[] = [];
    for (let i = 0; i < sents.length; i++) {
      const st = sents[i]!;
      const { runStarts, looks } = nameStartsOf(st.toks, st.allCaps, loc[i]!, org[i]!);
      envs.push({ st, sentIndex: i, loc: loc[i]!, org: org[i]!, runStarts, looks });
    }
    // where a photo credit starts, read only for the sentences that have a name
    const credit = creditsOf(sents);

    // 1. names with a cue, a family name or a foreign given name, and the positions around them
    const raw: RawMention[] = [];
    for (const env of envs) {
      const names = findNames(env);
      if (names.length === 0) continue;
      const from = credit(env.sentIndex);
      for (const m of names) {
        if (m.a >= from) continue;
        m.positions.push(...positionsAfter(env, m));
        raw.push(m);
      }
    }
    // 2. names listed next to them; 3. later short forms of all these; 4. names that come back, and
    // foreign names written in full once and by the family name elsewhere; 5. names listed next to
    // the ones found in 3 and 4
    listed(envs, raw, credit);
    // "CEO Trần Thọ Huy và Thiên Nam": a listed name that is the short form of an organisation or a
    // place of the article ("Công ty Thang máy Thiên Nam") is that organisation
    const claimed = claimedNames(envs);
    dropClaimed(raw, claimed.written);
    const aliases = aliasesOf(raw, claimed.written);
    // the tokens taken by a name so far; each step marks what it adds (a sentence's search reads the
    // marks made before it, and its own are added after it)
    const taken = takenBy(sents, raw);
    const keep = (m: RawMention): void => {
      if (m.a >= credit(m.sent)) return;
      raw.push(m);
      markTaken(taken, sents, m);
    };
    for (const env of envs) findAliases(env, aliases, taken.bySent[env.sentIndex]!).forEach(keep);
    for (const env of envs) findKnown(env, taken.bySent[env.sentIndex]!).forEach(keep);
    findRecurring(envs, taken.bySent, claimed.all).forEach(keep);
    findSurnamed(envs, taken.bySent).forEach(keep);
    listed(envs, raw, credit);
    dropClaimed(raw, claimed.written);

    const groups = mergeMentions(raw.filter((m) => !isNationality(sents, m)));
    const all: PersonMention[] = [];
    const result = groups.map((g, person): Person => {
      const positions: Position[] = [];
      const seen = new Set<string>();
      for (const m of g.mentions) {
        all.push(personMention(m, person));
        for (const p of m.positions) {
          const key = p.title + "|" + (p.organization ?? "");
          if (seen.has(key)) continue;
          seen.add(key);
          positions.push({ title: p.title, organization: p.organization, span: doc.span(p.s, p.e) });
        }
      }
      const spans = new Map<number, { start: number; end: number }>();
      for (const m of g.mentions) if (!spans.has(m.s)) spans.set(m.s, doc.span(m.s, m.e));
      return { name: g.name, mentions: [...spans.values()], positions };
    });
    remember(doc, MENTIONS, all.sort((a, b) => a.s - b.s));
    return result;
  },
});

/** The mentions of the organisations, then the spans of the documents (one array, no copies on the way). */
function orgAndDocumentSpans(found: Readonly<Findings>): Span[] {
  const spans: Span[] = [];
  for (const o of found.organizations) for (const sp of o.mentions) spans.push(sp);
  for (const d of found.documents) spans.push(d.span);
  return spans;
}

/** `{ ...m, person }`, with the fields written out: a spread copies slowly and makes objects of another shape. */
function personMention(m: RawMention, person: number): PersonMention {
  return {
    sent: m.sent,
    a: m.a,
    b: m.b,
    s: m.s,
    e: m.e,
    text: m.text,
    words: m.words,
    cue: m.cue,
    foreign: m.foreign,
    initials: m.initials,
    positions: m.positions,
    person,
  };
}

/** Removes from `raw` the listed names that are in `claimed`. */
function dropClaimed(raw: RawMention[], claimed: KeySet): void {
  let w = 0;
  for (const m of raw) if (m.cue !== "list" || !claimed.has(m.words.join(" "))) raw[w++] = m;
  raw.length = w;
}

/** Adds to `raw` the names listed next to its mentions ("Minh Khang và Diệu Linh"). */
function listed(envs: readonly NameEnv[], raw: RawMention[], credit: (sent: number) => number): void {
  const bySent = new Map<number, RawMention[]>();
  for (const m of raw) {
    const list = bySent.get(m.sent);
    if (list) list.push(m);
    else bySent.set(m.sent, [m]);
  }
  for (const [si, ms] of bySent) {
    const env = envs[si]!;
    const from = credit(si);
    // the tokens taken by a name (only the sentences with names need them)
    const taken = clearedTaken(env.st.toks.length);
    for (const m of ms) taken.fill(1, m.a, m.b);
    for (const m of findListed(env, ms.sort((a, b) => a.a - b.a), taken)) if (m.a < from) raw.push(m);
  }
}

// listed() marks the tokens taken in one sentence at a time: one buffer serves them all (a typed
// array of its own costs ~0.4 µs to make), and findListed reads it below the sentence's length only
let takenScratch = new Uint8Array(512);
const MAX_SCRATCH = 4096;

/** Flags for `n` tokens, all 0: the shared buffer, or a new array for a sentence longer than it may grow. */
function clearedTaken(n: number): Uint8Array {
  if (n > MAX_SCRATCH) return new Uint8Array(n);
  if (takenScratch.length < n) takenScratch = new Uint8Array(MAX_SCRATCH);
  else takenScratch.fill(0, 0, n);
  return takenScratch;
}

/** creditFrom of each sentence by its index, read on first use. */
function creditsOf(sents: readonly Sent[]): (sent: number) => number {
  const known = new Int32Array(sents.length).fill(-1);
  return (sent) => (known[sent]! >= 0 ? known[sent]! : (known[sent] = creditFrom(sents[sent]!)));
}

/** The token where a photo credit starts in a sentence ("Ảnh: …"), or the sentence's length. */
function creditFrom(st: Sent): number {
  const toks = st.toks;
  for (let k = 0; k + 1 < toks.length; k++) {
    // the punctuation first (a word is none): it rules out most tokens without a set lookup
    const next = toks[k + 1]!;
    if (!next.word && (isChar(next.t, COLON) || (isChar(next.t, HYPHEN) && k + 2 < toks.length)) && CREDIT_WORDS.has(toks[k]!.f)) {
      if (k === 0 || !toks[k - 1]!.word) return k;
    }
  }
  return toks.length;
}

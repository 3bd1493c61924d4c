// Quotes: statements attributed to a speaker.
//   direct    Ông A cho biết: "…" · cho biết: Việc thực hiện … · "…", ông Hệ nói.
//   reported  Bà Ngọc cho biết, … · Theo ông A, … · ông B khẳng định …
// The verbs are in data/reporting-verbs.tsv; the speaker is resolved to a Person (quotes/speaker.ts)
// or null for an organisation or an unnamed speaker; what a document says is not a quote.
import { foldedSet, fw, numberWord, tokAt, wordNumber } from "./people/tokens.js";
import type { Quote } from "../schema/article.js";
import { defineExtractor, type Doc, type Findings } from "./types.js";
import { sentencesOf, type Sent } from "./people/context.js";
import type { Tok } from "./people/tokens.js";
import { lexicon, type VerbEntry } from "./people/lexicon.js";
import { personMentions, type PersonMention } from "./people.js";
import { speakerBefore, speakerOfTheo, type Speaker, type SpeakerEnv } from "./quotes/speaker.js";

// Words that may follow the verb before its content: "cho biết thêm, …", "nói rằng …", "khẳng định là …"
const LINKS = foldedSet(["thêm", "rằng", "là"]);
// "nói chung", "kể cả", "đáp ứng", "trả lời chất vấn": the verb's other senses, by the word after it
const NOT_AFTER = foldedSet(["chuyện", "dối", "cả", "từ", "ứng", "với", "gì", "sao", "không", "ra", "về", "chất", "câu", "phỏng"]);
// "nói chung", "nói riêng" (in general, in particular), "nói đi đôi với làm" (words match deeds);
// "cho biết riêng sầu riêng …" is a quotation
const NOT_AFTER_NOI = foldedSet(["chung", "riêng", "đi"]);
const NOI = fw("nói");
// Before a verb used as a noun: "các thông tin", "theo đánh giá", "có chia sẻ"
// … and "Đáng lưu ý", "Đáng lo ngại" (notably), "Được biết"
const DETERMINERS = foldedSet(["các", "những", "một", "nhiều", "mọi", "theo", "có", "của", "này", "sự", "việc", "cung", "được", "để", "cần", "sẽ", "không", "chưa", "đáng"]);
const CLAUSE_OPENERS = foldedSet(["theo"]);
const QUOTE = '"';
// how far before a verb its speaker is looked for, in tokens
const WINDOW = 40;
// "theo" by its word number (tokens.ts): the first words of every sentence are compared with it, and
// a number compares faster than a string of the same length ("theo" / "được")
const THEO = numberWord(fw("theo"));
const VA = fw("và");
// "Cũng theo", "Còn theo", "Tuy nhiên, theo", "Nhưng theo"
const BEFORE_THEO = foldedSet(["cũng", "còn", ",", "nhưng", "và"]);

/**
 * Finds the quotes of an article.
 * @example
 * // "Bí thư Chi bộ ấp Quới An Nguyễn Hạnh Phước cho biết: Việc thực hiện mô hình …"
 * // → [{ speaker: "Nguyễn Hạnh Phước", verb: "cho biết", direct: true, text: "Việc thực hiện mô hình …", … }]
 */
export const quotes = defineExtractor({
  name: "quotes",
  // and the people extractor's mentions behind `found.people` (personMentions)
  reads: ["people", "documents"],
  run(doc: Doc, found: Readonly<Findings>): Quote[] {
    const sents = sentencesOf(doc);
    const mentions = personMentions(doc);
    const bySentence = new Map<number, PersonMention[]>();
    for (const m of mentions) {
      const list = bySentence.get(m.sent);
      if (list) list.push(m);
      else bySentence.set(m.sent, [m]);
    }
    const env: SpeakerEnv = { sents, people: found.people, mentions, documents: found.documents.map((d) => d.span), bySentence };
    const out: Quote[] = [];
    let skipUntil = -1; // normalized offset: content already attributed
    let block = -1;
    let inQuote: Quotations = { open: [], close: [] };
    for (const st of sents) {
      if (st.block.kind === "caption" || st.block.kind === "title" || st.block.kind === "heading" || st.allCaps) continue;
      if (st.blockIndex !== block) {
        block = st.blockIndex;
        inQuote = quotations(doc, st.block.start, st.block.end);
      }
      const theo = st.start >= skipUntil ? theoQuote(doc, env, st) : null;
      if (theo) {
        out.push(theo.quote);
        skipUntil = Math.max(skipUntil, theo.end);
        continue;
      }
      // no verb is read inside content already attributed or inside a quotation: a sentence wholly
      // there (the second sentence of "cho biết: …" or of a quotation) is skipped without its tokens
      if (st.end <= skipUntil || withinQuotation(inQuote, st.start, st.end)) continue;
      for (const q of verbQuotes(doc, env, st, inQuote, skipUntil)) {
        out.push(q.quote);
        skipUntil = Math.max(skipUntil, q.end);
      }
    }
    return out;
  },
});

interface Found {
  quote: Quote;
  /** normalized end of the content */
  end: number;
}

// Theo ông A, … · Cũng theo bà B, … · Trong khi đó, theo Bộ Y tế, …
function theoQuote(doc: Doc, env: SpeakerEnv, st: Sent): Found | null {
  const toks = st.toks;
  let i = 0;
  // "Cũng theo", "Còn theo", "Tuy nhiên, theo"
  while (i < toks.length && i < 4 && wordNumber(toks[i]!) !== THEO) i++;
  if (i >= toks.length || wordNumber(toks[i]!) !== THEO) return null;
  if (i > 0 && !BEFORE_THEO.has(toks[i - 1]!.f)) return null;
  let comma = i + 1;
  // "Theo GS Trần Đức Khoa - Trưởng ban soạn thảo đề án … - ở nhiều địa phương, …": an appositive
  // between dashes may make X long
  const reach = toks.slice(i + 1, i + 4).some((t) => t.t === "-") || toks.slice(i + 1, i + 8).some((t) => t.cap) ? 30 : 14;
  while (comma < toks.length && comma - i < reach && toks[comma]!.t !== ",") comma++;
  if (tokAt(toks, comma)?.t !== "," || comma + 1 >= toks.length) return null;
  const who = speakerOfTheo(env, st, i + 1, comma);
  if (!who) return null;
  const from = comma + 1;
  return make(doc, env, who, "theo", toks[from]!.s, st.end, false);
}

// no quote in most sentences: one empty list for them all (never added to)
const NONE: readonly Found[] = [];

function verbQuotes(doc: Doc, env: SpeakerEnv, st: Sent, inQuote: Quotations, skipUntil: number): readonly Found[] {
  const toks = st.toks;
  const lex = lexicon();
  let out: Found[] | null = null;
  // the ends of the quotations already attributed in this sentence (few: an array, not a set made for every sentence)
  const used: number[] = [];
  let done = skipUntil;
  // a paragraph without quotation marks has no quotation before a verb (quotationBefore)
  const quoted = inQuote.open.length > 0;
  for (let v = 1; v < toks.length; v++) {
    // most words start no reporting verb: that test first, the quotations after
    if (toks[v]!.s < done || !lex.verbs.startsAt(toks[v]!) || insideAny(inQuote, toks[v]!.s)) continue;
    const hit = lex.verbs.longest(toks, v);
    if (!hit || toks[v]!.cap) continue;
    let before = quoted ? quotationBefore(st, inQuote, v) : null;
    // the verb that attributes a quotation ends its clause: `"…", ông Hệ nói.`, `… nói và cho biết`;
    // one quotation, one speaker
    if (before && (used.includes(before.e) || !endsClause(toks, hit.end))) before = null;
    if (!isVerbUse(toks, v, hit.end, hit.value, before !== null || namedRightBefore(env, st, v))) continue;
    let k = hit.end;
    while (k < toks.length && LINKS.has(toks[k]!.f)) k++;
    const next = tokAt(toks, k);
    // "…", ông Hệ nói. — the quotation comes before the speaker
    if (before) {
      const who = speakerBefore(env, st, clauseStart(toks, before.after, v), v);
      if (!who) continue;
      const q = make(doc, env, who, hit.value.verb, before.s, before.e, true, toks[hit.end - 1]!.e);
      if (q) (out ??= []).push(q);
      used.push(before.e);
      done = toks[hit.end - 1]!.e;
      continue;
    }
    if (!next || (!next.word && next.t !== ":" && next.t !== QUOTE && next.t !== ",")) continue;
    const who = speakerBefore(env, st, clauseStart(toks, Math.max(0, v - WINDOW), v), v);
    if (!who || (hit.value.noun && who.person < 0 && !who.text)) continue;
    let q: Found | null;
    if (next.t === ":" || next.t === QUOTE) {
      const c = next.t === ":" ? k + 1 : k;
      if (c >= toks.length) continue;
      const open = toks[c]!;
      if (open.t === QUOTE) {
        const close = closingQuote(inQuote, open.s, st.block.end);
        q = make(doc, env, who, hit.value.verb, open.e, close, true, close + 1);
      } else {
        // "cho biết: Việc …" — the words to the end of the paragraph
        q = make(doc, env, who, hit.value.verb, open.s, st.block.end, true, st.block.end);
      }
    } else {
      const c = next.t === "," ? k + 1 : k;
      if (c >= toks.length) continue;
      q = make(doc, env, who, hit.value.verb, toks[c]!.s, st.end, false);
    }
    if (q) {
      (out ??= []).push(q);
      done = q.end;
    }
  }
  return out ?? NONE;
}

/**
 * A person's name right before the verb ("Thứ trưởng Khoa trình bày các nội dung …"), or before a
 * title set off by commas that ends right before it ("Ông Phan Minh Tuấn, Trưởng khoa Y tế công cộng,
 * nhận định …").
 */
function namedRightBefore(env: SpeakerEnv, st: Sent, v: number): boolean {
  const toks = st.toks;
  const ms = env.bySentence.get(st.index) ?? [];
  if (ms.some((m) => m.b === v)) return true;
  if (toks[v - 1]?.t !== ",") return false;
  const lex = lexicon();
  return ms.some((m) => m.b < v - 1 && toks[m.b]?.t === "," && lex.positions.longest(toks, m.b + 1) !== null);
}

/** After the verb (and "thêm"): the end of the sentence, a comma, a bracket or "và". */
function endsClause(toks: readonly Tok[], k: number): boolean {
  while (k < toks.length && LINKS.has(toks[k]!.f)) k++;
  const t = toks[k];
  return !t || (!t.word && t.t !== ":" && t.t !== QUOTE) || t.f === VA;
}

/** The quotations of a paragraph: where each opening and its closing straight double quote stand. */
interface Quotations {
  /** normalized offsets of the opening quotes, ascending */
  open: number[];
  /** of the matching closing quotes (the paragraph's end for the last one when it stays open) */
  close: number[];
}

function quotations(doc: Doc, start: number, end: number): Quotations {
  const text = doc.text;
  const q: Quotations = { open: [], close: [] };
  // normalization made every quote straight; the caller's text still says which way a curly one
  // faces, so an inner “lạm thu” does not end the quotation around it
  const stack: number[] = [];
  for (let i = text.indexOf(QUOTE, start); i >= 0 && i < end; i = text.indexOf(QUOTE, i + 1)) {
    const sp = doc.span(i, i + 1);
    const c = doc.input.charAt(sp.start);
    const opens = c === "\u201c" || c === "\u201e" || c === "\u00ab" ? true : c === "\u201d" || c === "\u00bb" ? false : stack.length === 0;
    if (opens) stack.push(i);
    else if (stack.length > 0) {
      const o = stack.pop()!;
      if (stack.length === 0) {
        q.open.push(o);
        q.close.push(i);
      }
    }
  }
  if (stack.length > 0) {
    q.open.push(stack[0]!);
    q.close.push(end);
  }
  return q;
}

/** The index of the last quotation opened before `at`, or -1 (binary search). */
function lastOpenBefore(q: Quotations, at: number): number {
  let lo = 0;
  let hi = q.open.length - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (q.open[mid]! < at) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return k;
}

/** True when `[start, end)` lies inside one quotation: every offset from `start` on is insideAny. */
function withinQuotation(q: Quotations, start: number, end: number): boolean {
  const k = lastOpenBefore(q, start);
  return k >= 0 && end <= q.close[k]!;
}

function insideAny(q: Quotations, at: number): boolean {
  const k = lastOpenBefore(q, at);
  return k >= 0 && at < q.close[k]!;
}

/** A verb here, not its other senses: "nói chung", "các thông tin", "kể cả". */
function isVerbUse(toks: readonly Tok[], v: number, end: number, e: VerbEntry, quoted: boolean): boolean {
  const after = toks[end];
  const before = toks[v - 1];
  if (after && after.word && (NOT_AFTER.has(after.f) || (NOT_AFTER_NOI.has(after.f) && toks[end - 1]!.f === NOI))) return false;
  if (before && before.word && DETERMINERS.has(before.f)) return false;
  if (!e.noun || quoted) return true;
  if (!after) return false;
  return after.t === "," || after.t === ":" || after.t === QUOTE || LINKS.has(after.f);
}

/** Where the clause holding the verb starts: after "Theo …," or the last ";" before it. */
function clauseStart(toks: readonly Tok[], from: number, v: number): number {
  let s = from;
  for (let k = from; k < v; k++) if (toks[k]!.t === ";") s = k + 1;
  if (CLAUSE_OPENERS.has(toks[s]?.f ?? "")) {
    for (let k = s; k < v; k++) if (toks[k]!.t === ",") return k + 1;
  }
  return s;
}

/**
 * The quotation that ends right before the speaker: `"…", ông Hệ nói`, `"…" - bà B nói`: its
 * content's offsets and the token after its closing quote.
 */
function quotationBefore(st: Sent, q: Quotations, v: number): { s: number; e: number; after: number } | null {
  const toks = st.toks;
  // the closing quote: what follows it up to the verb is the speaker (", ông Tín", ", Henry Colton,
  // giám đốc nghiên cứu tại GoldMetrics,")
  for (let k = v - 1; k >= 0 && v - k <= 25; k--) {
    const t = toks[k]!;
    if (t.t !== QUOTE) continue;
    const between = toks.slice(k + 1, v);
    if (!between.some((x) => x.word) || between.some((x) => x.t === QUOTE)) return null;
    const i = lastOpenBefore(q, t.s);
    if (i < 0 || q.close[i] !== t.s) return null;
    return { s: q.open[i]! + 1, e: t.s, after: k + 1 };
  }
  return null;
}

/** The closing quotation mark of the quotation opened at `open`; the paragraph's end if none. */
function closingQuote(q: Quotations, open: number, end: number): number {
  const i = lastOpenBefore(q, open + 1);
  return i >= 0 && q.open[i] === open ? q.close[i]! : end;
}

function make(doc: Doc, env: SpeakerEnv, who: Speaker, verb: string, s: number, e: number, direct: boolean, end = e): Found | null {
  let a = s;
  let b = e;
  while (a < b && /[\s,:"'(]/.test(doc.text[a]!)) a++;
  while (b > a && /[\s,"'.;:)]/.test(doc.text[b - 1]!)) b--;
  if (b <= a) return null;
  const m = doc.mention(a, b);
  return {
    quote: {
      speaker: who.person >= 0 ? (env.people[who.person]?.name ?? null) : null,
      verb,
      text: m.text,
      span: m.span,
      direct,
      speakerText: who.text,
    },
    end,
  };
}

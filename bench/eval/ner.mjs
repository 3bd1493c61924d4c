// Span-level PERSON / LOCATION / ORGANIZATION scoring on VLSP-style sentence gold, with the same
// rules as shared/tools/score-ner.mjs: outermost (depth 0) entities only, exact spans, each distinct
// span counted once per type and article.
import { Tally, macroF1 } from "./metrics.mjs";
import { Misses } from "./misses.mjs";
import { ArticleText, asSpan } from "./context.mjs";
import { articleOf } from "./fields.mjs";

export const TYPES = /** @type {const} */ (["PERSON", "LOCATION", "ORGANIZATION"]);
/** Where each type's mentions are in an Article. */
const SOURCES = { PERSON: "people", LOCATION: "locations", ORGANIZATION: "organizations" };

/**
 * @typedef {import("./context.mjs").Span} Span
 * @typedef {{start: number, end: number, type: string, text?: string, depth?: number}} Entity
 * @typedef {{id: string, text: string, entities: Entity[]}} GoldSentence
 * @typedef {{aid: string, offset: number, text: string, entities: Entity[]}} Located   entities in article offsets
 * @typedef {object} NerScore
 * @property {import("./metrics.mjs").Row[]} rows   PERSON, LOCATION, ORGANIZATION
 * @property {number} macroF1                       mean F1 over the types with gold spans
 * @property {Record<string, import("./misses.mjs").Miss[]>} misses   per type
 * @property {number} articles     articles with at least one sentence found in their text
 * @property {number} sentences    gold sentences found in their article
 * @property {number} unlocated    gold sentences whose article or text was not found (not scored)
 * @property {number} missing      scored articles without a prediction
 * @property {number} textMismatch scored articles whose predicted `text` differs from the corpus text
 */

/**
 * The article id of a sentence id: "vlsp2018-dev/23352806/p6s0" → "vlsp2018-dev/23352806".
 * @param {string} id
 */
export function articleIdOf(id) {
  return String(id).replace(/\/p\d+s\d+$/, "");
}

/**
 * Places gold sentences in their articles. Sentences come in article order, so each is searched
 * from the end of the previous one, then from the start of the article; one that is not found is
 * dropped. Only depth-0 entities of the three types are kept (as article offsets).
 * @param {GoldSentence[]} goldSentences
 * @param {(id: string) => string | undefined} textOf
 * @returns {{located: Located[], unlocated: number}}
 */
export function locateSentences(goldSentences, textOf) {
  /** @type {Map<string, number>} */
  const cursor = new Map();
  /** @type {Located[]} */
  const located = [];
  let unlocated = 0;
  for (const s of goldSentences) {
    const aid = articleIdOf(s.id);
    const text = textOf(aid);
    let at = text === undefined ? -1 : text.indexOf(s.text, cursor.get(aid) ?? 0);
    if (at < 0 && text !== undefined) at = text.indexOf(s.text);
    if (at < 0) {
      unlocated++;
      continue;
    }
    cursor.set(aid, at + s.text.length);
    const entities = (s.entities ?? []).map((e) => ({ ...e, start: at + e.start, end: at + e.end }));
    located.push({ aid, offset: at, text: s.text, entities });
  }
  return { located, unlocated };
}

/**
 * The predicted mentions of one type.
 * @param {any} article
 * @param {string} type
 * @returns {Span[]}
 */
export function predictedSpans(article, type) {
  const items = article?.[SOURCES[/** @type {keyof SOURCES} */ (type)]];
  return (Array.isArray(items) ? items : []).flatMap((x) => (Array.isArray(x?.mentions) ? x.mentions : []));
}

/**
 * Scores predicted mentions against gold sentences.
 * @param {GoldSentence[]} goldSentences   lines of ner-dev.jsonl
 * @param {Map<string, string | {text: string}> | Record<string, string | {text: string}>} articlesById
 *        article id → its text (or a corpus record with `text`)
 * @param {Map<string, any> | Record<string, any>} predictionsById   article id → Article (or batch line)
 * @returns {NerScore}
 */
export function scoreNer(goldSentences, articlesById, predictionsById) {
  const textOf = (/** @type {string} */ id) => {
    const a = get(articlesById, id);
    return typeof a === "string" ? a : typeof a?.text === "string" ? a.text : undefined;
  };
  const { located, unlocated } = locateSentences(goldSentences, textOf);
  /** @type {Map<string, Located[]>} */
  const byArticle = new Map();
  for (const s of located) {
    const list = byArticle.get(s.aid);
    if (list) list.push(s);
    else byArticle.set(s.aid, [s]);
  }

  const tally = new Tally();
  const misses = new Misses();
  let missing = 0;
  let textMismatch = 0;
  for (const type of TYPES) {
    tally.add(type, 0, 0, 0);
    misses.touch(type);
  }
  for (const [aid, sentences] of byArticle) {
    const article = articleOf(get(predictionsById, aid));
    if (!article) missing++;
    const text = /** @type {string} */ (textOf(aid));
    if (article && typeof article.text === "string" && article.text !== text) textMismatch++;
    const doc = new ArticleText(text);
    const allGold = sentences.flatMap((s) => s.entities);
    /** @type {Entity[]} */
    const allPred = TYPES.flatMap((type) => predictedSpans(article, type).flatMap((m) => {
      const s = asSpan(m);
      return s ? [{ ...s, type }] : [];
    }));
    for (const type of TYPES) {
      const gold = distinct(allGold.filter((e) => e.type === type && e.depth === 0));
      const pred = distinct(predictedSpans(article, type));
      const goldKeys = new Set(gold.map(spanKey));
      const predKeys = new Set(pred.map(spanKey));
      const tp = pred.filter((p) => goldKeys.has(spanKey(p))).length;
      tally.add(type, tp, pred.length, gold.length);
      for (const g of gold) {
        if (predKeys.has(spanKey(g))) continue;
        misses.add(type, aid, "missed", text.slice(g.start, g.end), where(sentences, doc, g), overlapNote("predicted", allPred, g, text));
      }
      for (const p of pred) {
        if (goldKeys.has(spanKey(p))) continue;
        misses.add(type, aid, "spurious", text.slice(p.start, p.end), where(sentences, doc, p), overlapNote("gold", allGold, p, text));
      }
    }
  }
  const rows = tally.rows("ner");
  return { rows, macroF1: macroF1(rows), misses: misses.byField, articles: byArticle.size, sentences: located.length, unlocated, missing, textMismatch };
}

/** @param {Span} s */
const spanKey = (s) => `${s.start}:${s.end}`;

/**
 * Distinct valid spans, in order of first appearance.
 * @template {Span} T
 * @param {T[]} spans
 * @returns {T[]}
 */
function distinct(spans) {
  const seen = new Set();
  return spans.filter((s) => asSpan(s) && !seen.has(spanKey(s)) && seen.add(spanKey(s)));
}

/**
 * The gold sentence holding a span (or the article's sentence around it).
 * @param {Located[]} sentences
 * @param {ArticleText} doc
 * @param {Span} span
 */
function where(sentences, doc, span) {
  const s = sentences.find((x) => x.offset <= span.start && span.end <= x.offset + x.text.length);
  const place = doc.place(span);
  if (!s || !place) return place;
  // the gold sentence, shortened the same way when long
  const sentenceSpan = { start: Math.max(s.offset, place.sentenceSpan.start), end: Math.min(s.offset + s.text.length, place.sentenceSpan.end) };
  if (s.text.length <= 360) Object.assign(sentenceSpan, { start: s.offset, end: s.offset + s.text.length });
  return { sentence: doc.text.slice(sentenceSpan.start, sentenceSpan.end), sentenceSpan, span: place.span };
}

/**
 * `predicted "Hà Nội" LOCATION` for what overlaps a span on the other side: a boundary or type error
 * rather than a plain miss.
 * @param {string} side
 * @param {Entity[]} others
 * @param {Span} span
 * @param {string} text
 */
function overlapNote(side, others, span, text) {
  const hits = others.filter((o) => o.start < span.end && o.end > span.start);
  if (!hits.length) return `no ${side} entity here`;
  return `${side} ` + hits.map((o) => `"${text.slice(o.start, o.end)}" ${o.type}${o.depth ? ` (depth ${o.depth})` : ""}`).join("; ");
}

/**
 * @param {Map<string, any> | Record<string, any>} table
 * @param {string} id
 */
function get(table, id) {
  return table instanceof Map ? table.get(id) : Object.hasOwn(table, id) ? table[id] : undefined;
}

// Deterministic, imperfect predictions made from gold, so that our scorers and the reference ones
// can be compared on every matching rule without a parser. Used by check-agreement.mjs; the files
// it makes live in a temporary folder only.
import { locateSentences } from "./ner.mjs";

/**
 * A small seeded PRNG (mulberry32).
 * @param {number} seed
 */
export function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** @param {number} p */
    chance: (p) => next() < p,
    /** @template T @param {T[]} xs @returns {T} */
    pick: (xs) => /** @type {T} */ (xs[Math.floor(next() * xs.length)]),
  };
}

/**
 * Spelling variants that the key normalisation must see through, and some it must not.
 * @param {ReturnType<typeof random>} r
 * @param {string} s
 */
function variant(r, s) {
  return r.pick([
    () => s,
    () => s,
    () => s.normalize("NFD"),
    () => s.toLocaleUpperCase("vi"),
    () => `  ${s.replace(/ /g, "  ")}: `,
    () => `“${s}”.`,
    () => s + " x", // a different value
  ])();
}

/**
 * @param {string} text
 * @param {string} needle
 */
function spanOf(text, needle) {
  const i = needle ? text.indexOf(needle) : -1;
  return i >= 0 ? { start: i, end: i + needle.length } : { start: 0, end: 0 };
}

/**
 * A gold variant with the optional keys the dev gold lacks (dateline, credits), so they get compared.
 * @param {any[]} gold
 * @param {number} seed
 */
export function enrichGold(gold, seed) {
  const r = random(seed * 7 + 1);
  return gold.map((g) => ({
    ...g,
    ...(r.chance(0.5) ? { dateline: r.chance(0.8) ? `2021-04-${String(1 + Math.floor(r.next() * 28)).padStart(2, "0")}T08:30:00+07:00` : null } : {}),
    ...(r.chance(0.5) ? { credits: r.chance(0.7) ? ["Ảnh: Minh An", "Reuters"].slice(0, 1 + Math.floor(r.next() * 2)) : [] } : {}),
  }));
}

/**
 * `{id, article}` / `{id, error}` lines for field gold.
 * @param {any[]} gold
 * @param {Map<string, string>} texts
 * @param {number} seed
 */
export function fieldPredictions(gold, texts, seed) {
  const r = random(seed);
  const lines = [];
  for (const g of gold) {
    if (r.chance(0.06)) continue; // no output at all
    if (r.chance(0.04)) {
      lines.push({ id: g.id, error: { code: "E", message: "synthetic" } });
      continue;
    }
    const text = texts.get(String(g.id)) ?? "";
    const block = (/** @type {string} */ s) => ({ text: s, span: spanOf(text, s) });
    const A = /** @type {any} */ ({ schemaVersion: 1, text, warnings: [] });
    if (g.dateline !== undefined && r.chance(0.7)) A.dateline = { value: g.dateline && r.chance(0.8) ? g.dateline.slice(0, 16) + ":59+07:00" : "2021-05-01T10:00:00+07:00", text: "", span: { start: 0, end: 0 } };
    A.title = g.title && r.chance(0.85) ? block(variant(r, g.title)) : r.chance(0.3) ? block("Một tiêu đề khác") : null;
    A.lead = r.chance(0.8) ? block(g.lead_starts ? variant(r, g.lead_starts) + " tiếp theo" : "Đoạn mở đầu") : null;
    A.sections = [{ heading: null, paragraphs: [] }];
    for (const h of g.headings ?? []) if (r.chance(0.8)) A.sections.push({ heading: block(variant(r, h)), paragraphs: [] });
    if (r.chance(0.2)) A.sections.push({ heading: block("MỘT ĐỀ MỤC THỪA"), paragraphs: [] });
    A.byline = g.byline && r.chance(0.8) ? { text: g.byline, name: variant(r, g.byline), span: spanOf(text, g.byline) } : r.chance(0.3) ? { text: "X", name: "Lê Văn Tám", span: { start: 0, end: 0 } } : null;
    const nCaptions = Math.max(0, (g.captions ?? 0) + r.pick([-1, 0, 0, 1]));
    const credits = [...(g.credits ?? [])];
    A.captions = Array.from({ length: nCaptions }, (_, i) => ({ text: `Chú thích ${i}`, credit: credits[i] !== undefined && r.chance(0.8) ? variant(r, credits[i]) : r.chance(0.2) ? "TTXVN" : null, span: { start: 0, end: 0 } }));
    A.people = [];
    for (const p of g.people ?? []) {
      if (r.chance(0.15)) continue;
      const positions = [];
      for (const t of p.titles ?? []) {
        if (r.chance(0.15)) continue;
        const title = r.chance(0.15) ? "Phó " + t : variant(r, t);
        positions.push({ title, organization: null, span: spanOf(text, t) });
        if (r.chance(0.2)) positions.push({ title: title.toLocaleLowerCase("vi"), organization: "Sở Y tế", span: spanOf(text, t) }); // same title twice
      }
      if (r.chance(0.1)) positions.push({ title: "Giám đốc", organization: null, span: { start: 0, end: 0 } });
      A.people.push({ name: variant(r, p.name), mentions: [spanOf(text, p.name)], positions });
    }
    if (r.chance(0.3)) A.people.push({ name: "Phạm Thị Hoa", mentions: [], positions: [{ title: "Chủ tịch", organization: null, span: { start: 0, end: 0 } }] });
    A.figures = [];
    for (const f of g.figures ?? []) {
      if (r.chance(0.12)) continue;
      const unit = r.pick([f.unit, f.unit, f.unit, `${f.unit} đồng chí`, `${f.unit}/người`, `${f.unit}x`, "", (f.unit ?? "").toLocaleUpperCase("vi")]);
      const value = r.chance(0.1) ? f.value + 1 : r.chance(0.1) ? f.value * (1 + 1e-12) : f.value;
      A.figures.push({ text: f.text, span: spanOf(text, f.text), value, valueMax: null, unit, noun: null, kind: "count", approx: "exact", currency: null, sentence: spanOf(text, f.text) });
    }
    if (r.chance(0.4)) A.figures.push({ text: "2 người", span: { start: 0, end: 0 }, value: 2, valueMax: null, unit: "người", noun: null, kind: "count", approx: "exact", currency: null, sentence: { start: 0, end: 0 } });
    if (r.chance(0.5)) A.figures.reverse(); // first-fit depends on the order
    A.documents = [];
    for (const d of g.documents ?? []) {
      if (r.chance(0.12)) continue;
      A.documents.push({
        text: `${d.kind} ${d.number ?? ""}`, span: spanOf(text, d.number ?? d.kind), kind: variant(r, d.kind), number: d.number === null ? null : r.chance(0.9) ? d.number : "99",
        date: d.date && r.chance(0.7) ? d.date : r.chance(0.3) ? "2020-01-01" : null, issuer: d.issuer && r.chance(0.7) ? variant(r, d.issuer) : null, subject: null,
      });
    }
    if (r.chance(0.3)) A.documents.push({ text: "Thông tư 01", span: { start: 0, end: 0 }, kind: "Thông tư", number: "01", date: null, issuer: null, subject: null });
    A.locations = [];
    for (const l of g.locations ?? []) {
      if (r.chance(0.12)) continue;
      const level = r.chance(0.12) ? r.pick(["other", "province", "city", "district"]) : l.level;
      A.locations.push({ name: variant(r, l.name), level, text: l.name, mentions: [spanOf(text, l.name)], parent: null });
      if (r.chance(0.2)) A.locations.push({ name: l.name, level, text: l.name, mentions: [], parent: null }); // duplicate place
    }
    if (r.chance(0.3)) A.locations.push({ name: "Bến Tre", level: r.pick(["province", "other"]), text: "Bến Tre", mentions: [], parent: null });
    A.quotes = [];
    for (const q of g.quotes ?? []) {
      if (r.chance(0.15)) continue;
      A.quotes.push({ speaker: q.speaker === null ? (r.chance(0.8) ? null : "Ai Đó") : variant(r, q.speaker), verb: "cho biết", text: "…", span: { start: 0, end: 0 }, direct: r.chance(0.85) ? q.direct : !q.direct });
    }
    if (r.chance(0.25)) A.quotes.push({ speaker: null, verb: "nói", text: "…", span: { start: 0, end: 0 }, direct: true });
    lines.push({ id: g.id, article: A });
  }
  return lines;
}

/**
 * `{id, article}` lines for NER gold: most gold spans kept, some shifted, retyped or dropped, some
 * nested and MISCELLANEOUS spans predicted, some mentions repeated.
 * @param {any[]} sentences
 * @param {Map<string, string>} texts
 * @param {number} seed
 */
export function nerPredictions(sentences, texts, seed) {
  const r = random(seed);
  const { located } = locateSentences(sentences, (id) => texts.get(id));
  /** @type {Map<string, any[]>} */
  const byArticle = new Map();
  for (const s of located) byArticle.set(s.aid, [...(byArticle.get(s.aid) ?? []), ...s.entities]);
  const lines = [];
  const sources = /** @type {Record<string, string>} */ ({ PERSON: "people", LOCATION: "locations", ORGANIZATION: "organizations", MISCELLANEOUS: "organizations" });
  for (const [aid, entities] of byArticle) {
    if (r.chance(0.03)) continue;
    if (r.chance(0.02)) {
      lines.push({ id: aid, error: { code: "E", message: "synthetic" } });
      continue;
    }
    const text = /** @type {string} */ (texts.get(aid));
    const A = /** @type {any} */ ({ schemaVersion: 1, text, people: [], locations: [], organizations: [] });
    for (const e of entities) {
      if (e.depth > 0 && r.chance(0.7)) continue;
      if (r.chance(0.1)) continue;
      let { start, end } = e;
      if (r.chance(0.08)) start = Math.max(0, start - r.pick([1, 3, 5]));
      if (r.chance(0.05)) end = Math.min(text.length, end + 2);
      const type = r.chance(0.07) ? r.pick(["PERSON", "LOCATION", "ORGANIZATION"]) : e.type;
      const list = A[/** @type {string} */ (sources[type] ?? "organizations")];
      const mentions = r.chance(0.1) ? [{ start, end }, { start, end }] : [{ start, end }];
      list.push({ name: text.slice(start, end), mentions });
    }
    if (r.chance(0.3)) A.people.push({ name: text.slice(0, 5), mentions: [{ start: 0, end: 5 }], positions: [] });
    lines.push({ id: aid, article: A });
  }
  return lines;
}

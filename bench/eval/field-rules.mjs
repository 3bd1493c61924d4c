// One rule per gold key of ANNOTATION.md: how predictions are compared with it, and how its
// misses are explained. The counting follows score-fields.mjs exactly; see README.md.
import { key, unitsAgree, valuesAgree, numberKey } from "./keys.mjs";
import { matchKeys, matchFirstFit } from "./match.mjs";
import { recordMatching, occurrenceIndex } from "./misses.mjs";
import { asSpan } from "./context.mjs";

/**
 * @typedef {import("./context.mjs").Place} Place
 * @typedef {import("./context.mjs").Span} Span
 * @typedef {object} Ctx
 * @property {string} id
 * @property {any} A                                     the predicted Article ({} when none)
 * @property {import("./metrics.mjs").Tally} tally
 * @property {import("./misses.mjs").Misses} misses
 * @property {(span: unknown) => Place | undefined} at    the sentence around a span
 * @property {(needle: unknown, nth?: number) => Place | undefined} find   … around the nth occurrence of a text
 * @property {(first: unknown, second: unknown, gap: number, nth?: number) => Place | undefined} near
 *           … around `first` followed within `gap` characters by `second`
 * @property {(name: unknown, nth?: number) => Place | undefined} speech   … where `name` speaks
 * @typedef {{field: string, applies: (g: any) => boolean, score: (g: any, ctx: Ctx) => void}} Rule
 */

const list = (/** @type {unknown} */ x) => (Array.isArray(x) ? x : []);
const quote = (/** @type {unknown} */ s) => `"${String(s ?? "")}"`;
const short = (/** @type {unknown} */ s, n = 60) => {
  const t = String(s ?? "");
  return t.length > n ? t.slice(0, n) + "…" : t;
};

/**
 * The common case: gold and prediction are multisets of keys.
 * @param {Ctx} ctx
 * @param {string} field
 * @param {any[]} gold
 * @param {any[]} pred
 * @param {import("./misses.mjs").How} how
 */
function keyed(ctx, field, gold, pred, how) {
  const m = matchKeys(gold, pred, how.goldKey, how.predKey);
  ctx.tally.add(field, m.tp, pred.length, gold.length);
  recordMatching(ctx.misses, field, ctx.id, m, how);
}

/** @type {Rule} dateline: the ISO value to the minute ("2023-12-23T14:56") */
const dateline = {
  field: "dateline",
  applies: (g) => g.dateline !== undefined,
  score(g, ctx) {
    const p = ctx.A.dateline;
    const pv = p?.value ? String(p.value).slice(0, 16) : null;
    const gv = g.dateline ? String(g.dateline).slice(0, 16) : null;
    keyed(ctx, "dateline", gv ? [gv] : [], pv ? [pv] : [], {
      goldKey: (v) => v,
      predKey: (v) => v,
      predPlace: () => ctx.at(p.span),
      goldNote: () => (pv ? `predicted ${pv}` : "no dateline predicted"),
    });
  },
};

/** @type {Rule} title: the whole headline */
const title = {
  field: "title",
  applies: (g) => g.title !== undefined,
  score(g, ctx) {
    const p = ctx.A.title;
    keyed(ctx, "title", g.title ? [g.title] : [], p ? [p] : [], {
      goldKey: key,
      predKey: (t) => key(t.text),
      goldPlace: (t) => ctx.find(t),
      predPlace: (t) => ctx.at(t.span) ?? ctx.find(t.text),
      goldNote: () => (p ? `predicted ${quote(short(p.text))}` : "no title predicted"),
    });
  },
};

/**
 * lead: the predicted lead starts with the gold's first 40 characters. As in the reference, a
 * predicted lead also counts as correct when the gold has no lead (lead_starts null), since every
 * text starts with "".
 * @type {Rule}
 */
const lead = {
  field: "lead",
  applies: (g) => g.lead_starts !== undefined,
  score(g, ctx) {
    const p = ctx.A.lead;
    const ok = Boolean(p) && key(p.text).startsWith(key(g.lead_starts));
    ctx.tally.add("lead", ok ? 1 : 0, p ? 1 : 0, g.lead_starts ? 1 : 0);
    ctx.misses.touch("lead");
    if (ok) return;
    if (g.lead_starts)
      ctx.misses.add("lead", ctx.id, "missed", key(g.lead_starts), ctx.find(g.lead_starts),
        p ? `predicted lead starts ${quote(short(p.text, 40))}` : "no lead predicted");
    if (p) ctx.misses.add("lead", ctx.id, "spurious", key(short(p.text, 40)), ctx.at(p.span) ?? ctx.find(p.text));
  },
};

/** @type {Rule} headings: each section heading, as a multiset */
const headings = {
  field: "headings",
  applies: (g) => Boolean(g.headings),
  score(g, ctx) {
    const gold = list(g.headings);
    const nth = occurrenceIndex(gold, key);
    const pred = list(ctx.A.sections).filter((s) => s?.heading).map((s) => s.heading);
    keyed(ctx, "headings", gold, pred, {
      goldKey: key,
      predKey: (h) => key(h.text),
      goldPlace: (h) => ctx.find(h, nth.get(h)),
      predPlace: (h) => ctx.at(h.span),
    });
  },
};

/** @type {Rule} byline: the author's name ("LÊ NGUYÊN" → "Lê Nguyên") */
const byline = {
  field: "byline",
  applies: (g) => g.byline !== undefined,
  score(g, ctx) {
    const p = ctx.A.byline;
    keyed(ctx, "byline", g.byline ? [g.byline] : [], p ? [p] : [], {
      goldKey: key,
      predKey: (b) => key(b.name),
      goldPlace: (b) => ctx.find(b),
      predPlace: (b) => ctx.at(b.span),
      goldNote: () => (p ? `predicted ${quote(p.name)} from ${quote(short(p.text))}` : "no byline predicted"),
    });
  },
};

/**
 * captions: a count; min(predicted, gold) are correct. Which predicted captions are the extra ones
 * is not known: the last ones are listed.
 * @type {Rule}
 */
const captions = {
  field: "captions",
  applies: (g) => g.captions !== undefined,
  score(g, ctx) {
    const pred = list(ctx.A.captions);
    const n = pred.length;
    const gold = Number(g.captions ?? 0);
    const tp = Math.min(n, gold);
    ctx.tally.add("captions", tp, n, gold);
    ctx.misses.touch("captions");
    const note = `gold ${gold} caption(s), predicted ${n}`;
    for (let i = tp; i < gold; i++) ctx.misses.add("captions", ctx.id, "missed", "caption", undefined, note);
    for (const c of pred.slice(tp)) ctx.misses.add("captions", ctx.id, "spurious", key(short(c?.text)), ctx.at(c?.span), note);
  },
};

/** @type {Rule} credits: the photo credits of the captions, as a multiset */
const credits = {
  field: "credits",
  applies: (g) => Boolean(g.credits),
  score(g, ctx) {
    const gold = list(g.credits);
    const nth = occurrenceIndex(gold, key);
    keyed(ctx, "credits", gold, list(ctx.A.captions).filter((c) => c?.credit), {
      goldKey: key,
      predKey: (c) => key(c.credit),
      goldPlace: (c) => ctx.find(c, nth.get(c)),
      predPlace: (c) => ctx.at(c.span),
    });
  },
};

/** @type {Rule} people (names) and officials (name + each distinct title) */
const people = {
  field: "people",
  applies: (g) => Boolean(g.people),
  score(g, ctx) {
    const gold = list(g.people);
    const pred = list(ctx.A.people);
    const byName = new Map(pred.map((p) => [key(p.name), p]));
    const firstMention = (/** @type {any} */ p) => ctx.at(list(p.mentions)[0]) ?? ctx.find(p.name);
    keyed(ctx, "people", gold, pred, {
      goldKey: (p) => key(p.name),
      predKey: (p) => key(p.name),
      goldPlace: (p) => ctx.find(p.name),
      predPlace: firstMention,
    });

    const goldTitles = gold.flatMap((p) => list(p.titles).map((t) => ({ name: p.name, title: t })));
    const predTitles = pred.flatMap((p) => {
      const seen = new Map();
      for (const pos of list(p.positions)) if (!seen.has(key(pos?.title))) seen.set(key(pos?.title), pos);
      return [...seen].map(([t, pos]) => ({ name: p.name, title: t, person: p, span: pos?.span }));
    });
    const titlesOf = (/** @type {string} */ name) => {
      const p = byName.get(key(name));
      if (!p) return "person not predicted";
      const ts = [...new Set(list(p.positions).map((x) => x?.title))];
      return ts.length ? `predicted titles: ${ts.map(quote).join(", ")}` : "predicted with no title";
    };
    const goldByName = new Map(gold.map((p) => [key(p.name), p]));
    keyed(ctx, "officials", goldTitles, predTitles, {
      goldKey: (o) => key(o.name) + "|" + key(o.title),
      predKey: (o) => key(o.name) + "|" + key(o.title),
      goldPlace: (o) => ctx.near(o.title, o.name, 120) ?? ctx.find(o.name),
      predPlace: (o) => ctx.at(o.span) ?? firstMention(o.person),
      goldNote: (o) => titlesOf(o.name),
      predNote: (o) => {
        const gp = goldByName.get(key(o.name));
        return gp ? `gold titles: ${list(gp.titles).map(quote).join(", ") || "none"}` : "person not in gold";
      },
    });
  },
};

/**
 * figures (value and unit agree, first fit) and figure values (value only, multiset).
 * @type {Rule}
 */
const figures = {
  field: "figures",
  applies: (g) => Boolean(g.figures),
  score(g, ctx) {
    const gold = list(g.figures);
    const pred = list(ctx.A.figures);
    const nth = occurrenceIndex(gold, (f) => String(f.text ?? ""));
    const goldPlace = (/** @type {any} */ f) => ctx.find(f.text, nth.get(f));
    const predPlace = (/** @type {any} */ f) => ctx.at(f.span) ?? ctx.find(f.text);
    const describe = (/** @type {any} */ f) => `${numberKey(f.value)} ${quote(f.unit ?? "")}`;
    /** What the parser predicted where a missed gold figure stands. */
    const predictedAt = (/** @type {any} */ f) => {
      const at = goldPlace(f)?.span;
      if (!at) return `not found in the text: ${quote(f.text)}`;
      const here = pred.filter((p) => {
        const s = asSpan(p.span);
        return s && s.start < at.end && s.end > at.start;
      });
      return here.length ? `predicted here: ${here.map((p) => `${describe(p)} from ${quote(p.text)}`).join("; ")}` : "nothing predicted here";
    };
    const m = matchFirstFit(gold, pred, (gf, pf) => valuesAgree(Number(pf.value), Number(gf.value)) && unitsAgree(key(pf.unit), key(gf.unit)));
    ctx.tally.add("figures", m.tp, pred.length, gold.length);
    const how = {
      goldKey: (/** @type {any} */ f) => numberKey(f.value) + "|" + key(f.unit),
      predKey: (/** @type {any} */ f) => numberKey(f.value) + "|" + key(f.unit),
      goldPlace,
      predPlace,
      goldNote: predictedAt,
      predNote: (/** @type {any} */ f) => `from ${quote(f.text)}`,
    };
    recordMatching(ctx.misses, "figures", ctx.id, m, how);
    keyed(ctx, "figure values", gold, pred, { ...how, goldKey: (f) => numberKey(f.value), predKey: (f) => numberKey(f.value) });
  },
};

/**
 * documents (kind + number, multiset) and document details (the matched prediction also agrees on
 * the date and issuer the gold gives).
 * @type {Rule}
 */
const documents = {
  field: "documents",
  applies: (g) => Boolean(g.documents),
  score(g, ctx) {
    const gold = list(g.documents);
    const pred = list(ctx.A.documents);
    const docKey = (/** @type {any} */ d) => key(d.kind) + "|" + key(d.number);
    const nth = occurrenceIndex(gold, docKey);
    const goldPlace = (/** @type {any} */ d) =>
      (d.number ? ctx.near(d.kind, d.number, 24, nth.get(d)) ?? ctx.find(d.number, nth.get(d)) : undefined) ?? ctx.find(d.kind, nth.get(d));
    const how = { goldKey: docKey, predKey: docKey, goldPlace, predPlace: (/** @type {any} */ d) => ctx.at(d.span) ?? ctx.find(d.text) };
    keyed(ctx, "documents", gold, pred, how);

    const m = matchFirstFit(gold, pred, (gd, pd) => docKey(gd) === docKey(pd));
    const agrees = (/** @type {any} */ gd, /** @type {any} */ pd) => (!gd.date || pd.date === gd.date) && (!gd.issuer || key(pd.issuer) === key(gd.issuer));
    const wrong = m.pairs.filter(({ gold: gd, pred: pd }) => !agrees(gd, pd));
    ctx.tally.add("document details", m.pairs.length - wrong.length, pred.length, gold.length);
    const details = (/** @type {any} */ d) => `date ${d.date ?? "-"}, issuer ${quote(d.issuer ?? "-")}`;
    const noteOf = new Map(wrong.flatMap(({ gold: gd, pred: pd }) => [
      [gd, `predicted ${details(pd)}; gold ${details(gd)}`],
      [pd, `gold ${details(gd)}; predicted ${details(pd)}`],
    ]));
    recordMatching(ctx.misses, "document details", ctx.id,
      { missed: [...m.missed, ...wrong.map((w) => w.gold)], spurious: [...m.spurious, ...wrong.map((w) => w.pred)] },
      { ...how, goldNote: (d) => noteOf.get(d) ?? "document not predicted", predNote: (d) => noteOf.get(d) ?? "document not in gold" });
  },
};

/**
 * locations: name + level, each place once; predicted places of level "other" are not scored.
 * @type {Rule}
 */
const locations = {
  field: "locations",
  applies: (g) => Boolean(g.locations),
  score(g, ctx) {
    const gold = list(g.locations);
    const locKey = (/** @type {any} */ l) => key(l.name) + "|" + l.level;
    const firsts = new Map();
    for (const l of list(ctx.A.locations)) if (l?.level !== "other" && !firsts.has(locKey(l))) firsts.set(locKey(l), l);
    const pred = [...firsts.values()];
    const levelsOf = (/** @type {any[]} */ ls, /** @type {string} */ name) => ls.filter((l) => key(l.name) === key(name)).map((l) => l.level);
    keyed(ctx, "locations", gold, pred, {
      goldKey: locKey,
      predKey: locKey,
      goldPlace: (l) => ctx.find(l.name),
      predPlace: (l) => ctx.at(list(l.mentions)[0]) ?? ctx.find(l.text ?? l.name),
      goldNote: (l) => {
        const lv = levelsOf(list(ctx.A.locations), l.name);
        return lv.length ? `predicted with level ${lv.join(", ")}` : "place not predicted";
      },
      predNote: (l) => {
        const lv = levelsOf(gold, l.name);
        return lv.length ? `gold level ${lv.join(", ")}` : "place not in gold";
      },
    });
  },
};

/** @type {Rule} quotes: speaker + direct/reported, as a multiset */
const quotes = {
  field: "quotes",
  applies: (g) => Boolean(g.quotes),
  score(g, ctx) {
    const gold = list(g.quotes);
    const qKey = (/** @type {any} */ q) => key(q.speaker) + "|" + String(q.direct);
    const nth = occurrenceIndex(gold, (q) => key(q.speaker));
    keyed(ctx, "quotes", gold, list(ctx.A.quotes), {
      goldKey: qKey,
      predKey: qKey,
      goldPlace: (q) => (q.speaker ? ctx.speech(q.speaker, nth.get(q)) : undefined),
      predPlace: (q) => ctx.at(q.span),
      goldNote: (q) => (q.speaker ? undefined : "unnamed speaker"),
      predNote: (q) => `verb ${quote(q.verb)}`,
    });
  },
};

/** The rules in the order of the table. @type {Rule[]} */
export const RULES = [dateline, title, lead, headings, byline, captions, credits, people, figures, documents, locations, quotes];

// `baochi stats`: what one article contributes to the corpus counts, and how they add up.
import type { ArticleResult } from "../../batch/record.js";

/** Per-field counts of one article and the values whose frequencies stats reports. */
export interface ArticleFacts {
  error?: string;
  counts: Record<string, number>;
  top: Record<TopName, string[]>;
}

/** The value lists stats ranks. */
export const TOP_NAMES = ["units", "titles", "documentKinds", "provinces", "warnings", "errors"] as const;
export type TopName = (typeof TOP_NAMES)[number];

/** The fields counted, in the order of the table. */
export const FIELDS = [
  "dateline", "title", "lead", "byline", "sections", "captions", "people", "positions", "organizations",
  "locations", "figures", "dates", "documents", "quotes", "warnings",
] as const;

/** The counts of one result. */
export function articleFacts(r: ArticleResult): ArticleFacts {
  const top = { units: [], titles: [], documentKinds: [], provinces: [], warnings: [], errors: [] } as ArticleFacts["top"];
  if ("error" in r) {
    top.errors.push(r.error.code);
    return { error: r.error.code, counts: {}, top };
  }
  const a = r.article;
  const counts: Record<string, number> = {
    dateline: a.dateline ? 1 : 0,
    title: a.title ? 1 : 0,
    lead: a.lead ? 1 : 0,
    byline: a.byline ? 1 : 0,
    sections: a.sections.length,
    captions: a.captions.length,
    people: a.people.length,
    positions: a.people.reduce((n, p) => n + p.positions.length, 0),
    organizations: a.organizations.length,
    locations: a.locations.length,
    figures: a.figures.length,
    dates: a.dates.length,
    documents: a.documents.length,
    quotes: a.quotes.length,
    warnings: a.warnings.length,
  };
  for (const f of a.figures) if (f.unit) top.units.push(f.unit);
  for (const p of a.people) for (const pos of p.positions) top.titles.push(pos.title);
  for (const d of a.documents) top.documentKinds.push(d.kind);
  // provinces and the five centrally-run cities (a "city" with no parent unit)
  for (const l of a.locations) if (l.level === "province" || (l.level === "city" && l.parent === null)) top.provinces.push(l.name);
  for (const w of a.warnings) top.warnings.push(w.code);
  return { counts, top };
}

/** The corpus totals: records, failures, per field the articles having it and its mentions, and value counts. */
export class CorpusStats {
  records = 0;
  failed = 0;
  readonly fields = new Map<string, { articles: number; mentions: number }>(FIELDS.map((f) => [f, { articles: 0, mentions: 0 }]));
  readonly top = new Map<TopName, Map<string, number>>(TOP_NAMES.map((t) => [t, new Map()]));

  add(f: ArticleFacts): void {
    this.records++;
    if (f.error) this.failed++;
    for (const [k, n] of Object.entries(f.counts)) {
      const e = this.fields.get(k);
      if (e && n > 0) (e.articles++, (e.mentions += n));
    }
    for (const t of TOP_NAMES) {
      const m = this.top.get(t)!;
      for (const v of f.top[t]) m.set(v, (m.get(v) ?? 0) + 1);
    }
  }

  /** The `n` most common values of a list, most common first, ties by value. */
  most(name: TopName, n: number): [string, number][] {
    return [...this.top.get(name)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n);
  }
}

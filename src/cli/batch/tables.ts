// --table: flat rows for a spreadsheet, DuckDB or pandas. One row per figure, person-position,
// document, place, quote or date (or one per article), with the article id, the span, the fields
// and the sentence it stands in. A record that failed gives one row with only id and error columns,
// so every input still shows up in every table.
import type { Article, Span } from "../../schema/article.js";
import type { ArticleResult } from "../../batch/record.js";
import { splitSentences } from "../../pipeline/sentences.js";
import type { FindingKey } from "../../extractors/types.js";

/** The tables `--table` can write. */
export const TABLE_NAMES = ["articles", "figures", "people", "documents", "locations", "quotes", "dates"] as const;
export type TableName = (typeof TABLE_NAMES)[number];

type Cell = string | number | boolean | null;
type Row = Record<string, Cell>;

const SPAN = ["start", "end", "text"];
const TAIL = ["sentence"];
const COLUMNS: Record<TableName, string[]> = {
  articles: ["title", "dateline", "byline", "language", "chars", "sections", "captions", "people", "organizations", "locations", "figures", "dates", "documents", "quotes", "warnings", "keywords"],
  figures: [...SPAN, "value", "value_max", "unit", "noun", "kind", "approx", "currency", ...TAIL],
  people: [...SPAN, "name", "title", "organization", "mentions", ...TAIL],
  documents: [...SPAN, "kind", "number", "date", "issuer", "issuer_from_code", "subject", ...TAIL],
  locations: [...SPAN, "name", "level", "parent", "mentions", ...TAIL],
  quotes: [...SPAN, "speaker", "speaker_text", "verb", "direct", ...TAIL],
  dates: [...SPAN, "value", "precision", "inferred_year", "relative", ...TAIL],
};

/**
 * The one Article field a table's rows come from, which is the table's name; the articles table
 * counts them all (null). A table of one field reads only that field (options.fields), and its rows
 * are the same as from a full parse: `--table figures` skips the people, places and organisations.
 */
export function tableField(name: TableName): FindingKey | null {
  return name === "articles" ? null : name;
}

/** The header of a table: id, the table's fields, meta (with --keep-meta), error_code, error_message. */
export function tableColumns(name: TableName, keepMeta = false): string[] {
  return ["id", ...COLUMNS[name], ...(keepMeta ? ["meta"] : []), "error_code", "error_message"];
}

/** The rows of one result in column order (see `tableColumns`). */
export function tableRows(name: TableName, result: ArticleResult, keepMeta = false): Cell[][] {
  const columns = tableColumns(name, keepMeta);
  const base: Row = { id: result.id };
  if (keepMeta) base.meta = result.meta ? JSON.stringify(result.meta) : null;
  const rows: Row[] = "error" in result ? [{ error_code: result.error.code, error_message: result.error.message }] : ROWS[name](result.article, new Sentences(result.article.text));
  return rows.map((r) => columns.map((c) => r[c] ?? base[c] ?? null));
}

const ROWS: Record<TableName, (a: Article, s: Sentences) => Row[]> = {
  articles: (a) => [
    {
      title: a.title?.text ?? null,
      dateline: a.dateline?.value ?? null,
      byline: a.byline?.name ?? null,
      language: a.language.code,
      chars: a.text.length,
      sections: a.sections.length,
      captions: a.captions.length,
      people: a.people.length,
      organizations: a.organizations.length,
      locations: a.locations.length,
      figures: a.figures.length,
      dates: a.dates.length,
      documents: a.documents.length,
      quotes: a.quotes.length,
      warnings: a.warnings.map((w) => w.code).join(";") || null,
      keywords: a.keywords?.map((k) => k.term).join(";") ?? null,
    },
  ],
  figures: (a) =>
    a.figures.map((f) => ({
      ...span(a, f.span),
      value: f.value,
      value_max: f.valueMax,
      unit: f.unit,
      noun: f.noun,
      kind: f.kind,
      approx: f.approx,
      currency: f.currency,
      sentence: a.text.slice(f.sentence.start, f.sentence.end),
    })),
  people: (a, s) =>
    a.people.flatMap((p): Row[] => {
      const first = p.mentions[0];
      const base = { name: p.name, mentions: p.mentions.length };
      if (p.positions.length === 0) return first ? [{ ...span(a, first), ...base, title: null, organization: null, sentence: s.around(first) }] : [];
      return p.positions.map((pos) => ({ ...span(a, pos.span), ...base, title: pos.title, organization: pos.organization, sentence: s.around(pos.span) }));
    }),
  documents: (a, s) =>
    a.documents.map((d) => ({
      ...span(a, d.span),
      kind: d.kind,
      number: d.number,
      date: d.date,
      issuer: d.issuer,
      issuer_from_code: d.issuerFromCode ?? null,
      subject: d.subject,
      sentence: s.around(d.span),
    })),
  locations: (a, s) =>
    a.locations.flatMap((l) => {
      const first = l.mentions[0];
      if (!first) return [];
      return [{ ...span(a, first), name: l.name, level: l.level, parent: l.parent, mentions: l.mentions.length, sentence: s.around(first) }];
    }),
  quotes: (a, s) =>
    a.quotes.map((q) => ({
      ...span(a, q.span),
      speaker: q.speaker,
      speaker_text: q.speakerText ?? null,
      verb: q.verb,
      direct: q.direct,
      sentence: s.around(q.span),
    })),
  dates: (a, s) =>
    a.dates.map((d) => ({
      ...span(a, d.span),
      value: d.value,
      precision: d.precision,
      inferred_year: d.inferredYear ?? null,
      relative: d.relative ?? null,
      sentence: s.around(d.span),
    })),
};

function span(a: Article, sp: Span): Row {
  return { start: sp.start, end: sp.end, text: a.text.slice(sp.start, sp.end) };
}

/** The sentence(s) around a span, split by the pipeline's sentence splitter inside the span's line. */
class Sentences {
  constructor(private readonly text: string) {}

  around(sp: Span): string {
    const t = this.text;
    const lineStart = t.lastIndexOf("\n", Math.max(0, sp.start - 1)) + 1;
    let lineEnd = t.indexOf("\n", Math.max(sp.end, sp.start + 1) - 1);
    if (lineEnd === -1) lineEnd = t.length;
    const inLine = sp.start >= lineStart && sp.end <= lineEnd;
    if (!inLine) return t.slice(sp.start, sp.end).trim();
    const sentences = splitSentences(t, lineStart, lineEnd, 0);
    const hit = sentences.filter((x) => x.end > sp.start && x.start < Math.max(sp.end, sp.start + 1));
    if (hit.length === 0) return t.slice(lineStart, lineEnd).trim();
    return t.slice(hit[0]!.start, hit[hit.length - 1]!.end);
  }
}

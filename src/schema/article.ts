import { z } from "zod";

/** Half-open range `[start, end)` in UTF-16 code units into `article.text`. */
export const Span = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type Span = z.infer<typeof Span>;

/** A piece of the text with its span: `text === article.text.slice(span.start, span.end)`. */
export const Block = z.object({ text: z.string(), span: Span });
export type Block = z.infer<typeof Block>;

export const Dateline = z.object({
  text: z.string(),
  span: Span,
  /** "Thứ Bảy" as written in NFC, or null when the dateline has no weekday. */
  weekday: z.string().nullable(),
  /** ISO 8601, as precise as the source: "2023-12-23T14:56:00+07:00", "2023-12-23". */
  value: z.string(),
  /** Does the weekday agree with the date? null when there is no weekday. */
  weekdayMatches: z.boolean().nullable(),
});
export type Dateline = z.infer<typeof Dateline>;

export const Section = z.object({
  heading: Block.nullable(),
  paragraphs: z.array(Block),
});
export type Section = z.infer<typeof Section>;

export const Caption = z.object({
  text: z.string(),
  /** "Đảng ủy xã Long Bình" from "(nguồn: Đảng ủy xã Long Bình)", "Reuters" from "(Ảnh: Reuters)". */
  credit: z.string().nullable(),
  span: Span,
});
export type Caption = z.infer<typeof Caption>;

export const Byline = z.object({
  text: z.string(),
  /** The author's name as a name: "LÊ NGUYÊN" → "Lê Nguyên"; several authors joined by ", ". */
  name: z.string(),
  span: Span,
  /** Where the story comes from when the byline says so: "CNCB" in "Nhật LinhTheo CNCB". */
  source: z.string().nullable().optional(),
  /** Each author when the byline names several: "NGUYỄN VĂN A - TRẦN B". */
  authors: z.array(z.string()).optional(),
});
export type Byline = z.infer<typeof Byline>;

export const Position = z.object({
  /** "Bí thư", "Phó Chủ tịch", "Tổng Bí thư" (no organisation, no honorific). */
  title: z.string(),
  /** "Đảng ủy xã Long Bình", or null when the text gives none. */
  organization: z.string().nullable(),
  /** The span of the whole title phrase as written: "Bí thư Đảng ủy xã Long Bình". */
  span: Span,
});
export type Position = z.infer<typeof Position>;

export const Person = z.object({
  /** The fullest form of the name in the text: "Nguyễn Thị Kim Ngọc". */
  name: z.string(),
  /** Every mention of the name itself (no title, no honorific). */
  mentions: z.array(Span),
  positions: z.array(Position),
});
export type Person = z.infer<typeof Person>;

export const OrganizationKind = z.enum([
  "party",
  "state",
  "court",
  "procuracy",
  "police",
  "military",
  "mass",
  "company",
  "bank",
  "school",
  "hospital",
  "research",
  "media",
  "international",
  "other",
]);
export type OrganizationKind = z.infer<typeof OrganizationKind>;

export const Organization = z.object({
  /** Canonical name with aliases folded: "UBND tỉnh Tiền Giang" and "Ủy ban nhân dân tỉnh Tiền Giang" are one entry. */
  name: z.string(),
  kind: OrganizationKind.nullable(),
  mentions: z.array(Span),
});
export type Organization = z.infer<typeof Organization>;

export const LocationLevel = z.enum([
  "province",
  "city",
  "district",
  "town",
  "commune",
  "ward",
  "township",
  "hamlet",
  "village",
  "neighbourhood",
  "country",
  "other",
]);
export type LocationLevel = z.infer<typeof LocationLevel>;

export const Location = z.object({
  /** The name without its prefix: "Gò Công Tây"; numbered districts keep the number: "1". */
  name: z.string(),
  level: LocationLevel,
  /** The first mention as written, with its prefix when there is one: "huyện Gò Công Tây". */
  text: z.string(),
  /**
   * Each mention that stands on its own, with its prefix when written: "huyện Gò Công Tây". A place
   * written inside an organisation's or a team's name ("Sở Y tế Hà Nội", "U16 Việt Nam") is listed
   * too, but that mention is in `inNames`, so these spans never overlap an organisation's (flat, as
   * VLSP-2018 annotates places at level 1).
   */
  mentions: z.array(Span),
  /** Mentions inside a longer name: the "Hà Nội" of "Sở Y tế Hà Nội". Absent when there are none. */
  inNames: z.array(Span).optional(),
  /** The parent unit as written with its prefix, "tỉnh Tiền Giang", when the text or the gazetteer says so. */
  parent: z.string().nullable(),
  /** The gazetteer's code when it knows which unit this is: "82" (the statistics office's code before 2025). */
  code: z.string().optional(),
  /** "2025-06-30" for a unit the 1 July 2025 reform ended (every district; merged provinces and communes). */
  validUntil: z.string().optional(),
  /** For a province merged on 1 July 2025, the province it became part of: "Đồng Tháp" for Tiền Giang. */
  mergedInto: z.string().optional(),
});
export type Location = z.infer<typeof Location>;

export const FigureKind = z.enum(["count", "percent", "money", "measure", "other"]);
export const Approx = z.enum(["exact", "about", "over", "under", "atLeast", "atMost"]);

export const Figure = z.object({
  /** "1.252 người" as written. */
  text: z.string(),
  span: Span,
  /** 1252 for "1.252"; 1.5e9 for "1,5 tỷ"; the lower bound of a range. */
  value: z.number(),
  /** The upper bound of a range ("5–7 người" → 7), else null. */
  valueMax: z.number().nullable(),
  /** The measure word or classifier after the number, lower case: "người", "%", "đồng", "lượt". */
  unit: z.string().nullable(),
  /** What a classifier counts: "đồng chí" in "519 lượt đồng chí"; "hộ dân" in "100% hộ dân". */
  noun: z.string().nullable(),
  kind: FigureKind,
  approx: Approx,
  /** ISO 4217 code for money: "VND", "USD", "EUR". */
  currency: z.string().nullable(),
  /** The sentence the figure stands in. */
  sentence: Span,
  /** A fraction's denominator: "7/9 đầu việc" → value 8, outOf 10 (8 of 10). */
  outOf: z.number().optional(),
});
export type Figure = z.infer<typeof Figure>;

export const DatePrecision = z.enum(["year", "quarter", "month", "week", "day", "minute"]);

export const DateMention = z.object({
  text: z.string(),
  span: Span,
  /**
   * ISO 8601 as precise as the text: "2023", "2023-05", "2023-05-22", "2023-Q2" for a quarter,
   * "2023-W50" for a week ("tuần trước"); a day or month without a year and no dateline to read it
   * against keeps no year: "--12-23", "--05" (ISO 8601:2000 reduced forms).
   */
  value: z.string(),
  precision: DatePrecision,
  /** True when the year was not written and was taken from the dateline ("sáng 23/12"). */
  inferredYear: z.boolean().optional(),
  /** True for relative dates resolved against the dateline ("hôm qua"). */
  relative: z.boolean().optional(),
});
export type DateMention = z.infer<typeof DateMention>;

export const DocumentRef = z.object({
  /** "Kế hoạch 58 ngày 22-5-2023" as written. */
  text: z.string(),
  span: Span,
  /** "Kế hoạch", "Chỉ thị", "Nghị quyết", "Quyết định", "Luật" … */
  kind: z.string(),
  /** As written without "số": "58", "05-CT/TW", "123/QĐ-UBND"; null for a law named without a number. */
  number: z.string().nullable(),
  date: z.string().nullable(),
  /** The issuer the text states: "Bộ Chính trị" in "Chỉ thị 05 của Bộ Chính trị". */
  issuer: z.string().nullable(),
  /** The issuer the number's code implies: "NĐ-CP" → "Chính phủ", "CT/TW" → "Trung ương". */
  issuerFromCode: z.string().nullable().optional(),
  /** The title after "về": "Đẩy mạnh học tập và làm theo …". */
  subject: z.string().nullable(),
  /** The name of a law cited by name: "Luật Đất đai 2013", "Bộ luật Lao động", "Hiến pháp năm 2013". */
  name: z.string().optional(),
});
export type DocumentRef = z.infer<typeof DocumentRef>;

export const Quote = z.object({
  /** A Person.name when resolved; null for an unnamed speaker or an organisation. */
  speaker: z.string().nullable(),
  verb: z.string(),
  /** The quoted or reported content. */
  text: z.string(),
  span: Span,
  /** "cho biết:" + quotation → true; "cho biết, …" → false. */
  direct: z.boolean(),
  /** The speaker as written ("ông Tuấn", "Bộ Y tế"), when there is one. */
  speakerText: z.string().nullable().optional(),
});
export type Quote = z.infer<typeof Quote>;

export const Word = z.object({
  text: z.string(),
  span: Span,
  pos: z.string().nullable(),
});
export type Word = z.infer<typeof Word>;

export const Warning = z.object({
  code: z.string(),
  message: z.string(),
  span: Span.optional(),
});
export type Warning = z.infer<typeof Warning>;

export const Language = z.object({
  /** ISO 639-3: "vie". "und" when the text is too short to tell. */
  code: z.string(),
  confidence: z.number().min(0).max(1),
});
export type Language = z.infer<typeof Language>;

/** A keyword of the article (`baochi batch --keywords K`): a term as written and its TF-IDF score over the batch. */
export const Keyword = z.object({
  /** "Long Bình", "thương hiệu": one to three syllables, or a vntk word. */
  term: z.string(),
  score: z.number().min(0),
});
export type Keyword = z.infer<typeof Keyword>;

/** The whole reading of one article (schema version 1). */
export const Article = z.object({
  schemaVersion: z.literal(1),
  text: z.string(),
  language: Language,
  dateline: Dateline.nullable(),
  title: Block.nullable(),
  lead: Block.nullable(),
  sections: z.array(Section),
  captions: z.array(Caption),
  byline: Byline.nullable(),
  people: z.array(Person),
  organizations: z.array(Organization),
  locations: z.array(Location),
  figures: z.array(Figure),
  dates: z.array(DateMention),
  documents: z.array(DocumentRef),
  quotes: z.array(Quote),
  /** Present only after `segmentWords(article)` (optional vntk): words with POS tags. */
  words: z.array(Word).optional(),
  warnings: z.array(Warning),
  /** Present only when keywords were asked for (`baochi batch --keywords K`), best first. */
  keywords: z.array(Keyword).optional(),
});
export type Article = z.infer<typeof Article>;

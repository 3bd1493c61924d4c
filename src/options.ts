import { z } from "zod";
import { FINDING_KEYS, type Extractor } from "./extractors/types.js";

/** Options of `parseArticle`; every field is optional. */
export const ParseOptions = z.object({
  /** Extractors to run, in order (default: `defaultExtractors`). */
  extractors: z.array(z.custom<Extractor>((e) => typeof e === "object" && e !== null && typeof (e as Extractor).run === "function")).optional(),
  /**
   * Only these Article fields ("figures", "people", …): the extractors they need run (see
   * `extractorsFor`), chosen from `extractors`, and each field asked for is exactly what a full parse
   * gives. The other extraction fields are left empty, and the warning "fields-not-read" names them.
   * Default: every field.
   */
  fields: z.array(z.enum(FINDING_KEYS)).optional(),
  /**
   * What the input is. "text": plain text, kept unchanged as `article.text`. "html": a page or a
   * fragment of one; `article.text` is the text read from it (`htmlToText`: the article's headline,
   * lead, date, body and author line, one block a line) and every span indexes into that text.
   * "auto" (default): HTML when the input starts as HTML does ("<!DOCTYPE html>", "<html>", "<p>",
   * "<div …>", see `looksLikeHtml`), with the warning "read-as-html"; else text.
   */
  inputFormat: z.enum(["auto", "text", "html"]).default("auto"),
  /** Detect the language with franc (default true); false gives `{ code: "und", confidence: 0 }`. */
  detectLanguage: z.boolean().default(true),
  /**
   * The date that relative expressions ("hôm qua", "sáng 23/12") are read against when the article
   * has no dateline: an ISO date "2023-12-23". Default: none (such dates keep no inferred year).
   */
  referenceDate: z.string().regex(/^\d{4}-\d{2}-\d{2}/, "an ISO date such as 2023-12-23").optional(),
  /** Largest input accepted, in UTF-16 code units (default 50 000 000); longer input is an error "too-large". */
  maxLength: z.number().int().positive().default(50_000_000),
  /** Receives debug messages; baochi never writes to the console. */
  debug: z.custom<(message: string) => void>((f) => typeof f === "function").optional(),
});
/** What callers pass. */
export type ParseOptions = z.input<typeof ParseOptions>;
/** What the pipeline sees after defaults. */
export type ResolvedOptions = z.output<typeof ParseOptions>;

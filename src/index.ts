// The public API of baochi. Everything users import comes from here.
export { parseArticle } from "./parse.js";
export { htmlToText, looksLikeHtml } from "./html/text.js";
export { ParseOptions } from "./options.js";
export { segmentWords, SegmentWordsOptions, type WordTagger, type TaggedToken } from "./pipeline/words.js";
export { BaochiError, type BaochiErrorCode } from "./errors.js";
export { articleJsonSchema } from "./schema/json-schema.js";
export {
  Article,
  Block,
  Byline,
  Caption,
  DateMention,
  Dateline,
  DocumentRef,
  Figure,
  Keyword,
  Language,
  Location,
  LocationLevel,
  Organization,
  OrganizationKind,
  Person,
  Position,
  Quote,
  Section,
  Span,
  Warning,
  Word,
} from "./schema/article.js";
export { defaultExtractors } from "./extractors/index.js";
export { extractorsFor } from "./extractors/select.js";
export { defineExtractor, type Doc, type Extractor, type Findings, type FindingKey } from "./extractors/types.js";
export { parseArticles, type ArticleInput, type ParseArticlesOptions } from "./stream.js";
export type { ArticleResult, RecordError } from "./batch/record.js";

// The default extractors, in the order they run: later ones may read what earlier ones found
// (figures skip what dates and documents claimed; people use organizations; quotes use people).
// To extend baochi, copy this list, add your extractor, and pass it as `options.extractors`.
import type { Extractor } from "./types.js";
// [imports: dates, documents, figures]
// [imports: locations, organizations, people, quotes]

export const defaultExtractors: readonly Extractor[] = [
  // [list: dates, documents, figures]
  // [list: locations, organizations, people, quotes]
];

// The default extractors, in the order they run: later ones may read what earlier ones found
// (figures skip what dates and documents claimed; people use organizations; quotes use people).
// To extend baochi, copy this list, add your extractor, and pass it as `options.extractors`.
import type { Extractor } from "./types.js";
// [imports: dates, documents, figures]
import { dates } from "./dates/index.js";
import { documents } from "./documents/index.js";
import { figures } from "./figures/index.js";
// [imports: locations, organizations, people, quotes]
import { locations } from "./locations.js";
import { locationsInNames } from "./places/in-names.js";
import { organizations } from "./organizations.js";
import { people } from "./people.js";
import { quotes } from "./quotes.js";

export const defaultExtractors: readonly Extractor[] = [
  // [list: dates, documents, figures]
  dates,
  documents,
  figures,
  // [list: locations, organizations, people, quotes]
  locations,
  organizations,
  people,
  quotes,
  // places written inside organisation names (Sở Y tế Hà Nội): after organizations, last
  locationsInNames,
];

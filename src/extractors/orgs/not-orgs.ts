// Phrases the organisation grammar reads that are not organisations in the text:
//   a tournament named after its organiser   AFF Cup · FIFA World Cup
//   a product named after its maker          Samsung Galaxy S10 · Toyota Vios
//   a head and a field with no name          trường đại học · công ty cổ phần
import type { Tok } from "../people/tokens.js";
import type { OrgPhrase } from "../people/org-phrase.js";
import { isPlainWord, isVietnameseSyllable } from "../people/syllable.js";
import { isSentenceStart } from "../people/mention.js";
import { lexicon } from "../people/lexicon.js";

// "AFF Cup", "AFF Suzuki Cup", "FIFA World Cup": a tournament named after its organiser is an event
const EVENT_AFTER = new Set(["cup", "suzuki", "world", "games", "open"]);

/** True when the words after an organisation make it the name of an event ("AFF Cup"). */
export function namesAnEvent(toks: readonly Tok[], end: number): boolean {
  const next = toks[end];
  return next !== undefined && next.word && next.cap && !next.glued && EVENT_AFTER.has(next.f) && (next.f !== "world" || toks[end + 1]?.f === "cup");
}

// "Samsung Galaxy S8", "Toyota Camry", "Qualcomm Snapdragon 835": a company's name before a model is
// the product's name. "Apple Inc", "Samsung Group" are still the company.
const COMPANY_WORDS = new Set(["inc", "corp", "corporation", "group", "co", "ltd", "holdings", "company"]);

/** True when a company named on its own is followed by a model name (a foreign word or a number). */
export function namesAProduct(toks: readonly Tok[], p: OrgPhrase): boolean {
  if (p.kind !== "company" || p.headEnd !== p.start || p.end >= toks.length) return false;
  const next = toks[p.end]!;
  if ( !next.word || next.glued || COMPANY_WORDS.has(next.f)) return false;
  // "Samsung Pay", "Apple Watch": an English word reads as a Vietnamese syllable by its shape alone,
  // but a Vietnamese word after a brand would carry its marks ("Samsung Việt Nam")
  // ("Apple Tim Cook": a given name starts a person, not a product)
  return /\d/.test(next.t) || (next.cap && (!isVietnameseSyllable(next.t) || (isPlainWord(next.t) && !next.acronym && !lexicon().givenNames.has(next.f))));
}

/**
 * True for a head and a field with no name: "trường đại học", "công ty cổ phần", "Hãng hàng không"
 * at the start of a sentence. A named organisation has a capital after its first word (Trường Đại
 * học Y Hà Nội, Đội CSGT) or is a whole name from the list (Quốc hội).
 */
export function isGeneric(toks: readonly Tok[], p: OrgPhrase): boolean {
  if (p.headEnd === p.start) return false;
  for (let k = p.start + 1; k < p.end; k++) if (toks[k]!.cap) return false;
  return !toks[p.start]!.cap || isSentenceStart(toks, p.start);
}

// foldWord() of a word of the text given by its offsets, remembered by its characters (a SpanTable):
// the words of capitalised runs come back again and again (names, places, sentence openers), and
// finding one here costs a hash of its characters, with no sliced string to allocate and hash again.
import { foldWord } from "../../lexicon/gazetteer.js";
import { SpanTable, hashOf } from "../../text/span-table.js";

// 2^15 slots, at most 16,384 words: the words these keys are asked of (capitalised runs, the words
// around places) number about 13,500 over the 3,693 articles of the corpus, where 2^14 slots (8,192
// words) emptied the table every few hundred articles and each word came back as a slice and a fold
const KEYS = new SpanTable<string>(15);

/** foldWord(text.slice(start, end)). */
export function wordKeyAt(text: string, start: number, end: number): string {
  return wordKeyHashed(text, start, end, hashOf(text, start, end));
}

/** foldWord(text.slice(start, end)), given the hashOf of its code units. */
export function wordKeyHashed(text: string, start: number, end: number, h: number): string {
  const known = KEYS.get(text, start, end, h);
  if (known !== undefined) return known;
  const word = text.slice(start, end);
  const key = foldWord(word);
  KEYS.add(word, h, key);
  return key;
}

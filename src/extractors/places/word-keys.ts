// foldWord() of a word of the text given by its offsets, remembered by its characters (a SpanTable):
// the words of capitalised runs come back again and again (names, places, sentence openers), and
// finding one here costs a hash of its characters, with no sliced string to allocate and hash again.
import { foldWord } from "../../lexicon/gazetteer.js";
import { SpanTable, hashOf } from "../../text/span-table.js";

const KEYS = new SpanTable<string>(14);

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

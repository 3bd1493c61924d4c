// foldWord() of a word of the text given by its offsets, remembered by its characters: the words of
// capitalised runs come back again and again (names, places, sentence openers), and finding one
// here costs a hash of its characters, with no sliced string to allocate and hash again.
import { foldWord } from "../../lexicon/gazetteer.js";

// open addressing, linear probing; cleared when half full (bounded on any input)
const SIZE = 1 << 14;
const MASK = SIZE - 1;
const hashes = new Int32Array(SIZE);
const words: (string | undefined)[] = new Array<string | undefined>(SIZE).fill(undefined);
const keys: string[] = new Array<string>(SIZE).fill("");
let used = 0;

/** The hash of a word's code units, one step: h = hashStep(h, c) from 0, over the word. */
export const hashStep = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;

/** foldWord(text.slice(start, end)). */
export function wordKeyAt(text: string, start: number, end: number): string {
  let h = 0;
  for (let j = start; j < end; j++) h = hashStep(h, text.charCodeAt(j));
  return wordKeyHashed(text, start, end, h);
}

/** foldWord(text.slice(start, end)), given the hash of its code units (hashStep from 0). */
export function wordKeyHashed(text: string, start: number, end: number, h: number): string {
  let slot = h & MASK;
  for (let w = words[slot]; w !== undefined; w = words[slot]) {
    if (hashes[slot] === h && sameChars(w, text, start, end)) return keys[slot]!;
    slot = (slot + 1) & MASK;
  }
  if (used >= SIZE >> 1) {
    words.fill(undefined);
    used = 0;
    slot = h & MASK;
  }
  const word = text.slice(start, end);
  const key = foldWord(word);
  words[slot] = word;
  hashes[slot] = h;
  keys[slot] = key;
  used++;
  return key;
}

/** word === text.slice(start, end), without slicing. */
function sameChars(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let j = 0; j < word.length; j++) if (word.charCodeAt(j) !== text.charCodeAt(start + j)) return false;
  return true;
}

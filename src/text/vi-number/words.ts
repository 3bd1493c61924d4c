// The number words of data/number-words.tsv: "một" … "chín", "mười", "mươi", "lăm", "trăm", "nghìn", "triệu", "tỷ".
import { table } from "../../lexicon/tables.js";
import { lookupKey, wordKey } from "../lookup.js";
import { SpanTable, hashOf } from "../span-table.js";

export type Role = "digit" | "ten" | "tens" | "unit-after-tens" | "link" | "hundred" | "scale" | "half" | "half-after";
export interface WordInfo {
  value: number;
  role: Role;
  notBefore: ReadonlySet<string>;
  /** syllables right before the word that make it another word ("mỗi năm": the year), lower case */
  notAfter: ReadonlySet<string>;
}

let wordTable: Map<string, WordInfo> | undefined;
// 1 for the code units some number word starts with (either case)
const firstLetters = new Uint8Array(0x10000);
let longest = 0;
/** True when some number word starts with this code unit (either case): a cheap test before the lookup. */
export const startsNumberWordCode = (c: number): boolean => (numberWords(), firstLetters[c] === 1);
export const maxWordLength = (): number => (numberWords(), longest);
function numberWords(): Map<string, WordInfo> {
  if (wordTable) return wordTable;
  wordTable = new Map();
  for (const r of table("number-words")) {
    const words = (cell: string | undefined): Set<string> => new Set((cell ?? "").split(",").map((w) => w.trim().toLowerCase()).filter(Boolean));
    wordTable.set(lookupKey(r.word!), { value: Number(r.value), role: r.role as Role, notBefore: words(r.not_before), notAfter: words(r.not_after) });
    longest = Math.max(longest, r.word!.length);
    for (const f of [r.word![0]!, r.word![0]!.toUpperCase()]) if (f.length === 1) firstLetters[f.charCodeAt(0)] = 1;
  }
  return wordTable;
}

/** The role and value of a number word ("mươi" → tens), or undefined. Case does not matter. */
export function numberWord(word: string): Readonly<WordInfo> | undefined {
  return numberWords().get(wordKey(word));
}

// numberWord by the word's characters: the words after every number ("người", "triệu", "năm") come
// back again and again, and a hit costs no slice and no key. Bounded: the table empties when half full.
// 2^14 slots (8,192 words): a corpus pass asks about 3,000 distinct words; 2^12 emptied the table two
// or three times a pass, and 5,000 words a pass were looked up again.
const BY_CHARS = new SpanTable<Readonly<WordInfo> | null>(14);

/** `numberWord(text.slice(start, end))`, without the slice for a word met before. */
export function numberWordAt(text: string, start: number, end: number): Readonly<WordInfo> | undefined {
  const h = hashOf(text, start, end);
  let info = BY_CHARS.get(text, start, end, h);
  if (info === undefined) {
    const word = text.slice(start, end);
    info = numberWord(word) ?? null;
    BY_CHARS.add(word, h, info);
  }
  return info ?? undefined;
}

/** `numberWord` of a word whose `lookupKey` is already known (one key serves several rules). */
export function numberWordOfKey(key: string): Readonly<WordInfo> | undefined {
  return numberWords().get(key);
}

/** The words a number may start with: the digits "một" … "chín", "mười", "nửa" (for a start-of-number pattern). */
export function numberStartWords(): string[] {
  return table("number-words")
    .filter((r) => r.role === "digit" || r.role === "ten" || r.role === "half")
    .map((r) => r.word!);
}

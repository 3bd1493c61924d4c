// A bounded table of values keyed by a stretch of a text, found by the stretch's code units: a word
// met again costs a hash of its characters and one comparison, with no sliced string to allocate and
// hash. Open addressing with linear probing; emptied when half full, so it stays bounded on any input
// (hostile text of random words only empties it more often). The tokenizer, the places' word keys,
// the figures' word facts and the number words each keep one, sized to hold a corpus pass's words:
// a table that empties during a pass reads its words again after each emptying.

/** One step of the hash of a stretch's code units: h = hashStep(h, c) from 0, over the stretch. */
export const hashStep = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;

/** The hash of `text[start, end)`: hashStep from 0 over its code units. */
export function hashOf(text: string, start: number, end: number): number {
  let h = 0;
  for (let j = start; j < end; j++) h = hashStep(h, text.charCodeAt(j));
  return h;
}

/** `key === text.slice(start, end)`, without the slice. */
function sameChars(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let j = 0; j < key.length; j++) if (key.charCodeAt(j) !== text.charCodeAt(start + j)) return false;
  return true;
}

export class SpanTable<V> {
  private readonly mask: number;
  private readonly hashes: Int32Array;
  // each slot's key and value side by side (key at 2 * slot, value after it): a lookup reads one
  // place in memory for both, where two arrays cost two cache misses on a large table
  private readonly entries: unknown[];
  private used = 0;

  /** A table of 2^`bits` slots, holding at most half as many keys. */
  constructor(bits: number) {
    const size = 1 << bits;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.entries = new Array<unknown>(2 * size).fill(undefined);
  }

  /** The value kept for `text[start, end)`, whose hashOf is `h`, or undefined. */
  get(text: string, start: number, end: number, h: number): V | undefined {
    const entries = this.entries;
    const hashes = this.hashes;
    const mask = this.mask;
    for (let slot = (h ^ (h >>> 15)) & mask; ; slot = (slot + 1) & mask) {
      const k = entries[2 * slot] as string | undefined;
      if (k === undefined) return undefined;
      if (hashes[slot] === h && sameChars(k, text, start, end)) return entries[2 * slot + 1] as V;
    }
  }

  /** Keeps `value` for `key` (absent from the table), whose hashOf is `h`. */
  add(key: string, h: number, value: V): void {
    const { entries, mask } = this;
    if (this.used >= (mask + 1) >> 1) {
      entries.fill(undefined);
      this.used = 0;
    }
    let slot = (h ^ (h >>> 15)) & mask;
    while (entries[2 * slot] !== undefined) slot = (slot + 1) & mask;
    entries[2 * slot] = key;
    entries[2 * slot + 1] = value;
    this.hashes[slot] = h;
    this.used++;
  }
}

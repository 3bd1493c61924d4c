// A bounded table of values keyed by a stretch of a text, found by the stretch's code units: a word
// met again costs a hash of its characters and one comparison, with no sliced string to allocate and
// hash. Open addressing with linear probing; emptied when half full, so it stays bounded on any input
// (hostile text of random words only empties it more often). The tokenizer and the places' word keys
// each keep one.

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
  private readonly keys: (string | undefined)[];
  private readonly values: (V | undefined)[];
  private used = 0;

  /** A table of 2^`bits` slots, holding at most half as many keys. */
  constructor(bits: number) {
    const size = 1 << bits;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.keys = new Array<string | undefined>(size).fill(undefined);
    this.values = new Array<V | undefined>(size).fill(undefined);
  }

  /** The value kept for `text[start, end)`, whose hashOf is `h`, or undefined. */
  get(text: string, start: number, end: number, h: number): V | undefined {
    const keys = this.keys;
    const hashes = this.hashes;
    const mask = this.mask;
    for (let slot = (h ^ (h >>> 15)) & mask; ; slot = (slot + 1) & mask) {
      const k = keys[slot];
      if (k === undefined) return undefined;
      if (hashes[slot] === h && sameChars(k, text, start, end)) return this.values[slot];
    }
  }

  /** Keeps `value` for `key` (absent from the table), whose hashOf is `h`. */
  add(key: string, h: number, value: V): void {
    const { keys, mask } = this;
    if (this.used >= (mask + 1) >> 1) {
      keys.fill(undefined);
      this.values.fill(undefined);
      this.used = 0;
    }
    let slot = (h ^ (h >>> 15)) & mask;
    while (keys[slot] !== undefined) slot = (slot + 1) & mask;
    keys[slot] = key;
    this.hashes[slot] = h;
    this.values[slot] = value;
    this.used++;
  }
}

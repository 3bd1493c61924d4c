// A trie over folded words: the longest lexicon phrase that starts at a token, in time bounded by
// the longest phrase (never by the text).
import type { Tok } from "./tokens.js";
import { foldWords, numberOf, numberWord, wordNumber } from "./tokens.js";
import { joinsPhraseText } from "./punct.js";

// Nodes are numbers: the root is 0, and a phrase's last node holds its value (values[node]). The
// edges are one open-addressed table of (node, word number) → child, three Int32 side by side, so a
// step reads one place in memory and hashes two numbers, where a Map per node hashed and chained.
const ROOT = 0;
/** slots of the edge table, three numbers each: the parent node, the word number, the child node (0: empty) */
const EDGE = 3;

/** The slot of edge (`node`, `word`) to probe first in a table of `mask` + 1 slots. */
function edgeSlot(node: number, word: number, mask: number): number {
  const h = Math.imul(node, 0x9e3779b1) ^ Math.imul(word, 0x85ebca6b);
  return (h ^ (h >>> 15)) & mask;
}

/** A hit: the value and the index just past the last token matched. */
export interface TrieHit<V> {
  value: V;
  end: number;
}

/**
 * Phrases of words, looked up by folded token text (case and tone placement do not matter).
 * Dots glued to a word may be skipped inside a phrase, so "PGS.TS" matches the phrase "PGS TS".
 * @example
 * const t = new PhraseTrie<string>(); t.add("Phó Chủ tịch", "x");
 * t.longest(tokenize("Phó chủ tịch UBND", 0, 17), 0); // { value: "x", end: 3 }
 */
export class PhraseTrie<V> {
  /** by node: the value of the phrase that ends there, or undefined */
  private readonly values: (V | undefined)[] = [undefined];
  /** the edges below the root by word number (0: none): most lookups are of a first word, most of them misses */
  private first = new Int32Array(0);
  /** 1 at the number of each word a phrase starts with: startsAt, asked at most tokens, reads a byte */
  private opens = new Uint8Array(0);
  /** the other edges, EDGE numbers a slot (see edgeSlot), at most half full */
  private edges = new Int32Array(EDGE * 16);
  private edgeCount = 0;

  /** Adds a phrase; an earlier value for the same phrase is kept. */
  add(phrase: string, value: V): void {
    const words = foldWords(phrase).filter((w) => w !== ".");
    if (words.length === 0) return;
    let n = ROOT;
    for (const w of words) {
      const id = numberWord(w);
      let c = this.child(n, id);
      if (c < 0) {
        c = this.values.length;
        this.values.push(undefined);
        if (n === ROOT) this.setFirst(id, c);
        else this.addEdge(n, id, c);
      }
      n = c;
    }
    if (this.values[n] === undefined) this.values[n] = value;
  }

  private setFirst(id: number, node: number): void {
    if (this.first.length <= id) {
      const size = Math.max(id + 1, 2 * this.first.length);
      const first = new Int32Array(size);
      first.set(this.first);
      this.first = first;
      const opens = new Uint8Array(size);
      opens.set(this.opens);
      this.opens = opens;
    }
    this.first[id] = node;
    this.opens[id] = 1;
  }

  private addEdge(node: number, word: number, child: number): void {
    const slots = this.edges.length / EDGE;
    if (2 * (this.edgeCount + 1) > slots) {
      // twice the slots, every edge put again
      const old = this.edges;
      this.edges = new Int32Array(2 * old.length);
      this.edgeCount = 0;
      for (let k = 0; k < old.length; k += EDGE) if (old[k + 2] !== 0) this.addEdge(old[k]!, old[k + 1]!, old[k + 2]!);
    }
    const mask = this.edges.length / EDGE - 1;
    let slot = edgeSlot(node, word, mask);
    while (this.edges[EDGE * slot + 2] !== 0) slot = (slot + 1) & mask;
    this.edges[EDGE * slot] = node;
    this.edges[EDGE * slot + 1] = word;
    this.edges[EDGE * slot + 2] = child;
    this.edgeCount++;
  }

  /** The node after `n` by word number `id` (not negative), or -1. */
  private child(n: number, id: number): number {
    if (n === ROOT) return id < this.first.length && this.first[id] !== 0 ? this.first[id]! : -1;
    const edges = this.edges;
    const mask = edges.length / EDGE - 1;
    for (let slot = edgeSlot(n, id, mask); ; slot = (slot + 1) & mask) {
      const k = EDGE * slot;
      const c = edges[k + 2]!;
      if (c === 0) return -1;
      if (edges[k] === n && edges[k + 1] === id) return c;
    }
  }

  /** The node after `n` for token `t`, or -1. */
  private step(n: number, t: Tok): number {
    const id = wordNumber(t);
    return id < 0 ? -1 : this.child(n, id);
  }

  /** True when some phrase starts with this folded word: a cheap test before `longest`. */
  starts(folded: string): boolean {
    const id = numberOf(folded);
    return id >= 0 && this.child(ROOT, id) >= 0;
  }

  /**
   * True when the folded word `folded` alone is a phrase: what `longest` finds on a token of that
   * word, without a token made for it.
   */
  isPhrase(folded: string): boolean {
    const id = numberOf(folded);
    const n = id < 0 ? -1 : this.child(ROOT, id);
    return n >= 0 && this.values[n] !== undefined;
  }

  /** True when some phrase starts with the word of token `t`: `starts(t.f)`, faster. */
  startsAt(t: Tok): boolean {
    const id = wordNumber(t);
    return id >= 0 && id < this.opens.length && this.opens[id] === 1;
  }

  /**
   * The longest phrase starting at `toks[i]`, ending before `limit`. `accept` may refuse a hit
   * (for instance a lower-case spelling of a head that must be capitalised); it is given the tokens,
   * so a filter can be one function rather than a closure made at every call.
   */
  longest(toks: readonly Tok[], i: number, limit = toks.length, accept?: (v: V, start: number, end: number, toks: readonly Tok[]) => boolean): TrieHit<V> | null {
    let n = ROOT;
    // the best hit so far, made into an object once at the end (a phrase passes shorter ones on its way)
    let bestValue: V | undefined;
    let bestEnd = -1;
    for (let j = i; j < limit && n >= 0; j++) {
      const tok = toks[j]!;
      if (tok.t === "." && tok.glued && j > i) continue; // "PGS.TS", "Th.S"
      if (!tok.word && !joinsPhrase(tok)) break;
      n = this.step(n, tok);
      const value = n < 0 ? undefined : this.values[n];
      if (value !== undefined && (!accept || accept(value, i, j + 1, toks))) {
        bestValue = value;
        bestEnd = j + 1;
      }
    }
    return bestEnd < 0 ? null : { value: bestValue as V, end: bestEnd };
  }
}

/** True for a token "&", "-", "," or "+", the punctuation a phrase may go through (see punct.ts). */
export function joinsPhrase(t: Tok): boolean {
  return joinsPhraseText(t.t);
}

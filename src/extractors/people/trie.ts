// A trie over folded words: the longest lexicon phrase that starts at a token, in time bounded by
// the longest phrase (never by the text).
import type { Tok } from "./tokens.js";
import { foldWords, numberOf, numberWord, wordNumber } from "./tokens.js";
import { joinsPhraseText } from "./punct.js";

interface Node<V> {
  /** by the number of the next folded word (tokens.ts numberWord) */
  next: Map<number, Node<V>>;
  /** present on every node, undefined where no phrase ends: one object shape, so reading it stays fast */
  value: V | undefined;
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
  private readonly root: Node<V> = { next: new Map(), value: undefined };
  /** root.next as an array by word number: most lookups are of a first word, most of them misses */
  private readonly first: (Node<V> | undefined)[] = [];
  /** 1 at the number of each word a phrase starts with: startsAt, asked at most tokens, reads a byte */
  private opens = new Uint8Array(0);

  /** Adds a phrase; an earlier value for the same phrase is kept. */
  add(phrase: string, value: V): void {
    const words = foldWords(phrase).filter((w) => w !== ".");
    if (words.length === 0) return;
    let n = this.root;
    for (const w of words) {
      const id = numberWord(w);
      let c = n.next.get(id);
      if (!c) {
        c = { next: new Map(), value: undefined };
        n.next.set(id, c);
        if (n === this.root) this.setFirst(id, c);
      }
      n = c;
    }
    if (n.value === undefined) n.value = value;
  }

  private setFirst(id: number, node: Node<V>): void {
    while (this.first.length <= id) this.first.push(undefined); // dense, so reads stay fast
    this.first[id] = node;
    if (this.opens.length <= id) {
      const grown = new Uint8Array(Math.max(id + 1, 2 * this.opens.length));
      grown.set(this.opens);
      this.opens = grown;
    }
    this.opens[id] = 1;
  }

  /** The node after `n` for token `t`, or undefined. */
  private step(n: Node<V>, t: Tok): Node<V> | undefined {
    const id = wordNumber(t);
    if (id < 0) return undefined;
    if (n === this.root) return id < this.first.length ? this.first[id] : undefined;
    return n.next.get(id);
  }

  /** True when some phrase starts with this folded word: a cheap test before `longest`. */
  starts(folded: string): boolean {
    return this.root.next.has(numberOf(folded));
  }

  /**
   * True when the folded word `folded` alone is a phrase: what `longest` finds on a token of that
   * word, without a token made for it.
   */
  isPhrase(folded: string): boolean {
    const id = numberOf(folded);
    return id >= 0 && id < this.first.length && this.first[id]?.value !== undefined;
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
    let n: Node<V> | undefined = this.root;
    // the best hit so far, made into an object once at the end (a phrase passes shorter ones on its way)
    let bestValue: V | undefined;
    let bestEnd = -1;
    for (let j = i; j < limit && n; j++) {
      const tok = toks[j]!;
      if (tok.t === "." && tok.glued && j > i) continue; // "PGS.TS", "Th.S"
      if (!tok.word && !joinsPhrase(tok)) break;
      n = this.step(n, tok);
      if (n?.value !== undefined && (!accept || accept(n.value, i, j + 1, toks))) {
        bestValue = n.value;
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

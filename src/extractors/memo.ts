// What several extractors compute once per document and share: the tokenized sentences, the marks of
// the places, the people's mentions for the quotes. The results are kept on the document itself, in a
// slot that prepare() makes, so they die with it.
//
// Not in a WeakMap keyed by the document: V8 treats a WeakMap's entries as ephemerons, and a young
// value there survives the scavenges of the young generation, so every article's tokens were copied
// twice and promoted to the old generation, to be freed only by a full collection. That cost a quarter
// of the run time (bench: ×1.3 faster without). A Doc made elsewhere (a test, a caller's own) has no
// slot and falls back to such a WeakMap.
import type { Doc } from "./types.js";

/** The key of a shared per-document result; `T` is the type of the value it holds. */
export interface MemoKey<T> {
  readonly name: string;
  /** never set: carries `T` */
  readonly type?: T;
}

/** A key for `memoized`; one per kind of result, made at module level. */
export function memoKey<T>(name: string): MemoKey<T> {
  return { name };
}

/** The symbol of the memo slot that prepare() puts on its documents. */
export const MEMO_SLOT: unique symbol = Symbol("baochi.memo");

/** The memo slot's value: results by key. */
export type Memo = Map<MemoKey<unknown>, unknown>;

/** A fresh memo slot, for a document object literal: `{ …, ...memoSlot() }`. */
export function memoSlot(): { readonly [MEMO_SLOT]: Memo } {
  return { [MEMO_SLOT]: new Map() };
}

const foreign = new WeakMap<Doc, Memo>();

function memoOf(doc: Doc): Memo {
  const own = (doc as Doc & { readonly [MEMO_SLOT]?: Memo })[MEMO_SLOT];
  if (own !== undefined) return own;
  let memo = foreign.get(doc);
  if (memo === undefined) foreign.set(doc, (memo = new Map()));
  return memo;
}

/** The result under `key` for `doc`, or undefined when none was stored. */
export function recall<T>(doc: Doc, key: MemoKey<T>): T | undefined {
  return memoOf(doc).get(key) as T | undefined;
}

/** Stores `value` under `key` for `doc`, replacing what was there. */
export function remember<T>(doc: Doc, key: MemoKey<T>, value: T): T {
  memoOf(doc).set(key, value);
  return value;
}

import type { Doc } from "../extractors/types.js";
import type { Span } from "../schema/article.js";
import { normalize } from "./normalize.js";
import { readBlocks, type BlockReading, type DocBlock } from "./blocks.js";
import { splitSentences, type Sentence } from "./sentences.js";
import { memoSlot } from "../extractors/memo.js";
import type { LineKind } from "../html/text.js";

const CONTENT = new Set(["title", "lead", "heading", "paragraph", "caption"]);

/** The internal reading of one input: normalized text, blocks, sentences, offset map. */
export interface Prepared extends Doc {
  readonly reading: BlockReading;
}

/**
 * Normalizes the input, reads its blocks and splits its sentences. `lineKinds`: what the input's
 * markup said some lines are, by the line's start offset in `input` (HTML input, readHtml).
 */
export function prepare(input: string, lineKinds?: ReadonlyMap<number, LineKind>): Prepared {
  const { text, map } = normalize(input);
  const kindAt = lineKinds?.size ? (start: number): LineKind | undefined => lineKinds.get(map.isIdentity ? start : map.toInputStart(start)) : undefined;
  const reading = readBlocks(text, kindAt);
  const blocks: DocBlock[] = reading.blocks;
  const sentences: Sentence[] = [];
  blocks.forEach((b, i) => {
    if (CONTENT.has(b.kind) && !b.duplicate) splitSentences(text, b.start, b.end, i, sentences);
  });
  // a loop, not sentences.map: map's result is HOLEY in some documents and PACKED in others, and the
  // lookup below then meets two array shapes ("wrong map" deopts)
  const starts: number[] = [];
  for (const s of sentences) starts.push(s.start);
  const span = map.isIdentity
    ? (start: number, end: number): Span => ({ start, end: Math.max(start, end) })
    : (start: number, end: number): Span => map.toInput(start, end);
  return {
    input,
    text,
    blocks,
    sentences,
    dateline: reading.dateline,
    reading,
    span,
    inputStart: map.isIdentity ? (pos: number): number => pos : (pos: number): number => map.toInputStart(pos),
    inputEnd: map.isIdentity ? (pos: number): number => pos : (pos: number): number => map.toInputEnd(pos),
    mention(start: number, end: number) {
      const sp = span(start, end);
      return { text: input.slice(sp.start, sp.end), span: sp };
    },
    sentenceAt(pos: number): number {
      let lo = 0;
      let hi = starts.length - 1;
      let k = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid]! <= pos) {
          k = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return k >= 0 && pos < sentences[k]!.end ? k : -1;
    },
    ...memoSlot(),
  };
}

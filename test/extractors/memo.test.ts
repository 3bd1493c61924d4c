import { describe, it, expect } from "vitest";
import { prepare } from "../../src/pipeline/document.js";
import { memoKey, recall, remember } from "../../src/extractors/memo.js";
import { sentencesOf } from "../../src/extractors/people/context.js";
import { parseArticle } from "../../src/index.js";
import type { Doc } from "../../src/extractors/types.js";

const TEXT = "Bí thư Đảng ủy xã Long Bình Nguyễn Thị Kim Ngọc cho biết, năm 2023 xã có 65 cuộc họp với 1.252 người dự.";
const COUNT = memoKey<number>("a count");

describe("per-document memo", () => {
  it("keeps a result on the document that prepare() made, apart from other documents", () => {
    const a = prepare(TEXT);
    const b = prepare(TEXT);
    expect(recall(a, COUNT)).toBeUndefined();
    expect(remember(a, COUNT, 3)).toBe(3);
    expect(recall(a, COUNT)).toBe(3);
    expect(recall(b, COUNT)).toBeUndefined();
  });

  it("tokenizes a document's sentences once and shares them", () => {
    const doc = prepare(TEXT);
    const first = sentencesOf(doc);
    expect(first.length).toBe(1);
    expect(sentencesOf(doc)).toBe(first);
    expect(sentencesOf(prepare(TEXT))).not.toBe(first);
  });

  it("works for a Doc made by hand, without prepare()'s slot", () => {
    const prepared = prepare(TEXT);
    const byHand: Doc = {
      input: prepared.input,
      text: prepared.text,
      blocks: prepared.blocks,
      sentences: prepared.sentences,
      dateline: prepared.dateline,
      span: (s, e) => prepared.span(s, e),
      inputStart: (p) => prepared.inputStart(p),
      inputEnd: (p) => prepared.inputEnd(p),
      mention: (s, e) => prepared.mention(s, e),
      sentenceAt: (p) => prepared.sentenceAt(p),
    };
    expect(recall(byHand, COUNT)).toBeUndefined();
    remember(byHand, COUNT, 7);
    expect(recall(byHand, COUNT)).toBe(7);
    expect(recall(prepared, COUNT)).toBeUndefined();
    const sents = sentencesOf(byHand);
    expect(sents.map((s) => s.toks.length)).toEqual(sentencesOf(prepared).map((s) => s.toks.length));
    expect(sentencesOf(byHand)).toBe(sents);
  });

  it("gives a document read against a reference date its own memo, with the same results", () => {
    const plain = parseArticle(TEXT);
    const dated = parseArticle(TEXT, { referenceDate: "2023-05-22" });
    expect(dated.people).toEqual(plain.people);
    expect(dated.quotes).toEqual(plain.quotes);
  });
});

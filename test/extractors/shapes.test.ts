// The tokens and sentences that the rules read at every word keep one shape (see test/helpers/shapes.ts)
import { describe, expect, it } from "vitest";
import { capitalised, tokenize } from "../../src/extractors/people/tokens.js";
import { sentencesOf } from "../../src/extractors/people/context.js";
import { prepare } from "../../src/pipeline/document.js";
import { lexicon } from "../../src/extractors/people/lexicon.js";
import { placeLexicon } from "../../src/extractors/places/lexicon.js";
import { sameShape } from "../helpers/shapes.js";

const TEXT = "THEO BỘ CÔNG AN. Hồ sơ đã được gửi lên sở Y tế tỉnh Nam Định. Ông Ngọc nói.";

describe("object shapes", () => {
  it("checks what it says: a spread copy of a token has another shape", () => {
    const [t] = tokenize("sở Y tế", 0, 7);
    expect(sameShape(t!, { ...t! })).toBe(false);
    expect(sameShape(t!, tokenize("Bộ", 0, 2)[0]!)).toBe(true);
  });

  it.each(["sở", "Y", "tế", "1.252", ",", "UBND", "H'Hen"])("capitalised(%s) is a token of the same shape, with its capital", (word) => {
    const t = tokenize(word, 0, word.length)[0]!;
    const c = capitalised(t);
    expect(sameShape(c, t)).toBe(true);
    expect(c).toEqual({ ...t, cap: true });
    expect(Object.keys(c)).toEqual(Object.keys(t));
  });

  it("withTokens makes a sentence of the same class and shape, read as the original", () => {
    const doc = prepare(TEXT);
    const sents = sentencesOf(doc);
    for (const st of sents) {
      const toks = st.toks.map((t, k) => (k === 0 ? capitalised(t) : t));
      const copy = st.withTokens(toks);
      expect(sameShape(copy, st)).toBe(true);
      expect(Object.getPrototypeOf(copy)).toBe(Object.getPrototypeOf(st));
      expect(copy.toks).toBe(toks);
      // everything else is the original's, the offsets read on demand included
      for (const key of ["index", "start", "end", "block", "blockIndex", "blockStart", "allCaps", "titleCase", "inFirst", "inLast"] as const) {
        expect(copy[key]).toEqual(st[key]);
      }
      expect(copy.inStart).toEqual(st.inStart);
      expect(copy.inEnd).toEqual(st.inEnd);
    }
    // the heading in capitals stays one, though a token of it was changed
    expect(sents[0]!.allCaps).toBe(true);
    expect(sents[0]!.withTokens(sents[0]!.toks.map((t) => ({ ...t, acronym: false }))).allCaps).toBe(true);
  });

  it("gives every bare place name of the lexicon one shape", () => {
    const names = [...placeLexicon().bare.values()];
    expect(names.length).toBeGreaterThan(500);
    // aliases, countries (one shown under its canonical name), units and world places
    expect(new Set(names.map((b) => b.kind))).toEqual(new Set(["alias", "country", "unit", "world"]));
    expect(names.filter((b) => !sameShape(b, names[0]!))).toEqual([]);
  });

  it("gives a title, its deputy and their standing forms one shape", () => {
    const entryOf = (title: string): object => {
      const toks = tokenize(title, 0, title.length);
      const hit = lexicon().positions.longest(toks, 0);
      expect(hit?.end).toBe(toks.length);
      return hit!.value;
    };
    const base = entryOf("Bí thư");
    for (const title of ["Phó Bí thư", "Bí thư Thường trực", "Phó Bí thư Thường trực", "Chủ tịch", "Phó Chủ tịch"]) {
      expect(sameShape(entryOf(title), base)).toBe(true);
    }
  });
});

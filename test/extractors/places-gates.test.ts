// The cheap tests the place rules read before (or instead of) a pattern, each against the pattern
// it stands for, at every position of sentences written for these tests.
import { describe, it, expect } from "vitest";
import { afterInitial } from "../../src/extractors/places/bare.js";
import { teamBefore } from "../../src/extractors/places/in-names.js";
import { foldWord } from "../../src/lexicon/gazetteer.js";
import { wordAfter, wordAfterByPattern, wordBefore, wordsBefore } from "../../src/extractors/places/words.js";

const SENTENCES = [
  "Michael B. Jordan đến Hà Nội, còn Nguyễn Q. Huy ở lại TP. Đà Nẵng.",
  "Anh ấy nói: Anh hùng Nguyễn Văn A. Trỗi sinh ở Quảng Nam.",
  "A. B. C. Mỹ — ông Lê Văn Tám  về   thôn\nPhú Lộc, xã Đức\tLạc.",
  "Đường Hà Nội kéo dài, phố Huế và ngã ba Vũng Tàu (sân bay Đà Nẵng) đông người",
  "Bản tin 𝐀. Việt Nam, chữ 𝐁𝐂 Lào và từ 𝒶𝒷𝒸 dài quá mười chín chữ cái abcdefghijklmnopqrstuvwxyz Nga",
  " Mỹ Ý. Đức",
  "x. Nga",
  "U16 Việt Nam thắng u23 Thái Lan, đội U21\tHà Nội và U19  Lào; SU23 Mỹ, 2U23 Nga, U2 Pháp, U234 Đức, U16-Nhật",
  "",
];

/** Every position of `s`, and one past its end. */
const positions = (s: string): number[] => Array.from({ length: s.length + 2 }, (_, i) => i);

/**
 * Checks `gate(s, pos)` against `pattern` on the `span` code units before `pos`, at every position of
 * every sentence, and returns how often the pattern matched.
 */
function hitsOfGateBefore(gate: (s: string, pos: number) => boolean, pattern: RegExp, span: number): number {
  let hits = 0;
  for (const s of SENTENCES) {
    for (const pos of positions(s)) {
      const want = pattern.test(s.slice(Math.max(0, pos - span), pos));
      expect(gate(s, pos), `${JSON.stringify(s)} at ${pos}`).toBe(want);
      if (want) hits++;
    }
  }
  return hits;
}

describe("place gates agree with the patterns they skip", () => {
  it("afterInitial is INITIAL_BEFORE on the four code units before", () => {
    expect(hitsOfGateBefore(afterInitial, /(?:^|\s)\p{Lu}\.\s$/u, 4)).toBeGreaterThan(5);
  });

  it("wordAfter is the pattern's word (astral letters included)", () => {
    let words = 0;
    for (const s of SENTENCES) {
      for (const pos of positions(s)) {
        const want = wordAfterByPattern(s, pos);
        expect(wordAfter(s, pos), `${JSON.stringify(s)} at ${pos}`).toBe(want);
        if (want) words++;
      }
    }
    expect(words).toBeGreaterThan(40);
    expect(wordAfter("Anh ấy", 3)).toBe(foldWord("ấy"));
    expect(wordAfter("Anh  ấy", 3)).toBe("");
  });

  it("teamBefore is TEAM_BEFORE on the eight code units before", () => {
    expect(hitsOfGateBefore(teamBefore, /(?:^|[^\p{L}\p{N}])[Uu]\d{2}\s+$/u, 8)).toBeGreaterThan(3);
  });

  it("wordBefore is wordsBefore's first word", () => {
    for (const s of SENTENCES) for (const pos of positions(s)) expect(wordBefore(s, pos), `${JSON.stringify(s)} at ${pos}`).toBe(wordsBefore(s, pos, 1)[0]);
    expect(wordBefore("phố Huế", 4)).toBe(foldWord("phố"));
    expect(wordBefore("(huyện", 1)).toBeUndefined();
  });
});

import { describe, it, expect } from "vitest";
import { collapseSpaces } from "../../src/pipeline/junk.js";

const texts = [
  "", " ", "  ", "a", " a", "a ", "a b", "a  b", "a\tb", "a\u00a0b", "a \u00a0b", "Chia sẻ", "Chia  sẻ ",
  "\u3000Chia sẻ", "x\u2028y", "x\ufeff", "\ufeffx", "a b c d", "a b  c", "a\u1680b", "a\u205fb", "a\u202fb",
  "\ud83d\ude00 x", "x \ud83d", "Nhóm PV", "(*)",
];

describe("collapseSpaces", () => {
  it.each(texts)("agrees with replace(/\\s+/g, ' ').trim() on %j", (t) => {
    expect(collapseSpaces(t)).toBe(t.replace(/\s+/g, " ").trim());
  });
});

import { describe, expect, it } from "vitest";
import { joinsPhrase } from "../../src/extractors/people/trie.js";
import type { Tok } from "../../src/extractors/people/tokens.js";
import { AMPERSAND, COLON, COMMA, ELLIPSIS, HYPHEN, OPEN_PAREN, SEMICOLON, isChar } from "../../src/extractors/people/punct.js";

// isChar(w, code) stands for w === literal in the name and organisation grammars: pinned against it
describe("isChar", () => {
  const pairs: [number, string][] = [[AMPERSAND, "&"], [OPEN_PAREN, "("], [COMMA, ","], [HYPHEN, "-"], [COLON, ":"], [SEMICOLON, ";"], [ELLIPSIS, "…"]];
  const words = ["-", "--", "&", ",", "(", ":", ";", "…", "...", "", "a", "–", "—", "‐", "-a", "a-", "\u2026", "(\u0300", "😀", "Đ"];
  it("agrees with === on tricky inputs", () => {
    for (const [code, lit] of pairs) for (const w of words) expect([code, w, isChar(w, code)]).toEqual([code, w, w === lit]);
  });
});

// joinsPhrase(t) stands for t.t === "&" || "-" || "," || "+" in the phrase trie and the cue test
describe("joinsPhrase", () => {
  const words = ["&", "-", ",", "+", "&&", "--", ",,", "++", "", ".", "–", "—", "‐", "＋", "，", "-a", "a", "😀"];
  it("agrees with the string compares", () => {
    for (const w of words) {
      const t = { s: 0, e: w.length, t: w, f: w, word: false, cap: false, acronym: false, num: false, glued: false, nameWord: false } as Tok;
      expect([w, joinsPhrase(t)]).toEqual([w, w === "&" || w === "-" || w === "," || w === "+"]);
    }
  });
});

import { describe, expect, it } from "vitest";
import { globToRegExp, isGlob } from "../../src/cli/batch/glob.js";

describe("globToRegExp", () => {
  it.each([
    ["*.txt", "bai.txt", true],
    ["*.txt", "a/bai.txt", false],
    ["*.txt", ".an.txt", false],
    ["**/*.txt", "bai.txt", true],
    ["**/*.txt", "2024/06/bai.txt", true],
    ["**/*.txt", ".git/x.txt", false],
    ["2024/**", "2024/06/a.txt", true],
    ["b?i.txt", "bai.txt", true],
    ["b?i.txt", "bi.txt", false],
    ["[ab]*.txt", "an.txt", true],
    ["[!ab]*.txt", "an.txt", false],
    ["[!ab]*.txt", "cn.txt", true],
    ["*.{txt,jsonl}", "a.jsonl", true],
    ["*.{txt,jsonl}", "a.json", false],
    ["bài (1).txt", "bài (1).txt", true],
    ["a+b.txt", "aab.txt", false],
  ])("%s ~ %s → %s", (glob, path, want) => {
    expect(globToRegExp(glob).test(path)).toBe(want);
  });

  it.each([
    ["corpus/*.txt", true],
    ["corpus/{a,b}", true],
    ["corpus/bai.txt", false],
    ["-", false],
  ])("isGlob(%s) = %s", (s, want) => expect(isGlob(s)).toBe(want));
});

import { describe, expect, it } from "vitest";
import { SpanTable, hashOf } from "../../src/text/span-table.js";

describe("SpanTable", () => {
  it("finds a stretch of any text by its characters, and null kept as a value", () => {
    const t = new SpanTable<string | null>(4);
    t.add("ông", hashOf("ông", 0, 3), "a");
    t.add("ô", hashOf("ô", 0, 1), null);
    const s = "Bà ông ôn ô";
    expect(t.get(s, 3, 6, hashOf(s, 3, 6))).toBe("a");
    expect(t.get(s, 10, 11, hashOf(s, 10, 11))).toBeNull();
    expect(t.get(s, 7, 9, hashOf(s, 7, 9))).toBeUndefined();
    expect(t.get(s, 0, 2, hashOf(s, 0, 2))).toBeUndefined();
  });

  it("answers as a Map does, through colliding hashes and emptying when half full", () => {
    // a small table (16 slots, emptied at 8 keys) and 39 short words over 3 letters: many share a
    // slot, and a word is often found after another in its probe
    const t = new SpanTable<number>(4);
    let map = new Map<string, number>();
    let seed = 11;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let r = 0; r < 5000; r++) {
      let w = "";
      for (let q = 1 + rand(3); q > 0; q--) w += "aăb"[rand(3)];
      const text = `x ${w} y`;
      const h = hashOf(text, 2, 2 + w.length);
      expect(t.get(text, 2, 2 + w.length, h)).toBe(map.get(w));
      if (!map.has(w)) {
        if (map.size >= 8) map = new Map();
        t.add(w, h, r);
        map.set(w, r);
      }
    }
  });
});

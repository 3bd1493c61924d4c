// The re-alignment of a segmenter's strings to spans, with fake taggers: runs without vntk.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { parseArticle, segmentWords, BaochiError, Article, type WordTagger } from "../../src/index.js";
import { alignTokens, tagWords, type TaggedToken } from "../../src/pipeline/words.js";
import { loadVntk, vntkLoadError } from "../../src/pipeline/vntk.js";

/** The words of `text[start, end)` as strings, for readable expectations. */
function aligned(text: string, tokens: TaggedToken[]): string[] {
  return alignTokens(text, 0, text.length, tokens).map((w) => text.slice(w.start, w.end));
}

/** A tagger that reads words from a table: each sentence → its tokens. */
function tableTagger(table: Record<string, TaggedToken[]>): WordTagger {
  return (s) => table[s] ?? s.split(/\s+/);
}

describe("alignTokens", () => {
  it("finds words of several syllables, joined by spaces or underscores", () => {
    const text = "Tỉnh Tiền Giang tổ chức 65 cuộc họp.";
    expect(aligned(text, ["Tỉnh", "Tiền Giang", "tổ_chức", "65", ["cuộc họp", "V"], "."])).toEqual([
      "Tỉnh", "Tiền Giang", "tổ chức", "65", "cuộc họp", ".",
    ]);
    const w = alignTokens(text, 0, text.length, [["Tỉnh", "N"], ["Tiền Giang", "Np"]]);
    expect(w).toEqual([
      { start: 0, end: 4, pos: "N" },
      { start: 5, end: 15, pos: "Np" },
    ]);
  });

  it("accepts syllables the text writes without a space (vntk joins 'b' and '=' as \"b =\")", () => {
    expect(aligned("mã b=1 hợp lệ", ["mã", "b =", "1", "hợp lệ"])).toEqual(["mã", "b=", "1", "hợp lệ"]);
  });

  it("keeps an underscore that is in the text", () => {
    expect(aligned("tệp bao_cao.txt", ["tệp", "bao_cao", ".", "txt"])).toEqual(["tệp", "bao_cao", ".", "txt"]);
    expect(aligned("a _ b", ["a", "_", "b"])).toEqual(["a", "_", "b"]);
  });

  it("matches a token in another case or tone placement (hoà / hòa) to the text as written", () => {
    const text = "Xã Hòa Bình thuộc huyện Chợ Gạo.";
    expect(aligned(text, ["xã", "Hoà Bình", "thuộc", "huyện", "Chợ Gạo", "."])).toEqual([
      "Xã", "Hòa Bình", "thuộc", "huyện", "Chợ Gạo", ".",
    ]);
  });

  it("leaves a rewritten token untagged and resynchronises on the next one", () => {
    const text = "Người dân TP.HCM đón Tết sớm.";
    // the tagger wrote "TPHCM", which is nowhere in the text
    expect(aligned(text, ["Người dân", "TPHCM", "đón", "Tết", "sớm", "."])).toEqual(["Người dân", "đón", "Tết", "sớm", "."]);
    // several rewritten tokens in a row
    expect(aligned(text, ["Người dân", "Thành phố", "Hồ Chí Minh", "đón", "Tết", "sớm", "."])).toEqual([
      "Người dân", "đón", "Tết", "sớm", ".",
    ]);
  });

  it("does not jump far ahead to a later copy of a rewritten token", () => {
    const text = 'Anh ấy nói: "Chúng tôi sẽ về quê ăn Tết và thăm ông bà", rồi cười.';
    // the tagger rewrote the opening quote as "và", a word that does occur, 40 characters on
    const tokens = ["Anh ấy", "nói", ":", "và", "Chúng tôi", "sẽ", "về", "quê", "ăn", "Tết", "và", "thăm", "ông bà", '"', ",", "rồi", "cười", "."];
    expect(aligned(text, tokens)).toEqual([
      "Anh ấy", "nói", ":", "Chúng tôi", "sẽ", "về", "quê", "ăn", "Tết", "và", "thăm", "ông bà", '"', ",", "rồi", "cười", ".",
    ]);
  });

  it("prefers a match at a word start when resynchronising", () => {
    // "ai" is inside "hai" before it is a word of its own
    expect(aligned("Có hai ai đó.", ["Có", "X", "ai", "đó", "."])).toEqual(["Có", "ai", "đó", "."]);
  });

  it("drops a token that is not in the text without losing the ones after it", () => {
    expect(aligned("Mưa lớn kéo dài.", ["Mưa", "bão", "lớn", "kéo dài", "."])).toEqual(["Mưa", "lớn", "kéo dài", "."]);
  });

  it("ignores empty and white-space tokens", () => {
    expect(aligned("Trời  nắng", ["", "Trời", " ", "nắng"])).toEqual(["Trời", "nắng"]);
  });

  it("stays inside [start, end)", () => {
    const text = "Hà Nội mưa. Huế nắng.";
    const w = alignTokens(text, 12, text.length, ["Huế", "nắng", ".", "Hà Nội"]);
    expect(w.map((x) => text.slice(x.start, x.end))).toEqual(["Huế", "nắng", "."]);
  });
});

describe("tagWords", () => {
  it("gives spans into the caller's NFD text with curly quotes and odd spaces", async () => {
    const text = "Ông Lê Văn Tám nói: “Nông dân\u00a0phấn khởi”.".normalize("NFD");
    const tagger: WordTagger = (s) => {
      expect(s).toBe('Ông Lê Văn Tám nói: "Nông dân phấn khởi".'); // the normalized sentence
      return ["Ông", "Lê Văn Tám", "nói", ":", '"', "Nông dân", "phấn khởi", '"', "."];
    };
    const words = await tagWords(text, tagger);
    expect(words.map((w) => w.text.normalize("NFC"))).toEqual(["Ông", "Lê Văn Tám", "nói", ":", "“", "Nông dân", "phấn khởi", "”", "."]);
    for (const w of words) expect(text.slice(w.span.start, w.span.end)).toBe(w.text);
    expect(words[1]!.text).toBe("Lê Văn Tám".normalize("NFD"));
  });

  it("keeps an emoji whole when the tagger splits its surrogates", async () => {
    const text = "Chúc mừng 😀 năm mới.";
    const words = await tagWords(text, () => ["Chúc mừng", "\ud83d", "\ude00", "năm mới", "."]);
    expect(words.map((w) => w.text)).toEqual(["Chúc mừng", "😀", "năm mới", "."]);
  });

  it("merges two tokens that fall inside one normalized stretch", async () => {
    // "ễ" + a diaeresis: NFC cannot join the last mark, so one input stretch gives two characters
    const odd = "e\u0302\u0303\u0308";
    const text = `Chữ l${odd}n lạ.`;
    const words = await tagWords(text, (s) => {
      const at = s.indexOf("l");
      return ["Chữ", s.slice(at, at + 2), s.slice(at + 2, at + 4), "lạ", "."];
    });
    expect(words.map((w) => w.text)).toEqual(["Chữ", `l${odd}n`, "lạ", "."]);
    for (const w of words) expect(text.slice(w.span.start, w.span.end)).toBe(w.text);
  });

  it("tags each sentence of the content blocks, in text order", async () => {
    const text = "Hội An đón khách\n\nSáng 2-9, phố cổ Hội An đông khách. Nhiều cửa hàng mở cửa sớm.\n\nMINH ANH";
    const seen: string[] = [];
    const words = await tagWords(text, (s) => {
      seen.push(s);
      return s.split(/\s+|(?=[.,])/);
    });
    expect(seen).toEqual(["Hội An đón khách", "Sáng 2-9, phố cổ Hội An đông khách.", "Nhiều cửa hàng mở cửa sớm."]);
    const starts = words.map((w) => w.span.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(words.some((w) => w.text === "MINH")).toBe(false); // the byline is not a sentence
  });

  it("cuts a very long sentence at spaces before tagging it", async () => {
    const text = Array.from({ length: 600 }, (_, i) => (i % 2 ? "lúa" : "gạo")).join(" ");
    const lengths: number[] = [];
    const words = await tagWords(text, (s) => {
      lengths.push(s.length);
      return s.split(" ");
    });
    expect(Math.max(...lengths)).toBeLessThanOrEqual(1500);
    expect(words).toHaveLength(600);
    for (const w of words) expect(text.slice(w.span.start, w.span.end)).toBe(w.text);
  });

  it("never gives a span that does not slice to its text, whatever the tagger does", async () => {
    const syllable = fc.constantFrom("Tiền", "Giang", "tổ", "chức", "hòa", "hoà", "Ủy", "ban", "65", "1.252", "TP.HCM", "😀", "“", "”", ",", ".", "_");
    const space = fc.constantFrom(" ", "  ", "\u00a0", "\n", "\t", "");
    const piece = fc.tuple(syllable, space, fc.boolean()).map(([s, sp, nfd]) => (nfd ? s.normalize("NFD") : s) + sp);
    const text = fc.array(piece, { minLength: 1, maxLength: 40 }).map((p) => p.join(""));
    // a tagger that groups whitespace-separated pieces at random, joins them with " " or "_",
    // drops some and rewrites some
    const plan = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 60, maxLength: 60 });
    await fc.assert(
      fc.asyncProperty(text, plan, async (t, p) => {
        let k = 0;
        const tagger: WordTagger = (s) => {
          const parts = s.split(/\s+/).filter(Boolean);
          const out: TaggedToken[] = [];
          for (let i = 0; i < parts.length; i++) {
            const r = p[k++ % p.length]!;
            if (r === 0) continue; // dropped
            if (r === 1) out.push(parts[i]!.toUpperCase()); // rewritten
            else if (r === 2 && i + 1 < parts.length) out.push([`${parts[i]}_${parts[++i]}`, "N"]);
            else if (r === 3 && i + 1 < parts.length) out.push(`${parts[i]} ${parts[++i]}`);
            else out.push(parts[i]!);
          }
          return out;
        };
        const words = await tagWords(t, tagger);
        let last = 0;
        for (const w of words) {
          expect(t.slice(w.span.start, w.span.end)).toBe(w.text);
          expect(w.span.start).toBeGreaterThanOrEqual(last);
          expect(w.span.end).toBeGreaterThan(w.span.start);
          last = w.span.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("segmentWords", () => {
  const TEXT = "Nông dân Tiền Giang trúng mùa\n\nNăm nay, nông dân tỉnh Tiền Giang thu hoạch hơn 1.200 tấn xoài.";
  const table: Record<string, TaggedToken[]> = {
    "Nông dân Tiền Giang trúng mùa": [["Nông dân", "N"], ["Tiền Giang", "Np"], ["trúng", "V"], ["mùa", "N"]],
    "Năm nay, nông dân tỉnh Tiền Giang thu hoạch hơn 1.200 tấn xoài.": [
      ["Năm", "N"], ["nay", "P"], [",", "CH"], ["nông dân", "N"], ["tỉnh", "N"], ["Tiền Giang", "Np"],
      ["thu hoạch", "V"], ["hơn", "A"], ["1.200", "M"], ["tấn", "Nu"], ["xoài", "N"], [".", "CH"],
    ],
  };

  it("returns a new Article with words that pass the schema, leaving the input alone", async () => {
    const article = parseArticle(TEXT);
    const out = await segmentWords(article, { tagger: tableTagger(table) });
    expect(article.words).toBeUndefined();
    expect(out).not.toBe(article);
    expect(out.words!.slice(0, 2)).toEqual([
      { text: "Nông dân", span: { start: 0, end: 8 }, pos: "N" },
      { text: "Tiền Giang", span: { start: 9, end: 19 }, pos: "Np" },
    ]);
    expect(out.words!.filter((w) => w.text === "Tiền Giang")).toHaveLength(2);
    expect(out.words!.find((w) => w.text === "1.200")?.pos).toBe("M");
    expect(Article.safeParse(out).success).toBe(true);
    expect({ ...out, words: undefined }).toEqual({ ...article, words: undefined });
  });

  it("gives pos null for a tagger that returns words only", async () => {
    const out = await segmentWords(parseArticle(TEXT), { tagger: (s) => s.split(" ") });
    expect(out.words!.every((w) => w.pos === null)).toBe(true);
  });

  it("accepts an async tagger", async () => {
    const out = await segmentWords(parseArticle("Trời mưa to."), { tagger: async (s) => s.split(" ") });
    expect(out.words!.map((w) => w.text)).toEqual(["Trời", "mưa", "to."]);
  });

  it("rejects what is not an Article, and bad options", async () => {
    await expect(segmentWords("Trời mưa." as unknown as Article)).rejects.toMatchObject({ code: "invalid-input" });
    await expect(segmentWords(null as unknown as Article)).rejects.toBeInstanceOf(BaochiError);
    await expect(segmentWords(parseArticle("Trời mưa."), { pos: "có" as unknown as boolean })).rejects.toMatchObject({
      code: "invalid-options",
      message: expect.stringContaining("pos"),
    });
    await expect(segmentWords(parseArticle("Trời mưa."), { tagger: 1 as unknown as WordTagger })).rejects.toMatchObject({ code: "invalid-options" });
  });
});

describe("loading vntk", () => {
  it("says how to install vntk when it is missing", async () => {
    const missing = Object.assign(new Error("Cannot find package 'vntk' imported from /app/node_modules/baochi/dist/index.js"), { code: "ERR_MODULE_NOT_FOUND" });
    const e = await loadVntk(() => Promise.reject(missing)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(BaochiError);
    expect(e).toMatchObject({ code: "missing-dependency", cause: missing });
    expect((e as Error).message).toContain("npm install vntk");
    expect((e as Error).message).toContain("npm install-scripts approve crfsuite fasttext");
  });

  it("says how to build the native addon when vntk is there but crfsuite was not built", () => {
    const e = vntkLoadError(
      Object.assign(new Error("Cannot find module '/app/node_modules/crfsuite/lib/binding/napi-v3/crfsuite.node'\nRequire stack: …"), { code: "MODULE_NOT_FOUND" }),
    );
    expect(e.code).toBe("missing-dependency");
    expect(e.message).toContain("native addon");
    expect(e.message).toContain("npm rebuild crfsuite fasttext");
    expect(e.message).not.toContain("Require stack");
  });

  it("reports any other failure as a missing dependency with its message", () => {
    const e = vntkLoadError(new TypeError("boom"));
    expect(e.code).toBe("missing-dependency");
    expect(e.message).toContain("vntk failed to load: boom");
  });

  it("does not remember a failed load", async () => {
    await expect(loadVntk(() => Promise.reject(new Error("x")))).rejects.toThrow();
    await expect(loadVntk(() => Promise.resolve({ default: {} }))).rejects.toMatchObject({ message: expect.stringContaining("wordTokenizer") });
  });
});

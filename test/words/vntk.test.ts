// segmentWords with the real vntk. Skipped where vntk is not installed; CI installs it (devDependency).
import { createRequire } from "node:module";
import { describe, it, expect } from "vitest";
import { parseArticle, segmentWords, Article } from "../../src/index.js";
import { installSpeedups } from "../../src/pipeline/vntk.js";

const require = createRequire(import.meta.url);
const hasVntk = (() => {
  try {
    require.resolve("vntk");
    return true;
  } catch {
    return false;
  }
})();

const ARTICLE = `Thứ Tư, 6/3/2024, 09:15 (GMT+7)

Tiền Giang: Nông dân huyện Chợ Gạo trúng mùa thanh long

Năm nay, nông dân huyện Chợ Gạo (tỉnh Tiền Giang) thu hoạch hơn 1.200 tấn thanh long, giá bán tăng 15% so với năm trước.

Ông Nguyễn Văn Hùng, Chủ tịch UBND huyện Chợ Gạo, cho biết: “Huyện sẽ tổ chức thêm nhiều lớp tập huấn kỹ thuật cho bà con.”

Ủy ban nhân dân tỉnh đã khai trương chợ nổi trên sông Tiền 😀.

THANH TÂM`;

describe.skipIf(!hasVntk)("segmentWords with vntk", () => {
  it("segments multi-syllable words and tags them, every span slicing to its text", async () => {
    const article = await segmentWords(parseArticle(ARTICLE));
    const words = article.words!;
    for (const w of words) expect(ARTICLE.slice(w.span.start, w.span.end)).toBe(w.text);
    expect(Article.safeParse(article).success).toBe(true);
    const find = (text: string) => words.find((w) => w.text === text);
    expect(find("Tiền Giang")?.pos).toBe("Np");
    expect(find("tổ chức")?.pos).toBe("V");
    expect(find("nông dân")?.pos).toBe("N");
    expect(find("1.200")).toBeDefined();
    expect(find("“")?.pos).toBe("CH"); // vntk saw a straight quote; the word is the caller's curly one
    expect(find("😀")).toBeDefined();
    // the words cover every letter of the content sentences: nothing was lost in the re-alignment
    const covered = words.map((w) => w.text).join("").replace(/\s/g, "");
    expect(covered).toContain("Nôngdânhuyện");
  });

  it("aligns NFD input to the caller's text", async () => {
    const nfd = ARTICLE.normalize("NFD");
    const words = (await segmentWords(parseArticle(nfd))).words!;
    for (const w of words) expect(nfd.slice(w.span.start, w.span.end)).toBe(w.text);
    expect(words.find((w) => w.text.normalize("NFC") === "Tiền Giang")?.text).toBe("Tiền Giang".normalize("NFD"));
  });

  it("segments without tags when pos is false", async () => {
    const words = (await segmentWords(parseArticle(ARTICLE), { pos: false })).words!;
    expect(words.every((w) => w.pos === null)).toBe(true);
    expect(words.some((w) => w.text === "thanh long")).toBe(true);
  });

  it("the speed-ups give the same words and tags as vntk unchanged", () => {
    const vntk = require("vntk");
    const features = require("vntk/lib/features");
    const sentences = [
      "Năm nay, nông dân huyện Chợ Gạo (tỉnh Tiền Giang) thu hoạch hơn 1.200 tấn thanh long.",
      "Ông Nguyễn Văn Hùng, Chủ tịch UBND huyện, cho biết: \"Huyện sẽ tổ chức thêm nhiều lớp tập huấn.\"",
      "Học sinh trường THPT Nguyễn Đình Chiểu đạt giải nhất cuộc thi Em yêu khoa học.",
    ];
    // segmentWords above installed the speed-ups on the shared singletons: compare with and without
    const dict = vntk.dictionary();
    expect(Object.hasOwn(dict, "has") && Object.hasOwn(features, "toFeatures")).toBe(true);
    const patched = sentences.map((s) => JSON.stringify(vntk.posTag().tag(s)));
    const savedHas = dict.has;
    const savedToFeatures = features.toFeatures;
    delete dict.has;
    delete features.toFeatures;
    try {
      const plain = sentences.map((s) => JSON.stringify(vntk.posTag().tag(s)));
      expect(patched).toEqual(plain);
      const undo = installSpeedups(dict, features);
      expect(sentences.map((s) => JSON.stringify(vntk.posTag().tag(s)))).toEqual(plain);
      undo();
      expect(Object.hasOwn(dict, "has")).toBe(false);
    } finally {
      dict.has = savedHas;
      features.toFeatures = savedToFeatures;
    }
  });
});

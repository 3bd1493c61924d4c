import { describe, expect, it } from "vitest";
import { BaochiError, parseArticle } from "../../src/index.js";
import { declaredCharset } from "../../src/pipeline/decode.js";
import { articleProblems } from "../../bench/lib/check-article.mjs";

// Windows-1258, the Vietnamese Windows code page of older sites: precomposed letters for the vowels
// and đ, a combining byte for each tone mark. Enough of it for the sentences below.
const CP1258: Record<string, number> = {
  à: 0xe0, á: 0xe1, â: 0xe2, ă: 0xe3, đ: 0xf0, ê: 0xea, ô: 0xf4, ơ: 0xf5, ư: 0xfd,
  Â: 0xc2, Ă: 0xc3, Đ: 0xd0, Ê: 0xca, Ô: 0xd4, Ơ: 0xd5, Ư: 0xdd,
  "\u0300": 0xcc, "\u0301": 0xec, "\u0309": 0xd2, "\u0303": 0xde, "\u0323": 0xf2,
};
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/;

/** `s` in Windows-1258: each letter as its base letter (â, ơ, đ …) and then its tone mark's byte. */
function cp1258(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) {
      out.push(c);
      continue;
    }
    const d = ch.normalize("NFD");
    const tone = d.match(TONE)?.[0];
    const base = d.replace(TONE, "").normalize("NFC");
    if (base.length === 1 && base.charCodeAt(0) < 0x80) out.push(base.charCodeAt(0));
    else if (CP1258[base] !== undefined) out.push(CP1258[base]!);
    else throw new Error(`no Windows-1258 byte for ${base} in this test's table`);
    if (tone) out.push(CP1258[tone]!);
  }
  return Uint8Array.from(out);
}

const TITLE = "Đà Nẵng hoàn thành 3 dự án";
const BODY = "Ông Nguyễn Văn Hùng cho biết, thành phố đã đầu tư 120 tỷ đồng cho dự án này trong năm qua.";
const MORE = "Các dự án sẽ được bàn giao cho người dân sử dụng trước tháng 6 năm sau.";
const page = (meta: string) => `<html><head>${meta}</head><body><h1>${TITLE}</h1><article><p>${BODY}</p><p>${MORE}</p></article></body></html>`;

describe("HTML bytes in the charset they declare", () => {
  it("reads a Windows-1258 page by its <meta charset>, with a warning", () => {
    const a = parseArticle(cp1258(page('<meta charset="windows-1258">')), { detectLanguage: false });
    expect(a.title?.text.normalize("NFC")).toBe(TITLE);
    expect(a.people.map((p) => p.name)).toEqual(["Nguyễn Văn Hùng"]);
    expect(a.figures.map((f) => f.value)).toEqual([3, 120e9]);
    expect(a.warnings.map((w) => w.code)).toEqual(["decoded-as-charset", "read-as-html"]);
    expect(articleProblems(a)).toEqual([]);
  });

  it("reads the http-equiv form of the declaration", () => {
    const a = parseArticle(cp1258(page(`<meta http-equiv='Content-Type' content='text/html; charset=Windows-1258'>`)), { detectLanguage: false });
    expect(a.title?.text.normalize("NFC")).toBe(TITLE);
  });

  it.each([
    ["bytes that are UTF-8 stay UTF-8 whatever the page declares", () => parseArticle(new TextEncoder().encode(page('<meta charset="windows-1258">')), { detectLanguage: false }), null],
    ["inputFormat text: not UTF-8 is an error", () => parseArticle(cp1258(page('<meta charset="windows-1258">')), { inputFormat: "text" }), "invalid-utf8"],
    ["a charset with no decoder (VNI has no standard label)", () => parseArticle(cp1258(page('<meta charset="x-viet-vni">'))), "invalid-utf8"],
    ["no declaration", () => parseArticle(cp1258(page(""))), "invalid-utf8"],
    ["text that is not a page", () => parseArticle(cp1258(`${TITLE}\n${BODY} <meta charset="windows-1258">`)), "invalid-utf8"],
  ])("%s", (_name, run, code) => {
    if (code === null) {
      const a = run();
      expect(a.title?.text).toBe(TITLE);
      expect(a.warnings.map((w) => w.code)).not.toContain("decoded-as-charset");
    } else {
      expect(run).toThrowError(BaochiError);
      try {
        run();
      } catch (e) {
        expect((e as BaochiError).code).toBe(code);
      }
    }
  });

  it.each([
    ['<!DOCTYPE html><meta charset="UTF-8">', "utf-8"],
    ["\ufeff<html><META CHARSET=windows-1258>", "windows-1258"],
    ['<html><meta content="text/html;charset=iso-8859-1" http-equiv="content-type">', "iso-8859-1"],
    ["<html><body>no declaration", null],
    ['Tiêu đề <meta charset="windows-1258">', null],
  ])("declaredCharset(%j) is %j", (head, want) => {
    expect(declaredCharset(new TextEncoder().encode(head))).toBe(want);
  });
});

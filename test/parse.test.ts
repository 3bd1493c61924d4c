import { describe, it, expect } from "vitest";
import { parseArticle, BaochiError, Article, type ParseOptions } from "../src/index.js";

const ARTICLE = `Thứ Hai, 22/5/2023, 08:05 (GMT+7)

Xã Bình Phú ra mắt mô hình tổ tự quản

Sáng nay, Đảng ủy xã Bình Phú (huyện Cai Lậy, tỉnh Tiền Giang) tổ chức ra mắt mô hình tổ nhân dân tự quản với sự tham dự của đông đảo người dân.

Tại buổi lễ, các đại biểu đã trao đổi kinh nghiệm xây dựng khu dân cư văn minh, đoàn kết và giúp nhau phát triển kinh tế gia đình.

TRẦN HÒA`;

describe("parseArticle", () => {
  it("keeps the caller's text unchanged and fills the structure", () => {
    const a = parseArticle(ARTICLE);
    expect(a.text).toBe(ARTICLE);
    expect(a.schemaVersion).toBe(1);
    expect(a.dateline?.value).toBe("2023-05-22T08:05:00+07:00");
    expect(a.dateline?.weekdayMatches).toBe(true);
    expect(a.title?.text).toBe("Xã Bình Phú ra mắt mô hình tổ tự quản");
    expect(a.lead?.text.startsWith("Sáng nay, Đảng ủy xã Bình Phú")).toBe(true);
    expect(a.byline?.name).toBe("Trần Hòa");
    expect(a.language.code).toBe("vie");
    expect(Article.safeParse(a).success).toBe(true);
  });

  it("reads UTF-8 bytes and strips the BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(ARTICLE)]);
    const a = parseArticle(bytes);
    expect(a.text).toBe(ARTICLE);
    expect(a.title?.text).toBe("Xã Bình Phú ra mắt mô hình tổ tự quản");
  });

  it("gives spans into the caller's NFD text", () => {
    const nfd = ARTICLE.normalize("NFD");
    const a = parseArticle(nfd);
    expect(a.text).toBe(nfd);
    expect(a.title && nfd.slice(a.title.span.start, a.title.span.end)).toBe(a.title?.text);
    expect(a.title?.text.normalize("NFC")).toBe("Xã Bình Phú ra mắt mô hình tổ tự quản");
  });

  it("reads CRLF text", () => {
    const a = parseArticle(ARTICLE.replace(/\n/g, "\r\n"));
    expect(a.title?.text).toBe("Xã Bình Phú ra mắt mô hình tổ tự quản");
    expect(a.byline?.name).toBe("Trần Hòa");
  });

  it("warns when the weekday does not fall on the date", () => {
    const a = parseArticle(ARTICLE.replace("Thứ Hai", "Thứ Ba"));
    expect(a.dateline?.weekdayMatches).toBe(false);
    expect(a.warnings.map((w) => w.code)).toContain("weekday-mismatch");
  });

  it("parses non-Vietnamese text with a warning", () => {
    const a = parseArticle(
      "The provincial government announced on Monday that the new bridge across the river will open next month, cutting travel times for thousands of commuters.",
    );
    expect(a.language.code).toBe("eng");
    expect(a.warnings.map((w) => w.code)).toContain("not-vietnamese");
  });

  it("warns on empty text and returns an empty article", () => {
    const a = parseArticle("   \n ");
    expect(a.warnings.map((w) => w.code)).toContain("empty-text");
    expect(a.title).toBeNull();
    expect(a.sections).toEqual([]);
  });

  it.each([
    ["invalid UTF-8", () => parseArticle(new Uint8Array([0x58, 0xc3, 0x28, 0xa0])), "invalid-utf8"],
    ["a number", () => parseArticle(42 as unknown as string), "invalid-input"],
    ["null", () => parseArticle(null as unknown as string), "invalid-input"],
    ["a bad option", () => parseArticle("Hà Nội", { maxLength: -1 }), "invalid-options"],
    ["a bad reference date", () => parseArticle("Hà Nội", { referenceDate: "hôm qua" }), "invalid-options"],
    ["too long", () => parseArticle("Hà Nội ".repeat(100), { maxLength: 50 }), "too-large"],
    ["words asked of parseArticle", () => parseArticle("Hà Nội", { words: true } as never), "invalid-options"],
    ["an unknown option", () => parseArticle("Hà Nội", { pretty: true } as never), "invalid-options"],
  ])("throws a BaochiError for %s", (_n, f, code) => {
    expect(f).toThrowError(BaochiError);
    try {
      f();
    } catch (e) {
      expect((e as BaochiError).code).toBe(code);
    }
  });

  it("runs a custom extractor list and reports a failing extractor as a warning", () => {
    const a = parseArticle(ARTICLE, {
      extractors: [
        {
          name: "quotes",
          run() {
            throw new Error("boom");
          },
        },
      ],
    });
    expect(a.quotes).toEqual([]);
    expect(a.warnings).toContainEqual(expect.objectContaining({ code: "extractor-failed" }));
  });

  it("skips language detection when asked", () => {
    expect(parseArticle(ARTICLE, { detectLanguage: false }).language).toEqual({ code: "und", confidence: 0 });
  });

  // no options is a shortcut to the defaults resolved once: it must read exactly as {} does, and a
  // call with options before it must leave nothing behind
  it("reads the same with no options, with {} and after a call with other options", () => {
    const withEmpty = parseArticle(ARTICLE, {});
    expect(parseArticle(ARTICLE)).toEqual(withEmpty);
    parseArticle(ARTICLE, { detectLanguage: false, maxLength: 10_000, referenceDate: "2020-01-01" });
    expect(parseArticle(ARTICLE)).toEqual(withEmpty);
    expect(() => parseArticle("x".repeat(60), { maxLength: 50 })).toThrow(BaochiError);
    expect(parseArticle("x".repeat(60)).text).toHaveLength(60);
  });

  // the last options object is remembered with its values: the same object changed between calls is
  // read again
  it("reads an options object again when the caller changed it between calls", () => {
    // (changed the way a caller's code may, past what the types allow)
    const options: { detectLanguage?: boolean; maxLength?: number; extractors?: unknown[]; words?: boolean } = { detectLanguage: true };
    const parse = () => parseArticle(ARTICLE, options as ParseOptions);
    expect(parse().language.code).toBe("vie");
    expect(parse().language.code).toBe("vie");
    options.detectLanguage = false;
    expect(parse().language).toEqual({ code: "und", confidence: 0 });
    options.maxLength = 10;
    expect(parse).toThrow(/over the limit/);
    delete options.maxLength;
    options.extractors = [];
    expect(parse().people).toEqual([]);
    options.extractors.push({ name: "broken" });
    expect(parse).toThrow(BaochiError);
    options.words = true;
    expect(parse).toThrow(/segmentWords/);
  });
});

describe("parseArticle referenceDate", () => {
  const TEXT = "Chiều hôm qua, hội nghị tổng kết đã diễn ra ở xã Bình Phú với nhiều đại biểu tham dự.";
  it("reads relative dates against the reference date when there is no dateline", () => {
    const a = parseArticle(TEXT, { referenceDate: "2024-03-15" });
    expect(a.dates.map((d) => d.value)).toContain("2024-03-14");
  });
  it("leaves relative dates out without a reference", () => {
    expect(parseArticle(TEXT).dates.map((d) => d.value)).not.toContain("2024-03-14");
  });
  it("rejects a reference that is not a calendar day", () => {
    expect(() => parseArticle(TEXT, { referenceDate: "2024-02-30" })).toThrowError(/calendar day/);
  });
});

describe("parseArticle bytes from another realm", () => {
  it("accepts a Uint8Array made in a vm context", async () => {
    const { runInNewContext } = await import("node:vm");
    const bytes = runInNewContext("new Uint8Array([72, 195, 160, 32, 78, 225, 187, 153, 105])") as Uint8Array;
    expect(bytes instanceof Uint8Array).toBe(false);
    expect(parseArticle(bytes).text).toBe("Hà Nội");
  });
});

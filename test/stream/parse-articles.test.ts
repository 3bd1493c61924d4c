import { describe, expect, it } from "vitest";
import { parseArticles, Article, BaochiError } from "../../src/index.js";
import { CHO_NOI, SHORT, TAN_PHU } from "./articles.js";

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe("parseArticles", () => {
  it("yields one result per input, in input order, with ids", async () => {
    const out = await collect(parseArticles([TAN_PHU, { id: "cho", text: CHO_NOI }, { id: 7, text: SHORT }, new TextEncoder().encode(SHORT)]));
    expect(out.map((r) => r.id)).toEqual(["0", "cho", "7", "3"]);
    for (const r of out) {
      expect("article" in r).toBe(true);
      if ("article" in r) expect(Article.safeParse(r.article).success).toBe(true);
    }
    expect("article" in out[1]! && out[1].article.text).toBe(CHO_NOI);
  });

  it.each([
    ["an empty string", "", "empty-text"],
    ["white space only", " \n\t ", "empty-text"],
    ["invalid UTF-8 bytes", new Uint8Array([0x58, 0xc3, 0x28, 0xff]), "invalid-utf8"],
    ["binary with NUL characters", "abc\u0000\u0000def", "invalid-input"],
    ["a number", 42, "invalid-input"],
    ["null", null, "invalid-input"],
    ["an object without text", { id: "x" }, "invalid-input"],
  ])("gives an error result in place for %s", async (_name, bad, code) => {
    const out = await collect(parseArticles([SHORT, bad as never, CHO_NOI]));
    expect(out).toHaveLength(3);
    expect("article" in out[0]!).toBe(true);
    expect(out[1]).toMatchObject({ id: expect.any(String), error: { code, message: expect.any(String) } });
    expect("article" in out[2]!).toBe(true);
  });

  it("gives too-large for an article over maxBytes, counted in UTF-8 bytes", async () => {
    // "ạ" is 3 bytes in UTF-8: 10 of them are 30 bytes but 10 UTF-16 units
    const out = await collect(parseArticles(["ạ".repeat(10), "ạ".repeat(9)], { maxBytes: 29 }));
    expect(out[0]).toMatchObject({ error: { code: "too-large" } });
    expect("article" in out[1]!).toBe(true);
  });

  it("takes async iterables and keeps meta", async () => {
    async function* gen() {
      yield { id: "a", text: SHORT, meta: { url: "https://example.vn/a" } };
      yield { id: "b", text: "" };
    }
    const out = await collect(parseArticles(gen()));
    expect(out[0]).toMatchObject({ id: "a", meta: { url: "https://example.vn/a" } });
    expect(out[1]).toEqual({ id: "b", error: { code: "empty-text", message: "the text is empty" } });
  });

  it("pulls the next input only when the caller asks (never collects the source)", async () => {
    let pulled = 0;
    function* source() {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield SHORT;
      }
    }
    const it = parseArticles(source());
    await it.next();
    await it.next();
    expect(pulled).toBe(2);
    await it.return(undefined);
    expect(pulled).toBe(2);
  });

  it.each([
    ["a string source", "một bài báo", {}],
    ["a number source", 5, {}],
    ["bad maxBytes", [SHORT], { maxBytes: -1 }],
    ["bad parse options", [SHORT], { detectLanguage: "yes" }],
  ])("throws a BaochiError before the first result for %s", async (_n, source, options) => {
    const err = await collect(parseArticles(source as never, options as never)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BaochiError);
    expect((err as BaochiError).code).toMatch(/invalid-(input|options)/);
  });
});

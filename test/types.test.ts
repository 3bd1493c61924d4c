import { describe, it, expectTypeOf } from "vitest";
import type { z } from "zod";
import { parseArticle, type Article, type Figure, type Person, type ParseOptions, type Span } from "../src/index.js";
import type { Article as ArticleSchema, Figure as FigureSchema } from "../src/schema/article.js";

describe("public types", () => {
  it("are the zod schemas' inferred types", () => {
    expectTypeOf<Article>().toEqualTypeOf<z.infer<typeof ArticleSchema>>();
    expectTypeOf<Figure>().toEqualTypeOf<z.infer<typeof FigureSchema>>();
  });

  it("pin the shapes pipelines depend on", () => {
    expectTypeOf(parseArticle).parameter(0).toEqualTypeOf<string | Uint8Array>();
    expectTypeOf(parseArticle).returns.toEqualTypeOf<Article>();
    expectTypeOf<Article["schemaVersion"]>().toEqualTypeOf<1>();
    expectTypeOf<Span>().toEqualTypeOf<{ start: number; end: number }>();
    expectTypeOf<Person["positions"][number]>().toHaveProperty("organization").toEqualTypeOf<string | null>();
    expectTypeOf<Figure["approx"]>().toEqualTypeOf<"exact" | "about" | "over" | "under" | "atLeast" | "atMost">();
    expectTypeOf<Figure["kind"]>().toEqualTypeOf<"count" | "percent" | "money" | "measure" | "other">();
  });

  it("keep every option optional", () => {
    expectTypeOf<{}>().toMatchTypeOf<ParseOptions>();
  });
});

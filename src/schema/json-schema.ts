import { z } from "zod";
import { Article } from "./article.js";

/** The JSON Schema (draft 2020-12) of `Article`, for consumers outside TypeScript. */
export const articleJsonSchema: Record<string, unknown> = {
  $id: "https://www.npmjs.com/package/baochi/article.schema.json",
  title: "baochi Article",
  ...(z.toJSONSchema(Article, { target: "draft-2020-12" }) as Record<string, unknown>),
};

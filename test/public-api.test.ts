import { describe, it, expect } from "vitest";
import * as api from "../src/index.js";

describe("public API", () => {
  it("exports exactly the documented names", () => {
    // Changing this list is a change of the public contract: update README (API) and CHANGELOG.
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "Article",
        "BaochiError",
        "Block",
        "Byline",
        "Caption",
        "DateMention",
        "Dateline",
        "DocumentRef",
        "Figure",
        "Keyword",
        "Language",
        "Location",
        "LocationLevel",
        "Organization",
        "OrganizationKind",
        "ParseOptions",
        "Person",
        "Position",
        "Quote",
        "Section",
        "SegmentWordsOptions",
        "Span",
        "Warning",
        "Word",
        "articleJsonSchema",
        "defaultExtractors",
        "defineExtractor",
        "extractorsFor",
        "htmlToText",
        "looksLikeHtml",
        "parseArticle",
        "parseArticles",
        "segmentWords",
      ]
    `);
  });
});

import { describe, expect, it } from "vitest";
import { decodeEntities } from "../../src/html/entities.js";

describe("decodeEntities", () => {
  it.each([
    ["Latin-1 names of Vietnamese letters", "Ho&agrave; B&igrave;nh, &Ocirc;ng &yacute;", "Hoà Bình, Ông ý"],
    ["the Vietnamese letters with a name", "&Dstrok;&agrave; N&abreve;ng, &dstrok;i &itilde; &utilde;", "Đà Năng, đi ĩ ũ"],
    ["decimal references", "Nguy&#7877;n Th&#7883; Kim Ng&#7885;c", "Nguyễn Thị Kim Ngọc"],
    ["hexadecimal references, either case", "&#x110;&#X1ea1;i h&#x1ED9;i", "Đại hội"],
    ["punctuation by name", "&ldquo;T&ocirc;i&rdquo; &ndash; 5&nbsp;t&#7927; &hellip;", "“Tôi” – 5\u00a0tỷ …"],
    ["the markup characters", "&lt;p&gt; &amp; &quot;x&quot; &apos;y&apos;", "<p> & \"x\" 'y'"],
    ["&amp and &nbsp without the semicolon, before a non-letter", "A &amp B&nbsp;C &nbsp, D", "A & B\u00a0C \u00a0, D"],
    ["a numeric reference in 0x80–0x9F is the Windows-1252 character", "1&#150;2 &#147;x&#148; &#128;", "1–2 “x” €"],
    ["a reference to nothing is U+FFFD", "a&#0;b&#xD800;c&#x110000;d", "a\ufffdb\ufffdc\ufffdd"],
    ["an astral character by number", "&#128512;", "😀"],
  ])("%s", (_name, input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });

  it.each([
    ["an unknown name stays as written", "&foo; &Agrave2;", "&foo; &Agrave2;"],
    ["a name without its semicolon (other than the five)", "&agrave b", "&agrave b"],
    ["&amp followed by a letter (a URL's query)", "?a=1&ampb=2", "?a=1&ampb=2"],
    ["a lone ampersand", "Bộ GD&ĐT & UBND", "Bộ GD&ĐT & UBND"],
    ["text without any reference is returned as it is", "Bí thư Đảng ủy", "Bí thư Đảng ủy"],
  ])("rejects: %s", (_name, input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});

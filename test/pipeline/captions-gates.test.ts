import { describe, it, expect } from "vitest";
import { readCaption, endsInParen, endsInIllustration, CAPTION_PATTERNS } from "../../src/pipeline/captions.js";
import { isRegexSpace } from "../../src/pipeline/lines.js";

// readCaption as it was before its patterns were gated by cheap tests (the same patterns, read
// ungated): the gated one must agree.
const { CREDIT_IN_PARENS, CREDIT_AT_END, ILLUSTRATION, NUMBERED, NUMBERED_START, MARKER_NEAR_END } = CAPTION_PATTERNS;

function readCaptionByRegex(line: string): { text: string; credit: string | null } | null {
  if (line.length > 400) return null;
  if (!MARKER_NEAR_END.test(line.length > 120 ? line.slice(-120) : line) && !NUMBERED_START.test(line)) return null;
  const clean = (s: string): string | null => {
    const c = s.replace(/\s+/g, " ").replace(/[.\s]+$/, "").trim();
    return c === "" ? null : c;
  };
  const plausible = (s: string): boolean => {
    const t = s.trim();
    return t.length > 0 && t.split(/\s+/).length <= 7 && /^[\p{Lu}\d]/u.test(t);
  };
  let m = CREDIT_IN_PARENS.exec(line);
  if (m?.groups) return { text: m.groups.text!.trim() || line, credit: clean(m.groups.credit!) };
  m = CREDIT_AT_END.exec(line);
  if (m?.groups && plausible(m.groups.credit!)) return { text: m.groups.text!.trim() || line, credit: clean(m.groups.credit!) };
  m = ILLUSTRATION.exec(line);
  if (m?.groups) return { text: m.groups.text!.trim() || line, credit: null };
  m = NUMBERED.exec(line);
  if (m?.groups && line.length < 250) return { text: m.groups.text!.trim(), credit: null };
  return null;
}

const lines = [
  "Người dân xếp hàng (Ảnh: Minh Hoàng)",
  "Người dân xếp hàng (Ảnh: Minh Hoàng).",
  "Người dân xếp hàng (Ảnh: Minh Hoàng) .",
  "Người dân xếp hàng (Ảnh: Minh Hoàng)\u00a0\u3000.",
  "Người dân xếp hàng (Ảnh: Minh Hoàng)\ufeff",
  "Người dân xếp hàng (Ảnh: Minh Hoàng)..",
  "Người dân xếp hàng (Ảnh: Minh Hoàng) x",
  "(Ảnh: Minh Hoàng)",
  "Ảnh: Minh Hoàng",
  "Ảnh : TTXVN.",
  "Hiện trường. Ảnh: Telegraph.",
  "Hiện trường  Ảnh:Telegraph",
  "Nông dân - Ảnh: TTXVN",
  "Nông dân | Photo: Reuters",
  "Ông cho biết: ảnh hưởng lớn",
  "Nguồn ảnh: Internet",
  "Ảnh minh họa",
  "ảnh minh hoạ.",
  "Một lớp học (Ảnh minh họa)",
  "Một lớp học (Ảnh minh họa: Shutterstock)",
  "Ảnh minh họa: Shutterstock",
  "Ảnh 2: Đoàn công tác",
  "ảnh 12. Đoàn công tác",
  "Ảnh2:x",
  "Ảnh 2",
  "Ảnh 2: " + "x".repeat(260),
  "Ảnh ",
  "(Video: VTV)",
  "Clip (Clip: Facebook)",
  "(Nguồn: Đảng ủy xã)",
  "NGUỒN: VTV",
  "ẢNH: AFP",
  "x".repeat(130) + " (Ảnh: A)",
  "Ảnh: A " + "x".repeat(130),
  "x".repeat(401) + " (Ảnh: A)",
  "Không có gì",
  ")",
  ".",
  "",
  ":",
  "nh minh h",
  "Ảnh minh họa )",
  "Ảnh minh họa ) .",
  "Ảnh minh họa).",
  "Ảnh minh họa)).",
  "Ảnh minh họa..",
  "Ảnh minh họa x",
  "(ảnh minh hoạ)\u00a0",
  "Ảnh minh họa\u2028)",
  "nh minh họa",
  "Ảnh minh hoa",
];

describe("readCaption gates", () => {
  it.each(lines)("agrees with the ungated patterns on %j", (line) => {
    expect(readCaption(line)).toEqual(readCaptionByRegex(line));
  });
  it("endsInParen agrees with /\\)\\s*[.]?$/u", () => {
    for (const l of lines) expect(endsInParen(l)).toBe(/\)\s*[.]?$/u.test(l));
  });
  it("endsInIllustration agrees with its regex", () => {
    for (const l of lines) expect(endsInIllustration(l)).toBe(/nh minh h(?:ọa|oạ)\s*\)?\s*\.?$/u.test(l));
  });
  it("isRegexSpace agrees with /\\s/u on the BMP", () => {
    for (let c = 0; c < 0x10000; c++) expect(isRegexSpace(c)).toBe(/\s/u.test(String.fromCharCode(c)));
  });
});

import { describe, it, expect } from "vitest";
import { splitSentences, type Sentence } from "../../src/pipeline/sentences.js";
import { table } from "../../src/lexicon/tables.js";

// splitSentences as it was with regexes for the token before a dot and the trim: the scanners must agree.
const BOUNDARY = /(?<![.!?…])[.!?…]+["')\]]*(?=\s+["'(\[]?[\p{Lu}\p{N}])/gu;
const abbreviations = new Set(table("abbreviations").map((r) => r.abbr!));
function isAbbreviation(token: string): boolean {
  if (abbreviations.has(token)) return true;
  const pieces = token.split(".").filter(Boolean);
  if (pieces.length > 1 && pieces.every((p) => abbreviations.has(p + ".") || /^\p{Lu}$/u.test(p))) return true;
  return /^\p{Lu}\.$/u.test(token);
}
function byRegex(text: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, block: 0 });
  };
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
    const cut = m.index + m[0].length;
    if (m[0][0] === ".") {
      let t = m.index;
      while (t > from && !/\s/.test(text[t - 1]!)) t--;
      const token = text.slice(t, m.index + 1).replace(/^["'(\[]+/, "");
      if (isAbbreviation(token)) continue;
    }
    push(from, cut);
    from = cut;
  }
  push(from, text.length);
  return out;
}

const texts = [
  "Ông về TP. Hồ Chí Minh. Sau đó đi.",
  "PGS.TS. Nguyễn Văn A nói. Th.S. B nghe. A.B.C. Đi.",
  "\"(TP. HCM) nói. \"(V. Bình đi. (\"Q. 1 đẹp. ((. Ai đó.",
  "Nguyễn 𝐀. Bình đi. Nguyễn 𝐀𝐁. Bình về.",
  "\u00a0 Câu một.\u3000 Câu hai.\u2028Câu ba.\ufeff",
  "x.y. Z. Ab. Cd.. Ef... Gh…. Ij?! Kl",
  "  .  A. B.C. 1. 2.",
  "TP.. HCM. v.v. Đi. GS.TS.BS. Lê.",
  "\ud83d. A. \ud83d\ude00. B.",
  "",
  "   ",
  "Câu một.... Câu hai. câu ba. 1. Hai.\" Ba.) Bốn.] (Năm. 'Sáu.",
  "Không có dấu dừng nào",
  "Chỉ chấm. Rồi hỏi? Rồi than! Rồi lửng… Hết.",
  "a. " + ".".repeat(50) + " B.",
];

describe("splitSentences scanners", () => {
  it.each(texts)("agrees with the regexes on %j", (t) => {
    expect(splitSentences(t, 0, t.length, 0)).toEqual(byRegex(t));
  });
});

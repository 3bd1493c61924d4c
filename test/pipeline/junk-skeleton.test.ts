import { describe, it, expect } from "vitest";
import { lineMarker, skeletonOf } from "../../src/pipeline/junk.js";
import { fold, unaccent, squash } from "../../src/text/fold.js";
import { table } from "../../src/lexicon/tables.js";

// lineMarker skips fold() for a line whose skeleton (unaccent) is no marker's: that is exact only
// when fold never changes the skeleton, and when skeletonOf reads unaccent right. Both are pinned here.
const units: number[] = [];
for (let c = 0; c < 0x1f00; c++) if (c < 0x250 || (c >= 0x300 && c < 0x370) || c >= 0x1e00) units.push(c);
const contexts = (ch: string): string[] => [ch, `a${ch}`, `${ch}a`, `th${ch}nh`, `ho${ch}`, `${ch}\u0301`, `Ư${ch}\u0323ng`, `${ch} ${ch}`, `x${ch}\u0302\u0300`];

describe("line skeletons", () => {
  it("fold keeps the skeleton of every Latin unit in several contexts, and skeletonOf reads it", () => {
    for (const c of units) {
      for (const s of contexts(String.fromCharCode(c))) {
        expect(unaccent(fold(s))).toBe(unaccent(s));
        const sk = skeletonOf(s);
        if (sk !== null) expect(sk).toBe(unaccent(s));
      }
    }
  });
  it("gives no skeleton outside the Latin ranges", () => {
    expect(skeletonOf("Σ")).toBeNull();
    expect(skeletonOf("a\ud83d\ude00")).toBeNull();
    expect(skeletonOf("中")).toBeNull();
  });

  const markers = new Map(table("byline-markers").map((r) => [fold(r.text!), r.kind!]));
  const byFold = (t: string): string | undefined => markers.get(fold(squash(t)));
  const lines: string[] = [
    "Chia sẻ", "CHIA SẺ", "chia se", "Chia  sẻ ", "Chia se\u0309", "Nhóm PV", "NHÓM PV", "Nho\u0301m pv", "nhom pv",
    "Bình luận", "Bi\u0300nh luận", "BÌNH LUẬN", "Có thể bạn quan tâm", "Tin liên quan", "(*)", "Đọc thêm", "ĐỌC THÊM",
    "Ðọc thêm", "ðọc thêm", "Xem thêm", "Về đầu trang", "Tweet", "Zalo", "PV-CTV", "Bài và ảnh", "Trường Thịnh",
    "60", "-", "Mai Chi", "Σ", "Chia sẻ Σ", "Về đầu trang\u00a0", "Theo dõi", "Theo dõ", "Phóng viên", "Phong vien",
  ];
  it.each(lines)("lineMarker agrees with the fold alone on %j", (t) => {
    expect(lineMarker(t)).toBe(byFold(t));
  });
  it("agrees on every marker as written, upper-cased and without accents", () => {
    for (const r of table("byline-markers")) {
      for (const t of [r.text!, r.text!.toUpperCase(), unaccent(r.text!), r.text!.normalize("NFD")]) expect(lineMarker(t)).toBe(byFold(t));
    }
  });
});

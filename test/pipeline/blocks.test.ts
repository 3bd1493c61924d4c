import { describe, it, expect } from "vitest";
import { readBlocks, type BlockKind } from "../../src/pipeline/blocks.js";

/** The kinds of the non-empty lines, with their text, in order. */
function kinds(text: string): [BlockKind, string][] {
  const r = readBlocks(text);
  return r.blocks.map((b) => [b.kind, text.slice(b.start, b.end)]);
}

const PARA_A = "Sáng nay, Hội Nông dân xã Tân Hòa tổ chức hội nghị tổng kết mô hình trồng rau an toàn với sự tham gia của hơn 120 hội viên trong xã.";
const PARA_B = "Theo báo cáo, năm qua mô hình đã giúp nhiều hộ thoát nghèo, thu nhập bình quân tăng đáng kể so với trồng lúa như trước đây ở địa phương.";
const PARA_C = "Trong thời gian tới, xã sẽ tiếp tục nhân rộng mô hình ra các ấp còn lại, đồng thời kết nối đầu ra ổn định cho sản phẩm của bà con nông dân.";

describe("readBlocks: layouts", () => {
  it("reads a party-magazine layout: dateline, junk dots, title, lead, ALL-CAPS heading, doubled caption, byline", () => {
    const text = [
      "Thứ Hai, 22/5/2023, 08:05 (GMT+7)",
      ".",
      "",
      "Xã Tân Hòa nhân rộng mô hình rau an toàn",
      "",
      PARA_A,
      "",
      "KẾT QUẢ BƯỚC ĐẦU",
      "",
      PARA_B,
      "",
      "Hội viên chăm sóc vườn rau tại ấp Tân Thành  (nguồn: Hội Nông dân xã Tân Hòa).",
      "Hội viên chăm sóc vườn rau tại ấp Tân Thành (nguồn: Hội Nông dân xã Tân Hòa).",
      "",
      PARA_C,
      "",
      "PHẠM THU",
      "",
      ".",
      ".",
    ].join("\n");
    expect(kinds(text).map(([k]) => k)).toEqual([
      "dateline", "junk", "title", "lead", "heading", "paragraph", "caption", "caption", "paragraph", "byline", "junk", "junk",
    ]);
    const r = readBlocks(text);
    const caps = r.blocks.filter((b) => b.kind === "caption");
    expect(caps[0]!.duplicate).toBeUndefined();
    expect(caps[1]!.duplicate).toBe(true);
    expect(caps[0]!.credit).toBe("Hội Nông dân xã Tân Hòa");
    expect(r.byline?.name).toBe("Phạm Thu");
  });

  it("reads a Dân Trí layout: caption first, no title, glued byline", () => {
    const text = [
      "Người dân xếp hàng mua xăng tại một trạm ở bang Texas (ảnh: AFP/Getty).",
      PARA_A,
      PARA_B,
      PARA_C,
      "Minh AnhTheo CNBC",
    ].join("\n");
    const k = kinds(text).map(([x]) => x);
    expect(k[0]).toBe("caption");
    expect(k.at(-1)).toBe("byline");
    expect(k).not.toContain("title");
    expect(readBlocks(text).byline).toMatchObject({ name: "Minh Anh", source: "CNBC" });
  });

  it("reads a baomoi layout: headline, blank line, lead, glued share residue, footer byline", () => {
    const text = [
      "Thanh Hóa thắng nghẹt thở trên sân nhà",
      "",
      "Đội chủ nhà giành trọn 3 điểm sau trận đấu kịch tính tối qua trước sự cổ vũ của hàng chục nghìn khán giả.",
      "",
      "Ảnh minh họa",
      "Trận đấu diễn ra sôi nổi ngay từ đầu. Chia sẻHai đội liên tục tấn công về phía khung thành đối phương trong hiệp một.",
      "Thanh Hoài - TinTheThao.com.vn - TTVN | 13:00 12/01/2018",
    ].join("\n");
    const k = kinds(text);
    expect(k.map(([x]) => x)).toEqual(["title", "lead", "caption", "paragraph", "junk", "paragraph", "byline"]);
    expect(k[4]![1]).toBe("Chia sẻ");
    expect(readBlocks(text).byline?.name).toBe("Thanh Hoài");
  });

  it("reads a one-sentence-a-line layout with a source line and no author", () => {
    const text = ["Mưa lớn gây ngập nhiều tuyến đường ở Huế", PARA_A, "Nước dâng nhanh trong đêm.", "Nhiều hộ phải di dời.", PARA_B, "Theo VOV"].join("\n");
    const r = readBlocks(text);
    expect(r.byline).toBeNull();
    expect(r.blocks.at(-1)!.kind).toBe("byline"); // the source line is not a paragraph
    expect(r.blocks.filter((b) => b.kind === "paragraph")).toHaveLength(3);
  });

  it("finds a mixed-case heading between paragraphs and a name-only caption", () => {
    const text = ["Tiêu đề của bài viết thử nghiệm", PARA_A, PARA_B, "Kết nối đầu ra cho nông sản", PARA_C, "Ông Nguyễn Văn Tâm", PARA_B, "NGUYỄN AN"].join("\n");
    const k = kinds(text);
    expect(k.find(([, t]) => t === "Kết nối đầu ra cho nông sản")![0]).toBe("heading");
    expect(k.find(([, t]) => t === "Ông Nguyễn Văn Tâm")![0]).toBe("caption");
  });

  it.each([
    ["Chủ tịch Hội Nông dân tỉnh Trần Văn Bình (phải) trao giấy khen cho các hội viên tiêu biểu.", "caption"],
    ["Bà Lê Thị Hoa (thứ hai từ trái sang) cùng các hội viên thu hoạch rau.", "caption"],
    ["Cán bộ xã kiểm tra vườn rau của gia đình ông Tâm (áo xanh).", "caption"],
    ["Trong ảnh: các hội viên thu hoạch rau an toàn.", "caption"],
    /** not a position: "giữa tháng" inside brackets */
    ["Lịch gieo trồng chia theo tuần (giữa tháng, cuối tháng) để bà con dễ nhớ.", "paragraph"],
  ])("reads a line that says where someone stands in the photo as a caption: %s", (line, kind) => {
    const k = kinds(["Tiêu đề của bài viết thử nghiệm", PARA_A, line, PARA_B].join("\n"));
    expect(k.find(([, t]) => t === line)![0]).toBe(kind);
  });

  it("does not take a short paragraph ending in a period for a heading or a title", () => {
    const text = ["Hội nghị diễn ra sáng nay.", PARA_A, "Mọi người đồng tình.", PARA_B].join("\n");
    const k = kinds(text).map(([x]) => x);
    expect(k).toEqual(["paragraph", "paragraph", "paragraph", "paragraph"]);
  });

  it("is empty for empty text and text of only junk", () => {
    expect(readBlocks("").blocks).toEqual([]);
    expect(kinds(".\n.\n…").map(([x]) => x)).toEqual(["junk", "junk", "junk"]);
  });
});

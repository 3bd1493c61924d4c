import { describe, it, expect } from "vitest";
import { readCaption } from "../../src/pipeline/captions.js";
import { readByline } from "../../src/pipeline/bylines.js";
import { isJunkLine } from "../../src/pipeline/junk.js";

// [line, credit]
const captions: [string, string | null][] = [
  ["Hội nghị triển khai mô hình học tập và làm theo Bác năm 2024 (nguồn: Đảng ủy xã Bình Phú).", "Đảng ủy xã Bình Phú"],
  ["Lực lượng cứu hộ tìm kiếm nạn nhân ở Kabul (ảnh: AFP/Getty).", "AFP/Getty"],
  ["Người dân xếp hàng chờ tiêm vắc xin (Ảnh: Minh Hoàng)", "Minh Hoàng"],
  ["Hiện trường vụ tai nạn trên Quốc lộ 1A. Ảnh: Telegraph.", "Telegraph"],
  ["Cán bộ xã kiểm tra mô hình trồng lúa. Ảnh: Trần Hòa", "Trần Hòa"],
  ["Ảnh minh họa", null],
  ["Ảnh minh hoạ", null],
  ["Một lớp học vùng cao (Ảnh minh họa)", null],
  ["Nông dân thu hoạch lúa - Ảnh: TTXVN", "TTXVN"],
  ["Bến xe đông khách dịp Tết (Nguồn: Báo Đồng Tháp).", "Báo Đồng Tháp"],
  ["Ảnh 2: Đoàn công tác thăm hỏi gia đình chính sách", null],
  ["Đội tuyển U23 Việt Nam tập luyện (Photo: VFF)", "VFF"],
];

const notCaptions: string[] = [
  "Theo ông Hùng, ảnh hưởng của bão số 3 rất lớn đối với sản xuất nông nghiệp của tỉnh.",
  "Bức ảnh được đăng trên mạng xã hội thu hút hàng nghìn lượt chia sẻ.",
  "Nguồn vốn cho chương trình được bố trí từ ngân sách tỉnh và huy động xã hội hóa.",
  "Doanh thu quý I tăng 12% so với cùng kỳ năm trước.",
  "Ông cho biết: Ảnh hưởng của dịch bệnh vẫn còn kéo dài.",
];

describe("readCaption", () => {
  it.each(captions)("reads %s", (line, credit) => {
    const c = readCaption(line);
    expect(c).not.toBeNull();
    expect(c!.credit).toBe(credit);
  });
  it.each(notCaptions)("rejects %s", (line) => {
    expect(readCaption(line)).toBeNull();
  });
});

// [line, name, source]
const bylines: [string, string, string | null][] = [
  ["LÊ NGUYÊN", "Lê Nguyên", null],
  ["NGUYỄN VĂN AN - TRẦN BÌNH", "Nguyễn Văn An, Trần Bình", null],
  ["Nhật LinhTheo CNCB", "Nhật Linh", "CNCB"],
  ["Minh PhươngTheo Reuters", "Minh Phương", "Reuters"],
  ["Theo TTXVN", "", "TTXVN"],
  ["Theo Báo Đồng Tháp", "", "Báo Đồng Tháp"],
  ["PV", "PV", null],
  ["Nhóm PV", "Nhóm PV", null],
  ["An Dương (T/h)", "An Dương", null],
  ["Ng. Thuận", "Ng. Thuận", null],
  ["H.Long", "H.Long", null],
  ["Thanh Hương (TTXVN/Vietnam+)", "Thanh Hương", "TTXVN/Vietnam+"],
  ["Lan Anh (theo Reuters)", "Lan Anh", "Reuters"],
  ["Thanh Hoài - TinTheThao.com.vn - TTVN | 13:00 12/01/2018", "Thanh Hoài", "TinTheThao.com.vn"],
  ["TRẦN HOÀ", "Trần Hoà", null],
  ["Hoàng Lan", "Hoàng Lan", null],
];

const notBylines: string[] = [
  "Chúc mừng các em!",
  "Tổng kết năm 2023",
  "Hiện có 65 cuộc họp",
  "Từ đó, xã phát hiện và nhân rộng những mô hình mới, cách làm hay để tạo động lực.",
  "Theo ông Hùng, năm nay giá lúa tăng cao hơn năm trước, nhiều hộ có lãi.",
  "xem tiếp trang sau",
];

describe("readByline", () => {
  it.each(bylines)("reads %s", (line, name, source) => {
    const b = readByline(line);
    expect(b).not.toBeNull();
    expect(b!.name).toBe(name);
    expect(b!.source).toBe(source);
  });
  it.each(notBylines)("rejects %s", (line) => {
    expect(readByline(line)).toBeNull();
  });
});

describe("isJunkLine", () => {
  it.each([".", "…", "- - -", "Chia sẻ", "Bình luận", "* * *"])("junk: %s", (l) => expect(isJunkLine(l, false)).toBe(true));
  it.each(["© Bản quyền thuộc về Báo Tiền Giang", "Tags: nông thôn mới, Tiền Giang"])("footer near the end: %s", (l) => {
    expect(isJunkLine(l, true)).toBe(true);
    expect(isJunkLine(l, false)).toBe(false);
  });
  it.each(["Hà Nội", "PV", "65 cuộc có 1.252 người dự."])("not junk: %s", (l) => expect(isJunkLine(l, true)).toBe(false));
});

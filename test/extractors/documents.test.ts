import { describe, it, expect } from "vitest";
import { parseArticle, type DocumentRef } from "../../src/index.js";
import { DocumentRef as DocumentSchema } from "../../src/schema/article.js";
import { documents } from "../../src/extractors/documents/index.js";
import { issuerFromCode } from "../../src/extractors/documents/codes.js";
import { checkSpans } from "../helpers/spans.js";

// Sentences written for these tests, read after a title line (and, where said, a dateline of
// Saturday 23 December 2023) with only the documents extractor.
const TITLE = "Tin tức địa phương trong tuần\n\n";
const DATELINE = "Thứ Bảy, 23/12/2023, 14:56 (GMT+7)\n\n";
function read(sentence: string, dateline = false): DocumentRef[] {
  const a = parseArticle((dateline ? DATELINE : "") + TITLE + sentence, { extractors: [documents], detectLanguage: false });
  expect(checkSpans(a)).toEqual([]);
  for (const d of a.documents) expect(DocumentSchema.safeParse(d).success).toBe(true);
  return a.documents;
}

type Want = Partial<DocumentRef> & { kind: string; number: string | null };
const DOCUMENTS: [string, Want[]][] = [
  /** the seed article's kind of citations */
  ["Để làm tốt việc này, xã ban hành Kế hoạch 58 ngày 22-5-2023 về xây dựng mô hình điểm.", [
    { text: "Kế hoạch 58 ngày 22-5-2023", kind: "Kế hoạch", number: "58", date: "2023-05-22", issuer: null, subject: "xây dựng mô hình điểm" },
  ]],
  ["Đảng ủy xã đã ban hành Kế hoạch 12 để triển khai.", [{ kind: "Kế hoạch", number: "12", issuer: "Đảng ủy xã" }]],
  ["Chủ đề gắn với thực hiện Chỉ thị 05 của Bộ Chính trị.", [
    { text: "Chỉ thị 05 của Bộ Chính trị", kind: "Chỉ thị", number: "05", issuer: "Bộ Chính trị", subject: null },
  ]],
  ["Cán bộ quán triệt Chỉ thị 05 của Bộ Chính trị về “Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” trong toàn xã.", [
    { kind: "Chỉ thị", number: "05", issuer: "Bộ Chính trị", subject: "Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh" },
  ]],
  /** numbers with codes, the issuer they imply, the date and issuer stated */
  ["Theo Nghị định số 100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ, mức phạt tăng.", [
    { text: "Nghị định số 100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ", kind: "Nghị định", number: "100/2019/NĐ-CP", date: "2019-12-30", issuer: "Chính phủ", issuerFromCode: "Chính phủ" },
  ]],
  ["Quyết định 317/QĐ-TTg của Thủ tướng Chính phủ về việc phê duyệt đề án đã được triển khai.", [
    { kind: "Quyết định", number: "317/QĐ-TTg", issuer: "Thủ tướng Chính phủ", issuerFromCode: "Thủ tướng Chính phủ", subject: "phê duyệt đề án" },
  ]],
  ["Quốc hội thông qua Nghị quyết 43/2022/QH15 ngày 11/1/2022 về chính sách tài khóa.", [
    { kind: "Nghị quyết", number: "43/2022/QH15", date: "2022-01-11", issuerFromCode: "Quốc hội", subject: "chính sách tài khóa" },
  ]],
  ["Chỉ thị số 07-CT/TW của Bộ Chính trị khóa XIII được quán triệt.", [
    { kind: "Chỉ thị", number: "07-CT/TW", issuer: "Bộ Chính trị", issuerFromCode: "Trung ương" },
  ]],
  ["Tỉnh thực hiện Nghị quyết 64-NQ/TƯ ngày 5/8/2020 của Bộ Chính trị.", [
    { kind: "Nghị quyết", number: "64-NQ/TƯ", date: "2020-08-05", issuer: "Bộ Chính trị", issuerFromCode: "Trung ương" },
  ]],
  ["Thông tư 36/2017/TT-BTC quy định mức thu phí.", [{ kind: "Thông tư", number: "36/2017/TT-BTC", issuerFromCode: "Bộ Tài chính" }]],
  ["Thông tư liên tịch số 01/2016/TTLT-BTC-BYT của Bộ Tài chính và Bộ Y tế quy định giá.", [
    { kind: "Thông tư liên tịch", number: "01/2016/TTLT-BTC-BYT", issuer: "Bộ Tài chính và Bộ Y tế", issuerFromCode: "Bộ Tài chính, Bộ Y tế" },
  ]],
  ["Quyết định số 123/QĐ-UBND ngày 5 tháng 7 năm 2019 của UBND tỉnh Tiền Giang về việc ban hành quy chế đã có hiệu lực.", [
    { kind: "Quyết định", number: "123/QĐ-UBND", date: "2019-07-05", issuer: "UBND tỉnh Tiền Giang", issuerFromCode: "Ủy ban nhân dân", subject: "ban hành quy chế" },
  ]],
  ["Theo Công văn 318/CV-BCĐ, các địa phương phải báo cáo hằng ngày.", [{ kind: "Công văn", number: "318/CV-BCĐ", issuerFromCode: "Ban Chỉ đạo" }]],
  ["Theo Công điện 1099/CĐ-TTg của Thủ tướng, các tỉnh cần chủ động ứng phó.", [{ kind: "Công điện", number: "1099/CĐ-TTg", issuer: "Thủ tướng" }]],
  ["Kết luận 21-KL/TW về xây dựng Đảng được ban hành.", [{ kind: "Kết luận", number: "21-KL/TW", subject: "xây dựng Đảng" }]],
  ["Thực hiện Hướng dẫn số 11-HD/BTGTW của Ban Tuyên giáo Trung ương, xã tổ chức học tập.", [
    { kind: "Hướng dẫn", number: "11-HD/BTGTW", issuer: "Ban Tuyên giáo Trung ương", issuerFromCode: "Ban Tuyên giáo Trung ương" },
  ]],
  ["Bộ Công Thương vừa ban hành Quyết định số 2157a/QĐ-BCT về cắt giảm điều kiện kinh doanh.", [
    { kind: "Quyết định", number: "2157a/QĐ-BCT", issuer: "Bộ Công Thương", issuerFromCode: "Bộ Công Thương" },
  ]],
  ["Đề án được UBND thành phố phê duyệt tại Quyết định số 1942/QĐ-UBND ngày 14/9/2019.", [
    { kind: "Quyết định", number: "1942/QĐ-UBND", date: "2019-09-14", issuer: "UBND thành phố" },
  ]],
  /** a day without a year takes the number's year, or the dateline's */
  ["Nghị định 71/2008/NĐ-CP ngày 14/7 của Chính phủ quy định chi tiết.", [{ number: "71/2008/NĐ-CP", kind: "Nghị định", date: "2008-07-14", issuer: "Chính phủ" }]],
  ["Kế hoạch 123/KH-UBND ngày 10/3 của UBND huyện đã được triển khai.", [{ number: "123/KH-UBND", kind: "Kế hoạch", date: null, issuer: "UBND huyện" }]],
  /** every citation, and every number listed after one kind */
  ["Nghị quyết số 42/NQ-CP và 154/NQ-CP của Chính phủ hỗ trợ người dân gặp khó khăn.", [
    { kind: "Nghị quyết", number: "42/NQ-CP", text: "Nghị quyết số 42/NQ-CP" },
    { kind: "Nghị quyết", number: "154/NQ-CP", issuer: "Chính phủ" },
  ]],
  ["Xã thực hiện Chỉ thị 16/CT-TTg, sau đó là Chỉ thị 15 và Chỉ thị 19.", [
    { kind: "Chỉ thị", number: "16/CT-TTg" },
    { kind: "Chỉ thị", number: "15" },
    { kind: "Chỉ thị", number: "19" },
  ]],
  ["Quyết định 317/QĐ-TTg phê duyệt Đề án 317 (gọi tắt là Đề án 317).", [
    { kind: "Quyết định", number: "317/QĐ-TTg" },
    { kind: "Đề án", number: "317" },
    { kind: "Đề án", number: "317" },
  ]],
  /** lower case in running text */
  ["Các trường thực hiện theo nghị định 116/2020/NĐ-CP về đào tạo giáo viên.", [{ kind: "Nghị định", number: "116/2020/NĐ-CP" }]],
  ["Xã đã triển khai kế hoạch số 12 của huyện.", [{ kind: "Kế hoạch", number: "12" }]],
  /** laws by name, and a kind with only a date */
  ["Căn cứ Luật Đất đai 2013, xã thu hồi đất.", [{ text: "Luật Đất đai 2013", kind: "Luật", number: null, name: "Luật Đất đai 2013" }]],
  ["Việc này trái với Bộ luật Lao động năm 2019.", [{ kind: "Bộ luật", number: null, name: "Bộ luật Lao động năm 2019" }]],
  ["Điều 28 Luật Giáo dục đại học quy định rõ.", [{ kind: "Luật", number: null, name: "Luật Giáo dục đại học" }]],
  ["Luật Phòng, chống tham nhũng năm 2018 quy định rõ trách nhiệm.", [{ kind: "Luật", number: null, name: "Luật Phòng, chống tham nhũng năm 2018" }]],
  ["Theo Hiến pháp năm 2013, mọi người có quyền tự do kinh doanh.", [{ kind: "Hiến pháp", number: null, name: "Hiến pháp năm 2013" }]],
  ["Luật số 43/2022/QH15 sửa đổi Luật Đất đai.", [
    { kind: "Luật", number: "43/2022/QH15", issuerFromCode: "Quốc hội" },
    { kind: "Luật", number: null, name: "Luật Đất đai" },
  ]],
  ["Theo Hướng dẫn ngày 3/4/2021 của Sở Giáo dục, học sinh nghỉ học.", [{ kind: "Hướng dẫn", number: null, date: "2021-04-03", issuer: "Sở Giáo dục" }]],
  /** an official issuer ends before the signer's name, which is the people's */
  ["Theo Quyết định số 1520/QĐ-UBND ngày 24-5-2023 do Phó Chủ tịch UBND tỉnh Bình Định Trần Minh Quân ký, tỉnh thu hồi đất.", [
    { text: "Quyết định số 1520/QĐ-UBND ngày 24-5-2023 do Phó Chủ tịch UBND tỉnh Bình Định", kind: "Quyết định", number: "1520/QĐ-UBND", issuer: "Phó Chủ tịch UBND tỉnh Bình Định" },
  ]],
  ["Quyết định 5/QĐ-BYT do Bộ trưởng Bộ Y tế Đào Hồng Lan ký ban hành.", [{ kind: "Quyết định", number: "5/QĐ-BYT", issuer: "Bộ trưởng Bộ Y tế" }]],
  ["Công văn 9/VPCP do Thủ tướng Phạm Minh Chính ký.", [{ kind: "Công văn", number: "9/VPCP", issuer: "Thủ tướng" }]],
  /** … but a place at the end of the issuer is no signer, nor is a name after an issuer that is no official */
  ["Quyết định 12/QĐ-UBND do Chủ tịch UBND tỉnh Lâm Đồng ký.", [{ kind: "Quyết định", number: "12/QĐ-UBND", issuer: "Chủ tịch UBND tỉnh Lâm Đồng" }]],
  ["Quyết định 13/QĐ-UBND của Chủ tịch UBND tỉnh Hà Tĩnh về việc khen thưởng.", [{ kind: "Quyết định", number: "13/QĐ-UBND", issuer: "Chủ tịch UBND tỉnh Hà Tĩnh" }]],
  ["Kế hoạch 8 của UBND huyện Trần Văn Thời triển khai từ tháng 3.", [{ kind: "Kế hoạch", number: "8", issuer: "UBND huyện Trần Văn Thời" }]],
];

// No document in these.
const NOT_DOCUMENTS: [string, string][] = [
  ["Ông quyết định 3 năm sau sẽ về quê.", "quyết định as a verb, then a figure"],
  ["Chúng tôi có kế hoạch 2 năm tới mở rộng sản xuất.", "a plan for two years"],
  ["Chương trình 2 ngày có nhiều hoạt động vui chơi.", "a programme of two days"],
  ["Bộ Y tế thông báo 5 ca mắc mới trong ngày.", "thông báo as a verb"],
  ["Hướng dẫn 200 học sinh làm bài thi trắc nghiệm.", "hướng dẫn as a verb at the start"],
  ["Kế hoạch năm 2024 gồm nhiều nội dung quan trọng.", "a plan for a year"],
  ["Theo quy định, mỗi người được nhận 2 suất quà.", "quy định without a number"],
  ["Luật sư Trần Văn Bình cho biết như vậy.", "a lawyer"],
  ["Nghiên cứu của trường Đại học Luật Hà Nội được công bố.", "a university"],
  ["Người dân được Công ty Luật Hòa Bình tư vấn miễn phí.", "a law firm"],
  ["Pháp luật nghiêm cấm hành vi này.", "the law in general"],
  ["Bài viết phân tích một số kết luận của hội thảo.", "kết luận without a number"],
  ["Anh đề án cho kế hoạch số liệu thống kê.", "no number"],
  ["Quyết định của ông là đúng đắn.", "a decision, no number"],
  ["Nghị quyết của Đảng đi vào cuộc sống.", "a resolution named by its issuer only"],
  ["Kế hoạch 5 năm giai đoạn 2021-2025 đã được thông qua.", "a five-year plan"],
  ["Thông tư này có hiệu lực từ ngày ký.", "a circular without a number"],
  ["Chỉ thị của Thủ tướng được thực hiện nghiêm.", "a directive without a number"],
];

describe("documents", () => {
  it.each(DOCUMENTS)("%s", (sentence, want) => {
    const got = read(sentence);
    expect(got).toHaveLength(want.length);
    want.forEach((w, i) => expect(got[i]).toMatchObject(w));
  });

  it.each(NOT_DOCUMENTS)("%s (%s)", (sentence) => {
    expect(read(sentence)).toEqual([]);
  });

  it("reads a day without a year against the dateline", () => {
    const [d] = read("Hội nghị quán triệt Kế hoạch 58 ngày 22/5 của Đảng ủy xã.", true);
    expect(d).toMatchObject({ kind: "Kế hoạch", number: "58", date: "2023-05-22", issuer: "Đảng ủy xã" });
  });
});

describe("issuerFromCode", () => {
  it.each([
    ["100/2019/NĐ-CP", "Chính phủ"],
    ["317/QĐ-TTg", "Thủ tướng Chính phủ"],
    ["43/2022/QH15", "Quốc hội"],
    ["36/2017/TT-BTC", "Bộ Tài chính"],
    ["05-CT/TW", "Trung ương"],
    ["64-NQ/TƯ", "Trung ương"],
    ["38/2014/TT-BGDĐT", "Bộ Giáo dục và Đào tạo"],
    ["01/2016/TTLT-BTC-BYT", "Bộ Tài chính, Bộ Y tế"],
    ["58", null],
    ["123/QĐ-XYZ", null],
  ])("%s → %s", (num, issuer) => {
    expect(issuerFromCode(num)).toBe(issuer);
  });
});

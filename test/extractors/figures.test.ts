import { describe, it, expect } from "vitest";
import { parseArticle, type Figure } from "../../src/index.js";
import { Figure as FigureSchema } from "../../src/schema/article.js";
import { dates } from "../../src/extractors/dates/index.js";
import { documents } from "../../src/extractors/documents/index.js";
import { figures } from "../../src/extractors/figures/index.js";
import { checkSpans } from "../helpers/spans.js";
import { scanSentences, scanStarts, StartPattern } from "../../src/extractors/scan.js";
import type { Doc } from "../../src/extractors/types.js";
import { isAllCaps, isTitleWord, hasDigit } from "../../src/extractors/figures/unit.js";
import { unitInfo, unitWordsFromKey, wordFactsAt, unitInfoOfKey, startsUnitKey, isStopKey, isContextEnd, isLowerWord, lower } from "../../src/extractors/figures/lexicon.js";
import { numberWordOfKey } from "../../src/text/vi-number/words.js";
import { isApproxEnd, isApproxAfterStart } from "../../src/text/vi-number.js";
import { mayStartRangeAgain } from "../../src/extractors/figures/rules.js";
import { hasCapitalAfterFirst } from "../../src/extractors/figures/context.js";
import { table } from "../../src/lexicon/tables.js";
import { caseVariants } from "../../src/text/pattern.js";
import { wordKey } from "../../src/text/lookup.js";

// Every sentence below was written for these tests. A title line comes first so that the sentence
// is read as body text; dates and documents run too, as in the default pipeline, so that a number
// they claim is not a figure.
const TITLE = "Tin tức địa phương trong tuần\n\n";
function read(sentence: string) {
  const a = parseArticle(TITLE + sentence, { extractors: [dates, documents, figures], detectLanguage: false });
  expect(checkSpans(a)).toEqual([]);
  return a;
}

type Want = Partial<Figure> & { text: string };
const FIGURES: [string, Want[]][] = [
  /** counts, with Vietnamese digit grouping */
  ["Đảng ủy xã tổ chức 65 cuộc có 1.252 người dự.", [
    { text: "65 cuộc", value: 65, unit: "cuộc", kind: "count", approx: "exact" },
    { text: "1.252 người", value: 1252, unit: "người", noun: null },
  ]],
  ["Chi bộ họp được 15 cuộc, với 519 lượt đồng chí tham dự.", [
    { text: "15 cuộc", value: 15, unit: "cuộc" },
    { text: "519 lượt đồng chí", value: 519, unit: "lượt", noun: "đồng chí" },
  ]],
  ["Phong trào thu hút gần 100% hộ dân tại ấp tham gia.", [
    { text: "gần 100% hộ dân", value: 100, unit: "%", noun: "hộ dân", kind: "percent", approx: "under" },
  ]],
  ["Mô hình gồm 3 chủ đề, giao cho 3 tổ thực hiện.", [
    { text: "3 chủ đề", value: 3, unit: "chủ đề" },
    { text: "3 tổ", value: 3, unit: "tổ" },
  ]],
  ["Trường có 34 trường học vệ tinh và 4 nhà mạng hỗ trợ.", [
    { text: "34 trường học", value: 34, unit: "trường học" },
    { text: "4 nhà mạng", value: 4, unit: "nhà mạng" },
  ]],
  ["Có 23 hộ gia đình và 5 đứa con nhỏ bị ảnh hưởng.", [
    { text: "23 hộ gia đình", value: 23, unit: "hộ gia đình" },
    { text: "5 đứa con", value: 5, unit: "đứa", noun: "con" },
  ]],
  ["Hội nghị có 120 Chủ tịch xã dự họp.", [{ text: "120 Chủ tịch", value: 120, unit: "chủ tịch" }]],
  ["Phường ghi nhận 29 F1 liên quan đến ổ dịch.", [{ text: "29 F1", value: 29, unit: "f1" }]],
  ["Có 1975 người tham gia lễ hội.", [{ text: "1975 người", value: 1975, unit: "người" }]],
  /** money, with scale words and currencies */
  ["Năm nay huyện hỗ trợ 1,5 tỷ đồng cho 320 hộ dân.", [
    { text: "1,5 tỷ đồng", value: 1.5e9, unit: "đồng", kind: "money", currency: "VND" },
    { text: "320 hộ dân", value: 320, unit: "hộ dân" },
  ]],
  ["Giá vàng dao động 52,10 - 52,45 triệu đồng/lượng.", [
    { text: "52,10 - 52,45 triệu đồng/lượng", value: 52_100_000, valueMax: 52_450_000, unit: "đồng/lượng", currency: "VND" },
  ]],
  ["Dự án rộng khoảng 245 ha, vốn 2 triệu USD.", [
    { text: "khoảng 245 ha", value: 245, unit: "ha", kind: "measure", approx: "about" },
    { text: "2 triệu USD", value: 2e6, unit: "usd", kind: "money", currency: "USD" },
  ]],
  ["Học phí 12 triệu đồng/tháng, giảm 50 nghìn đồng.", [
    { text: "12 triệu đồng/tháng", value: 1.2e7, unit: "đồng/tháng" },
    { text: "50 nghìn đồng", value: 50_000, unit: "đồng" },
  ]],
  ["Mỗi học sinh đóng từ 25.000 đồng đến 35.000 đồng mỗi tháng.", [
    { text: "từ 25.000 đồng đến 35.000 đồng", value: 25_000, valueMax: 35_000, unit: "đồng" },
  ]],
  ["Hợp đồng trị giá 3,7 nghìn tỷ USD và 500 triệu euro.", [
    { text: "3,7 nghìn tỷ USD", value: 3.7e12, currency: "USD" },
    { text: "500 triệu euro", value: 5e8, currency: "EUR" },
  ]],
  ["Vé vào cửa 10.000đ một lượt.", [{ text: "10.000đ", value: 10_000, unit: "đ", currency: "VND" }]],
  ["Cổ phiếu giảm (-0,13 điểm) trong phiên sáng.", [{ text: "-0,13 điểm", value: -0.13, unit: "điểm" }]],
  /** measures and durations */
  ["Ông Tư năm nay 26 tuổi, đã làm việc 3 năm.", [
    { text: "26 tuổi", value: 26, unit: "tuổi", kind: "measure" },
    { text: "3 năm", value: 3, unit: "năm" },
  ]],
  ["Bệnh nhân được truyền 330ml dịch và uống 250mg thuốc.", [
    { text: "330ml", value: 330, unit: "ml" },
    { text: "250mg", value: 250, unit: "mg" },
  ]],
  ["Cháu bé nặng 2,9kg, dài 1.5m khi sinh.", [
    { text: "2,9kg", value: 2.9, unit: "kg" },
    { text: "1.5m", value: 1.5, unit: "m" },
  ]],
  ["Nhiệt độ lên tới 38-39 độ C trong ngày.", [{ text: "38-39 độ C", value: 38, valueMax: 39, unit: "độ c" }]],
  ["Đoàn phải đi bộ 20km trong 2 tiếng.", [
    { text: "20km", value: 20, unit: "km" },
    { text: "2 tiếng", value: 2, unit: "tiếng" },
  ]],
  ["Trong 24 giờ qua, cả nước ghi nhận 10 ca mắc mới.", [
    { text: "24 giờ", value: 24, unit: "giờ" },
    { text: "10 ca mắc", value: 10, unit: "ca mắc" },
  ]],
  /** approximations */
  ["Có hơn 15 ngàn người tham gia, trên 80% là thanh niên.", [
    { text: "hơn 15 ngàn người", value: 15_000, approx: "over" },
    { text: "trên 80%", value: 80, approx: "over", kind: "percent" },
  ]],
  ["Ít nhất 3 người bị thương, tối đa 5 ngày điều trị.", [
    { text: "Ít nhất 3 người", value: 3, approx: "atLeast" },
    { text: "tối đa 5 ngày", value: 5, approx: "atMost" },
  ]],
  ["Từ 18 tuổi trở lên được tiêm mũi nhắc lại.", [{ text: "Từ 18 tuổi trở lên", value: 18, approx: "atLeast" }]],
  ["Người dưới 18 tuổi không được vào.", [{ text: "dưới 18 tuổi", value: 18, approx: "under" }]],
  ["Cụ ông ngoài 70 tuổi vẫn đi làm đồng.", [{ text: "ngoài 70 tuổi", value: 70, approx: "over" }]],
  ["Ngoài 2 dự án trên, tỉnh còn kêu gọi đầu tư.", [{ text: "2 dự án", value: 2, unit: "dự án", approx: "exact" }]],
  ["Khách sạn đón chừng 200 khách mỗi ngày.", [{ text: "chừng 200 khách", value: 200, approx: "about" }]],
  ["Mỗi bài viết không quá 2.500 chữ.", [{ text: "không quá 2.500 chữ", value: 2500, approx: "atMost" }]],
  /** ranges and fractions */
  ["Mỗi tổ có từ 5 đến 7 người.", [{ text: "từ 5 đến 7 người", value: 5, valueMax: 7, unit: "người" }]],
  ["Năng suất cao gấp 3-4 lần năm trước.", [{ text: "3-4 lần", value: 3, valueMax: 4, unit: "lần" }]],
  ["Thuế suất tăng từ 5%-40% tùy mặt hàng.", [{ text: "từ 5%-40%", value: 5, valueMax: 40, unit: "%" }]],
  ["Đơn vị đã hoàn thành 7/9 đầu việc.", [{ text: "7/9 đầu việc", value: 7, outOf: 9, unit: "đầu việc" }]],
  ["Hãng chiếm 1/4 số xe khách liên tỉnh.", [{ text: "1/4 số xe", value: 1, outOf: 4, unit: "xe" }]],
  /** numbers in words */
  ["Đoàn có hai mươi lăm người, trong đó ba người là bác sĩ.", [
    { text: "hai mươi lăm người", value: 25 },
    { text: "ba người", value: 3 },
  ]],
  ["Xe cộ đông đúc theo hai chiều trên cầu.", [{ text: "hai chiều", value: 2, unit: "chiều" }]],
  ["Xã xây một trăm linh năm căn nhà cho người nghèo.", [{ text: "một trăm linh năm căn nhà", value: 105, unit: "căn", noun: "nhà" }]],
  ["Chỉ một ngày sau, giá tăng 5 lần.", [
    { text: "một ngày", value: 1, unit: "ngày" },
    { text: "5 lần", value: 5 },
  ]],
  ["Khu vực gồm một sân bóng đá, hai sân bóng chuyền và một sân cầu lông.", [
    { text: "một sân bóng", value: 1 },
    { text: "hai sân bóng", value: 2 },
    { text: "một sân cầu", value: 1 },
  ]],
  ["Hơn 5 triệu lượt khách đã đến.", [{ text: "Hơn 5 triệu lượt khách", value: 5e6, unit: "lượt", noun: "khách", approx: "over" }]],
  ["Cô yêu cầu bồi thường 65,1 triệu euro.", [{ text: "65,1 triệu euro", value: 65_100_000, currency: "EUR" }]],
  ["Dự án kéo dài 2 năm rưỡi, mỗi buổi học hai tiếng rưỡi.", [
    { text: "2 năm rưỡi", value: 2.5, unit: "năm" },
    { text: "hai tiếng rưỡi", value: 2.5, unit: "tiếng" },
  ]],
  ["Số ca mới chiếm 10% tổng số ca mắc trên thế giới.", [{ text: "10% tổng số ca mắc", value: 10, noun: "ca mắc" }]],
  /** a number alone is a figure when it is clearly an amount */
  ["Ngân sách năm nay là 2,8 triệu, tăng nhẹ.", [{ text: "2,8 triệu", value: 2.8e6, unit: null, kind: "other" }]],
  /** "năm" after a word that is no determiner of years is five */
  ["Xã có năm khu dân cư và hai trường học.", [{ text: "năm khu", value: 5, unit: "khu" }, { text: "hai trường học", value: 2, unit: "trường học" }]],
];

// Numbers that are not figures; the sentence gives no figure at all.
const NOT_FIGURES: [string, string][] = [
  ["Trong năm 2023, xã triển khai mô hình mới.", "a year"],
  ["Chuyên đề 2023 được triển khai rộng rãi.", "a year without năm"],
  ["Năm 2020, công ty dẫn đầu thị trường.", "a year at the start"],
  ["Anh sinh năm 1990 tại Hà Nội.", "a year of birth"],
  ["Giai đoạn 2021-2030 có nhiều thay đổi.", "a range of years"],
  ["Sáng 22/12, đoàn đến thăm các gia đình.", "a date"],
  ["Ngày 5 tháng 3 năm 2020, xã ra quân.", "a date in words"],
  ["Ban hành Kế hoạch 58 ngày 22-5-2023 về xây dựng mô hình.", "a document number and a date"],
  ["Thực hiện Chỉ thị 05 của Bộ Chính trị.", "a document number"],
  ["Theo Nghị định 100/2019/NĐ-CP, mức phạt tăng.", "a document code"],
  ["Tổ nhân dân tự quản số 5 ấp Tân Hòa hoạt động tốt.", "a label: số 5"],
  ["Tổ tự quản số 05 ấp Tân Hòa ra mắt.", "a label: số 05"],
  ["Xe chạy trên Quốc lộ 1A qua thị xã.", "a road"],
  ["Theo Điều 5 khoản 3 của luật này, mức phạt tăng.", "articles and clauses"],
  ["Đội bóng vào vòng 11 giải hạng Nhất.", "a round"],
  ["Đơn vị thuộc Quân khu 3 tham gia diễn tập.", "a military region"],
  ["Công trình đạt tiêu chuẩn cấp 4 theo thiết kế.", "a grade"],
  ["Giai đoạn 1 của dự án đã xong.", "a phase"],
  ["Gọi đường dây nóng 0912 345 678 để được hỗ trợ.", "a phone number"],
  ["Tổng đài 1900 1234 hoạt động cả ngày.", "a hotline"],
  ["Xe mang biển số 29A-123.45 bị giữ lại.", "a licence plate"],
  ["U23 Việt Nam chuẩn bị cho giải đấu.", "a team name"],
  ["Đội nhà thắng 2-1 trước đội khách.", "a score"],
  ["Tỷ số 3-0 nghiêng về đội khách.", "a score after tỷ số"],
  ["Đây là lần thứ 3 anh đoạt giải.", "an ordinal"],
  ["Anh về thứ hai chung cuộc.", "an ordinal in words"],
  ["Anh đứng hạng 3 chung cuộc.", "a rank"],
  ["Hàng trăm người dân và vài chục cán bộ có mặt.", "vague amounts"],
  ["Một số hộ dân là một trong những đơn vị điển hình.", "một as some, one of"],
  ["MỖI TỔ MỘT MÔ HÌNH", "một as a"],
  ["Anh đã thử thêm một cách khác.", "một as a"],
  ["Cuộc họp lúc 14:56 kéo dài.", "a time"],
  ["Đến 9 giờ sáng, đoàn xuất phát.", "a time in words"],
  ["Đúng 14h30, buổi lễ bắt đầu.", "a time with h"],
  ["Mẫu iPhone 12 và Galaxy S21 bán chạy.", "numbers in names"],
  ["Camera của Reno 6 và 6 Plus được đánh giá cao.", "a model name after a number"],
  ["Sữa Vinamilk 2 được người tiêu dùng ưa chuộng.", "a number in a name"],
  ["Dịch COVID-19 bùng phát trở lại.", "a number in a name with a hyphen"],
  ["Mạng 5G đã phủ sóng toàn thành phố.", "a network generation"],
  ["Học sinh lớp 12 ôn thi tốt nghiệp.", "a school year"],
  ["Bệnh nhân 1234 đã khỏi bệnh.", "a patient number"],
  ["Phút 45, tiền đạo ghi bàn mở tỷ số.", "a minute mark in football"],
  ["Tầng 5 của tòa nhà bị cháy.", "a floor"],
  ["Ba mẹ em đều làm nông.", "ba as father"],
  ["Quả mít chín ruột có màu đỏ.", "chín as ripe"],
  ["Anh ấy có năm tháng tuổi trẻ sôi nổi.", "năm tháng as years"],
  ["Mỗi năm khu vực trung tâm đón hàng nghìn lượt khách.", "mỗi năm: every year, not five areas"],
  ["Hằng năm học sinh được nghỉ hè.", "hằng năm: every year"],
  ["Trung bình mỗi năm bệnh viện tiếp nhận nhiều ca bệnh.", "mỗi năm before a counted noun"],
  ["Điểm trung bình cả năm lớp 12 được tính hệ số.", "cả năm: the whole year"],
  ["Từ cuối năm lớp 8, em đã bắt đầu ôn thi.", "cuối năm: the end of the year"],
  ["Nhiều triệu chứng xuất hiện sau 2 ngày.", "triệu chứng, not a million"],
];

describe("figures", () => {
  it.each(FIGURES)("%s", (sentence, want) => {
    const a = read(sentence);
    expect(a.figures).toHaveLength(want.length);
    want.forEach((w, i) => expect(a.figures[i]).toMatchObject(w));
    for (const f of a.figures) expect(FigureSchema.safeParse(f).success).toBe(true);
  });

  it.each(NOT_FIGURES.filter(([s]) => !s.includes("2 ngày")))("%s (%s)", (sentence) => {
    expect(read(sentence).figures).toEqual([]);
  });

  it("keeps only the real figure where a word looks like a scale", () => {
    expect(read("Nhiều triệu chứng xuất hiện sau 2 ngày.").figures.map((f) => f.text)).toEqual(["2 ngày"]);
  });

  it("gives the sentence of each figure", () => {
    const a = read("Xã có 3 ấp. Ấp Tân Hòa có 120 hộ.");
    const [x, y] = a.figures;
    expect(a.text.slice(x!.sentence.start, x!.sentence.end)).toBe("Xã có 3 ấp.");
    expect(a.text.slice(y!.sentence.start, y!.sentence.end)).toBe("Ấp Tân Hòa có 120 hộ.");
  });

  it("maps spans back to the caller's text when it was not NFC and had curly quotes", () => {
    const nfd = "Tin tức địa phương\n\n“Có 1.252 người dự”, ông nói.".normalize("NFD");
    const a = parseArticle(nfd, { detectLanguage: false });
    expect(a.figures).toHaveLength(1);
    expect(a.figures[0]!.value).toBe(1252);
    expect(a.figures[0]!.unit).toBe("người");
    expect(nfd.slice(a.figures[0]!.span.start, a.figures[0]!.span.end)).toBe(a.figures[0]!.text);
  });

  it("reads the seven figures of the seed article's kind of prose and none of its labels", () => {
    const text = [
      "Đảng ủy xã Tân Phú: hiệu quả từ mô hình học tập",
      "",
      "Trong năm 2023, Đảng ủy xã Tân Phú tổ chức được 65 cuộc có 1.252 người dự.",
      "Mô hình gồm 3 chủ đề, giao cho 3 tổ thực hiện theo Kế hoạch 58 ngày 22-5-2023.",
      "Đảng ủy họp được 15 cuộc, với 519 lượt đồng chí tham dự, gần 100% hộ dân tại Tổ tự quản số 5 tham gia.",
    ].join("\n");
    const a = parseArticle(text, { detectLanguage: false });
    expect(a.figures.map((f) => [f.value, f.unit, f.noun, f.approx])).toEqual([
      [65, "cuộc", null, "exact"],
      [1252, "người", null, "exact"],
      [3, "chủ đề", null, "exact"],
      [3, "tổ", null, "exact"],
      [15, "cuộc", null, "exact"],
      [519, "lượt", "đồng chí", "exact"],
      [100, "%", "hộ dân", "under"],
    ]);
  });
});

describe("figures on hostile input", () => {
  // linear time: four times the input may cost at most about four times as long (with a floor)
  const pieces = ["1.", "1 ", "5-", "1/", "một ", "hai mươi ", "1 tỷ ", "5% ", "0912 ", "1,2.3-4/5 "];
  it.each(pieces)("%j repeated", (piece) => {
    const time = (n: number): number => {
      const text = "Tiêu đề\n\n" + piece.repeat(Math.ceil(n / piece.length)).slice(0, n);
      const t0 = performance.now();
      parseArticle(text, { extractors: [figures], detectLanguage: false });
      return performance.now() - t0;
    };
    time(20_000);
    const small = time(50_000);
    const large = time(200_000);
    expect(large).toBeLessThan(Math.max(12 * small, 1_500));
  });
});

describe("scanStarts", () => {
  // the shared starts must give a pattern the very matches, sentences and skips that scanning the
  // text with its own regex gives
  const PATTERNS = [
    new StartPattern(String.raw`(?:hai|Hai|HAI|ba|Ba|BA)(?![\p{L}\p{M}])`, "u", ["hai", "ba"], true),
    new StartPattern(String.raw`(?:rạng +sáng|sáng|năm)(?![\p{L}\p{M}])`, "iu", ["rạng sáng", "sáng", "năm"], true),
    new StartPattern(String.raw`(?:nghị +định|luật)(?![\p{L}\p{M}])`, "iu", ["nghị định", "luật"], false),
  ];
  const EXACT = PATTERNS.map((p) => new RegExp(p.exact.source, p.exact.flags));
  it("refuses a start word that begins with a digit (a digit is listed only as a digit start)", () => {
    expect(() => new StartPattern(String.raw`5 giờ`, "u", ["5 giờ"], false)).toThrow(/must not begin with a digit/);
  });
  it("builds the regex it stands for", () => {
    expect(EXACT[0]!.source).toBe(String.raw`\d|(?:hai|Hai|HAI|ba|Ba|BA)(?![\p{L}\p{M}])`);
    expect(EXACT[1]!.flags).toBe("giu");
  });
  const TEXTS = [
    "Xã có hai ấp. Ấp Tân Hòa có 120 hộ, ba tổ.",
    "Cuba5 hai3 HAI ngườI Hai-ba 1.252,5 và 0912.345.678 BAba ba",
    "xrạng sáng 22/5, Rạng  Sáng 23/5, SÁNG 1/1, năm2023 Năm 2023",
    "Nghị  định 100/2019/NĐ-CP, NGHỊ ĐỊNH 5, luật Đất đai, xluật 3",
    "ſáng 5 sáng 6 𝐀hai hai𝐀 hai😀 ba",
    "1".repeat(200) + " hai " + "9.".repeat(100),
    "",
    // a start word inside a word, after a digit, in a word joined
    // by "-" "'" "&", a first word without the rest ("nghị quyết", "rạng đông"), case-blind matches
    "xngày Xnghị định, U23hai 5hai, Jong-hai H'luật GD&ba, nghị quyết rạng đông nghị\u0301 định",
    "\u212Aế hoạch ſáng 5, ngh\u0130 định, luậtx nghịđịnh nghị 5 định, ba\u0300 hai\u00ADba",
  ];
  // visit: go on as the regex does, skip three characters past the match, or return a smaller offset
  const VISITS: ((at: number, end: number) => number | void)[] = [() => undefined, (_at, end) => end + 3, (at) => at];
  it.each(TEXTS.flatMap((text) => [0, 1, 2].flatMap((p) => [0, 1, 2].map((v) => [text, p, v] as const))))("%j pattern %i visit %i", (text, p, v) => {
    // two sentences with a gap between them, where matches are skipped
    const cut = text.length >> 1;
    const doc = {
      text,
      sentences: [{ start: 0, end: cut, block: 0 }, { start: Math.min(cut + 2, text.length), end: text.length, block: 0 }],
      blocks: [{ kind: "paragraph", start: 0, end: text.length }],
      inputStart: (pos: number) => pos,
      inputEnd: (pos: number) => pos,
    } as unknown as Doc;
    const want: string[] = [];
    scanSentences(
      doc,
      EXACT[p]!,
      (m, s) => {
        want.push(`${m.index}-${m.index + m[0].length}@${s.start}`);
        return VISITS[v]!(m.index, m.index + m[0].length);
      },
      (s) => want.push(`done ${s.start}`),
    );
    const got: string[] = [];
    scanStarts(
      doc,
      PATTERNS[p]!,
      (at, end, s) => {
        got.push(`${at}-${end}@${s.start}`);
        return VISITS[v]!(at, end);
      },
      (s) => got.push(`done ${s.start}`),
    );
    expect(got).toEqual(want);
  });
  // a sentence may end inside a word, and a start word may run on past its end ("ngà|y"): with every
  // cut, two sentences that touch and two with a gap, every pattern visits what its regex finds
  const CUT_TEXTS = ["Hai ba rạng sáng năm 2023, nghị  định 5 luật", "xluật ba2 hai-ba Nghị định"];
  it.each(CUT_TEXTS.flatMap((text) => [0, 1, 2].map((p) => [text, p] as const)))("%j pattern %i, at every cut", (text, p) => {
    for (let cut = 0; cut <= text.length; cut++) {
      for (const gap of [0, 1]) {
        const sentences = [{ start: 0, end: cut, block: 0 }, { start: Math.min(cut + gap, text.length), end: text.length, block: 0 }];
        const doc = { text, sentences, blocks: [{ kind: "paragraph", start: 0, end: text.length }], inputStart: (x: number) => x, inputEnd: (x: number) => x } as unknown as Doc;
        const want: string[] = [];
        scanSentences(doc, EXACT[p]!, (m, s) => void want.push(`${m.index}-${m.index + m[0].length}@${s.start}`));
        const got: string[] = [];
        scanStarts(doc, PATTERNS[p]!, (at, end, s) => void got.push(`${at}-${end}@${s.start}`));
        expect(got, `cut ${cut} gap ${gap}`).toEqual(want);
      }
    }
  });
});

describe("the unit's word tests (a lower-case first letter skips the regexes)", () => {
  const TRICKY = ["F1", "BN", "COVID", "Chủ", "chủ", "tịch", "ĐỒNG", "Đồng", "đồng", "iPhone", "5G", "g5", "ǅa", "ǆa", "𝐀B", "𝐚B", "\uD835", "ß", "ẞ", "a٣", "٣", "ABCDEFG", "A\u0301", "", "x9", "Mười"];
  it.each(TRICKY)("%j", (s) => {
    expect(isAllCaps(s)).toBe(/^[\p{Lu}][\p{Lu}\p{N}]{0,5}$/u.test(s) && /\p{L}/u.test(s));
    expect(isTitleWord(s)).toBe(/^\p{Lu}[\p{Ll}\p{M}]+$/u.test(s));
    expect(hasDigit(s)).toBe(/\d/.test(s));
    expect(hasCapitalAfterFirst(s)).toBe(/\p{Lu}/u.test(s.slice(1)));
  });
});

describe("the facts of a word, kept by its characters (wordFactsAt)", () => {
  // each fact against the look-up it stands for, on words met around numbers and on odd ones
  const WORDS = ["người", "Người", "NGƯỜI", "đồng", "hơn", "khoảng", "số", "Số", "tổng", "từ", "thắng", "lượt", "tỷ", "hai", "Hai",
    "F1", "iPhone", "hoà", "hòa", "thuỷ", "thủy", "và", "có", "ha", "kg", "USD", "ǅa", "𝐀B", "ß", "x9", "a", "A\u0301", "trở", "Trở", "TRỞ", "quá", "đồng  chí"];
  it.each(WORDS)("%j", (w) => {
    const text = `5 ${w} 6`;
    const f = wordFactsAt(text, 2, 2 + w.length);
    const again = wordFactsAt(`${w}`, 0, w.length);
    const key = wordKey(w);
    expect(f).toBe(again);
    expect(f).toEqual({
      text: w, lower: lower(w), key, unit: unitInfoOfKey(key), startsUnit: startsUnitKey(key), unitWords: unitWordsFromKey(key), stop: isStopKey(key),
      numberWord: numberWordOfKey(key) !== undefined, lowerWord: isLowerWord(w), approxEnd: isApproxEnd(key), contextEnd: isContextEnd(key),
      approxAfterStart: isApproxAfterStart(w),
    });
    expect(isLowerWord(w)).toBe(w !== "" && w === w.toLowerCase() && /\p{L}/u.test(w));
  });
});

describe("the gate before the range after a unit (rangeAfterUnit)", () => {
  // mayStartRangeAgain must be true wherever the regex it spares matches
  const RANGE_AGAIN = / {0,2}(?:-|~|đến|tới) {0,2}/y;
  const TRICKY = ["-", " -", "  -", "   -", "~5", " ~ ", " đến ", "  tới", "đến", " Đến", " TỚI", " t", " tới", "   đến", "", " ", "  ", "x", " d", " đ", "–", " —"];
  it.each(TRICKY)("%j", (t) => {
    RANGE_AGAIN.lastIndex = 0;
    if (RANGE_AGAIN.test(t)) expect(mayStartRangeAgain(t, 0)).toBe(true);
    expect(mayStartRangeAgain(`5 đồng${t}`, 6)).toBe(mayStartRangeAgain(t, 0));
  });
});

describe("a figure with a unit read past two words, a fraction's \"số\" and a tail approximator", () => {
  // readUnit reads two words, more only for a listed unit that may be longer; build reads the
  // second word after the unit only when the first may start "trở lên" (the outputs of the build
  // before these reads were made lazy)
  const CASES: [string, string[]][] = [
    ["Giá vàng 41,28 triệu đồng/lượng hôm nay.", ["41,28 triệu đồng/lượng"]],
    ["Anh ấy đổi 100 đô la Mỹ tại quầy.", ["100 đô la Mỹ"]],
    ["Có 2/3 số phiếu tán thành.", ["2/3 số phiếu tán"]],
    ["Có 2/3 số đô la Mỹ bị đổi.", ["2/3 số đô la Mỹ"]],
    ["Người từ 18 tuổi trở lên được dự.", ["từ 18 tuổi trở lên"]],
    ["Trẻ 5 tuổi trở xuống được miễn.", ["5 tuổi trở xuống"]],
    ["Xe 5 tuổi trở về nhà.", ["5 tuổi"]],
    ["Giá từ 25.000 đồng đến 35.000 đồng một kg.", ["từ 25.000 đồng đến 35.000 đồng", "một kg"]],
    ["Giá 25.000 đồng  -  35.000 đồng.", ["25.000 đồng  -  35.000 đồng"]],
    ["Có 519 lượt đồng  chí tham dự.", ["519 lượt đồng  chí"]],
    ["Nhà có hai người và ba người khác.", ["hai người", "ba người"]],
    ["Có 3 y bác sĩ và 2/3 số y bác sĩ trực.", ["3 y bác sĩ", "2/3 số y bác sĩ"]],
    ["Tăng 10% tổng số ca, 20% số  hộ.", ["10% tổng số ca", "20% số  hộ"]],
  ];
  it.each(CASES)("%s", (text, want) => {
    const got = parseArticle(text).figures.map((f) => f.text);
    expect(got).toEqual(want);
  });
});

describe("the bound on the words of a unit by its first word", () => {
  // readUnit and withNoun look up no phrase longer than unitWordsFromKey(first word's key): pinned
  // against the look-up itself on every unit, in every case variant, with every tone placement
  // (lookupKey folds a phrase with "oa", "oe" or "uy" anywhere, the first word too) and double spaces
  const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
  function placements(word: string): string[] {
    const d = word.normalize("NFD");
    const tone = d.match(TONES)?.join("") ?? "";
    if (!tone) return [word];
    const bare = d.replace(TONES, "");
    const out: string[] = [];
    for (let i = 1; i <= bare.length; i++) out.push((bare.slice(0, i) + tone + bare.slice(i)).normalize("NFC"));
    return out;
  }
  function spellings(phrase: string): string[] {
    let acc = [""];
    for (const w of phrase.split(" ")) acc = acc.flatMap((a) => placements(w).map((p) => (a ? a + " " : "") + p));
    return acc;
  }
  const units = table("units").map((r) => r.unit!);

  it("is at least the words of every unit a phrase may be", () => {
    let checked = 0;
    for (const u of units) {
      for (const v of caseVariants(u)) {
        for (const s of spellings(v)) {
          for (const phrase of [s, s.replace(/ /g, "  ")]) {
            if (!unitInfo(phrase)) continue;
            checked++;
            const words = phrase.split(/ +/);
            expect(unitWordsFromKey(wordKey(words[0]!)), phrase).toBeGreaterThanOrEqual(words.length);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(units.length);
  });

  it("counts the words of a unit whose key folds the first word", () => {
    // "tài khoản": the phrase's key is folded ("taì khoan̉"), the word's alone is not ("tài")
    expect(wordKey("tài")).toBe("tài");
    expect(wordKey("tài khoản").split(" ")[0]).not.toBe("tài");
    expect(unitWordsFromKey(wordKey("tài"))).toBeGreaterThanOrEqual(2);
    expect(unitWordsFromKey(wordKey("Người"))).toBe(3);
    expect(unitWordsFromKey("không-phải-đơn-vị")).toBe(1);
  });
});

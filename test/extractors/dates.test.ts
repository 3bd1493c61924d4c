import { describe, it, expect } from "vitest";
import { parseArticle, type DateMention } from "../../src/index.js";
import { DateMention as DateSchema } from "../../src/schema/article.js";
import { dates, readDates } from "../../src/extractors/dates/index.js";
import { defineExtractor } from "../../src/extractors/types.js";
import { matchDateline } from "../../src/pipeline/dateline.js";
import { inferYear, isoWeek, isValidDate, weekday, dateWord, DMY } from "../../src/text/date-grammar.js";
import { checkSpans } from "../helpers/spans.js";

// Sentences written for these tests, read after a dateline of Saturday 23 December 2023 (or
// without one) and a title line, with only the dates extractor.
const DATELINE = "Thứ Bảy, 23/12/2023, 14:56 (GMT+7)\n\n";
const TITLE = "Tin tức địa phương trong tuần\n\n";
function read(sentence: string, dateline = true): DateMention[] {
  const a = parseArticle((dateline ? DATELINE : "") + TITLE + sentence, { extractors: [dates], detectLanguage: false });
  expect(checkSpans(a)).toEqual([]);
  for (const d of a.dates) expect(DateSchema.safeParse(d).success).toBe(true);
  return a.dates;
}

type Want = Partial<DateMention> & { text: string; value: string };
const DATES: [string, Want[]][] = [
  /** written in full: the dateline changes nothing */
  ["Xã ban hành kế hoạch ngày 22-5-2023 để triển khai.", [{ text: "ngày 22-5-2023", value: "2023-05-22", precision: "day" }]],
  ["Hội nghị diễn ra ngày 22/5/2023 tại hội trường.", [{ text: "ngày 22/5/2023", value: "2023-05-22" }]],
  ["Ngày 22 tháng 5 năm 2023, tỉnh tổ chức lễ kỷ niệm.", [{ text: "Ngày 22 tháng 5 năm 2023", value: "2023-05-22" }]],
  ["Ngày 1.1.2016, luật mới có hiệu lực.", [{ text: "Ngày 1.1.2016", value: "2016-01-01" }]],
  ["Ngày 3/1/2024, tỉnh tổng kết năm.", [{ text: "Ngày 3/1/2024", value: "2024-01-03" }]],
  ["Giải đấu diễn ra từ 10/9/2021 đến ngày 24/9/2021.", [
    { text: "10/9/2021", value: "2021-09-10" },
    { text: "ngày 24/9/2021", value: "2021-09-24" },
  ]],
  /** months, years, quarters */
  ["Đầu tháng 4/2021 và tháng 05-2022, giá xăng tăng.", [
    { text: "tháng 4/2021", value: "2021-04", precision: "month" },
    { text: "tháng 05-2022", value: "2022-05", precision: "month" },
  ]],
  ["Công trình khởi công tháng 5 năm 2023.", [{ text: "tháng 5 năm 2023", value: "2023-05" }]],
  ["Từ 4/2021, giá điện tăng thêm.", [{ text: "4/2021", value: "2021-04", precision: "month" }]],
  ["Trong năm 2023, xã triển khai mô hình mới.", [{ text: "năm 2023", value: "2023", precision: "year" }]],
  ["Ông nghỉ hưu năm 2007 tại quê nhà.", [{ text: "năm 2007", value: "2007" }]],
  ["Lợi nhuận quý II/2023 tăng mạnh.", [{ text: "quý II/2023", value: "2023-Q2", precision: "quarter" }]],
  ["Quý IV năm 2022, doanh thu giảm.", [{ text: "Quý IV năm 2022", value: "2022-Q4" }]],
  ["Kết quả quý 1/2021 được công bố.", [{ text: "quý 1/2021", value: "2021-Q1" }]],
  /** a day without a year takes the dateline's year, and says so */
  ["Sáng 22/12, đoàn đến thăm các gia đình.", [{ text: "Sáng 22/12", value: "2023-12-22", precision: "day", inferredYear: true }]],
  ["Chiều ngày 28/10, mưa lớn kéo dài.", [{ text: "Chiều ngày 28/10", value: "2023-10-28", inferredYear: true }]],
  ["Tết năm nay rơi vào ngày 12/2.", [
    { text: "năm nay", value: "2023", relative: true },
    { text: "ngày 12/2", value: "2024-02-12", inferredYear: true },
  ]],
  ["Từ ngày 14/4 đến 19/4, lượng khách tăng.", [
    { text: "ngày 14/4", value: "2023-04-14" },
    { text: "19/4", value: "2023-04-19" },
  ]],
  ["Dịp lễ 30/4-1/5 lượng khách tăng mạnh.", [
    { text: "30/4", value: "2023-04-30" },
    { text: "1/5", value: "2023-05-01" },
  ]],
  ["Hôm 28/10 ông viết trên mạng xã hội.", [{ text: "28/10", value: "2023-10-28" }]],
  ["Phiên giao dịch hôm thứ Hai (18/12) diễn ra sôi động.", [{ text: "18/12", value: "2023-12-18" }]],
  ["Đến 30/6 này, hồ sơ phải nộp đủ.", [{ text: "30/6", value: "2023-06-30" }]],
  ["Tháng 10, giá vàng tăng mạnh.", [{ text: "Tháng 10", value: "2023-10", precision: "month", inferredYear: true }]],
  /** a time with the date */
  ["Lúc 8 giờ 30 phút sáng 22/5/2023, đoàn có mặt.", [{ text: "8 giờ 30 phút sáng 22/5/2023", value: "2023-05-22T08:30:00+07:00", precision: "minute" }]],
  ["Vụ cháy xảy ra lúc 14h30 ngày 22/5/2023 (GMT+7) tại chợ.", [{ text: "14h30 ngày 22/5/2023 (GMT+7)", value: "2023-05-22T14:30:00+07:00" }]],
  /** relative dates, against the dateline */
  ["Hôm qua, huyện ra quân dọn kênh.", [{ text: "Hôm qua", value: "2023-12-22", precision: "day", relative: true }]],
  ["Sáng nay, chiều qua và tối mai đều có mưa.", [
    { text: "Sáng nay", value: "2023-12-23" },
    { text: "chiều qua", value: "2023-12-22" },
    { text: "tối mai", value: "2023-12-24" },
  ]],
  ["Tuần trước, giá lúa tăng nhẹ.", [{ text: "Tuần trước", value: "2023-W50", precision: "week", relative: true }]],
  ["Tháng trước và tuần tới đều có đợt nắng.", [
    { text: "Tháng trước", value: "2023-11", precision: "month" },
    { text: "tuần tới", value: "2023-W52", precision: "week" },
  ]],
  ["Năm ngoái, sản lượng giảm.", [{ text: "Năm ngoái", value: "2022", precision: "year", relative: true }]],
];

// Without a dateline, days keep no year and relative dates are left out.
const WITHOUT_DATELINE: [string, Want[]][] = [
  ["Sáng 22/12, đoàn đến thăm các gia đình.", [{ text: "Sáng 22/12", value: "--12-22", precision: "day" }]],
  ["Tháng 10, giá vàng tăng mạnh.", [{ text: "Tháng 10", value: "--10", precision: "month" }]],
  ["Hôm qua, huyện ra quân dọn kênh.", []],
  ["Ngày 22 tháng 5 năm 2023, tỉnh tổ chức lễ kỷ niệm.", [{ text: "Ngày 22 tháng 5 năm 2023", value: "2023-05-22" }]],
];

// No date at all in these.
const NOT_DATES: [string, string][] = [
  ["Đơn vị đã hoàn thành 5/5 hạng mục và 9/11 chuyên ngành.", "fractions followed by what they count"],
  ["Anh có 2/3 số cổ phần của công ty.", "a fraction"],
  ["Mã số 12/2017 được cấp cho doanh nghiệp.", "a code after số"],
  ["Học sinh lớp 10/3 đi dã ngoại.", "a class name"],
  ["Hạn chót là ngày 31/2 theo thông báo.", "no such day"],
  ["Cuộc họp kéo dài 3 tháng 5 ngày.", "a duration"],
  ["Sau 3 tuần trước đó, anh trở lại.", "a number before the relative word"],
  ["Theo Nghị định 100/2019/NĐ-CP, mức phạt tăng.", "a year inside a document code"],
  ["Đội nhà thắng 2-1 trước đội khách.", "a score"],
  ["Rằm tháng 12 âm lịch, người dân đi lễ.", "a lunar month"],
  ["Giá cổ phiếu tăng 12.5 điểm trong phiên.", "a decimal number"],
  ["Gọi tổng đài 1900 1234 để được hỗ trợ.", "a phone number"],
  ["Nhiều năm nay, người dân trồng lúa.", "năm nay after nhiều is a duration"],
  ["Ngày hội 2023 diễn ra sôi nổi.", "a year without năm, inside a name"],
  ["Lớp 12A3 có 40 học sinh giỏi.", "a class name"],
  ["Tỷ lệ 3/4 học sinh đạt yêu cầu.", "a fraction before what it counts"],
  ["Số điện thoại 0912.345.678 của ông đã bị khóa.", "a phone number with dots"],
  ["Mỗi ngày ông uống 3 lần thuốc.", "ngày as a unit"],
];

describe("dates", () => {
  it.each(DATES)("%s", (sentence, want) => {
    const got = read(sentence);
    expect(got).toHaveLength(want.length);
    want.forEach((w, i) => expect(got[i]).toMatchObject(w));
  });

  it.each(WITHOUT_DATELINE)("without a dateline: %s", (sentence, want) => {
    const got = read(sentence, false);
    expect(got).toHaveLength(want.length);
    want.forEach((w, i) => {
      expect(got[i]).toMatchObject(w);
      expect(got[i]!.inferredYear).toBeUndefined();
    });
  });

  it.each(NOT_DATES)("%s (%s)", (sentence) => {
    expect(read(sentence)).toEqual([]);
  });

  it("leaves the dateline itself out of the dates", () => {
    expect(read("Xã ra quân dọn kênh.")).toEqual([]);
  });
});

describe("the shared date grammar", () => {
  it("keeps the dateline's reading", () => {
    expect(matchDateline("Thứ Bảy, 23/12/2023, 14:56 (GMT+7)")).toMatchObject({ value: "2023-12-23T14:56:00+07:00", weekdayMatches: true });
    expect(new RegExp(DMY).exec("22-5-2023")?.groups).toMatchObject({ d: "22", m: "5", y: "2023" });
  });

  it("reads a year that was not written mostly in the past", () => {
    const ref = { year: 2023, month: 12, day: 23 };
    expect(inferYear(5, 22, ref)).toBe(2023);
    expect(inferYear(1, 5, ref)).toBe(2024);
    expect(inferYear(12, 28, { year: 2024, month: 1, day: 3 })).toBe(2023);
    expect(inferYear(2, 29, ref)).toBe(2024);
  });

  it("knows the days of each month as Date does", () => {
    // isValidDate counts the days by hand; Date's calendar is the reference
    const byDate = (y: number, m: number, d: number): boolean => {
      if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
      if (m < 1 || m > 12 || d < 1 || y < 1000 || y > 2999) return false;
      const t = new Date(Date.UTC(y, m - 1, d));
      return t.getUTCDate() === d && t.getUTCMonth() === m - 1;
    };
    const years = [999, 1000, 1582, 1600, 1700, 1800, 1899, 1900, 2000, 2023, 2024, 2100, 2400, 2999, 3000, 2024.5, NaN];
    for (const y of years) {
      for (let m = -1; m <= 14; m++) {
        for (const d of [-1, 0, 1, 15, 27, 28, 29, 30, 31, 32, 99, 1.5]) expect(isValidDate(y, m, d), `${y}-${m}-${d}`).toBe(byDate(y, m, d));
      }
    }
  });

  it("reads the same weekday and date word the second time (remembered)", () => {
    for (let round = 0; round < 2; round++) {
      expect(weekday("Thứ  Bảy")).toEqual({ day: 6, canonical: "Thứ Bảy" });
      expect(weekday("CN")).toEqual({ day: 0, canonical: "Chủ Nhật" });
      expect(weekday(" chủ nhật ")).toEqual({ day: 0, canonical: "Chủ Nhật" });
      expect(weekday("ngày")).toBeUndefined();
      expect(dateWord(" Hôm  Qua ")).toMatchObject({ role: "relative", unit: "day", offset: -1 });
      expect(dateWord("từ")).toMatchObject({ role: "lead" });
      expect(dateWord("xã")).toBeUndefined();
    }
  });

  it("names ISO weeks across a year's end", () => {
    expect(isoWeek(2023, 12, 23)).toBe("2023-W51");
    expect(isoWeek(2021, 1, 3)).toBe("2020-W53");
    expect(isoWeek(2024, 12, 30)).toBe("2025-W01");
  });
});

describe("the test before the patterns at a digit", () => {
  // one or two digits then ": h g / . -" or a space: every form still reads (the test only skips numbers)
  const AT_DIGIT: [string, string][] = [
    ["Đoàn đến lúc 9:15 23/12/2023.", "2023-12-23T09:15:00+07:00"],
    ["Đoàn đến lúc 14g30 ngày 22/5/2023.", "2023-05-22T14:30:00+07:00"],
    ["Đoàn đến lúc 9 giờ ngày 22/5/2023.", "2023-05-22T09:00:00+07:00"],
    ["Xã họp vào 22 tháng 5 năm 2023 tại hội trường.", "2023-05-22"],
    ["Xã họp vào 22.5.2023 tại hội trường.", "2023-05-22"],
    ["Xã họp vào 2-5-2023 tại hội trường.", "2023-05-02"],
    ["Giá tăng từ 04/2021 đến nay.", "2021-04"],
  ];
  it.each(AT_DIGIT)("%s", (sentence, value) => {
    expect(read(sentence).map((d) => d.value)).toEqual([value]);
  });
});

describe("the gates of the patterns at a word and at a digit", () => {
  // atWord tries a pattern only after the first words it starts with; the same dates as trying all
  const ungated = defineExtractor({ name: "dates", run: (doc) => readDates(doc, false) });
  const GATED: string[] = [
    "Ngày 22/5/2023, NGÀY 23/5/2023 và ngày 24 tháng 5 năm 2023 đoàn đến.",
    "Sáng 23/12, SÁNG 24/12, sáng ngày 25/12, Rạng sáng 26/12, RẠNG SÁNG 27/12, rạng  sáng 28/12 mưa.",
    "Tháng 5/2023, THÁNG 6 năm 2023, tháng 7, Tháng 8 âm lịch, tháng 13 trôi qua.",
    "Năm 2023, NĂM 2024, năm 1899, Quý II/2023, QUÝ 3, quý IV năm 2022 tăng.",
    "Hôm qua, NGÀY HÔM QUA, Ngày Hôm Nay, tuần  trước, Năm ngoái, THÁNG TỚI, sáng nay, Chiều Qua xã họp.",
    "nGÀY 22/5/2023, tHÁNG 5/2023, nĂm 2023, qUÝ 2, hÔm qua, SáNg 23/12 là chữ hoa lẫn.",
    "ngàyy 22/5/2023, thángg 5/2023, nămm 2023, quýý 2, hômm qua, sángg 23/12, ngày22/5/2023, tháng5 là chữ dính.",
    "Ngày  22 tháng  5, tháng  5 /2023, năm  2023, quý  I, Tuần  này, đêm  qua, khuya 23/12.",
    "Trong 5 ngày 22/5, 3 tháng 5, 10 năm 2023, 2 quý II, 7 hôm qua xã họp.",
  ];
  // … and by what follows the first word: a space, then after "ngày", "tháng", "năm", "quý" a digit, a year, a quarter
  const AFTER_WORD: string[] = [
    "Ngày  22/5, ngày   23/5, ngày,24/5, ngày-25/5, ngày\u00a026/5, NGÀY 27 tháng 5 năm 2023, ngày hôm  qua xã họp.",
    "Tháng  5/2023, tháng   6/2023, tháng 13, tháng 0, tháng,7, THÁNG 8, tháng tới, tháng  sau xã họp.",
    "Năm  2023, năm   2024, năm 3000, năm 1999, năm 0123, năm,2022, năm-2021, NĂM 2020, năm nay, năm  ngoái xã họp.",
    "Quý I, quý  IV, quý   II, quý V, quý 5, quý 0, quý 4/2023, QUÝ III năm 2022, quý,2, quý II-2023 xã họp.",
    "Sáng  ngày 23/12, rạng   sáng 24/12, sáng sớm  25/12, tối,26/12, đêm nay, chiều  qua, khuya  27/12 xã họp.",
  ];
  // atDigit tries a pattern only by what follows the one or two digits (digitLeadsAt)
  const AT_DIGIT: string[] = [
    "Lúc 9:15 23/12/2023, 14h30 ngày 22/5/2023, 8g sáng 23-12, 7h, 23/12/2023 (GMT+7) và 25h 1/1 xã họp.",
    "Lúc 9 giờ ngày 22/5/2023, 9  giờ 30 phút sáng 23/12, 9   giờ 24/12, 9 Giờ 25/12, 123 giờ 26/12 xã họp.",
    "Vào 22 tháng 5 năm 2023, 22  tháng 5, 2023, 1 tháng  6 năm 2024, 22   tháng 5 năm 2023, 22 Tháng 5 năm 2023 xã họp.",
    "Vào 22.5.2023, 2-5-2023, 30/4-1/5, 04/2021, 4/2021/NĐ-CP, 12/2017, 1.1, 1.000, 3/4 học sinh, 22/5 này xã họp.",
    "Vào 022/5/2023, 5 người, 5%, 1,5, 2023, 100 ngày 22/5 và 31/2/2023, 29/2/2023, 00/00 xã họp.",
    "Số 9h, 9:, 9/, 9., 9-, 9 , 19 giờ, 19h60 ngày 1/1/2023, 24:00 ngày 1/1/2023 ở cuối 9",
  ];
  it.each([...GATED, ...AFTER_WORD, ...AT_DIGIT])("%s", (sentence) => {
    for (const dateline of [true, false]) {
      const text = (dateline ? DATELINE : "") + TITLE + sentence;
      const gated = parseArticle(text, { extractors: [dates], detectLanguage: false }).dates;
      const all = parseArticle(text, { extractors: [ungated], detectLanguage: false }).dates;
      expect(gated).toEqual(all);
      if (dateline) expect(gated.length).toBeGreaterThan(0);
    }
  });
});

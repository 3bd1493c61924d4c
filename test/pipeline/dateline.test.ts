import { describe, it, expect } from "vitest";
import { matchDateline } from "../../src/pipeline/dateline.js";

// [line, value, weekday, weekdayMatches]
const accept: [string, string, string | null, boolean | null][] = [
  ["Thứ Bảy, 23/12/2023, 14:56 (GMT+7)", "2023-12-23T14:56:00+07:00", "Thứ Bảy", true],
  ["23/12/2023 14:56 GMT+7", "2023-12-23T14:56:00+07:00", null, null],
  ["Thứ bảy, 23/12/2023 - 14:56", "2023-12-23T14:56:00+07:00", "Thứ Bảy", true],
  ["23/12/2023 | 14:56", "2023-12-23T14:56:00+07:00", null, null],
  ["Cập nhật: 08:30 ngày 22-5-2023", "2023-05-22T08:30:00+07:00", null, null],
  ["Thứ Hai, 22/5/2023, 08:05 (GMT+7)", "2023-05-22T08:05:00+07:00", "Thứ Hai", true],
  ["Chủ nhật, 24/12/2023 - 07:00", "2023-12-24T07:00:00+07:00", "Chủ Nhật", true],
  ["Thứ 7, 23/12/2023 14:56", "2023-12-23T14:56:00+07:00", "Thứ Bảy", true],
  ["Thứ Sáu, 23/12/2023, 14:56 (GMT+7)", "2023-12-23T14:56:00+07:00", "Thứ Sáu", false],
  ["23-12-2023", "2023-12-23", null, null],
  ["Ngày đăng: 01/02/2024 09:15", "2024-02-01T09:15:00+07:00", null, null],
  ["14:56 23/12/2023", "2023-12-23T14:56:00+07:00", null, null],
  ["Thời sự  Thứ Bảy, 23/12/2023, 14:56 (GMT+7)", "2023-12-23T14:56:00+07:00", "Thứ Bảy", true],
  ["23/12/2023 14:56 (GMT+9)", "2023-12-23T14:56:00+09:00", null, null],
  ["Thứ tư, 1/1/2025 - 0:05", "2025-01-01T00:05:00+07:00", "Thứ Tư", true],
];

const reject: [string, string][] = [
  ["a sentence that contains a date", "Ngày 23/12/2023, Đảng ủy xã Long Bình đã tổ chức hội nghị tổng kết công tác năm với sự tham dự của nhiều đại biểu."],
  ["an impossible day", "31/2/2023 10:00"],
  ["an impossible month", "12/13/2023 10:00"],
  ["an hour past 23", "23/12/2023 25:10"],
  ["no year", "23/12 lúc 14:56"],
  ["a title", "Đảng ủy xã Long Bình: Hiệu quả từ mô hình học tập"],
  ["a phone number", "0913.456.789"],
  ["a year before 1900", "23/12/1850"],
];

describe("matchDateline", () => {
  it.each(accept)("reads %s", (line, value, weekday, matches) => {
    const m = matchDateline(line);
    expect(m).not.toBeNull();
    expect(m!.value).toBe(value);
    expect(m!.weekday).toBe(weekday);
    expect(m!.weekdayMatches).toBe(matches);
  });

  it.each(reject)("rejects %s", (_name, line) => {
    expect(matchDateline(line)).toBeNull();
  });

  it("gives the offsets of the dateline inside a line with a section name", () => {
    const line = "Thời sự  Thứ Bảy, 23/12/2023, 14:56 (GMT+7)";
    const m = matchDateline(line)!;
    expect(line.slice(m.start, m.end)).toBe("Thứ Bảy, 23/12/2023, 14:56 (GMT+7)");
  });

  it("says whether the zone was stated", () => {
    expect(matchDateline("23/12/2023 14:56 GMT+7")!.timezone).toBe("stated");
    expect(matchDateline("23/12/2023 | 14:56")!.timezone).toBe("assumed");
    expect(matchDateline("23/12/2023")!.timezone).toBeNull();
  });
});

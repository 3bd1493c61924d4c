import { describe, it, expect } from "vitest";
import { splitSentences } from "../../src/pipeline/sentences.js";

const split = (s: string): string[] => splitSentences(s, 0, s.length, 0).map((x) => s.slice(x.start, x.end));

const cases: [string, string, string[]][] = [
  ["two plain sentences", "Xã có 65 cuộc họp. Có 1.252 người dự.", ["Xã có 65 cuộc họp.", "Có 1.252 người dự."]],
  ["TP. before a name", "Ông về TP. Hồ Chí Minh hôm qua. Sau đó ông đi tiếp.", ["Ông về TP. Hồ Chí Minh hôm qua.", "Sau đó ông đi tiếp."]],
  ["TP.HCM glued", "Giá nhà ở TP.HCM tăng 5%. Hà Nội tăng ít hơn.", ["Giá nhà ở TP.HCM tăng 5%.", "Hà Nội tăng ít hơn."]],
  ["PGS.TS. chain", "PGS.TS. Nguyễn Văn Hùng cho biết như vậy. Ông nói thêm.", ["PGS.TS. Nguyễn Văn Hùng cho biết như vậy.", "Ông nói thêm."]],
  ["ThS. and BS.", "ThS. Lê Thu Hà và BS. Trần Minh cùng dự. Buổi họp kết thúc.", ["ThS. Lê Thu Hà và BS. Trần Minh cùng dự.", "Buổi họp kết thúc."]],
  ["Th.S dotted", "Th.S. Phạm Lan trình bày. Mọi người lắng nghe.", ["Th.S. Phạm Lan trình bày.", "Mọi người lắng nghe."]],
  ["Q. before a number", "Cửa hàng ở Q. 1 đông khách. Giá không đổi.", ["Cửa hàng ở Q. 1 đông khách.", "Giá không đổi."]],
  ["an initial in a name", "Ông Nguyễn V. Bình nói vậy. Bà Hoa đồng ý.", ["Ông Nguyễn V. Bình nói vậy.", "Bà Hoa đồng ý."]],
  ["decimal comma and thousands dot", "Tăng 1,5% lên 1.252,5 tỷ đồng. Năm sau giảm.", ["Tăng 1,5% lên 1.252,5 tỷ đồng.", "Năm sau giảm."]],
  ["question and exclamation", "Vì sao vậy? Không ai biết! Họ im lặng.", ["Vì sao vậy?", "Không ai biết!", "Họ im lặng."]],
  ["closing quote after the period", 'Ông nói: "Chúng tôi sẽ làm." Sau đó ông rời đi.', ['Ông nói: "Chúng tôi sẽ làm."', "Sau đó ông rời đi."]],
  ["period after the closing quote", 'Đó là "tình làng nghĩa xóm". Do đó ai cũng vui.', ['Đó là "tình làng nghĩa xóm".', "Do đó ai cũng vui."]],
  ["ellipsis then lower case stays", "Họ chờ… rồi đi tiếp.", ["Họ chờ… rồi đi tiếp."]],
  ["ellipsis then capital splits", "Còn nhiều việc… Trong thời gian tới sẽ làm.", ["Còn nhiều việc…", "Trong thời gian tới sẽ làm."]],
  ["three dots then capital", "Còn nhiều việc... Trong thời gian tới sẽ làm.", ["Còn nhiều việc...", "Trong thời gian tới sẽ làm."]],
  ["lower case after a period does not split", "Đường số 5. và đường số 7 bị ngập.", ["Đường số 5. và đường số 7 bị ngập."]],
  ["a number starts the next sentence", "Họp xong lúc 11 giờ. 65 người ra về.", ["Họp xong lúc 11 giờ.", "65 người ra về."]],
  ["v.v. inside", "Rau, củ, quả v.v. đều tăng giá. Thịt thì giảm.", ["Rau, củ, quả v.v. đều tăng giá.", "Thịt thì giảm."]],
  ["no final period", "Một câu không có dấu chấm", ["Một câu không có dấu chấm"]],
  ["a date with dots stays", "Từ ngày 1.1.2016 luật có hiệu lực. Nhiều người ủng hộ.", ["Từ ngày 1.1.2016 luật có hiệu lực.", "Nhiều người ủng hộ."]],
];

describe("splitSentences", () => {
  it.each(cases)("%s", (_n, text, want) => {
    expect(split(text)).toEqual(want);
  });

  it("reports offsets into the whole text", () => {
    const text = "TIÊU ĐỀ\nCâu một. Câu hai.";
    const out = splitSentences(text, 8, text.length, 3);
    expect(out.map((s) => [s.start, s.end, s.block])).toEqual([
      [8, 16, 3],
      [17, 25, 3],
    ]);
  });
});

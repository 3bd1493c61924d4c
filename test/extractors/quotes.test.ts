import { readFileSync } from "node:fs";
import { describe, it, expect } from "vitest";
import { parseArticle, type Quote } from "../../src/index.js";
import { Quote as QuoteSchema } from "../../src/schema/article.js";
import { organizations } from "../../src/extractors/organizations.js";
import { people } from "../../src/extractors/people.js";
import { quotes } from "../../src/extractors/quotes.js";
import { documents } from "../../src/extractors/documents/index.js";
import { checkSpans } from "../helpers/spans.js";
import { hasSeed, SEED_PATH } from "../helpers/seed.js";

// Paragraphs written for these tests, read after a title line with the extractors quotes need.
const TITLE = "Tin tức trong ngày\n\n";
function read(text: string): Quote[] {
  const a = parseArticle(TITLE + text, { extractors: [documents, organizations, people, quotes], detectLanguage: false });
  expect(checkSpans(a)).toEqual([]);
  for (const q of a.quotes) expect(QuoteSchema.safeParse(q).success).toBe(true);
  return a.quotes;
}

type Want = { speaker: string | null; verb: string; direct: boolean; text?: string };
const POSITIVES: [string, Want[]][] = [
  /** reported: "cho biết, …", "nói rằng …", "khẳng định …" */
  ["Ông Lê Văn Hòa, Giám đốc Sở Y tế tỉnh Bến Tre, cho biết số ca bệnh đã giảm.", [
    { speaker: "Lê Văn Hòa", verb: "cho biết", direct: false, text: "số ca bệnh đã giảm" }]],
  ["Bí thư Đảng ủy xã Phú Thạnh Trần Thị Kim Hồng cho biết, xã đã hoàn thành các chỉ tiêu.", [
    { speaker: "Trần Thị Kim Hồng", verb: "cho biết", direct: false, text: "xã đã hoàn thành các chỉ tiêu" }]],
  ["Ông Biden nói rằng hai nước sẽ tăng cường hợp tác.", [{ speaker: "Biden", verb: "nói", direct: false, text: "hai nước sẽ tăng cường hợp tác" }]],
  ["Luật sư Trần Quốc Thuận cho rằng vụ án cần được điều tra lại.", [{ speaker: "Trần Quốc Thuận", verb: "cho rằng", direct: false }]],
  ["Thứ trưởng Nguyễn Thị Hà khẳng định ngành sẽ không tăng học phí.", [{ speaker: "Nguyễn Thị Hà", verb: "khẳng định", direct: false }]],
  ["Chị Lan cho hay, gia đình đã nhận được hỗ trợ.", [{ speaker: "Lan", verb: "cho hay", direct: false }]],
  /** direct: a colon, or the words in quotation marks */
  ["Bà Trần Thị Mai chia sẻ: \"Các em rất chăm chỉ và ngoan\".", [
    { speaker: "Trần Thị Mai", verb: "chia sẻ", direct: true, text: "Các em rất chăm chỉ và ngoan" }]],
  ["Ông Phạm Văn Bảy nhấn mạnh: “Không có ngoại lệ trong xử lý cán bộ sai phạm”.", [
    { speaker: "Phạm Văn Bảy", verb: "nhấn mạnh", direct: true, text: "Không có ngoại lệ trong xử lý cán bộ sai phạm" }]],
  ["Trưởng ấp Nguyễn Văn Út cho biết: Việc làm đường đã được bà con đồng tình. Nhiều hộ hiến đất.", [
    { speaker: "Nguyễn Văn Út", verb: "cho biết", direct: true, text: "Việc làm đường đã được bà con đồng tình. Nhiều hộ hiến đất" }]],
  ["\"Chúng tôi sẽ cố gắng hết sức\", ông Hùng nói.", [{ speaker: "Hùng", verb: "nói", direct: true, text: "Chúng tôi sẽ cố gắng hết sức" }]],
  ["“Mọi việc đã sẵn sàng. Người dân yên tâm đón Tết” - bà Nguyễn Thị Thu khẳng định.", [
    { speaker: "Nguyễn Thị Thu", verb: "khẳng định", direct: true, text: "Mọi việc đã sẵn sàng. Người dân yên tâm đón Tết" }]],
  /** theo X, … */
  ["Theo ông Nguyễn Văn Bình, dự án sẽ hoàn thành vào cuối năm.", [{ speaker: "Nguyễn Văn Bình", verb: "theo", direct: false, text: "dự án sẽ hoàn thành vào cuối năm" }]],
  ["Cũng theo bà Lê Thị Thu, nguồn vốn đã được giải ngân.", [{ speaker: "Lê Thị Thu", verb: "theo", direct: false }]],
  ["Theo Bộ Y tế, số ca mắc đang giảm.", [{ speaker: null, verb: "theo", direct: false }]],
  /** an organisation or an unnamed speaker: speaker null */
  ["Bộ Y tế cho biết sẽ bổ sung thuốc cho các địa phương.", [{ speaker: null, verb: "cho biết", direct: false }]],
  ["Một người dân cho biết, nước ngập sâu từ sáng.", [{ speaker: null, verb: "cho biết", direct: false }]],
  ["Đại diện Công ty Điện lực Long An cho biết: \"Sự cố đã được khắc phục\".", [{ speaker: null, verb: "cho biết", direct: true }]],
  /** the speaker named before: "ông", a title, a short form */
  ["Ông Ngô Quang Tín đã có mặt từ sớm. Ông cho biết, đơn vị đã nhắc nhở 12.400 trường hợp.", [
    { speaker: "Ngô Quang Tín", verb: "cho biết", direct: false }]],
  ["Thống đốc Ngân hàng Nhà nước Trịnh Quốc Vượng dự hội nghị. Theo Thống đốc, nợ xấu đã giảm.", [
    { speaker: "Trịnh Quốc Vượng", verb: "theo", direct: false }]],
  ["Bí thư Đảng ủy xã Long Hưng Nguyễn Thị Kim Loan chủ trì hội nghị. Bà Loan cho biết, xã sẽ nhân rộng mô hình.", [
    { speaker: "Nguyễn Thị Kim Loan", verb: "cho biết", direct: false }]],
  /** one quotation with its speaker, then a reported statement */
  ["\"Đã có 4.800 tàu được kiểm tra\", ông Tín nói và cho biết thêm, nhiều chủ tàu chưa đến.", [
    { speaker: "Tín", verb: "nói", direct: true }, { speaker: "Tín", verb: "cho biết thêm", direct: false }]],
  /** an opinion verb that is also a noun, after a name and a title set off by commas */
  ["Ông Phan Minh Toàn, Trưởng khoa Y tế công cộng, nhận định cơ chế mới chỉ là tạm thời.", [
    { speaker: "Phan Minh Toàn", verb: "nhận định", direct: false, text: "cơ chế mới chỉ là tạm thời" }]],
  /** "riêng" after "cho biết" opens the statement ("nói riêng" is "in particular") */
  ["Ông Phạm Văn Lực cho biết riêng sầu riêng đã mang về 2,3 tỷ USD.", [
    { speaker: "Phạm Văn Lực", verb: "cho biết", direct: false, text: "riêng sầu riêng đã mang về 2,3 tỷ USD" }]],
  ["Tiến sĩ Nguyễn Văn Lâm nêu quan điểm: “Dạy thêm là nhu cầu có thật”.", [
    { speaker: "Nguyễn Văn Lâm", verb: "nêu quan điểm", direct: true, text: "Dạy thêm là nhu cầu có thật" }]],
];

// Not quotes: documents speaking, the verbs' other senses, titles, captions.
const NEGATIVES: string[] = [
  "Theo kế hoạch, dự án sẽ hoàn thành vào cuối năm.",
  "Theo quy định, người vi phạm sẽ bị xử phạt.",
  "Theo Quyết định 123/QĐ-UBND, dự án được điều chỉnh.",
  "Báo cáo của Sở nêu rõ, tiến độ dự án còn chậm.",
  "Văn bản nêu rõ, các đơn vị phải báo cáo trước ngày 20.",
  "Nói chung, tình hình an ninh vẫn ổn định.",
  "Được biết, ông Hải từng làm việc tại đây.",
  "Đáng lưu ý, tỷ lệ sử dụng kháng sinh rất cao.",
  "Các thông tin về dự án đã được công khai.",
  "Vai trò nêu gương của cán bộ được phát huy.",
  "Bộ trưởng Tài chính Hồ Đức Phớc trả lời chất vấn của đại biểu.",
  "Kể cả những hộ nghèo cũng được hỗ trợ.",
  "Theo đó, mỗi hộ được nhận 2 triệu đồng.",
  "Hệ thống đáp ứng nhu cầu của người dân.",
  "Ngành du lịch nói chung và khách sạn nói riêng đang phục hồi.",
  "Khi đảng viên nói đi đôi với làm, người dân sẵn sàng chung sức.",
];

describe("quotes: positives", () => {
  it.each(POSITIVES)("%s", (paragraph, wants) => {
    const qs = read(paragraph);
    expect(qs.map((q) => [q.speaker, q.verb, q.direct])).toEqual(wants.map((w) => [w.speaker, w.verb, w.direct]));
    wants.forEach((w, i) => {
      if (w.text) expect(qs[i]!.text).toBe(w.text);
    });
  });
});

describe("quotes: negatives", () => {
  it.each(NEGATIVES)("%s", (paragraph) => {
    expect(read(paragraph)).toEqual([]);
  });
});

// Paragraphs whose later sentences lie inside content already attributed or inside a quotation (the
// extractor skips them without reading their tokens), with "theo" in several cases, curly quotes
// inside straight ones, and quotation marks in some paragraphs only: what the extractor read before
// those sentences were skipped, pinned whole.
const SKIPPED: [string, Want[]][] = [
  [
    "Ông Nguyễn Văn An cho biết: Việc này đã xong. Bà Lê Thị Bình nói rằng dự án chậm. Ông Trần Văn Cường khẳng định sẽ làm.",
    [{ speaker: "Nguyễn Văn An", verb: "cho biết", direct: true, text: "Việc này đã xong. Bà Lê Thị Bình nói rằng dự án chậm. Ông Trần Văn Cường khẳng định sẽ làm" }],
  ],
  [
    "Ông Nguyễn Văn An nói: \"Tôi cho biết thêm. Bà Bình nói rằng dự án chậm. Ông Cường khẳng định sẽ làm\". Bà Lê Thị Bình cho biết, dự án chậm.",
    [{ speaker: "Nguyễn Văn An", verb: "nói", direct: true, text: "Tôi cho biết thêm. Bà Bình nói rằng dự án chậm. Ông Cường khẳng định sẽ làm" }, { speaker: "Lê Thị Bình", verb: "cho biết", direct: false, text: "dự án chậm" }],
  ],
  [
    "“Chúng tôi đã làm. Ông Cường nói rằng sẽ xong”, bà Lê Thị Bình cho biết. Ông Trần Văn Cường khẳng định sẽ làm.",
    [{ speaker: "Lê Thị Bình", verb: "cho biết", direct: true, text: "Chúng tôi đã làm. Ông Cường nói rằng sẽ xong" }, { speaker: "Trần Văn Cường", verb: "khẳng định", direct: false, text: "sẽ làm" }],
  ],
  [
    "\"Bà Bình cho biết, dự án chậm. Theo ông An, việc đã xong. Ông Cường nói sẽ làm. Chưa hết",
    [{ speaker: "An", verb: "theo", direct: false, text: "việc đã xong" }],
  ],
  [
    "Theo ông Nguyễn Văn An, việc đã xong. Theo bà Bình, \"dự án chậm\". Cũng theo ông An, ông Cường nói rằng sẽ làm.",
    [{ speaker: "Nguyễn Văn An", verb: "theo", direct: false, text: "việc đã xong" }, { speaker: "Bình", verb: "theo", direct: false, text: "dự án chậm" }, { speaker: "Nguyễn Văn An", verb: "theo", direct: false, text: "ông Cường nói rằng sẽ làm" }],
  ],
  [
    "Ông An nói \"xong\" rồi bà Bình nói: “Dự án “chậm” lắm. Ông Cường cho biết, sẽ làm”. Ông Cường cho biết, sẽ làm.",
    [{ speaker: "An", verb: "nói", direct: true, text: "xong" }, { speaker: "An", verb: "nói", direct: true, text: "Dự án “chậm” lắm. Ông Cường cho biết, sẽ làm" }, { speaker: "Cường", verb: "cho biết", direct: false, text: "sẽ làm" }],
  ],
  [
    "THEO ÔNG AN, việc đã xong. tHeO bà Bình, dự án chậm. Trong khi đó, theo Bộ Y tế, số ca giảm.",
    [{ speaker: null, verb: "theo", direct: false, text: "việc đã xong. tHeO bà Bình, dự án chậm" }, { speaker: null, verb: "theo", direct: false, text: "số ca giảm" }],
  ],
  [
    "\"Xong rồi\". \"Chưa\", ông An nói. \"Chắc chắn\" - bà Lê Thị Bình khẳng định. Ông Cường nói: \"Được\". \"Không\", ông An nói và cho biết thêm.",
    [{ speaker: "An", verb: "nói", direct: true, text: "Chưa" }, { speaker: "Lê Thị Bình", verb: "khẳng định", direct: true, text: "Chắc chắn" }, { speaker: "Cường", verb: "nói", direct: true, text: "Được" }, { speaker: "An", verb: "nói", direct: true, text: "Không" }],
  ],
];

describe("quotes: sentences skipped whole", () => {
  it.each(SKIPPED)("%s", (paragraph, wants) => {
    expect(read(paragraph).map((q) => ({ speaker: q.speaker, verb: q.verb, direct: q.direct, text: q.text }))).toEqual(wants);
  });
});

describe("quotes: contract", () => {
  it.skipIf(!hasSeed)("reads the seed article's three quotes", () => {
    const text = readFileSync(SEED_PATH, "utf8");
    const a = parseArticle(text);
    expect(a.quotes.map((q) => [q.speaker, q.verb, q.direct])).toEqual([
      ["Nguyễn Hạnh Phước", "cho biết", true],
      ["Nguyễn Thị Kim Ngọc", "cho biết", false],
      ["Nguyễn Thị Kim Ngọc", "cho biết", false],
    ]);
    expect(a.quotes[0]!.text.startsWith("Việc thực hiện mô hình")).toBe(true);
    expect(a.quotes[2]!.speakerText).toBe("đồng chí Nguyễn Thị Kim Ngọc");
  });

  it("keeps the caller's curly quotes in the quoted text", () => {
    const a = parseArticle(TITLE + "Ông Phạm Văn Bảy nói: “Phải làm ngay”.", { extractors: [organizations, people, quotes], detectLanguage: false });
    expect(a.quotes[0]!.text).toBe("Phải làm ngay");
    expect(a.text.slice(a.quotes[0]!.span.start, a.quotes[0]!.span.end)).toBe("Phải làm ngay");
  });
});

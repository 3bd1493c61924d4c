import { describe, it, expect } from "vitest";
import { parseArticle, type Organization } from "../../src/index.js";
import { Organization as OrganizationSchema } from "../../src/schema/article.js";
import { mayOpen, openedAt, openersOf, organizations, orgKey, sentencesHolding, type Openers } from "../../src/extractors/organizations.js";
import { findShort } from "../../src/extractors/orgs/short-names.js";
import { readTeam } from "../../src/extractors/orgs/teams.js";
import { readOrg, type OrgEnv } from "../../src/extractors/people/org-phrase.js";
import { locationMarks, sentencesOf } from "../../src/extractors/people/context.js";
import { defaultExtractors } from "../../src/index.js";
import type { Doc, Findings } from "../../src/extractors/types.js";
import { checkSpans } from "../helpers/spans.js";

// Sentences written for these tests, read after a title line with the organisations extractor only.
const TITLE = "Tin tức trong ngày\n\n";
function read(text: string): { orgs: Organization[]; text: string } {
  const a = parseArticle(TITLE + text, { extractors: [organizations], detectLanguage: false });
  expect(checkSpans(a)).toEqual([]);
  for (const o of a.organizations) expect(OrganizationSchema.safeParse(o).success).toBe(true);
  return { orgs: a.organizations, text: a.text };
}

/** The organisations' mentions as written, after a whole parse (places and people read first). */
function orgMentions(text: string): string[] {
  const a = parseArticle(TITLE + text, { detectLanguage: false });
  return a.organizations.flatMap((o) => o.mentions.map((m) => a.text.slice(m.start, m.end)));
}

/** The document and what the places found, as the organisations extractor is handed them. */
function docAfterPlaces(text: string): [Doc, Readonly<Findings>] {
  let seen: [Doc, Readonly<Findings>] | undefined;
  const capture = { ...organizations, run: (doc: Doc, found: Readonly<Findings>) => ((seen = [doc, found]), []) };
  parseArticle(TITLE + text, { extractors: [...defaultExtractors.filter((e) => e.name === "locations"), capture], detectLanguage: false });
  return seen!;
}

/**
 * Calls `visit` for every token of every sentence of `text`, with what the organisations' rules are
 * handed there: the sentence and its place marks (`env`), and the document's openers.
 */
function eachToken(
  text: string,
  visit: (env: OrgEnv, i: number, openers: Openers) => void,
): void {
  const [doc, found] = docAfterPlaces(text);
  const loc = locationMarks(doc, found.locations);
  const openers = openersOf(doc);
  sentencesOf(doc).forEach((st, si) => {
    const env = { st, loc: loc[si]! };
    st.toks.forEach((_, i) => visit(env, i, openers));
  });
}

// [sentence, [canonical name, kind, the first mention as written]]
const POSITIVES: [string, [string, Organization["kind"], string][]][] = [
  /** head + level + place */
  ["Đảng ủy xã Long Hưng tổ chức hội nghị sơ kết.", [["Đảng ủy xã Long Hưng", "party", "Đảng ủy xã Long Hưng"]]],
  ["UBND tỉnh Tiền Giang vừa ban hành kế hoạch.", [["Ủy ban nhân dân tỉnh Tiền Giang", "state", "UBND tỉnh Tiền Giang"]]],
  ["Huyện ủy Gò Công Tây đã tổ chức hội nghị.", [["Huyện ủy Gò Công Tây", "party", "Huyện ủy Gò Công Tây"]]],
  ["Chi bộ ấp Tân Hòa họp định kỳ hằng tháng.", [["Chi bộ ấp Tân Hòa", "party", "Chi bộ ấp Tân Hòa"]]],
  ["Công an tỉnh Bắc Ninh đã khởi tố vụ án.", [["Công an tỉnh Bắc Ninh", "police", "Công an tỉnh Bắc Ninh"]]],
  ["Lực lượng công an xã Ia Kdăm đã đến hiện trường.", [["Công an xã Ia Kdăm", "police", "công an xã Ia Kdăm"]]],
  ["Viện kiểm sát nhân dân tỉnh Gia Lai truy tố bị can.", [["Viện kiểm sát nhân dân tỉnh Gia Lai", "procuracy", "Viện kiểm sát nhân dân tỉnh Gia Lai"]]],
  ["TAND TP Hà Nội mở phiên tòa phúc thẩm.", [["Tòa án nhân dân TP Hà Nội", "court", "TAND TP Hà Nội"]]],
  ["HĐND huyện Củ Chi họp kỳ thứ 5.", [["Hội đồng nhân dân huyện Củ Chi", "state", "HĐND huyện Củ Chi"]]],
  /** head + field, head + name */
  ["Bộ Y tế khuyến cáo người dân tiêm vắc xin.", [["Bộ Y tế", "state", "Bộ Y tế"]]],
  ["Bộ Giáo dục và Đào tạo công bố phương án thi.", [["Bộ Giáo dục và Đào tạo", "state", "Bộ Giáo dục và Đào tạo"]]],
  ["Cục Quản lý thị trường tỉnh Long An đã kiểm tra 20 cơ sở.", [["Cục Quản lý thị trường tỉnh Long An", "state", "Cục Quản lý thị trường tỉnh Long An"]]],
  ["Phòng Cảnh sát giao thông Công an tỉnh Nghệ An lập chốt kiểm tra.", [["Phòng Cảnh sát giao thông Công an tỉnh Nghệ An", "police", "Phòng Cảnh sát giao thông Công an tỉnh Nghệ An"]]],
  ["Ban Thường vụ Thành ủy Đà Nẵng đã họp.", [["Ban Thường vụ Thành ủy Đà Nẵng", "party", "Ban Thường vụ Thành ủy Đà Nẵng"]]],
  ["Sở Y tế Hà Nội ghi nhận 14 ca mắc mới.", [["Sở Y tế Hà Nội", "state", "Sở Y tế Hà Nội"]]],
  ["Học sinh Trường THPT Chu Văn An đạt nhiều giải cao.", [["Trường THPT Chu Văn An", "school", "Trường THPT Chu Văn An"]]],
  ["Bệnh viện Chợ Rẫy tiếp nhận 3 bệnh nhân.", [["Bệnh viện Chợ Rẫy", "hospital", "Bệnh viện Chợ Rẫy"]]],
  ["Công ty TNHH Hoa Sen đã nộp thuế đầy đủ.", [["Công ty TNHH Hoa Sen", "company", "Công ty TNHH Hoa Sen"]]],
  ["Ông là Chủ tịch Công ty Quản lý quỹ Redwood Partners.", [["Công ty Quản lý quỹ Redwood Partners", "company", "Công ty Quản lý quỹ Redwood Partners"]]],
  ["Hội Cây cảnh nghệ thuật Hà Nội tổ chức triển lãm.", [["Hội Cây cảnh nghệ thuật Hà Nội", "mass", "Hội Cây cảnh nghệ thuật Hà Nội"]]],
  ["Đoàn Thanh niên xã tổ chức ngày hội việc làm.", [["Đoàn Thanh niên", "mass", "Đoàn Thanh niên"]]],
  /** whole names, with a place after */
  ["Bộ Chính trị, Ban Bí thư đã ban hành chỉ thị.", [["Bộ Chính trị", "party", "Bộ Chính trị"], ["Ban Bí thư", "party", "Ban Bí thư"]]],
  ["Ngân hàng Nhà nước và Bộ Tài chính đã họp.", [["Ngân hàng Nhà nước", "bank", "Ngân hàng Nhà nước"], ["Bộ Tài chính", "state", "Bộ Tài chính"]]],
  ["Bộ Quốc phòng Nga cho biết đã đánh chặn tên lửa.", [["Bộ Quốc phòng Nga", "military", "Bộ Quốc phòng Nga"]]],
  ["Theo TTXVN, hội nghị đã thành công tốt đẹp.", [["TTXVN", "media", "TTXVN"]]],
  ["Liên Hợp Quốc kêu gọi ngừng bắn.", [["Liên Hợp Quốc", "international", "Liên Hợp Quốc"]]],
  /** whole names of companies, clubs and media the press names on their own */
  ["Hãng Boeing và Airbus cạnh tranh gay gắt.", [["Boeing", "company", "Boeing"], ["Airbus", "company", "Airbus"]]],
  ["Cổ phiếu của Apple tăng 2% trong phiên sáng nay.", [["Apple", "company", "Apple"]]],
  ["Chelsea thắng Arsenal với tỷ số 2-1.", [["Chelsea", "other", "Chelsea"], ["Arsenal", "other", "Arsenal"]]],
  ["Theo tờ Financial Times, thương vụ sắp hoàn tất.", [["Financial Times", "media", "Financial Times"]]],
  ["Samsung Electronics công bố lợi nhuận quý III.", [["Samsung Electronics", "company", "Samsung Electronics"]]],
  /** teams without a head: an age group and a country, a club with FC */
  ["U23 Việt Nam sẽ gặp U23 Thái Lan ở trận bán kết.", [["U23 Việt Nam", "other", "U23 Việt Nam"], ["U23 Thái Lan", "other", "U23 Thái Lan"]]],
  ["Quảng Nam FC đã chiêu mộ thêm hai ngoại binh.", [["Quảng Nam FC", "other", "Quảng Nam FC"]]],
  ["Anh chuyển sang khoác áo FC Tokyo từ mùa giải tới.", [["FC Tokyo", "other", "FC Tokyo"]]],
  /** the number of a unit is part of its name */
  ["Đội Cảnh sát giao thông số 4 đã lập biên bản.", [["Đội Cảnh sát giao thông số 4", "police", "Đội Cảnh sát giao thông số 4"]]],
  ["Trường Tiểu học số 2 Nghĩa Đàn khai giảng năm học mới.", [["Trường Tiểu học số 2 Nghĩa Đàn", "school", "Trường Tiểu học số 2 Nghĩa Đàn"]]],
  /** a capitalised scope word closes the name */
  ["Ủy ban An toàn giao thông Quốc gia vừa có văn bản.", [["Ủy ban An toàn giao thông Quốc gia", "state", "Ủy ban An toàn giao thông Quốc gia"]]],
  ["Đại hội đồng Liên Hợp Quốc đã thông qua nghị quyết.", [["Đại hội đồng Liên Hợp Quốc", "international", "Đại hội đồng Liên Hợp Quốc"]]],
  /** aliases fold to one entry */
  ["Ủy ban nhân dân tỉnh Tiền Giang và UBND tỉnh Tiền Giang là một.", [["Ủy ban nhân dân tỉnh Tiền Giang", "state", "Ủy ban nhân dân tỉnh Tiền Giang"]]],
  /** a company's fields in lower case, then its two-word proper name */
  ["Nhà đầu tư là Công ty CP Đầu tư và Xây dựng giao thông Phương Bắc, theo tin từ bộ.", [["Công ty CP Đầu tư và Xây dựng giao thông Phương Bắc", "company", "Công ty CP Đầu tư và Xây dựng giao thông Phương Bắc"]]],
  /** a fleet, a film studio, a police department by its code */
  ["Tàu ngầm thuộc Hạm đội Biển Đen vừa phóng tên lửa.", [["Hạm đội Biển Đen", "military", "Hạm đội Biển Đen"]]],
  ["Việc cổ phần hóa Hãng phim truyện Việt Nam gây tranh cãi.", [["Hãng phim truyện Việt Nam", "company", "Hãng phim truyện Việt Nam"]]],
  ["Khoảng 1.400 cán bộ chiến sĩ toàn PC67 ra quân.", [["PC67", "police", "PC67"]]],
  ["Theo phóng viên Vietnam+ tại Paris, cuộc họp kéo dài.", [["Vietnam+", "media", "Vietnam+"]]],
  ["Real thắng Betis 3-0 trên sân nhà.", [["Real", "other", "Real"], ["Betis", "other", "Betis"]]],
  ["Báo Tuổi Trẻ đưa tin về vụ việc.", [["Tuổi Trẻ", "media", "Tuổi Trẻ"]]],
  /** alliances, parliaments, forest rangers, port authorities, conservatories */
  ["Liên minh Hợp tác Nông dân đã giành thêm ghế.", [["Liên minh Hợp tác Nông dân", "international", "Liên minh Hợp tác Nông dân"]]],
  ["Ông từng là Chủ tịch Nghị viện Anh.", [["Nghị viện Anh", "state", "Nghị viện Anh"]]],
  ["Hạt Kiểm lâm huyện Con Cuông đã lập biên bản.", [["Hạt Kiểm lâm huyện Con Cuông", "state", "Hạt Kiểm lâm huyện Con Cuông"]]],
  ["Cảng vụ Hải Phòng cấm tàu rời cảng.", [["Cảng vụ Hải Phòng", "state", "Cảng vụ Hải Phòng"]]],
  ["Cô tốt nghiệp Nhạc viện Hà Nội năm 2010.", [["Nhạc viện Hà Nội", "school", "Nhạc viện Hà Nội"]]],
];

const NEGATIVES: string[] = [
  "Người dân tập trung ở quảng trường Ba Đình.",
  "Thị trường bất động sản Hà Nội đang phục hồi.",
  "Thông báo Nguyễn Văn A trúng tuyển đã được gửi.",
  "Ông Đặng Trường Khanh đã nộp đơn xin nghỉ.",
  "Danh hài Trường Giang tham gia chương trình.",
  "Thứ trưởng Nguyễn Trường Sơn chủ trì cuộc họp.",
  "Tại Đài Loan, giá điện tăng mạnh.",
  "Hội An đón hơn một triệu lượt khách.",
  "Hội nghị diễn ra trong hai ngày.",
  "Ban đầu, người dân chưa đồng tình.",
  "Bộ trưởng đã có mặt từ sớm.",
  "Đảng ủy xã chỉ đạo các chi bộ triển khai.",
  "Môi trường Hà Nội đang ô nhiễm.",
  // "Ban" inside a country's name (Tây Ban Nha), not the head of a committee
  "Đội tuyển Tây Ban Nha đã đến sân tập.",
  "Giá nhà ở Tây Ban Nha tăng mạnh.",
  // a tournament named after its organiser, and a product named after its maker
  "Đội tuyển giành chức vô địch AFF Cup năm đó.",
  "Chiếc Samsung Galaxy S10 bị rơi xuống nước.",
  "Mẫu Toyota Vios bán chạy nhất tháng.",
  // an English word after a brand names a product, though its shape is that of a Vietnamese syllable
  "Người dùng có thể thanh toán bằng Samsung Pay tại siêu thị.",
  "Chiếc Apple Watch mới có thêm tính năng đo nhịp tim.",
  // an age group before a region is a tournament; a code is not a team
  "Vòng chung kết U23 châu Á diễn ra tại Qatar.",
  "Cầu thủ sinh năm 2001 được gọi lên U19.",
  // a scope word in lower case starts a new phrase
  "Ủy ban cho biết quốc gia này đã ký.",
  // a head and a field with no name are a common noun
  "Em đã đỗ vào trường đại học năm ngoái.",
  "Hãng hàng không sẽ hoàn tiền cho hành khách.",
  "Nhiều công ty cổ phần chưa công bố báo cáo.",
  // a city that is also a club is left to places
  "Chúng tôi đến Barcelona vào mùa hè.",
  "Mẫu xe PCX150 bán chạy nhất tháng.",
  "Tuổi trẻ là quãng thời gian đẹp nhất của đời người.",
  // a head of the kind with no name after it
  "Liên minh này tan rã sau hai năm.",
  "Hạt Kiểm lâm đã vào cuộc.",
];

describe("organizations: positives", () => {
  it.each(POSITIVES)("%s", (sentence, wants) => {
    const r = read(sentence);
    expect(r.orgs.map((o) => o.name)).toEqual(wants.map((w) => w[0]));
    wants.forEach(([, kind, first], i) => {
      const o = r.orgs[i]!;
      expect(o.kind).toBe(kind);
      expect(r.text.slice(o.mentions[0]!.start, o.mentions[0]!.end)).toBe(first);
    });
  });
});

describe("organizations: negatives", () => {
  it.each(NEGATIVES)("%s", (sentence) => {
    expect(read(sentence).orgs.map((o) => o.name)).toEqual([]);
  });
});

describe("organizations: keys", () => {
  it.each([
    ["Ủy ban nhân dân TP Đà Nẵng", "Ủy ban nhân dân thành phố Đà Nẵng"],
    ["Ủy ban nhân dân Tp. Đà Nẵng", "ủy ban nhân dân thành phố đà nẵng"],
    ["Sở Y tế tỉnh Hòa Bình", "Sở Y tế tỉnh Hoà Bình"],
  ])("%s ~ %s", (a, b) => {
    expect(orgKey(a)).toBe(orgKey(b));
  });

  it("counts every mention of one organisation", () => {
    const r = read("Bộ Y tế cho biết đã gửi công văn. Sau đó, Bộ Y tế tiếp tục hướng dẫn các tỉnh.");
    expect(r.orgs).toHaveLength(1);
    expect(r.orgs[0]!.mentions).toHaveLength(2);
  });
});

// [text, organisation, its mentions as written]
describe("organizations: shorter names later", () => {
  it.each([
    /** the proper name that ends a company's name */
    ["Công ty Thang máy Sao Việt vừa ra mắt sản phẩm mới. Năm nay, Sao Việt sản xuất 600 chiếc. Doanh thu của Sao Việt tăng.",
      "Công ty Thang máy Sao Việt", ["Công ty Thang máy Sao Việt", "Sao Việt", "Sao Việt"]],
    /** an acronym or a brand in brackets */
    ["Tổng công ty Khoáng sản Tây Bắc (TKB) cho biết kế hoạch. Theo TKB, sản lượng tăng.", "Tổng công ty Khoáng sản Tây Bắc", ["Tổng công ty Khoáng sản Tây Bắc", "TKB", "TKB"]],
    ["Công ty Cổ phần Xơ sợi Dầu khí (PVTex) thua lỗ. Năm 2016, PVTex dừng sản xuất.", "Công ty Cổ phần Xơ sợi Dầu khí", ["Công ty Cổ phần Xơ sợi Dầu khí", "PVTex", "PVTex"]],
  ])("%s", (text, name, mentions) => {
    const r = read(text);
    const o = r.orgs.find((x) => x.name === name);
    expect(o, JSON.stringify(r.orgs.map((x) => x.name))).toBeDefined();
    expect(o!.mentions.map((m) => r.text.slice(m.start, m.end))).toEqual(mentions);
  });

  it.each([
    /** after a common noun the short name belongs to another name */
    ["Công ty Bánh kẹo Hải Hà tăng trưởng. Các hãng như bánh kẹo Hải Hà, Bibica chiếm thị phần nhỏ.", "Hải Hà"],
    /** the acronym of a field names the field, not the board */
    ["Ban An toàn giao thông (ATGT) tỉnh họp sáng nay. Các trường đẩy mạnh giáo dục ATGT cho học sinh.", "ATGT"],
    /** "công ty" in lower case before a person's name: the name alone later is the person */
    ["Tài chính của công ty Lý Minh Hạo liên tục thua lỗ. Ngoài ra, Lý Minh Hạo còn nợ ngân hàng.", "Lý Minh Hạo"],
    /** a place in brackets is no short name */
    ["Bộ Quốc phòng (Nga) ra thông báo. Theo đó, Nga sẽ tập trận.", "Nga"],
  ])("%s", (text, notMention) => {
    const r = read(text);
    for (const o of r.orgs) expect(o.mentions.map((m) => r.text.slice(m.start, m.end))).not.toContain(notMention);
  });
});

// The gate before readTeam and readOrg (mayOpen) skips a token only where both find nothing: every
// token of these sentences is read both ways. Tricky: heads in lower case, whole names, police codes,
// age groups, clubs with FC before or after, places, words that start a head only inside a name.
describe("organizations: the opener gate", () => {
  const TEXTS = [
    "Quảng Nam FC thắng FC Barcelona, còn Becamex Bình Dương FC và U23 Việt Nam, U19 Thái Lan, U2 thua.",
    // no "FC" in the text: only the age group opens a team
    "U23 Việt Nam gặp U19 Thái Lan, còn U16 Australia nghỉ, ông Ung Văn P và PGS P thì không.",
    "Hoàng Anh Gia Lai FC, Sông Lam Nghệ An FC và CLB Hà Nội cùng thi đấu; U235 không phải đội bóng.",
    "Đội PC45 Công an tỉnh và PA83, PX03 phối hợp với công ty Hòa Phát, trường đại học, Bộ Y tế Hà Nội.",
    "Ông Nguyễn Trường Sơn, Giám đốc Sở Y tế, làm việc với Apple, Samsung Galaxy S10, Tập đoàn Dầu khí Việt Nam (PVN).",
    "UBND tỉnh Tiền Giang, Ủy ban nhân dân TP Đà Nẵng, Liên Hợp Quốc, TTXVN và ngân hàng Vietinbank.",
    "Học sinh học tại học viện, không quân và Không quân nhân dân; Tây Ban Nha, Đài Loan, Hội An đón khách.",
    "PGS.TS Trần Văn A, Trường THPT Chu Văn An, Bệnh viện Chợ Rẫy, Ban Thường vụ Thành ủy Đà Nẵng đã họp.",
  ];
  it.each(TEXTS)("%s", (text) => {
    let skipped = 0;
    eachToken(text, (env, i, openers) => {
      const t = env.st.toks[i]!;
      if (mayOpen(t, openers)) return;
      skipped++;
      expect([t.t, readTeam(env, i), readOrg(env, i)]).toEqual([t.t, null, null]);
    });
    expect(skipped).toBeGreaterThan(0);
  });
});

// The head looked up once at a lower-case token that mayOpen lets through (openedAt): with none there
// the rules are skipped, with one they share it. Every such token of these sentences is read both
// ways: with that lookup, and with each rule looking the head up itself. Tricky: heads in lower case
// that are common words, lower-case heads before a capital, descriptions, heads inside other words.
describe("organizations: the head lookup before the rules", () => {
  const TEXTS = [
    "Học sinh học tại học viện, không quân và Không quân nhân dân; nhà văn ở nhà máy gang thép Thái Nguyên.",
    "Theo bộ Quốc phòng Hàn Quốc và sở Y tế Hà Nội, quốc hội Đức họp; huyện ủy Hòa Vang và đảng bộ xã Tân An.",
    "Cán bộ công an xã Ia Kdăm không đến, toàn bộ công ty Hòa Phát và công ty cổ phần đầu tư Sài Gòn đã đến quảng trường Ba Đình.",
    "Trạm thú y huyện Diễn Châu, trường tiểu học ở Quận 1, phòng khám đa khoa Hà Nội và ngân hàng Vietinbank.",
    "Ngân hàng nhà nước chi nhánh tỉnh Tây Ninh, ban nhạc Moranbong, tờ China Daily, phòng GD&ĐT TP Bắc Kạn.",
    "Hội nghị của hội nông dân xã, thị trường chứng khoán, báo cáo của báo Công lý và đài truyền hình Việt Nam.",
    "Trưởng phòng Tài chính nói với nhà xuất bản Trẻ, trung tâm y tế huyện Hòa Vang, đại học Quốc gia Hà Nội.",
  ];
  it.each(TEXTS)("%s", (text) => {
    let skipped = 0;
    let shared = 0;
    eachToken(text, (env, i, openers) => {
      const t = env.st.toks[i]!;
      if (t.cap || !mayOpen(t, openers)) return;
      const head = openers.heads.longest(env.st.toks, i);
      if (head === null) skipped++;
      else shared++;
      expect([t.t, openedAt(env, i, head)]).toEqual([t.t, openedAt(env, i, undefined)]);
    });
    expect(skipped).toBeGreaterThan(0);
    expect(shared).toBeGreaterThan(0);
  });
});

// The later mentions of short names are looked for only in the sentences whose text holds the first
// word of one (sentencesHolding): findShort finds nothing in the others, read here all the same.
describe("organizations: sentences that may hold a short name", () => {
  const SHORTS = ["TKB", "Sao Việt", "PVTex", "Hải Hà"];
  it.each([
    "Theo TKB, sản lượng tăng. Năm nay, Sao Việt sản xuất 600 chiếc. Trời mưa to.",
    "Doanh thu của Sao Việt tăng. Công ty (PVTex) dừng. Giá vàng giảm. Các hãng như bánh kẹo Hải Hà, Bibica chiếm thị phần nhỏ.",
    "Sao Mai và Việt Á ký hợp đồng. Hải Phòng mưa to. TKB-PVTex liên doanh. Ông Sao Việt Hà nói. Theo Hải Hà, giá tăng.",
  ])("%s", (text) => {
    const [doc, found] = docAfterPlaces(text);
    const sents = sentencesOf(doc);
    const loc = locationMarks(doc, found.locations);
    const shorts = new Map(SHORTS.map((k) => [k, k]));
    const holds = sentencesHolding(doc, sents.length, SHORTS);
    let skipped = 0;
    let foundIn = 0;
    sents.forEach((st, si) => {
      const hits: string[] = [];
      for (const afterNoun of [true, false]) findShort(st, loc[si]!, new Uint8Array(st.toks.length), shorts, afterNoun, (v) => hits.push(v));
      if (holds[si] === 0) {
        skipped++;
        expect(hits).toEqual([]);
      } else if (hits.length > 0) foundIn++;
    });
    expect(skipped).toBeGreaterThan(0);
    expect(foundIn).toBeGreaterThan(0);
  });
});

// Where a phrase the grammar reads starts or ends (orgs/bounds.ts): [sentence, the mentions as written]
describe("organizations: bounds", () => {
  it.each([
    /** a generic head before a foreign name is not part of it */
    ["Theo tạp chí Medical Review, nghiên cứu kéo dài 10 năm.", ["Medical Review"]],
    ["Hãng Nordic Airlines vừa mở đường bay mới.", ["Nordic Airlines"]],
    ["Báo Sydney Herald đưa tin về vụ việc.", ["Sydney Herald"]],
    /** a police department named by its code */
    ["Phòng PC45 đã bắt giữ đối tượng.", ["PC45"]],
    /** a Vietnamese name, an acronym or a field keeps its head */
    ["Báo Thanh Niên đưa tin về vụ việc.", ["Báo Thanh Niên"]],
    ["Công ty Hưng Thịnh Phát nộp thuế đầy đủ.", ["Công ty Hưng Thịnh Phát"]],
    ["Công ty Greenfield Logistics đã ký hợp đồng.", ["Công ty Greenfield Logistics"]],
    ["Tạp chí Khoa học Công nghệ số mới đã phát hành.", ["Tạp chí Khoa học Công nghệ"]],
    ["Phòng CSGT Công an tỉnh Nghệ An lập chốt.", ["Phòng CSGT Công an tỉnh Nghệ An"]],
    /** Vietnamese words after a foreign name, or from a reporting verb on, are the sentence going on */
    ["Hôm qua, CLB Arsenal tuyên bố đã bán tiền đạo.", ["CLB Arsenal"]],
    ["Chính quyền phối hợp với Tổ chức Greenpeace thực hiện dự án.", ["Tổ chức Greenpeace"]],
    ["Theo đó, báo Đời sống thông tin thêm về vụ cháy.", ["báo Đời sống"]],
    ["Trước đó, Báo Đời sống thông tin, giá xăng sẽ tăng.", ["Báo Đời sống"]],
    ["Hội Nông dân khẳng định sẽ hỗ trợ bà con.", ["Hội Nông dân"]],
    /** a verb that is also a noun stays where it does not attribute; Vietnamese fields stay */
    ["Ông làm việc tại Cục An toàn thông tin; sau đó chuyển công tác.", ["Cục An toàn thông tin"]],
    ["Cục Quản lý thị trường tỉnh Long An đã kiểm tra.", ["Cục Quản lý thị trường tỉnh Long An"]],
    /** a company's board or an inspectorate before the body: the body is the organisation */
    ["Ông Lê Văn Tâm, Chủ tịch HĐQT Công ty Cổ phần Hưng Thịnh, đã từ nhiệm.", ["Công ty Cổ phần Hưng Thịnh"]],
    ["Thanh tra Công an tỉnh Hà Tĩnh đã vào cuộc.", ["Công an tỉnh Hà Tĩnh"]],
    /** a committee with its body is a name; alone it names no body */
    ["Ban Thường vụ Tỉnh ủy Nghệ An đã họp.", ["Ban Thường vụ Tỉnh ủy Nghệ An"]],
    ["Theo Ban Tổ chức, giải đấu sẽ hoãn một tuần.", []],
    ["Sau buổi họp, Ban Giám hiệu đã xin lỗi phụ huynh.", []],
    /** a board with no body after it is no name; an inspectorate of a province is one */
    ["Ông được bầu làm Chủ tịch Hội đồng quản trị năm ngoái.", []],
    ["Thanh tra tỉnh Phú Thọ đã công bố kết luận.", ["Thanh tra tỉnh Phú Thọ"]],
    /** a police department or a faculty, a comma and the body it belongs to: one name */
    ["Phòng Cảnh sát kinh tế, Công an tỉnh Hà Tĩnh đã vào cuộc.", ["Phòng Cảnh sát kinh tế, Công an tỉnh Hà Tĩnh"]],
    ["Chị tốt nghiệp Khoa Hóa, Trường Đại học Vinh năm 2010.", ["Khoa Hóa, Trường Đại học Vinh"]],
    /** the number that ends a name is part of it, not a number that counts what follows */
    ["Bệnh nhân được đưa tới Bệnh viện Quân y 103 cấp cứu.", ["Bệnh viện Quân y 103"]],
    ["Công ty Hòa Bình 5 tháng liền chậm trả lương.", ["Công ty Hòa Bình"]],
    /** bodies of one level in a list stay apart */
    ["Sở Tài chính, Sở Xây dựng đã thống nhất phương án.", ["Sở Tài chính", "Sở Xây dựng"]],
  ])("%s", (sentence, mentions) => {
    const r = read(sentence);
    expect(r.orgs.flatMap((o) => o.mentions.map((m) => r.text.slice(m.start, m.end)))).toEqual(mentions);
  });
});

// A head, a description in lower case and a place (orgs/described.ts), read with the places found
// first as in a whole parse: [sentence, the organisations' mentions as written]
describe("organizations: a description in lower case, then a place", () => {
  const readAll = orgMentions;
  it.each([
    ["Cục đường thủy nội địa Việt Nam vừa ban hành hướng dẫn.", ["Cục đường thủy nội địa Việt Nam"]],
    ["Chi cục thú y huyện Tân Kỳ đã cấp thuốc cho bà con.", ["Chi cục thú y huyện Tân Kỳ"]],
    ["Em theo học Trường Trung cấp nghề tỉnh Kon Tum.", ["Trường Trung cấp nghề tỉnh Kon Tum"]],
    ["Dự án nhà máy nhiệt điện Quảng Trạch đã khởi công.", ["nhà máy nhiệt điện Quảng Trạch"]],
    ["Hội nuôi ong Việt Nam tổ chức đại hội.", ["Hội nuôi ong Việt Nam"]],
  ])("%s", (text, mentions) => {
    expect(readAll(text)).toEqual(mentions);
  });
  it.each([
    // an event, the press, a report: the head makes one word with what follows
    "Hội chợ hàng Việt Nam diễn ra tại Cần Thơ.",
    "Báo chí Hàn Quốc đưa tin về vụ việc.",
    // a body placed rather than described, a head in lower case that is a common noun
    "Học sinh một trường tiểu học ở Quận 1 bị ngộ độc.",
    "Anh làm việc cho một nhà máy ở Bình Dương.",
    "Môi trường học đường Việt Nam cần thay đổi.",
  ])("%s", (text) => {
    expect(readAll(text)).toEqual([]);
  });
  it("reads no description after a whole name: the sentence goes on", () => {
    expect(readAll("WHO xếp Việt Nam ở vị trí thứ 78.")).toEqual(["WHO"]);
  });
});

// A cap-only head written in lower case before a field written with its capital (orgs/lower-heads.ts)
describe("organizations: a head in lower case before a capitalised field", () => {
  const readAll = orgMentions;
  it.each([
    ["Theo bộ Quốc phòng Nhật Bản, tên lửa rơi xuống biển.", ["bộ Quốc phòng Nhật Bản"]],
    ["Ông Lê Văn Hòa, Trưởng phòng GD&ĐT huyện Hòa Vang, cho biết.", ["phòng GD&ĐT huyện Hòa Vang"]],
    ["Hồ sơ đã được gửi lên sở Y tế tỉnh Nam Định.", ["sở Y tế tỉnh Nam Định"]],
    ["Cuộc bầu cử quốc hội Na Uy diễn ra vào tháng 9.", ["quốc hội Na Uy"]],
  ])("%s", (text, mentions) => {
    expect(readAll(text)).toEqual(mentions);
  });
  it.each([
    // a case, a faculty or an army named in passing; a head inside another word
    "Phiên tòa xử vụ Hưng Thịnh Phát kéo dài ba ngày.",
    "Cán bộ Tư pháp xã Nghĩa Hòa xác nhận sự việc.",
    "Binh sĩ quân đội Iraq đã tiến vào thị trấn.",
    "Các tay súng bao vây khu vực do chính phủ Syria kiểm soát.",
    // after a title, a field with no place names the office in general
    "Ông Trần Văn Bình, Trưởng phòng Tài chính, cho biết sẽ rà soát.",
  ])("%s", (text) => {
    expect(readAll(text)).toEqual([]);
  });
});

// Foreign names listed with an organisation found (orgs/coordinated.ts)
describe("organizations: foreign names listed with an organisation", () => {
  const readAll = (text: string): string[] => orgMentions(text).sort();
  it.each([
    ["Vietcombank và Zurvita ký thỏa thuận hợp tác.", ["Vietcombank", "Zurvita"]],
    ["Anh nhận lời mời từ Google, Nordwind, Kestrel Partners và Apple.", ["Apple", "Google", "Kestrel Partners", "Nordwind"]],
  ])("%s", (text, mentions) => {
    expect(readAll(text)).toEqual(mentions);
  });
  it.each([
    // a person named beside the company, a currency, a clause after a comma
    ["Apple và Tim Cook đã lên tiếng.", ["Apple"]],
    ["Khối tài sản lên tới 60 tỷ USD và Oracle đang tăng giá.", ["Oracle"]],
    ["Theo Vietcombank, Zurvita sẽ rút khỏi thị trường.", ["Vietcombank"]],
  ])("%s", (text, mentions) => {
    expect(readAll(text)).toEqual(mentions);
  });
});

// A foreign name after a noun of its kind (orgs/cued.ts): the noun is not part of the name
describe("organizations: a foreign name after a noun of its kind", () => {
  const readAll = orgMentions;
  it.each([
    ["Theo tờ Morning Herald, cuộc đàm phán đã đổ vỡ.", ["Morning Herald"]],
    ["Cổ phiếu trên sàn NYSE giảm mạnh trong phiên sáng.", ["NYSE"]],
    ["Quân đội tấn công các vị trí của nhóm khủng bố al-Shabaab ở miền nam.", ["al-Shabaab"]],
  ])("%s", (text, mentions) => {
    expect(readAll(text)).toEqual(mentions);
  });
  it.each([
    // a Vietnamese word after the noun, a common word, a code cut from a longer dotted name
    "Anh để lại tờ Giấy chứng nhận trên bàn.",
    "Chiếc xe đi trên sàn gỗ của nhà thi đấu.",
  ])("%s", (text) => {
    expect(readAll(text)).toEqual([]);
  });
});

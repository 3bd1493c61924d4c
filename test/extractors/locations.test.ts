import { describe, it, expect } from "vitest";
import { parseArticle, type Location } from "../../src/index.js";
import { Location as LocationSchema } from "../../src/schema/article.js";
import { locations } from "../../src/extractors/locations.js";
import { placesInNames } from "../../src/extractors/places/in-names.js";
import { checkSpans } from "../helpers/spans.js";
import { capitalRuns as runsOf, capitalRunsAt, hasSurrogates, NAME_RUN, NO_RUNS } from "../../src/extractors/places/runs.js";
import { pieces, type Pieces } from "../../src/extractors/places/pieces.js";
import { execAtWordStart } from "../../src/text/pattern.js";
import { wordKeyAt } from "../../src/extractors/places/word-keys.js";
import { findPlaces, literalFirstWord, literalMatches, placePatterns } from "../../src/extractors/places/match.js";
import { joinerPositions, wordStarts, wordTable } from "../../src/extractors/places/starts.js";
import { tokenize } from "../../src/extractors/people/tokens.js";
import { pairsIn, pairPattern } from "../../src/extractors/places/pairs.js";
import { foldWord } from "../../src/lexicon/gazetteer.js";
import { placeLexicon, type BareNode } from "../../src/extractors/places/lexicon.js";

// Sentences written for these tests, read after a title line with only the locations extractor.
const TITLE = "Tin tức địa phương trong tuần\n\n";
function read(sentence: string, dateline = ""): Location[] {
  const text = dateline + TITLE + sentence;
  const a = parseArticle(text, { extractors: [locations], detectLanguage: false });
  expect(checkSpans(a)).toEqual([]);
  for (const l of a.locations) {
    expect(LocationSchema.safeParse(l).success).toBe(true);
    // (a club's name, "Quảng Nam" in a football report, leaves its mentions in inNames)
    const first = l.mentions[0] ?? l.inNames![0]!;
    expect(text.slice(first.start, first.end)).toBe(l.text);
  }
  return a.locations;
}

type Want = Pick<Location, "name" | "level"> & Partial<Location> & { n?: number };
const key = (l: Pick<Location, "name" | "level">) => `${l.level}:${l.name}`;

const PLACES: [string, Want[]][] = [
  /** a prefix and a name; the chain gives the parents */
  ["Người dân ở ấp Bình An, xã Long Hòa, huyện Châu Thành, tỉnh Tiền Giang góp tiền làm đường.", [
    { name: "Bình An", level: "hamlet", text: "ấp Bình An", parent: "xã Long Hòa" },
    { name: "Long Hòa", level: "commune", text: "xã Long Hòa", parent: "huyện Châu Thành" },
    { name: "Châu Thành", level: "district", text: "huyện Châu Thành", parent: "tỉnh Tiền Giang" },
    { name: "Tiền Giang", level: "province", text: "tỉnh Tiền Giang", parent: null, code: "82", mergedInto: "Đồng Tháp" },
  ]],
  ["Đảng ủy xã Tân Phú (huyện Cai Lậy, tỉnh Tiền Giang) vừa tổng kết năm.", [
    { name: "Tân Phú", level: "commune", text: "xã Tân Phú", parent: "huyện Cai Lậy" },
    { name: "Cai Lậy", level: "district", parent: "tỉnh Tiền Giang" },
    { name: "Tiền Giang", level: "province" },
  ]],
  ["Vụ việc xảy ra tại thôn Đông Hà thuộc xã Quảng Phú, huyện Quảng Điền.", [
    { name: "Đông Hà", level: "hamlet", text: "thôn Đông Hà", parent: "xã Quảng Phú" },
    { name: "Quảng Phú", level: "commune", parent: "huyện Quảng Điền" },
    { name: "Quảng Điền", level: "district", parent: "tỉnh Thừa Thiên Huế" },
  ]],
  /** numbered districts and wards keep the number as the name */
  ["Sáng 5/6, UBND phường 3, quận 10, TP.HCM ra quân dọn vệ sinh kênh rạch.", [
    { name: "3", level: "ward", text: "phường 3", parent: "quận 10" },
    { name: "10", level: "district", text: "quận 10", parent: "TP.HCM", code: "771" },
    { name: "TP.HCM", level: "city", text: "TP.HCM", parent: null },
  ]],
  ["Cửa hàng nằm trên đường Lê Lợi, Q.1, gần chợ Bến Thành.", [{ name: "1", level: "district", text: "Q.1", parent: "thành phố Hồ Chí Minh" }]],
  ["Gia đình anh sống ở P.12, Q. Tân Bình từ năm 2015.", [
    { name: "12", level: "ward", text: "P.12", parent: "Q. Tân Bình" },
    { name: "Tân Bình", level: "district", text: "Q. Tân Bình" },
  ]],
  ["Ông Nguyễn Văn Hùng, trú tại khu phố 5, phường Tân Phú, quận 7, cho biết sự việc.", [
    { name: "5", level: "neighbourhood", text: "khu phố 5", parent: "phường Tân Phú" },
    { name: "Tân Phú", level: "ward", parent: "quận 7" },
    { name: "7", level: "district", parent: "thành phố Hồ Chí Minh" },
  ]],
  ["Tổ dân phố số 4 phường Quang Trung tổ chức ngày hội đại đoàn kết.", [
    { name: "4", level: "neighbourhood", text: "Tổ dân phố số 4" },
    { name: "Quang Trung", level: "ward", text: "phường Quang Trung" },
  ]],
  /** every prefix of the list */
  ["Công an thị trấn Phong Điền đã bắt giữ đối tượng tại xóm 3.", [
    { name: "Phong Điền", level: "township", text: "thị trấn Phong Điền" },
    { name: "3", level: "hamlet", text: "xóm 3", parent: "thị trấn Phong Điền" },
  ]],
  ["Đoàn công tác thăm bà con tại bản Nậm Cang, xã Nậm Cang, huyện Sa Pa.", [
    { name: "Nậm Cang", level: "hamlet", text: "bản Nậm Cang", parent: "xã Nậm Cang" },
    { name: "Nậm Cang", level: "commune", text: "xã Nậm Cang", parent: "huyện Sa Pa" },
    { name: "Sa Pa", level: "district", parent: "tỉnh Lào Cai" },
  ]],
  ["Lễ hội được tổ chức ở làng Đông Ngạc vào tháng Giêng.", [{ name: "Đông Ngạc", level: "hamlet", text: "làng Đông Ngạc" }]],
  ["Đường vào thị xã Hương Thủy đã được mở rộng.", [{ name: "Hương Thủy", level: "town", text: "thị xã Hương Thủy", parent: "tỉnh Thừa Thiên Huế" }]],
  ["Hội nghị diễn ra tại thành phố Tam Kỳ.", [{ name: "Tam Kỳ", level: "city", text: "thành phố Tam Kỳ", parent: "tỉnh Quảng Nam" }]],
  ["Khách sạn ở TP. Đồng Hới kín phòng dịp lễ.", [{ name: "Đồng Hới", level: "city", text: "TP. Đồng Hới", parent: "tỉnh Quảng Bình" }]],
  ["Đội Thuế TP.Bến Tre làm việc với doanh nghiệp.", [{ name: "Bến Tre", level: "city", text: "TP.Bến Tre" }]],
  ["Nhà máy đặt tại phường Hiệp Phú, TP Thủ Đức và xã Tân Thông Hội, huyện Củ Chi.", [
    { name: "Hiệp Phú", level: "ward", parent: "TP Thủ Đức" },
    { name: "Thủ Đức", level: "city", text: "TP Thủ Đức", parent: "thành phố Hồ Chí Minh" },
    { name: "Tân Thông Hội", level: "commune", parent: "huyện Củ Chi" },
    { name: "Củ Chi", level: "district", parent: "thành phố Hồ Chí Minh" },
  ]],
  ["Xã Tân Thuận, huyện Đầm Dơi vừa khánh thành cây cầu mới.", [
    { name: "Tân Thuận", level: "commune", text: "Xã Tân Thuận", parent: "huyện Đầm Dơi", code: "32167" },
    { name: "Đầm Dơi", level: "district", parent: "tỉnh Cà Mau" },
  ]],
  ["HUYỆN GÒ CÔNG TÂY ĐẠT CHUẨN NÔNG THÔN MỚI", [{ name: "Gò Công Tây", level: "district", text: "HUYỆN GÒ CÔNG TÂY" }]],
  ["Lãnh đạo thủ đô Hà Nội tiếp đoàn khách quốc tế.", [{ name: "Hà Nội", level: "city", text: "thủ đô Hà Nội", code: "01" }]],
  ["Tàu ra huyện đảo Lý Sơn chạy lại từ sáng nay.", [{ name: "Lý Sơn", level: "district", text: "huyện đảo Lý Sơn", parent: "tỉnh Quảng Ngãi" }]],
  ["Người dân đặc khu Phú Quốc đón khách quốc tế.", [{ name: "Phú Quốc", level: "commune", text: "đặc khu Phú Quốc", parent: "tỉnh An Giang" }]],
  /** known names alone: provinces, the five cities, provincial cities, aliases */
  ["Lũ lớn gây ngập nhiều nơi ở Quảng Nam, Quảng Ngãi và Bình Định.", [
    { name: "Quảng Nam", level: "province", parent: null },
    { name: "Quảng Ngãi", level: "province" },
    { name: "Bình Định", level: "province" },
  ]],
  ["Giá nhà ở Hà Nội và Đà Nẵng tăng mạnh, Cần Thơ đi ngang.", [
    { name: "Hà Nội", level: "city" },
    { name: "Đà Nẵng", level: "city" },
    { name: "Cần Thơ", level: "city" },
  ]],
  ["Du khách đổ về Nha Trang và Đà Lạt dịp nghỉ lễ.", [
    { name: "Nha Trang", level: "city", parent: "tỉnh Khánh Hòa" },
    { name: "Đà Lạt", level: "city", parent: "tỉnh Lâm Đồng" },
  ]],
  ["Nhiều người từ TPHCM, TP. Hồ Chí Minh và Thành phố Hồ Chí Minh về quê ăn Tết.", [{ name: "TPHCM", level: "city", text: "TPHCM", n: 3 }]],
  ["Hàng hóa từ Sài Gòn chuyển ra Huế bằng đường sắt.", [
    { name: "Sài Gòn", level: "city" },
    { name: "Huế", level: "city" },
  ]],
  ["Đoàn đại biểu tỉnh Thừa Thiên - Huế thăm TP Huế.", [
    { name: "Thừa Thiên - Huế", level: "province", text: "tỉnh Thừa Thiên - Huế" },
    { name: "Huế", level: "city", text: "TP Huế", parent: "tỉnh Thừa Thiên - Huế" },
  ]],
  ["Xe khách chạy tuyến BR-VT đi Đắc Lắc mỗi ngày.", [
    { name: "BR-VT", level: "province" },
    { name: "Đắc Lắc", level: "province" },
  ]],
  /** without diacritics */
  ["Ba con o Tien Giang va Ben Tre gui hang cuu tro ra Quang Tri.", [
    { name: "Tien Giang", level: "province", code: "82" },
    { name: "Ben Tre", level: "province" },
    { name: "Quang Tri", level: "province" },
  ]],
  ["Dia chi: huyen Go Cong Tay, tinh Tien Giang.", [{ name: "Tien Giang", level: "province", text: "Tien Giang" }]],
  /** countries and world places */
  ["Giá gạo xuất khẩu sang Philippines và Trung Quốc đều tăng.", [
    { name: "Philippines", level: "country" },
    { name: "Trung Quốc", level: "country" },
  ]],
  ["Tổng thống Nga Vladimir Putin gặp người đồng cấp Mỹ tại Phần Lan.", [
    { name: "Nga", level: "country" },
    { name: "Mỹ", level: "country" },
    { name: "Phần Lan", level: "country" },
  ]],
  ["Quan hệ Mỹ - Đức căng thẳng sau hội nghị.", [
    { name: "Mỹ", level: "country" },
    { name: "Đức", level: "country" },
  ]],
  ["Hàng xuất sang Hoa Kỳ và Mỹ Latinh tăng, sang châu Âu giảm.", [
    { name: "Hoa Kỳ", level: "country" },
    { name: "Mỹ Latinh", level: "other" },
    { name: "châu Âu", level: "other" },
  ]],
  ["Kim ngạch thương mại VN với các nước ASEAN tăng 10%.", [{ name: "Việt Nam", level: "country", text: "VN" }]],
  ["Anh ấy từng du học ở Anh trước khi về nước.", [{ name: "Anh", level: "country", n: 1 }]],
  ["Sinh viên Việt Nam sang Vương quốc Anh học tập ngày càng đông.", [
    { name: "Việt Nam", level: "country" },
    { name: "Vương quốc Anh", level: "country", text: "Vương quốc Anh" },
  ]],
  ["Mưa lớn ở miền Trung và Tây Nguyên kéo dài.", [
    { name: "miền Trung", level: "other" },
    { name: "Tây Nguyên", level: "other" },
  ]],
  ["Máy bay không kích các mục tiêu ở tỉnh Homs, Syria.", [
    { name: "Homs", level: "other", text: "tỉnh Homs" },
    { name: "Syria", level: "country" },
  ]],
  ["Tàu cá bị xua đuổi gần Hoàng Sa trên Biển Đông.", [
    { name: "Hoàng Sa", level: "other" },
    { name: "Biển Đông", level: "other" },
  ]],
  /** a place named again without its prefix */
  ["Huyện Bá Thước có nhiều bản làng đẹp. Du lịch Bá Thước đang khởi sắc.", [{ name: "Bá Thước", level: "district", text: "Huyện Bá Thước", n: 2 }]],
  /** a person's name after the place is not part of it */
  ["Bí thư Đảng ủy xã Bình Phú Trần Thị Mai cho biết, xã đã hoàn thành kế hoạch.", [{ name: "Bình Phú", level: "commune", text: "xã Bình Phú" }]],
  ["Chủ tịch UBND tỉnh Quảng Nam Lê Văn Thanh dự lễ khởi công.", [{ name: "Quảng Nam", level: "province", text: "tỉnh Quảng Nam" }]],
  ["Bí thư Chi bộ ấp Hòa Thạnh Nguyễn Văn Tư phát biểu.", [{ name: "Hòa Thạnh", level: "hamlet", text: "ấp Hòa Thạnh" }]],
  ["Chủ tịch UBND xã Lê Lợi cho biết đường liên thôn đã xong.", [{ name: "Lê Lợi", level: "commune", text: "xã Lê Lợi" }]],
  ["Sở Y tế Hà Nội công bố thêm ca bệnh ở quận Hoàng Mai.", [
    { name: "Hà Nội", level: "city" },
    { name: "Hoàng Mai", level: "district", parent: "Hà Nội" },
  ]],
  ["Giám đốc Sở Y tế Hà Nội Nguyễn Văn A cho biết.", [{ name: "Hà Nội", level: "city", text: "Hà Nội" }]],
  /** a one-syllable country after "yêu cầu" (no bridge) and after a function word opening the sentence */
  ["Trung Quốc yêu cầu Mỹ tuân thủ cam kết.", [{ name: "Trung Quốc", level: "country" }, { name: "Mỹ", level: "country" }]],
  ["Nếu Nga từ bỏ thỏa thuận, giá dầu sẽ tăng.", [{ name: "Nga", level: "country" }]],
  ["Hiện Nga đang duy trì hạm đội ở đó.", [{ name: "Nga", level: "country" }]],
  ["Do Mỹ rút khỏi thỏa thuận, các bên phải đàm phán lại.", [{ name: "Mỹ", level: "country" }]],
  /** a country before a lower-case word that makes no common word with it */
  ["Du học sinh ở Pháp luôn phải tự lo chỗ ở, sang Mỹ thì khác.", [{ name: "Pháp", level: "country" }, { name: "Mỹ", level: "country" }]],
  /** countries paired by a dash, short forms included */
  ["Quan hệ Việt - Mỹ ngày càng phát triển.", [{ name: "Việt Nam", level: "country" }, { name: "Mỹ", level: "country" }]],
  ["Giao lưu biên giới Việt-Trung lần thứ tư diễn ra sôi nổi.", [{ name: "Việt Nam", level: "country" }, { name: "Trung Quốc", level: "country" }]],
  /** spaces around the dash; a digit before a pair does not stop it */
  ["Hợp tác Nga  -  Ấn phát triển, đội 2023-Anh thắng.", [{ name: "Nga", level: "country" }, { name: "Ấn Độ", level: "country" }, { name: "Anh", level: "country" }]],
  /** in a football report, a lead-in word or a bracket keeps the place */
  ["Trận đấu trên sân Thống Nhất (TP.HCM) có HLV Park dự khán, đội khách đến từ Hà Nội.", [
    { name: "TP.HCM", level: "city" },
    { name: "Hà Nội", level: "city" },
  ]],
  /** a place named again after a site word is inside the site's name: one mention, the other in inNames */
  ["Xã Thạch Lâm có một nhà ga nhỏ, tàu dừng ở ga Thạch Lâm lúc 9 giờ.", [{ name: "Thạch Lâm", level: "commune", text: "Xã Thạch Lâm", n: 1 }]],
  /** a prefix glued by its dot still reads the place */
  ["Hội nghị diễn ra ở TP.Cần Thơ và TX.Sơn Tây.", [
    { name: "Cần Thơ", level: "city", text: "TP.Cần Thơ" },
    { name: "Sơn Tây", level: "town", text: "TX.Sơn Tây" },
  ]],
  /** a preposition between a treaty's head and the place: the place itself */
  ["Hiệp định thương mại giữa Việt Nam và Nhật Bản có hiệu lực.", [{ name: "Việt Nam", level: "country", n: 1 }, { name: "Nhật Bản", level: "country", n: 1 }]],
  /** a site word before a country names the country's sites: the country stays */
  ["Nhiều chuyến bay bị hủy ở các sân bay Thổ Nhĩ Kỳ.", [{ name: "Thổ Nhĩ Kỳ", level: "country" }]],
  /** a province in a sentence with no football word stays a place */
  ["Đoàn công tác đánh giá cao Quảng Nam trong phòng chống thiên tai.", [{ name: "Quảng Nam", level: "province" }]],
  /** regions of Vietnam in their lower-case and mixed spellings */
  ["Mưa rào ở miền bắc, nắng nóng ở duyên hải Nam Trung bộ và Bắc Trung bộ.", [
    { name: "miền bắc", level: "other" },
    { name: "Nam Trung bộ", level: "other" },
    { name: "Bắc Trung bộ", level: "other" },
  ]],
  ["Nước mặn xâm nhập sâu vào đồng bằng sông Cửu Long.", [{ name: "đồng bằng sông Cửu Long", level: "other" }]],
  ["Công ty mở thêm nhà sách ở miền Tây Nam bộ.", [{ name: "miền Tây Nam bộ", level: "other" }]],
  /** a last word that starts a common word with the next, lower-case one is cut off the name */
  ["Vòng sơ tuyển khu vực miền Bắc Hoa hậu Biển diễn ra tối qua.", [{ name: "miền Bắc", level: "other", text: "miền Bắc" }]],
  ["Người dân thôn Phú Hoa có thêm cây cầu mới.", [{ name: "Phú Hoa", level: "hamlet", text: "thôn Phú Hoa" }]],
  /** a bay, with its prefix */
  ["Tàu cá neo đậu trong vịnh Xuân Đài suốt mùa bão.", [{ name: "Xuân Đài", level: "other", text: "vịnh Xuân Đài" }]],
  /** a district or commune written bare in an address chain, vouched for by the place next to it */
  ["Chị Lan (Lệ Thủy, Quảng Bình) gửi thư cảm ơn bạn đọc.", [
    { name: "Lệ Thủy", level: "district", parent: "Quảng Bình" },
    { name: "Quảng Bình", level: "province" },
  ]],
  ["Trưởng bản cho biết (Thượng Hóa, Minh Hóa, Quảng Bình) nước đã rút.", [
    { name: "Thượng Hóa", level: "commune" },
    { name: "Minh Hóa", level: "district" },
    { name: "Quảng Bình", level: "province" },
  ]],
  ["Anh Tuấn trú tại Thanh Xuân, Hà Nội mở một quán phở nhỏ.", [
    { name: "Thanh Xuân", level: "district" },
    { name: "Hà Nội", level: "city" },
  ]],
  ["Khách hàng ở Hà Đông - Hà Nội phản ánh mạng chập chờn.", [
    { name: "Hà Đông", level: "district" },
    { name: "Hà Nội", level: "city" },
  ]],
  ["Lượng mưa đo ở Trị An (Đồng Nai) là 52mm.", [
    { name: "Trị An", level: "commune" },
    { name: "Đồng Nai", level: "province" },
  ]],
  ["Cửa hàng ở phường Trung Hòa, Cầu Giấy bị mất trộm.", [
    { name: "Trung Hòa", level: "ward", text: "phường Trung Hòa" },
    { name: "Cầu Giấy", level: "district" },
  ]],
  /** a list after a prefix: the next items share the first one's parent */
  ["Mưa lớn ở các huyện Hoằng Hóa, Nga Sơn và Hậu Lộc của Thanh Hóa.", [
    { name: "Hoằng Hóa", level: "district", text: "huyện Hoằng Hóa" },
    { name: "Nga Sơn", level: "district" },
    { name: "Hậu Lộc", level: "district" },
    { name: "Thanh Hóa", level: "province" },
  ]],
];

describe("locations: places the text names", () => {
  it.each(PLACES)("%s", (sentence, want) => {
    const got = read(sentence);
    expect(got.map(key).sort()).toEqual(want.map(key).sort());
    for (const w of want) {
      const l = got.find((g) => key(g) === key(w))!;
      const { n, ...fields } = w;
      expect(l).toMatchObject(fields);
      if (n !== undefined) expect(l.mentions).toHaveLength(n);
    }
  });
});

const NOT_PLACES: [string, string[]][] = [
  ["Học sinh Trường THPT Chu Văn An đi bộ trên đường Nguyễn Huệ.", ["Chu Văn An", "Nguyễn Huệ"]],
  ["Quán cà phê nằm ở phố Huế, gần đường Hà Nội cũ.", ["Huế", "Hà Nội"]],
  // a street word of two words: its last word alone ("lộ") is none
  ["Xe chạy trên đại lộ Hà Nội rồi rẽ vào quốc lộ Thái Bình.", ["Hà Nội", "Thái Bình"]],
  ["Tổ dân phố đã họp để bàn việc làm đường.", []],
  ["Xã hội ngày càng phát triển, huyện nhà có nhiều đổi mới, tỉnh bạn cũng vậy.", []],
  ["Ông Lê Lợi cho biết hợp tác xã Nông nghiệp Tân Thành làm ăn có lãi.", ["Lê Lợi", "Nông nghiệp Tân Thành", "Tân Thành"]],
  ["Tư tưởng, đạo đức, phong cách Hồ Chí Minh là tấm gương sáng.", ["Hồ Chí Minh"]],
  ["Tiền vệ Đức Anh ghi bàn ở phút cuối.", ["Đức", "Anh"]],
  ["Chị Nga ở nhà chăm con, anh Đức đi làm xa.", ["Nga", "Đức"]],
  ["Anh cho biết sẽ đi làm sớm hơn.", ["Anh"]],
  ["Em học tiếng Anh và tiếng Nhật mỗi tối.", ["Anh", "Nhật"]],
  ["Người Mỹ chi nhiều tiền cho du lịch.", ["Mỹ"]],
  ["Giá vàng tính theo bảng Anh tăng nhẹ.", ["Anh"]],
  ["Ông Nguyễn Thái Bình làm việc ở đây hơn 20 năm.", ["Thái Bình"]],
  ["Chỉ số VN-Index tăng 12 điểm trong phiên sáng.", ["Việt Nam"]],
  ["Nam diễn viên Michael B. Jordan xuất hiện tại buổi ra mắt.", ["Jordan"]],
  ["Văn bản Kế hoạch đã được gửi tới các đơn vị, phiên bản Messenger mới cũng vậy.", ["Kế", "Messenger"]],
  ["Đồng chí Trần Minh Tuấn, Phó Bí thư Huyện Ủy, dự buổi lễ.", ["Ủy"]],
  ["Xã Đoàn tổ chức ra quân tình nguyện hè.", ["Đoàn"]],
  ["Chủ tịch UBND tỉnh Lê Trí Dũng chủ trì cuộc họp.", ["Lê Trí Dũng"]],
  ["Theo Nguyễn Q. Huy, kế hoạch đã hoàn thành.", ["Huy"]],
  ["Các thành phố Mỹ đều tăng cường an ninh.", ["thành phố Mỹ"]],
  ["Ông xã Minh Khang của cô là nhạc sĩ.", ["Minh Khang"]],
  ["Bảo tàng trưng bày đồng hồ Apple Watch đời đầu.", ["Apple Watch"]],
  ["Ý kiến của cử tri được ghi nhận đầy đủ.", ["Ý"]],
  ["Nông thôn Việt Nam đổi thay từng ngày.", ["nông thôn Việt Nam"]],
  /** a capital at the start of a sentence does not make a place */
  ["Thành phố mới mọc lên nhanh chóng ven sông.", []],
  ["Ấp ủ ước mơ làm bác sĩ, em học rất chăm.", []],
  ["Tỉnh lộ 8 bị sạt lở sau mưa lớn.", []],
  ["Quận chúa được vua ban thưởng.", []],
  ["Ông Hoàng Anh Gia Lai cho biết sẽ về quê.", ["Gia Lai"]],
  ["Nghe tin cầu Sài Gòn kẹt xe, nhiều người đổi lộ trình.", ["Sài Gòn"]],
  ["Ca sĩ Thúy Nga biểu diễn tối qua.", ["Nga"]],
  ["Cầu Sài Gòn kẹt xe suốt buổi sáng.", ["Sài Gòn"]],
  ["Cặp MC Phương Nga - Đức Bảo dẫn chương trình.", ["Nga", "Đức"]],
  ["Đại diện Công ty Việt - Trung cho biết sản lượng tăng.", ["Việt Nam", "Trung Quốc"]],
  /** an address chain vouches only for a name free of another word: not a market, a park, a street, a house number */
  ["Lễ hội diễn ra trước cửa chợ Đồng Xuân (Hà Nội) tối qua.", ["Đồng Xuân"]],
  ["Nhà máy đặt ở Khu công nghiệp Lai Vu, huyện Kim Thành, Hải Dương.", ["Lai Vu"]],
  ["Quán nằm ở phố Kim Mã - Ba Đình - Hà Nội.", ["Kim Mã"]],
  ["Khách sạn ở số 5 Tứ Liên, Tây Hồ, Hà Nội.", ["Tứ Liên"]],
  /** a name next to a place that does not contain it is no part of a chain */
  ["Chị Thanh Xuân, Đà Nẵng, gửi câu hỏi về chuyên mục.", ["Thanh Xuân"]],
  ["Huyện Hoằng Hóa, Quế Phong là hai nơi được khen.", ["Quế Phong"]],
  /** the end of a web address is no place */
  ["Theo VOV.VN, cuộc họp kéo dài đến trưa.", ["Việt Nam"]],
  /** "miền núi" is the highlands: no mountain named after it */
  ["Cán bộ các huyện miền núi Tây Giang được tập huấn.", ["núi Tây Giang"]],
  /** a one-syllable country that starts a common word with the next syllable in lower case */
  ["Theo báo Pháp luật, vụ việc đang được điều tra.", ["Pháp"]],
  ["Cô giáo dạy Mỹ thuật ở trường làng đã nhiều năm.", ["Mỹ"]],
  ["Đại biểu nói: Ý kiến của cử tri cần được lắng nghe.", ["Ý"]],
];

describe("locations: what is not a place of ours", () => {
  it.each(NOT_PLACES)("%s", (sentence, banned) => {
    const got = read(sentence);
    if (banned.length === 0) expect(got).toEqual([]);
    for (const b of banned) {
      expect(got.map((l) => l.name)).not.toContain(b);
      expect(got.map((l) => l.text)).not.toContain(b);
    }
  });
});

// A province or city written bare in a football report is the club, after a site word the site:
// the place is listed, its mention in inNames.
const IN_NAMES: [string, string[]][] = [
  ["Pha ghi bàn ở phút cuối giúp Quảng Nam đánh bại Hải Phòng.", ["Quảng Nam", "Hải Phòng"]],
  ["Bình Dương cầm hòa SLNA 0-0 trong trận đấu chiều qua.", ["Bình Dương"]],
  ["HLV trưởng của Đà Nẵng hài lòng với các học trò.", ["Đà Nẵng"]],
  ["Đội khách thắng ngay trên sân Tam Kỳ.", ["Tam Kỳ"]],
  ["Xe tải va chạm xe máy ở ngã ba Vũng Tàu sáng nay.", ["Vũng Tàu"]],
  ["Chuyến bay hạ cánh xuống sân bay Đà Nẵng lúc 9 giờ.", ["Đà Nẵng"]],
  ["Bộ phim đoạt giải ở Liên hoan phim Quốc tế Berlin năm ngoái.", ["Berlin"]],
  ["Bộ trưởng phát biểu khai mạc Diễn đàn Kinh tế Việt Nam thường niên.", ["Việt Nam"]],
];

describe("locations: clubs and sites named after a place", () => {
  it.each(IN_NAMES)("%s", (sentence, clubs) => {
    const got = read(sentence);
    for (const c of clubs) {
      const l = got.find((g) => g.name === c)!;
      expect(l.mentions).toEqual([]);
      expect(l.inNames).toHaveLength(1);
    }
  });
});

describe("locations: parents and the gazetteer", () => {
  it("reads a whole article: the commune in brackets, the hamlet under the only commune", () => {
    const article = [
      "Thứ Hai, 22/5/2023, 08:05 (GMT+7)",
      "",
      "Đảng ủy xã Mỹ Tân: Nhiều cách làm hay",
      "",
      "Thời gian qua, Đảng ủy xã Mỹ Tân (huyện Cái Bè, tỉnh Tiền Giang) đã triển khai nhiều mô hình tự quản.",
      "",
      "Tại ấp Mỹ Phú, tổ nhân dân tự quản số 3 duy trì họp hằng tháng; chi bộ ấp Mỹ Phú nhận xét mô hình hiệu quả.",
    ].join("\n");
    const a = parseArticle(article, { extractors: [locations], detectLanguage: false });
    expect(checkSpans(a)).toEqual([]);
    const got = Object.fromEntries(a.locations.map((l) => [key(l), l]));
    expect(Object.keys(got).sort()).toEqual(["commune:Mỹ Tân", "district:Cái Bè", "hamlet:Mỹ Phú", "province:Tiền Giang"]);
    expect(got["commune:Mỹ Tân"]).toMatchObject({ text: "xã Mỹ Tân", parent: "huyện Cái Bè", code: "28378" });
    expect(got["commune:Mỹ Tân"]!.mentions).toHaveLength(2);
    expect(got["district:Cái Bè"]).toMatchObject({ parent: "tỉnh Tiền Giang", validUntil: "2025-06-30" });
    expect(got["hamlet:Mỹ Phú"]).toMatchObject({ parent: "xã Mỹ Tân" });
    expect(got["hamlet:Mỹ Phú"]!.mentions).toHaveLength(2);
  });

  it("trusts the text's brackets over a gazetteer that places the name elsewhere", () => {
    // the only "Mỹ Lợi" the gazetteer knows is in Bình Định; Cái Bè has Mỹ Lợi A and Mỹ Lợi B
    const got = read("Đảng ủy xã Mỹ Lợi (huyện Cái Bè) họp mặt đầu năm.");
    expect(got[0]).toMatchObject({ name: "Mỹ Lợi", parent: "huyện Cái Bè" });
    expect(got[0]!.code).toBeUndefined();
  });

  it("takes the parent from the gazetteer only when one unit has that name", () => {
    expect(read("Đoàn về thăm huyện Gò Công Tây.")[0]).toMatchObject({ parent: "tỉnh Tiền Giang", code: "823" });
    // many communes are called Long Bình
    expect(read("Đoàn về thăm xã Long Bình.")[0]).toMatchObject({ parent: null });
    expect(read("Đoàn về thăm xã Long Bình.")[0]!.code).toBeUndefined();
  });

  it("uses the district or province the article names to choose among namesakes", () => {
    const got = read("Lúa ở xã Long Bình được mùa. Cả huyện Gò Công Tây thu hoạch sớm.");
    expect(got.find((l) => l.level === "commune")).toMatchObject({ parent: "huyện Gò Công Tây", code: "28687" });
  });

  it("names the parent as the article writes it when the article names it", () => {
    const got = read("Bà con quận Hoàng Mai góp sức. Hà Nội khen thưởng các tập thể.");
    expect(got.find((l) => l.name === "Hoàng Mai")).toMatchObject({ parent: "Hà Nội" });
  });

  it("does not chain a list of places in different provinces", () => {
    const got = read("Các ca bệnh ở huyện Đông Anh, Hà Nam và Nam Định đã được cách ly.");
    expect(got.find((l) => l.name === "Đông Anh")).toMatchObject({ parent: "thành phố Hà Nội" });
  });

  it("follows the dateline: after 1 July 2025 the communes and provinces are the new ones", () => {
    const after = read("Người dân phường Long Xuyên đón tin vui.", "Thứ Sáu, 1/8/2025, 09:00 (GMT+7)\n\n");
    expect(after[0]).toMatchObject({ level: "ward", parent: "tỉnh An Giang" });
    expect(after[0]!.validUntil).toBeUndefined();
    const tienGiang = read("Đoàn về tỉnh Tiền Giang cũ.", "Thứ Sáu, 1/8/2025, 09:00 (GMT+7)\n\n");
    expect(tienGiang[0]).toMatchObject({ level: "province", validUntil: "2025-06-30", mergedInto: "Đồng Tháp" });
  });
});

describe("places inside organisation names", () => {
  it("moves a mention inside a longer organisation span to inNames, and keeps the place", () => {
    const text = "Sở Y tế Hà Nội cho biết Hà Nội có thêm ca bệnh; U16 Việt Nam thắng trận.";
    const span = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
    const loc = (name: string, level: Location["level"], spans: { start: number; end: number }[]): Location => ({ name, level, text: name, mentions: spans, parent: null });
    const hn1 = span("Hà Nội");
    const hn2 = span("Hà Nội", hn1.end);
    const vn = span("Việt Nam");
    const out = placesInNames(text, [loc("Hà Nội", "city", [hn1, hn2]), loc("Việt Nam", "country", [vn])], [span("Sở Y tế Hà Nội")]);
    expect(out[0]).toMatchObject({ mentions: [hn2], inNames: [hn1] });
    expect(out[1]).toMatchObject({ mentions: [], inNames: [vn] });
  });

  it("leaves a mention alone when the organisation's span is the same span", () => {
    const text = "Bình Dương thắng 2-0.";
    const sp = { start: 0, end: 10 };
    const out = placesInNames(text, [{ name: "Bình Dương", level: "province", text: "Bình Dương", mentions: [sp], parent: null }], [sp]);
    expect(out[0]!.mentions).toEqual([sp]);
    expect(out[0]!.inNames).toBeUndefined();
  });
});

describe("locations: robustness", () => {
  it("keeps spans on the caller's text when it is NFD or uses the other tone placement", () => {
    const nfd = (TITLE + "Bà con xã Long Hoà, huyện Châu Thành góp tiền.").normalize("NFD");
    const a = parseArticle(nfd, { extractors: [locations], detectLanguage: false });
    expect(checkSpans(a)).toEqual([]);
    expect(a.locations.map((l) => l.text.normalize("NFC"))).toEqual(["xã Long Hoà", "huyện Châu Thành"]);
    expect(a.locations[0]!.name).toBe("Long Hoà");
  });

  it("reads a long run of capitalised words and repeated places in linear time", () => {
    const sizes = [20_000, 80_000];
    const times = sizes.map((n) => {
      const text = TITLE + "Xã Long Bình Hà Nội Tiền Giang Mỹ ".repeat(n / 40);
      const t0 = performance.now();
      parseArticle(text, { extractors: [locations], detectLanguage: false });
      return performance.now() - t0;
    });
    // four times the text: well under sixteen times the time
    expect(times[1]!).toBeLessThan(Math.max(2_000, times[0]! * 10));
  });
});

describe("placeLexicon().bareTrie", () => {
  it("holds every bare key word by word, and the accent-free keys of two words or more", () => {
    const lex = placeLexicon();
    const walk = (key: string): BareNode | undefined => {
      const [first, ...rest] = key.split(" ");
      let node = lex.bareTrie.get(first!);
      for (const w of rest) node = node?.next.get(w);
      return node;
    };
    for (const [k, b] of lex.bare) expect(walk(k)?.bare).toBe(b);
    expect(walk("tien giang")?.accentFree?.canonical).toBe("Tiền Giang");
    expect(walk("ha")?.accentFree).toBeUndefined();
  });
});

describe("capitalRuns (a scanner for NAME_RUN)", () => {
  // the runs one by one, each with its own pieces (as pieces() gives them)
  const capitalRuns = (text: string, start: number, end: number, textHasSurrogates?: boolean): Pieces[] => {
    const { pieces: p, firsts } = runsOf(text, start, end, textHasSurrogates);
    const out: Pieces[] = [];
    for (let r = 0; r + 1 < firsts.length; r++) {
      const [a, b] = [firsts[r]!, firsts[r + 1]!];
      out.push({ starts: p.starts.slice(a, b), ends: p.ends.slice(a, b), keys: p.keys.slice(a, b), hyphen: p.hyphen.slice(a, b), plain: p.plain.slice(a, b) });
    }
    return out;
  };
  // what the regex finds at word starts, cut by pieces(): what the scanner must give
  const byRegex = (text: string) => {
    const re = new RegExp(NAME_RUN, "gu");
    const out = [];
    for (let m = execAtWordStart(re, text); m; m = execAtWordStart(re, text)) out.push(pieces(text, m.index, m.index + m[0].length));
    return out;
  };
  const CASES = [
    "ở Bà Rịa - Vũng Tàu và Hà Nội, Phan Rang-Tháp Chàm",
    "Ả-rập Xê-út, H'leo, M'Đrắk, ĐBSCL, VN30, miềnNam, 5Nam",
    // the lookahead refuses a word glued to a digit or an apostrophe: the chain backs off
    "Ab-cd2 Ab'cd2 Ab' Ab- Ab-Cd Ab -Cd Ab - Cd Ab  - Cd Ab -  Cd Ab--Cd",
    "Ab'cd'ef-gh'Ij Xy-\u0301z A\u0301b e\u0301An Ánh Ưu",
    "Gò  Công\tTây, Q.Tân Bình, TP.HCM, (Hà Nội) \"Mỹ\" Nga-Ukraine-",
    "A", "A'", "A-", "A -", "A B", " Ab Cd", "ab Cd1 Ef", "ǅa Lj Ǆ",
  ];
  it.each(CASES)("%j", (text) => {
    expect(capitalRuns(text, 0, text.length)).toEqual(byRegex(text));
  });

  it("agrees with the regex on random strings of the characters that matter", () => {
    const alphabet = ["A", "Đ", "Ư", "b", "ệ", "\u0301", "1", "'", "-", " ", " ", ".", "ǅ", "x"];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let t = 0; t < 3000; t++) {
      let text = "";
      for (let i = rand(14); i > 0; i--) text += alphabet[rand(alphabet.length)];
      expect([text, capitalRuns(text, 0, text.length)]).toEqual([text, byRegex(text)]);
    }
  });

  it("gives the same runs when told whether the whole text has astral characters", () => {
    for (const text of ["Hà Nội và 𝐀Bc Tiền Giang", "Hà Nội và Tiền Giang 😀", "Hà Nội và Tiền Giang"]) {
      for (const [s, e] of [[0, 6], [7, text.length], [0, text.length]] as const) {
        expect(capitalRuns(text, s, e, hasSurrogates(text))).toEqual(capitalRuns(text, s, e));
      }
    }
  });

  it("stays inside the sentence it is given", () => {
    const text = "xHà Nội-Mỹ";
    expect(capitalRuns(text, 1, 7)).toEqual(byRegex(text.slice(1, 7)).map((p) => ({ ...p, starts: p.starts.map((s) => s + 1), ends: p.ends.map((e) => e + 1) })));
  });
});

describe("wordKeyAt (foldWord by the text's characters)", () => {
  it("gives foldWord of the slice, across collisions and the clearing of a full table", () => {
    const words = ["Hòa", "hoà", "HÒA", "Thủy", "ĐBSCL", "H'leo", "Ả", "VN30", "a", "Tien", "Tiền", "tiền"];
    // enough distinct words to fill the table past its clearing point, then the first ones again
    for (let i = 0; i < 20_000; i++) words.push(`Xã${i.toString(36)}`);
    words.push("Hòa", "hoà", "Thủy");
    const text = " " + words.join(" ") + " ";
    let at = 1;
    for (const w of words) {
      expect(wordKeyAt(text, at, at + w.length)).toBe(foldWord(w));
      at += w.length + 1;
    }
  });
});

describe("literalMatches (one scan for the prefixed and phrase patterns)", () => {
  // what each pattern, global, finds at word starts: what the one scan must give
  const byPattern = (re: RegExp | null, s: string) => {
    const out: [number, string][] = [];
    if (!re) return out;
    re.lastIndex = 0;
    for (let m = execAtWordStart(re, s); m; m = execAtWordStart(re, s)) out.push([m.index, m[0]]);
    return out;
  };
  const both = (s: string) => {
    const { prefixed, phrase } = placePatterns();
    return { phrases: byPattern(phrase, s), prefixed: byPattern(prefixed, s) };
  };
  const shown = (m: ReturnType<typeof literalMatches>) => ({
    phrases: m.phrases.map((x) => [x.index, x[0]]),
    prefixed: m.prefixed.map((x) => [x.index, x[0]]),
  });
  const scanned = (s: string) => shown(literalMatches(s));
  const CASES = [
    "UBND phường 3, quận 10, TP.HCM và Tp. Hồ Chí Minh, TP HCM, thành phố Hồ Chí Minh",
    // a phrase inside a prefixed match and the reverse: both patterns read on
    "TP.HCM TP. HCM Liên bang Nga liên bang Nga châu Á Châu Âu miền Trung Miền Nam, TPHCM",
    "xã xã Long Bình huyện huyện Gò Công Tây tỉnh  Tiền Giang TỈNH TIỀN GIANG Xã Đoàn",
    "hợp tác xã Tân Phú, thôn Phú Lộc 2, tổ dân phố số 5, Q.3, P.12, KP.4, Q.Tân Bình",
    "miềnNam xTP.HCM 5TP.HCM Ábang Ohio bang Ohio, vịnh Hạ Long, sông Sài Gòn - Đồng Nai",
    "𝐀TP.HCM 😀 tỉnh 𝐀 huyện 😀Gò thành phố 𝐁ến Tre",
    "", "x", "TP.", "TP", "châu",
  ];
  it.each(CASES)("%j", (s) => {
    expect(scanned(s)).toEqual(both(s));
  });

  it("agrees with the patterns on random strings of the words that matter", () => {
    const words = ["xã", "Xã", "TP.", "TP", "HCM", "Hồ", "Chí", "Minh", "thành", "phố", "châu", "Á", "Nga", "Liên", "bang", "miền", "Trung", "3", "số", "Long", "Bình", "a"];
    const glue = [" ", " ", "  ", "", ".", "-", " - ", ", "];
    let seed = 11;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let t = 0; t < 2000; t++) {
      let s = "";
      for (let i = rand(9); i > 0; i--) s += words[rand(words.length)]! + glue[rand(glue.length)]!;
      expect([s, scanned(s)]).toEqual([s, both(s)]);
    }
  });

  it("finds the same in each sentence at the starts read off its tokens (wordStarts)", () => {
    const literal = literalFirstWord()!;
    const bareWords = wordTable(placeLexicon().bareTrie.keys());
    // runs, one by one, as comparable arrays
    const runsShown = (r: ReturnType<typeof runsOf>) => ({ ...r.pieces, firsts: r.firsts });
    const check = (text: string, sentences: { start: number; end: number }[]) => {
      const joiners = joinerPositions(text);
      for (const sn of sentences) {
        const toks = tokenize(text, sn.start, sn.end);
        const w = wordStarts(text, sn.start, sn.end, toks, joiners, literal, bareWords);
        // the first joiner at or after the start, as readSentences passes it, gives the same starts
        const firstJoiner = joiners.filter((j) => j < sn.start).length;
        expect(wordStarts(text, sn.start, sn.end, toks, joiners, literal, bareWords, firstJoiner)).toEqual(w);
        const s = text.slice(sn.start, sn.end);
        expect([text, sn, shown(literalMatches(s, w.literals))]).toEqual([text, sn, both(s)]);
        const runs = runsOf(text, sn.start, sn.end);
        expect([text, sn, runsShown(capitalRunsAt(text, sn.start, sn.end, w.caps))]).toEqual([text, sn, runsShown(runs)]);
        // a sentence whose runs are skipped (w.bare false) finds the same places without them
        const found = findPlaces(text, sn.start, sn.end, runs, null);
        expect([text, sn, findPlaces(text, sn.start, sn.end, w.bare ? runs : NO_RUNS, w.literals)]).toEqual([text, sn, found]);
      }
    };
    const words = ["xã", "Xã", "TP.", "TP", "HCM", "thành", "phố", "châu", "Á", "Nga", "Liên", "bang", "miền", "Trung", "3", "Long", "a", "ấp", "Cam", "pu", "chia", "Un", "Đ", "tổ", "dân", "chức", "hồ", "sơ", "Tp", "TX", "H", "Hà", "Nội", "Ả", "rập", "Xê", "út", "H'Mông", "Mỹ", "Tien", "Giang", "Việt", "Nam", "Phan", "Rang"];
    const glue = [" ", "  ", "", ".", "-", ", ", "(", "\n", "'", "&", " - "];
    let seed = 3;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let t = 0; t < 1500; t++) {
      let text = "";
      for (let i = rand(20); i > 0; i--) text += words[rand(words.length)]! + glue[rand(glue.length)]!;
      // sentences cut anywhere, in order, with gaps or none (one may start right after a letter)
      const sentences: { start: number; end: number }[] = [];
      for (let at = 0; at < text.length; ) {
        const start = at + rand(3);
        const end = Math.min(text.length, start + rand(25));
        if (end > start) sentences.push({ start, end });
        at = end + rand(2);
      }
      check(text, sentences);
    }
    // inside tokens a joiner glues (a Latin hyphen, ' and &): "x-TP" and "Cam-pu-chia" are one token
    // a literal's first word, then what may or may not go on with the literal
    for (const text of ["tổ  dân phố 5, tổ chức, tổ dân, tổ", "TP.  HCM TP .HCM TP  Huế", "H. Củ Chi H.Củ Chi H Củ", "Liên  bang Nga Liên"]) {
      check(text, [{ start: 0, end: text.length }]);
    }
    for (const text of ["x-TP Hà Nội", "Cam-pu-chia, CAM-PU-CHIA và Xy-ri", "Kim Jong-Un", "a'Xã Long", "GD&ĐT Hà Nội", "a&TP.HCM", "ab-cd-TP HCM"]) {
      check(text, [{ start: 0, end: text.length }]);
    }
    // a literal glued to a letter, at a sentence's start and one unit in
    for (const [text, start] of [["axã Long", 0], ["axã Long", 1], ["aaxã Long", 1], ["5TP.HCM", 0], ["5TP.HCM", 1], ["x-TP Hà", 2]] as const) {
      check(text, [{ start, end: text.length }]);
    }
  });
});

describe("pairsIn (the pair pattern, its leading lookbehind read outside the regex)", () => {
  const byPattern = (s: string) => {
    const re = pairPattern();
    const out: [number, string][] = [];
    for (let m = re.exec(s); m; m = re.exec(s)) out.push([m.index, m[0]]);
    return out;
  };
  const scanned = (s: string) => pairsIn(s).map((m) => [m.index, m[0]]);
  const CASES = [
    "quan hệ Việt - Mỹ, biên giới Việt-Lào-Campuchia, Nga - Ukraine, Mỹ - Trung Quốc",
    "xViệt-Mỹ 5Việt-Mỹ e\u0301Việt-Mỹ (Việt-Mỹ) 𝐀Việt-Mỹ 😀Việt-Mỹ \udc00Việt-Mỹ",
    "Nga-Nga-Nga-Nga Việt-Mỹx Việt -\u00a0Mỹ Việt\n-\nLào -Mỹ Việt-", "", "-", "Mỹ",
  ];
  it.each(CASES)("%j", (s) => {
    expect(scanned(s)).toEqual(byPattern(s));
  });

  it("agrees with the pattern on random strings", () => {
    const parts = ["Việt", "Mỹ", "Nga", "Trung Quốc", "Lào", "x", "5", "\u0301", "𝐀", "-", " - ", " ", "Anh"];
    let seed = 5;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let t = 0; t < 2000; t++) {
      let s = "";
      for (let i = rand(8); i > 0; i--) s += parts[rand(parts.length)]!;
      expect([s, scanned(s)]).toEqual([s, byPattern(s)]);
    }
  });
});

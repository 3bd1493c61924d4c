// fast-check arbitraries for text that looks like Vietnamese news, and for text that does not.
// The pieces below are written for these tests; none is copied from an article.
import fc from "fast-check";

const ONSETS = ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"];
const NUCLEI = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uy", "ươ", "iê", "uô", "ai", "ao", "ây", "ôi", "ui", "ưu", "oai", "uyê"];
const CODAS = ["", "", "c", "ch", "m", "n", "ng", "nh", "p", "t", "u", "i"];
// grave, acute, tilde, hook above, dot below
const TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];

/** "thương", "Nguyễn", "HOÀ": a syllable with a tone mark on either of its vowels (old or new placement). */
export const syllable: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...ONSETS), fc.constantFrom(...NUCLEI), fc.constantFrom(...CODAS), fc.constantFrom(...TONES), fc.nat(2), fc.nat(9))
  .map(([on, nu, co, tone, where, cap]) => {
    const at = Math.min(where, nu.length - 1);
    const vowel = nu.slice(0, at + 1) + tone + nu.slice(at + 1);
    const s = (on + vowel + co).normalize("NFC");
    if (cap === 0) return s.toUpperCase();
    if (cap <= 3) return s.charAt(0).toUpperCase() + s.slice(1);
    return s;
  });

const PHRASES = [
  // titles, honorifics and organizations
  "Bí thư", "Phó Bí thư", "Chủ tịch", "Phó Chủ tịch UBND tỉnh", "Thủ tướng", "Bộ trưởng Bộ Y tế", "Giám đốc Sở",
  "đồng chí", "ông", "bà", "anh", "chị", "PGS.TS.", "GS.", "ThS.", "UBND tỉnh", "HĐND huyện", "Đảng ủy xã",
  "Bộ Chính trị", "Ban Chấp hành Trung ương", "Tỉnh ủy", "Công an", "Mặt trận Tổ quốc",
  // places
  "xã", "huyện", "tỉnh", "thành phố", "TP.HCM", "TP. Hồ Chí Minh", "Hà Nội", "Q.1", "P.5", "ấp", "thôn", "phường",
  // documents
  "Kế hoạch", "Chỉ thị", "Nghị quyết", "Quyết định", "Nghị định", "Luật", "Thông tư", "số", "05-CT/TW",
  "123/QĐ-UBND", "43/2022/QH15", "về", "của",
  // quotes
  "cho biết", "cho biết:", "nhấn mạnh,", "khẳng định:", "nói", "chia sẻ", "theo",
  // figures and dates
  "khoảng", "hơn", "gần", "trên", "dưới", "ít nhất", "tối đa", "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "đồng", "USD",
  "người", "hộ dân", "ha", "km", "%", "lượt", "cuộc", "ngày", "tháng", "năm", "hôm qua", "sáng nay", "Thứ Bảy,",
  "Chủ nhật", "(GMT+7)", "lúc", "giờ", "mười lăm", "hai", "một trăm",
  // byline and caption markers
  "Ảnh:", "(ảnh: TTXVN)", "Theo TTXVN", "Nguồn:", "Chia sẻ", "PV",
];

/** "1.252", "1,5", "22-5-2023", "23/12/2023", "14:56", "100%", "5–7", "1.200.000.000". */
export const numberToken: fc.Arbitrary<string> = fc.oneof(
  fc.nat(100_000).map(String),
  fc.nat(2_000_000_000).map((n) => n.toLocaleString("de-DE")), // dots between thousands
  fc.tuple(fc.nat(999), fc.nat(99)).map(([a, b]) => `${a},${b}`),
  fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1890, max: 2110 }), fc.constantFrom("/", "-", ".")).map(
    ([d, m, y, sep]) => `${d}${sep}${m}${sep}${y}`,
  ),
  fc.tuple(fc.nat(30), fc.nat(70)).map(([h, m]) => `${h}:${String(m).padStart(2, "0")}`),
  fc.tuple(fc.nat(30), fc.nat(60)).map(([h, m]) => `${h}h${m}`),
  fc.nat(200).map((n) => `${n}%`),
  fc.tuple(fc.nat(50), fc.nat(50), fc.constantFrom("-", "–", "—")).map(([a, b, d]) => `${a}${d}${b}`),
  fc.stringMatching(/^[\d.,]{1,30}$/),
);

/** The characters that break naive text code: odd spaces and line ends, invisible marks, broken UTF-16, NUL. */
export const oddChar: fc.Arbitrary<string> = fc.constantFrom(
  "\r\n", "\r", "\u00a0", "\u202f", "\u2009", "\u3000", "\t", "\u000b", "\u2028", "\u2029", "\u0085",
  "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f",
  "\u0000", "\ud800", "\udbff", "\udc00", "\udfff", "\ud83d\ude00", "\u0301", "\u0323\u0302", "\u0300\u0300\u0300",
  "Ð", "ð", "\ufffd", "\u{1F1FB}\u{1F1F3}", "ﬁ", "Ⅻ",
);

const PUNCT = [" ", " ", " ", " ", ", ", ". ", ": ", "; ", "! ", "? ", "…", "...", " - ", " – ", "(", ")", "[", "]", "/",
  '"', "“", "”", "‘", "’", "«", "»", "'", "\n", "\n", "\n\n", "\n.\n", "  "];

/** One token of Vietnamese-looking text. */
export const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: syllable },
  { weight: 4, arbitrary: fc.constantFrom(...PHRASES) },
  { weight: 3, arbitrary: numberToken },
  { weight: 8, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: oddChar },
);

/** How the whole text may have been mangled by the page it was copied from. */
const mangle = fc.constantFrom<(s: string) => string>(
  (s) => s,
  (s) => s,
  (s) => s.normalize("NFD"),
  (s) => s.replace(/\n/g, "\r\n"),
  (s) => s.replace(/ /g, "\u00a0"),
  (s) => s.replace(/"/g, "“"),
  (s) => s.toUpperCase(),
);

/** A run of tokens: Vietnamese-looking prose with numbers, titles, quotes and odd characters. */
export const vietnameseText: fc.Arbitrary<string> = fc
  .tuple(fc.array(token, { maxLength: 120 }), mangle)
  .map(([ts, f]) => f(ts.join("")));

const sentence = fc.array(fc.oneof({ weight: 6, arbitrary: syllable }, { weight: 2, arbitrary: fc.constantFrom(...PHRASES) }, { weight: 1, arbitrary: numberToken }), { minLength: 1, maxLength: 25 })
  .map((ws) => {
    const s = ws.join(" ");
    return s.charAt(0).toUpperCase() + s.slice(1) + ".";
  });

/** Lines shaped like an article: a dateline, a title, a lead, ALL-CAPS headings, paragraphs, a caption twice, a byline. */
export const articleText: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(
      fc.oneof(
        fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1990, max: 2030 })).map(([d, m, y]) => `${d}/${m}/${y}`),
        numberToken,
      ).map((d) => `Thứ Bảy, ${d}, 14:56 (GMT+7)`),
    ),
    fc.array(syllable, { minLength: 2, maxLength: 14 }).map((ws) => ws.join(" ")),
    fc.array(fc.array(sentence, { minLength: 1, maxLength: 5 }).map((ss) => ss.join(" ")), { maxLength: 8 }),
    fc.option(fc.array(syllable, { minLength: 2, maxLength: 6 }).map((ws) => ws.join(" ").toUpperCase())),
    fc.option(sentence.map((s) => `${s} (ảnh: ${"Đảng ủy xã"})`)),
    fc.option(fc.array(syllable, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(" ").toUpperCase())),
    fc.array(fc.tuple(syllable, fc.constantFrom("cho biết:", "nhấn mạnh,", "khẳng định"), sentence).map(([n, v, s]) => `Ông ${n} ${v} "${s}"`), { maxLength: 3 }),
    mangle,
  )
  .map(([dateline, title, paras, heading, caption, byline, quotes, f]) => {
    const lines: string[] = [];
    if (dateline) lines.push(dateline);
    lines.push(title, ...paras.slice(0, 1));
    if (heading) lines.push(heading);
    lines.push(...paras.slice(1), ...quotes);
    if (caption) lines.push(caption, caption.replace(" ", "  "));
    if (byline) lines.push(".", byline);
    return f(lines.join("\n"));
  });

/** Anything: Vietnamese-looking prose, article-shaped text, arbitrary code points (lone surrogates too), graphemes. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: vietnameseText },
  { weight: 3, arbitrary: articleText },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 200 }) },
  {
    weight: 1,
    arbitrary: fc.array(fc.oneof(token, fc.string({ unit: "binary", maxLength: 3 }), fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 2 })), { maxLength: 80 }).map((ts) => ts.join("")),
  },
);

/** Bytes: UTF-8 of any text, or random bytes (mostly invalid UTF-8). */
export const anyBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  anyText.map((s) => new TextEncoder().encode(s)),
  fc.uint8Array({ maxLength: 300 }),
  fc.tuple(anyText, fc.uint8Array({ minLength: 1, maxLength: 4 }), fc.nat()).map(([s, junk, at]) => {
    const b = new TextEncoder().encode(s);
    const i = b.length === 0 ? 0 : at % b.length;
    return new Uint8Array([...b.subarray(0, i), ...junk, ...b.subarray(i)]);
  }),
);

const TAGS = ["p", "div", "span", "b", "i", "a", "h1", "h2", "h3", "li", "ul", "table", "tr", "td", "figure", "figcaption", "article", "main", "header", "footer", "nav", "script", "style", "pre", "br", "img", "section", "time", "form", "textarea", "title"];
const ATTRS = [' class="detail-sapo"', ' class="fck_detail"', ' itemprop="articleBody"', ' class="author"', ' class="date"', ' class="related"', ' class="PhotoCMS_Caption"', ' data-role="publishdate"', " href=x", ' alt="ảnh', " =x", " class=", ""];
const REFS = ["&amp;", "&nbsp;", "&agrave;", "&#7889;", "&#x110;", "&#150;", "&#0;", "&foo;", "&amp", "&", "&#xD800;", "&#99999999;"];

/** Markup of news pages and its breakages: tags (open, closed, unclosed, stray end tags), attributes, references, comments, raw text. */
export const htmlText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS), fc.boolean()).map(([t, a, upper]) => `<${upper ? t.toUpperCase() : t}${a}>`) },
      { weight: 3, arbitrary: fc.constantFrom(...TAGS).map((t) => `</${t}>`) },
      { weight: 5, arbitrary: token },
      { weight: 2, arbitrary: fc.constantFrom(...REFS) },
      { weight: 1, arbitrary: fc.constantFrom("<!-- x -->", "<!--", "<!DOCTYPE html>", "<?xml?>", "<", "</", "<3", "< p>", "<p/>", "-->", "</br>", "\n", "  ") },
    ),
    { maxLength: 120 },
  )
  .map((parts) => "<html><body>" + parts.join(""));

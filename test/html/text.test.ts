import { describe, expect, it } from "vitest";
import { htmlToText, looksLikeHtml, readHtml } from "../../src/html/text.js";

// paragraphs long enough to weigh (25 characters or more)
const P1 = "Đảng ủy xã tổ chức 65 cuộc tuyên truyền có 1.252 người dự.";
const P2 = "Các chi bộ ấp đã rà soát danh sách đảng viên trong tháng 5.";
const P3 = "Xã phấn đấu hoàn thành kế hoạch trước ngày 30 tháng 6 năm nay.";
const body = (attrs = "") => `<div${attrs}><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>`;

describe("htmlToText: the article's body", () => {
  it.each([
    ["the element holding the paragraphs, not the sidebar or the footer",
      `<body><div class="side"><p>Tin xem nhiều nhất trong ngày hôm nay.</p></div>${body()}<footer><p>Giấy phép số 123 của Bộ Thông tin và Truyền thông.</p></footer></body>`,
      [P1, P2, P3].join("\n")],
    ["itemprop=articleBody over a denser element",
      `<body><div itemprop="articleBody"><p>Bài chính ngắn.</p></div>${body()}</body>`,
      "Bài chính ngắn."],
    ["a page without paragraphs: the whole body, scripts and menus left out",
      `<body><nav><a>Trang chủ</a></nav><div>Một dòng<br>Dòng hai</div><script>var x = 1;</script></body>`,
      "Một dòng\nDòng hai"],
    ["a fragment without a body element", `<p>${P1}</p><p>${P2}</p>`, [P1, P2].join("\n")],
    ["an older CMS's table cell whose paragraphs are text between <br>s, not its menu cell",
      `<body><table><tr><td class="left"><a>Trang chủ</a><br><a>Thời sự</a><br><a>Kinh tế</a></td><td class="noidung">${P1}<br><br>${P2}<br><br>${P3}</td></tr></table></body>`,
      [P1, P2, P3].join("\n")],
  ])("%s", (_name, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });
});

describe("htmlToText: what stands around the body", () => {
  it("takes the headline, the date and the lead before the body, and the author after it", () => {
    const html = `<body><header class="top"><span class="date">Thứ Bảy, 28/11/2026</span><nav><a>Thời sự</a></nav></header>
      <main><span class="date">Thứ năm, 25/5/2023, 10:12 (GMT+7)</span><h1>Long Bình tổ chức 65 cuộc tuyên truyền</h1>
      <p class="description">Lời dẫn của bài viết nằm ngoài phần thân bài.</p>
      <div class="social"><a>Chia sẻ</a></div>
      <article class="fck_detail"><p>${P1}</p><p>${P2}</p></article>
      <div class="author">Lê Nguyên</div><div class="related"><p>Tin liên quan không thuộc bài viết này.</p></div></main>
      <footer><div class="author">Ban biên tập</div></footer></body>`;
    expect(htmlToText(html).split("\n")).toEqual([
      "Thứ năm, 25/5/2023, 10:12 (GMT+7)",
      "Long Bình tổ chức 65 cuộc tuyên truyền",
      "Lời dẫn của bài viết nằm ngoài phần thân bài.",
      P1,
      P2,
      "Lê Nguyên",
    ]);
  });

  it("leaves out the site's bar (a header without the headline) and a headline inside a nav", () => {
    const html = `<body><header><span class="date">Thứ Bảy, 28/11/2026</span></header><nav><h1>Báo X</h1></nav>${body()}</body>`;
    expect(htmlToText(html)).toBe([P1, P2, P3].join("\n"));
  });

  it("does not take a column that holds the article for page furniture (VnExpress's main column is sidebar-1)", () => {
    const html = `<body><div class="sidebar-1"><span class="date">Thứ năm, 25/5/2023, 10:12 (GMT+7)</span><h1>Long Bình tổ chức tuyên truyền</h1>
      <p class="description">Xã Long Bình hoàn thành kế hoạch tuyên truyền năm 2023.</p><article class="fck_detail"><p>${P1}</p><p>${P2}</p></article></div>
      <div class="sidebar-2"><p>Tin xem nhiều: giá vàng hôm nay tăng mạnh lên mức kỷ lục.</p></div></body>`;
    expect(htmlToText(html).split("\n")).toEqual([
      "Thứ năm, 25/5/2023, 10:12 (GMT+7)",
      "Long Bình tổ chức tuyên truyền",
      "Xã Long Bình hoàn thành kế hoạch tuyên truyền năm 2023.",
      P1,
      P2,
    ]);
  });

  it("weighs nothing for paragraphs of links or of furniture", () => {
    const links = `<p><a href="/1">Giá vàng hôm nay tăng mạnh lên mức kỷ lục mới</a></p>`.repeat(6);
    const html = `<body><div class="list">${links}</div><div class="comments"><p>${P3} ${P3} ${P3}</p></div>${body()}</body>`;
    expect(htmlToText(html)).toBe([P1, P2, P3].join("\n"));
  });

  it("on a page without an h1, takes the element classed as its title, and its date and lead, before the body", () => {
    const html = `<body><div class="menu"><a>Trang chủ</a></div><div class="col"><div class="tieude">Tuy An chi 64 tỷ đồng làm đường</div>
      <span class="ngay">10/07/2024 - 14:20</span><div class="sapo">Lời dẫn của bài viết nằm ngoài phần thân bài.</div>${body(' class="noidung"')}</div></body>`;
    const r = readHtml(html);
    expect(r.text.split("\n")).toEqual(["Tuy An chi 64 tỷ đồng làm đường", "10/07/2024 - 14:20", "Lời dẫn của bài viết nằm ngoài phần thân bài.", P1, P2, P3]);
    expect(r.kinds.get(0)).toBe("title");
  });

  it("leaves out page furniture inside the body: a related-stories box", () => {
    const html = `<div class="content"><p>${P1}</p><p>${P2}</p><div class="related"><a href="/a">Tin khác một</a></div>
      <div type="RelatedNewsBox"><a href="/b">Tin khác hai</a></div><p>${P3}</p></div>`;
    expect(htmlToText(html)).toBe([P1, P2, P3].join("\n"));
  });

  it("moves an author set above the body after it, where the layout reads a byline", () => {
    const html = `<body><h1>Tiêu đề bài</h1><div class="detail-author"><a class="name">Hoàng Sơn</a></div>${body()}</body>`;
    expect(htmlToText(html).split("\n")).toEqual(["Tiêu đề bài", P1, P2, P3, "Hoàng Sơn"]);
  });

  it("keeps a headline that is inside the body where it is", () => {
    expect(htmlToText(`<article><h1>Tiêu đề bài</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`)).toBe(["Tiêu đề bài", P1, P2, P3].join("\n"));
  });
});

describe("htmlToText: blocks and lines", () => {
  it.each([
    ["inline elements join without a break", "<p>Hà<b>Nội</b> và <i>Huế</i></p>", "HàNội và Huế"],
    ["white space collapses, lines are trimmed", "<p>  Một \n\t hai  </p>\n\n<p>ba</p>", "Một hai\nba"],
    ["a no-break space is kept", "<p>5&nbsp;tỷ đồng</p>", "5\u00a0tỷ đồng"],
    ["br breaks a line", "<p>dòng một<br/>dòng hai<br><br>dòng ba</p>", "dòng một\ndòng hai\ndòng ba"],
    ["list items are lines", "<ul><li>Một</li><li>Hai<li>Ba</ul>", "Một\nHai\nBa"],
    ["table rows are lines, cells separated by tabs", "<table><tr><th>Xã</th><th>Số cuộc</th></tr><tr><td>Long Bình</td><td> 65 </td></tr></table>", "Xã\tSố cuộc\nLong Bình\t65"],
    ["pre keeps its lines", "<pre>a  b\nc</pre>", "a  b\nc"],
    ["figure captions are lines of their own", '<figure><img src="a.jpg" alt="ảnh"><figcaption>Người dân dự họp. Ảnh: Thanh Lâm</figcaption></figure>', "Người dân dự họp. Ảnh: Thanh Lâm"],
    ["scripts, styles, forms, buttons and iframes say nothing", "<p>a</p><script>b</script><style>c</style><form><p>d</p></form><button>e</button><iframe>f</iframe><noscript>g</noscript><p>h</p>", "a\nh"],
    ["an image's alt text is not text", '<p>a<img alt="không lấy">b</p>', "ab"],
    ["nothing at all", "", ""],
    ["only markup", "<div><span></span></div>", ""],
  ])("%s", (_name, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });
});

describe("readHtml: what the markup says each line is", () => {
  it("marks the headline, the lead, headings and captions by the line's start", () => {
    const html = `<h1>Tiêu đề</h1><h2 class="detail-sapo">Lời dẫn</h2><div><p>${P1}</p><h3>Một tiêu đề phụ</h3><p>${P2}</p>
      <div class="PhotoCMS_Caption"><p>Chú thích ảnh</p></div><figure><figcaption>Chú thích hai</figcaption></figure><p>${P3}</p>
      <table><tr><td>TP Thủ Đức</td><td>9</td></tr></table><ul><li>Một mục</li></ul></div>`;
    const r = readHtml(html);
    const byLine = r.text.split("\n").map((line, i, all) => {
      const start = all.slice(0, i).reduce((n, l) => n + l.length + 1, 0);
      return [line, r.kinds.get(start) ?? null];
    });
    expect(byLine).toEqual([
      ["Tiêu đề", "title"],
      ["Lời dẫn", "lead"],
      [P1, null],
      ["Một tiêu đề phụ", "heading"],
      [P2, null],
      ["Chú thích ảnh", "caption"],
      ["Chú thích hai", "caption"],
      [P3, null],
      ["TP Thủ Đức\t9", "paragraph"],
      ["Một mục", "paragraph"],
    ]);
  });

  it("marks a photo table's caption cell as a caption, on a line of its own", () => {
    const r = readHtml(`<div class="content"><p>${P1}</p><p>${P2}</p><table class="picture"><tr><td><img src="a.jpg"></td></tr><tr><td class="caption">Chú thích ảnh. (Ảnh: MINH HÒA)</td></tr></table><p>${P3}</p></div>`);
    const lines = r.text.split("\n");
    const at = lines.indexOf("Chú thích ảnh. (Ảnh: MINH HÒA)");
    expect(at).toBe(2);
    expect(r.kinds.get(lines.slice(0, at).reduce((n, l) => n + l.length + 1, 0))).toBe("caption");
  });
});

describe("looksLikeHtml", () => {
  it.each([
    "<!DOCTYPE html><html><body>x</body></html>",
    "<!doctype HTML>\n<html lang=vi>",
    "\ufeff  <html>",
    "<p>Bí thư Đảng ủy xã</p>",
    '<div class="detail">x</div>',
    "<!-- saved page -->\n<html>",
    "<article>",
    "<h1>Tiêu đề</h1>",
    "<br/>a",
  ])("accepts %j", (s) => {
    expect(looksLikeHtml(s)).toBe(true);
  });

  it.each([
    "Bí thư Đảng ủy xã Long Bình <p> nói",
    "<3 Hà Nội",
    "<ông Ba> nói",
    "< p>",
    "<pre-order> bắt đầu",
    "<python>",
    "",
    "Tin <b>nóng</b>",
  ])("rejects %j", (s) => {
    expect(looksLikeHtml(s)).toBe(false);
  });
});

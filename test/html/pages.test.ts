// Whole news pages, in the layouts of three Vietnamese outlets (the stories are invented): what
// parseArticle reads from the page, and that every span indexes into the text read from it.
import { describe, expect, it } from "vitest";
import { parseArticle, type Article } from "../../src/index.js";
import { articleProblems } from "../../bench/lib/check-article.mjs";
import { checkPage, warningCodes, type PageFindings } from "./page-checks.js";

// VnExpress: date, headline and description outside <article class="fck_detail">; the author is the
// body's last paragraph; a site header with today's date, a "Xem nhiều" sidebar, comments, a footer.
// The main column is "sidebar-1", as the site names it: a column that holds the article is not furniture.
const VNEXPRESS = `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Tân Phước lập tổ công tác gỡ vướng mặt bằng - VnExpress</title>
<script>window.dataLayer = []; var tpl = "<p class='Normal'>Quảng cáo tài trợ giữa bài viết</p>";</script>
<style>.Normal { margin: 0 } .fck_detail p::before { content: "<p>" }</style>
</head>
<body>
<header class="section header">
  <nav class="main-nav"><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/goc-nhin">Góc nhìn</a></li></ul></nav>
  <span class="time-now date">Thứ bảy, 27/5/2023</span>
</header>
<section class="section page-detail top-detail">
  <div class="container">
    <div class="sidebar-1">
      <div class="header-content width_common">
        <ul class="breadcrumb"><li><a href="/thoi-su">Thời sự</a></li></ul>
        <span class="date">Thứ năm, 25/5/2023, 10:12 (GMT+7)</span>
      </div>
      <h1 class="title-detail">Tân Phước lập tổ công tác gỡ vướng mặt bằng khu công nghiệp</h1>
      <p class="description">UBND huyện Tân Phước thành lập tổ công tác đặc biệt để hoàn tất bồi thường cho 1.250 hộ dân trước tháng 9.</p>
      <article class="fck_detail" data-component-type="article">
        <p class="Normal">Chủ tịch UBND huyện Tân Phước Đặng Quốc Khải cho biết, tổ công tác gồm 15 cán bộ của các phòng chuyên môn và UBND các xã Tân Lập 1, Tân Lập 2, Thạnh Mỹ.</p>
        <p class="Normal">Theo Kế hoạch 58/KH-UBND ngày 22-5-2023 của UBND huyện, tổ công tác phải hoàn tất kiểm đếm, áp giá và chi trả tiền bồi thường cho 1.250 hộ dân có đất trong dự án Khu công nghiệp Tân Phước 2 trước ngày 30/9. Tổng kinh phí bồi thường, hỗ trợ dự kiến hơn 320 tỷ đồng.</p>
        <figure data-size="true" itemprop="associatedMedia image">
          <div class="fig-picture"><picture><img itemprop="contentUrl" src="https://i1-vnexpress.example/2023/05/25/kiem-dem.jpg" alt="Kiểm đếm tài sản"></picture></div>
          <figcaption itemprop="description"><p class="Image">Cán bộ xã Tân Lập 1 kiểm đếm tài sản trên đất của người dân, chiều 24/5. Ảnh: Hoàng Nam</p></figcaption>
        </figure>
        <p class="Normal">Đến nay, huyện đã chi trả cho 730 hộ, đạt gần 60%. Số hộ còn lại chủ yếu chưa đồng ý với giá đất bồi thường hoặc có tranh chấp thừa kế.</p>
        <p class="Normal">Phó Chủ tịch UBND tỉnh Tiền Giang Phạm Thị Ngọc Dung yêu cầu huyện công khai phương án bồi thường tại trụ sở UBND xã, đối thoại trực tiếp với từng hộ và không để phát sinh khiếu nại đông người.</p>
        <p class="Normal">Khu công nghiệp Tân Phước 2 rộng 470 ha, được chấp thuận chủ trương đầu tư năm 2021. Khi đi vào hoạt động, dự án dự kiến tạo việc làm cho khoảng 25.000 lao động.</p>
        <p class="Normal" style="text-align:right;"><strong>Minh Khôi</strong></p>
      </article>
      <div class="box-comment" id="box_comment_vne">
        <form class="input-comment"><textarea placeholder="Ý kiến của bạn">Ý kiến của bạn</textarea><button type="submit">Gửi</button></form>
        <div class="comment_item"><p class="full_content">Nguyễn An: Mong huyện làm nhanh để bà con sớm ổn định cuộc sống, đừng kéo dài thêm.</p></div>
      </div>
    </div>
    <aside class="sidebar-2">
      <div class="box-most-viewed"><h3 class="title-box">Xem nhiều</h3><ul>
        <li><a href="/a.html">Giá vàng hôm nay tăng mạnh</a></li><li><a href="/b.html">Bão số 2 đổ bộ miền Trung</a></li>
      </ul></div>
    </aside>
  </div>
</section>
<footer class="footer"><p>Giấy phép số 548/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 24/08/2021</p></footer>
<script>document.write("<p>Đăng ký nhận bản tin mỗi sáng</p>");</script>
</body>
</html>`;

// Dân Trí: h1, the <time> of the author box, an h2 sapo; h2 sub-headings and figures in the body;
// the author's name after it; Vietnamese letters written as character references
const DANTRI = `<!DOCTYPE html>
<html lang="vi-VN">
<head>
<meta charset="UTF-8">
<title>Bình Định thu hồi 45 ha đất giao sai cho doanh nghiệp | Báo Dân trí</title>
<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"<p>Đoạn mẫu từ JSON-LD không phải bài viết</p>"}</script>
</head>
<body>
<header class="site-header"><nav class="menu-wrap"><a href="/xa-hoi.htm">Xã hội</a><a href="/phap-luat.htm">Pháp luật</a><a href="/kinh-doanh.htm">Kinh doanh</a></nav></header>
<main class="body-container">
  <div class="grid-container">
    <article class="singular-container">
      <ul class="dt-breadcrumb"><li><a href="/xa-hoi.htm">Xã hội</a></li></ul>
      <h1 class="title-page detail">Bình Định thu hồi 45 ha đất giao sai cho doanh nghiệp</h1>
      <div class="author-wrap">
        <div class="author-avatar"><img src="https://cdn.dantri.example/avatar.png" alt=""></div>
        <div class="author-meta">
          <div class="author-name"><a href="/tac-gia/hoang-lam.htm">Hoàng Lâm</a></div>
          <time class="author-time" datetime="2023-05-27T08:15:00+07:00">Thứ bảy, 27/05/2023 - 08:15</time>
        </div>
      </div>
      <h2 class="singular-sapo">(Dân trí) - UBND tỉnh B&igrave;nh Định vừa ký quyết định thu hồi 45&nbsp;ha đất tại huyện Phù Cát đã giao cho một doanh nghiệp nuôi trồng thủy sản nhưng sử dụng sai mục đích.</h2>
      <div class="singular-content">
        <p>Quyết định s&#7889; 1520/QĐ-UBND ngày 24-5-2023 do Phó Chủ tịch UBND tỉnh Bình Định Trần Minh Quân ký, thu hồi toàn bộ 45&nbsp;ha đất tại xã Cát Hải, huyện Phù Cát đã giao cho Công ty TNHH Thủy sản Hải Phát thuê từ năm 2016.</p>
        <h2>Sử dụng đất sai mục đích</h2>
        <p>Theo kết luận thanh tra của Sở Tài nguyên v&agrave; Môi trường, doanh nghiệp chỉ đưa 12 ha vào nuôi tôm, phần còn lại bỏ hoang hoặc cho người dân thuê lại để trồng rau màu. Doanh nghiệp còn nợ tiền thuê đất hơn 2,3 tỷ đồng.</p>
        <figure class="image align-center" contenteditable="false">
          <img title="Khu đất bỏ hoang" src="https://icdn.dantri.example/2023/05/27/khu-dat.jpg" alt="Khu đất bỏ hoang">
          <figcaption><p>Khu đất bỏ hoang tại xã Cát Hải, huyện Phù Cát (Ảnh: Hoàng Lâm).</p></figcaption>
        </figure>
        <p>Giám đốc Sở Tài nguyên và Môi trường Bình Định Lê Văn Tín cho biết, sở đã nhiều lần nhắc nhở nhưng doanh nghiệp không khắc phục.</p>
        <h2>Giao đất cho địa phương quản lý</h2>
        <p>&quot;Diện tích thu hồi sẽ giao UBND huyện Phù Cát quản lý, lập phương án đấu giá công khai&quot;, ông Quân nói.</p>
        <p>Tỉnh giao Sở Tài nguyên và Môi trường phối hợp Cục Thuế tỉnh truy thu tiền thuê đất, hoàn thành trước ngày 30-6.</p>
      </div>
      <div class="author-name"><a href="/tac-gia/hoang-lam.htm">Hoàng Lâm</a></div>
      <div class="dt-social"><button>Chia sẻ</button><a href="#">Zalo</a></div>
    </article>
  </div>
</main>
<footer class="dt-footer"><p>Giấy phép hoạt động báo điện tử số 298/GP-BTTTT. Tổng biên tập: người phụ trách.</p></footer>
</body>
</html>`;

// Tuổi Trẻ: data-role publishdate, title and sapo; the body marked itemprop="articleBody", with a
// photo box, a table of figures, and the author box after it
const TUOITRE = `<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>TP.HCM đặt mục tiêu giải ngân 95% vốn đầu tư công - Tuổi Trẻ Online</title>
<style>.detail-content p { font-size: 17px }</style></head>
<body>
<div class="header"><nav class="header__nav"><a href="/thoi-su.htm">Thời sự</a><a href="/the-gioi.htm">Thế giới</a></nav></div>
<div class="detail-container">
  <div class="detail-cmain">
    <div class="detail-top">
      <div class="detail-cate"><a href="/thoi-su.htm">Thời sự</a></div>
      <div class="detail-time"><div data-role="publishdate">27/05/2023 07:30 GMT+7</div></div>
    </div>
    <h1 class="detail-title article-title" data-role="title">TP.HCM đặt mục tiêu giải ngân 95% vốn đầu tư công năm 2023</h1>
    <div class="detail-cmain">
      <h2 class="detail-sapo" data-role="sapo">TTO - UBND TP.HCM yêu cầu các sở, ngành và quận, huyện giải ngân ít nhất 95% kế hoạch vốn đầu tư công được giao, tập trung vào 24 công trình trọng điểm.</h2>
      <div class="detail-content afcbc-body" data-role="content" itemprop="articleBody">
        <p>Ngày 26-5, Phó Chủ tịch UBND TP.HCM Lâm Quốc Trung ký Chỉ thị 05/CT-UBND về đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2023.</p>
        <p>Theo chỉ thị, năm nay thành phố được giao hơn 70.000 tỷ đồng vốn đầu tư công, nhưng đến ngày 25-5 mới giải ngân khoảng 6.800 tỷ đồng, đạt 9,7%.</p>
        <div type="Photo" class="VCSortableInPreviewMode">
          <div><a href="https://cdn.tuoitre.example/2023/5/27/nut-giao.jpg"><img src="https://cdn.tuoitre.example/thumb/nut-giao.jpg" alt="Nút giao"></a></div>
          <div class="PhotoCMS_Caption"><p data-placeholder="Nhập chú thích ảnh">Công trình nút giao An Phú (TP Thủ Đức) đang được thi công - Ảnh: QUANG ĐỊNH</p></div>
        </div>
        <p>Giám đốc Sở Kế hoạch và Đầu tư TP.HCM Trương Minh Hải cho biết, sở sẽ rà soát từng dự án chậm giải ngân để điều chuyển vốn sang các công trình có khả năng thi công nhanh.</p>
        <p>Ba địa phương được giao nhiều vốn nhất:</p>
        <table class="table-figures"><tbody>
          <tr><th>Địa phương</th><th>Số công trình</th><th>Vốn (tỷ đồng)</th></tr>
          <tr><td>Huyện Bình Chánh</td><td>14</td><td>2.150</td></tr>
          <tr><td>Huyện Củ Chi</td><td>11</td><td>1.870</td></tr>
          <tr><td>TP Thủ Đức</td><td>9</td><td>3.420</td></tr>
        </tbody></table>
        <p>Thành phố yêu cầu người đứng đầu các đơn vị chịu trách nhiệm nếu để chậm giải ngân, đồng thời xem đây là tiêu chí đánh giá mức độ hoàn thành nhiệm vụ năm 2023.</p>
      </div>
      <div class="detail-tab"><a href="/giai-ngan.html">#giải ngân đầu tư công</a></div>
      <div class="author-info"><div class="name">NGỌC HIỂN</div></div>
    </div>
  </div>
  <div class="detail-sub"><div class="box-relate"><h3>Tin liên quan</h3><a href="/c.htm">Metro số 1 chạy thử toàn tuyến</a></div></div>
</div>
<div class="footer"><p>Giấy phép số 32/GP-BTTTT, bản quyền thuộc về báo, ghi rõ nguồn khi phát hành lại.</p></div>
</body>
</html>`;

type Case = PageFindings & {
  name: string;
  /** the first lines of article.text: what stood before the body */
  first: string[];
  title: string;
  lead: string;
  dateline: string | null;
  /** [text, credit] */
  captions: [string, string | null][];
  /** the headings of the sections, in order (null: the part before the first heading) */
  headings: (string | null)[] | undefined;
  byline: string;
};

const CASES: Case[] = [
  {
    name: "VnExpress",
    page: VNEXPRESS,
    first: ["Thứ năm, 25/5/2023, 10:12 (GMT+7)", "Tân Phước lập tổ công tác gỡ vướng mặt bằng khu công nghiệp", "UBND huyện Tân Phước thành lập tổ công tác"],
    title: "Tân Phước lập tổ công tác gỡ vướng mặt bằng khu công nghiệp",
    lead: "UBND huyện Tân Phước thành lập tổ công tác đặc biệt",
    dateline: "2023-05-25T10:12:00+07:00",
    captions: [["Cán bộ xã Tân Lập 1 kiểm đếm tài sản trên đất của người dân, chiều 24/5. Ảnh: Hoàng Nam", "Hoàng Nam"]],
    headings: [null],
    byline: "Minh Khôi",
    absent: ["Quảng cáo tài trợ", "content:", "Trang chủ", "Góc nhìn", "Thứ bảy, 27/5/2023", "Thời sự", "Xem nhiều", "Giá vàng", "Ý kiến của bạn", "Gửi", "Nguyễn An", "Giấy phép số 548", "Đăng ký nhận bản tin", "<", "VnExpress"],
    people: [["Đặng Quốc Khải", "Chủ tịch", "UBND huyện Tân Phước"], ["Phạm Thị Ngọc Dung", "Phó Chủ tịch", "UBND tỉnh Tiền Giang"]],
    figures: [["1.250 hộ dân", 1250, "exact"], ["hơn 320 tỷ đồng", 320e9, "over"], ["gần 60%", 60, "under"], ["khoảng 25.000 lao động", 25000, "about"]],
    documents: [["Kế hoạch 58/KH-UBND ngày 22-5-2023", "Kế hoạch", "58/KH-UBND", "2023-05-22"]],
  },
  {
    name: "Dân Trí",
    page: DANTRI,
    // the author box before the body gives only its <time>
    first: ["Bình Định thu hồi 45 ha đất giao sai cho doanh nghiệp", "Thứ bảy, 27/05/2023 - 08:15", "(Dân trí) - UBND tỉnh Bình Định vừa ký"],
    title: "Bình Định thu hồi 45 ha đất giao sai cho doanh nghiệp",
    lead: "(Dân trí) - UBND tỉnh Bình Định vừa ký quyết định thu hồi 45\u00a0ha đất",
    dateline: "2023-05-27T08:15:00+07:00",
    captions: [["Khu đất bỏ hoang tại xã Cát Hải, huyện Phù Cát (Ảnh: Hoàng Lâm).", "Hoàng Lâm"]],
    headings: [null, "Sử dụng đất sai mục đích", "Giao đất cho địa phương quản lý"],
    byline: "Hoàng Lâm",
    absent: ["Đoạn mẫu từ JSON-LD", "Pháp luật", "Kinh doanh", "Xã hội", "Chia sẻ", "Zalo", "Giấy phép hoạt động", "Báo Dân trí", "&", "<"],
    people: [["Trần Minh Quân", "Phó Chủ tịch", "UBND tỉnh Bình Định"], ["Lê Văn Tín", "Giám đốc", "Sở Tài nguyên và Môi trường Bình Định"]],
    // "45&nbsp;ha": the no-break space is kept in article.text, as a browser's copy keeps it
    figures: [["45\u00a0ha đất", 45, "exact"], ["12 ha", 12, "exact"], ["hơn 2,3 tỷ đồng", 2.3e9, "over"]],
    documents: [["Quyết định số 1520/QĐ-UBND ngày 24-5-2023", "Quyết định", "1520/QĐ-UBND", "2023-05-24"]],
  },
  {
    name: "Tuổi Trẻ",
    page: TUOITRE,
    first: ["27/05/2023 07:30 GMT+7", "TP.HCM đặt mục tiêu giải ngân 95% vốn đầu tư công năm 2023", "TTO - UBND TP.HCM yêu cầu"],
    title: "TP.HCM đặt mục tiêu giải ngân 95% vốn đầu tư công năm 2023",
    lead: "TTO - UBND TP.HCM yêu cầu các sở, ngành và quận, huyện",
    dateline: "2023-05-27T07:30:00+07:00",
    captions: [["Công trình nút giao An Phú (TP Thủ Đức) đang được thi công - Ảnh: QUANG ĐỊNH", "QUANG ĐỊNH"]],
    // no h2 in the body: no heading (a table's rows are paragraphs, never guessed as headings)
    headings: [null],
    byline: "Ngọc Hiển",
    absent: ["Thế giới", "Thời sự", "Tin liên quan", "Metro số 1", "#giải ngân", "Giấy phép số 32", "font-size", "Tuổi Trẻ Online", "<"],
    people: [["Lâm Quốc Trung", "Phó Chủ tịch", "UBND TP.HCM"], ["Trương Minh Hải", "Giám đốc", "Sở Kế hoạch và Đầu tư TP.HCM"]],
    figures: [["hơn 70.000 tỷ đồng", 70_000e9, "over"], ["khoảng 6.800 tỷ đồng", 6_800e9, "about"], ["9,7%", 9.7, "exact"], ["24 công trình", 24, "exact"]],
    documents: [["Chỉ thị 05/CT-UBND", "Chỉ thị", "05/CT-UBND", null]],
  },
];

describe.each(CASES)("a $name page", (c) => {
  const a: Article = parseArticle(c.page);

  it("is read as HTML, with the warning, and keeps every span in the text read", () => {
    expect(warningCodes(a)).toContain("read-as-html");
    expect(a.language.code).toBe("vie");
    expect(articleProblems(a)).toEqual([]);
  });

  it("puts the date, title and lead before the body, and the author line last", () => {
    const lines = a.text.split("\n");
    lines.slice(0, 3).forEach((l, i) => expect(l.startsWith(c.first[i]!)).toBe(true));
    expect(lines.at(-1)!.toLowerCase()).toBe(c.byline.toLowerCase());
  });

  it("reads the title, the lead, the dateline and the byline", () => {
    expect(a.title?.text).toBe(c.title);
    expect(a.lead?.text.startsWith(c.lead)).toBe(true);
    expect(a.dateline?.value ?? null).toBe(c.dateline);
    expect(a.dateline?.weekdayMatches).not.toBe(false);
    expect(a.byline?.name).toBe(c.byline);
  });

  it("reads the captions with their credits", () => {
    expect(a.captions.map((x) => [x.text, x.credit])).toEqual(c.captions);
  });

  if (c.headings) {
    it("reads the body's sub-headings as section headings", () => {
      expect(a.sections.map((s) => s.heading?.text ?? null)).toEqual(c.headings);
    });
  }

  checkPage(c, a);

  it("reads the page's UTF-8 bytes as the string, with or without a BOM", () => {
    expect(parseArticle(Buffer.from(c.page))).toEqual(a);
    expect(parseArticle(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(c.page)]))).toEqual(a);
  });
});

describe("what only the markup says", () => {
  it("decodes character references before the text is read (Dân Trí)", () => {
    const a = parseArticle(DANTRI);
    expect(a.text).toContain("Quyết định số 1520/QĐ-UBND");
    expect(a.text).toContain("Sở Tài nguyên và Môi trường, doanh nghiệp");
    const q = a.quotes.find((x) => x.direct);
    expect(q).toMatchObject({ speaker: "Trần Minh Quân", text: "Diện tích thu hồi sẽ giao UBND huyện Phù Cát quản lý, lập phương án đấu giá công khai" });
  });

  it("writes a table row as one line, its cells separated by tabs (Tuổi Trẻ)", () => {
    const lines = parseArticle(TUOITRE).text.split("\n");
    expect(lines).toContain("Địa phương\tSố công trình\tVốn (tỷ đồng)");
    expect(lines).toContain("Huyện Bình Chánh\t14\t2.150");
  });

  it("takes no date from the site's header bar (VnExpress)", () => {
    expect(parseArticle(VNEXPRESS).dateline?.text).toBe("Thứ năm, 25/5/2023, 10:12 (GMT+7)");
  });
});

describe("text that is not HTML", () => {
  const BI_THU = `Bí thư Đảng ủy xã Long Bình Nguyễn Thị Kim Ngọc cho biết, năm 2023 xã tổ chức 65 cuộc tuyên truyền với 1.252 lượt người dự.

Theo Kế hoạch 58/KH-UBND ngày 22-5-2023, các ấp hoàn thành rà soát trước tháng 9.`;
  const TAG_IN_SENTENCE = `Sở Thông tin và Truyền thông tỉnh Tiền Giang hướng dẫn các xã đặt mỗi đoạn văn trên cổng thông tin trong thẻ <p> để người dân đọc dễ trên điện thoại.

Giám đốc Sở Thông tin và Truyền thông Tiền Giang Võ Hồng Phúc cho biết, 100% xã đã có cổng thông tin điện tử.`;

  it.each([
    ["an article that starts with a title of office", BI_THU, "Nguyễn Thị Kim Ngọc", "Bí thư"],
    ["an article that writes <p> in a sentence", TAG_IN_SENTENCE, "Võ Hồng Phúc", "Giám đốc"],
  ])("keeps %s as text", (_n, text, name, title) => {
    for (const a of [parseArticle(text), parseArticle(Buffer.from(text))]) {
      expect(a.text).toBe(text);
      expect(a.warnings.map((w) => w.code)).not.toContain("read-as-html");
      expect(a.people.find((p) => p.name === name)?.positions[0]?.title).toBe(title);
      expect(articleProblems(a)).toEqual([]);
    }
  });
});

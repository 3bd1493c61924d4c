// Six more pages, in the layouts of Thanh Niên, VietnamPlus, Nhân Dân, Báo Chính phủ, a provincial
// party newspaper on an older table-based CMS, and a body fragment (the stories are invented): what
// parseArticle reads from each, and that every span indexes into the text read from it.
import { describe, expect, it } from "vitest";
import { parseArticle, type Article } from "../../src/index.js";
import { articleProblems } from "../../bench/lib/check-article.mjs";
import { checkPage, warningCodes, type PageFindings } from "./page-checks.js";

// Thanh Niên: publishdate and h1 (title in a data-role span) above an h2 sapo; figure boxes and a
// "Tin liên quan" box inside the content; the author box after it; a sidebar with "sidebar" in its class
const THANHNIEN = `<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Quảng Nam hỗ trợ 2.400 hộ dân vùng sạt lở di dời - Báo Thanh Niên</title>
<script>var admicroAD = admicroAD || {}; admicroAD.unit = []; var tpl = "<p>Nội dung tài trợ trong khung quảng cáo</p>";</script></head>
<body>
<div class="header"><ul class="menu-nav"><li><a href="/thoi-su.htm">Thời sự</a></li><li><a href="/the-gioi.htm">Thế giới</a></li><li><a href="/kinh-te.htm">Kinh tế</a></li></ul></div>
<div class="detail-container">
  <div class="detail-top">
    <div class="detail-cate"><a href="/thoi-su/dan-sinh.htm">Dân sinh</a></div>
    <div class="detail-time"><div data-role="publishdate">10/07/2024 08:15 GMT+7</div></div>
  </div>
  <h1 class="detail-title"><span data-role="title">Quảng Nam hỗ trợ 2.400 hộ dân vùng sạt lở di dời đến nơi ở mới</span></h1>
  <div class="detail-cmain">
    <h2 class="detail-sapo" data-role="sapo">HĐND tỉnh Quảng Nam thông qua nghị quyết hỗ trợ tối đa 80 triệu đồng mỗi hộ để di dời khỏi vùng có nguy cơ sạt lở cao ở 6 huyện miền núi.</h2>
    <div class="detail-content afcbc-body" data-role="content">
      <p>Nghị quyết 15/NQ-HĐND ngày 10-7-2024 được HĐND tỉnh Quảng Nam thông qua tại kỳ họp thứ 22, với tổng kinh phí dự kiến hơn 190 tỷ đồng trong giai đoạn 2024 - 2026.</p>
      <p>Phó Chủ tịch UBND tỉnh Quảng Nam Lê Văn Thành cho biết, toàn tỉnh có khoảng 2.400 hộ dân đang sống tại 87 điểm có nguy cơ sạt lở, tập trung ở các huyện Nam Trà My, Bắc Trà My và Phước Sơn.</p>
      <figure class="VCSortableInPreviewMode" type="Photo">
        <div><a href="https://images.thanhnien.example/2024/7/10/tai-dinh-cu.jpg"><img src="https://images.thanhnien.example/thumb/tai-dinh-cu.jpg" alt="Khu tái định cư"></a></div>
        <figcaption><p>Người dân xã Trà Leng, huyện Nam Trà My dựng nhà tại khu tái định cư mới - Ảnh: HOÀNG SƠN</p></figcaption>
      </figure>
      <p>Theo nghị quyết, mỗi hộ di dời được hỗ trợ 80 triệu đồng để làm nhà và 10 triệu đồng để san lấp mặt bằng; hộ nghèo được hỗ trợ thêm 20 triệu đồng.</p>
      <div class="VCSortableInPreviewMode" type="RelatedNewsBox">
        <div class="kbwscwl-relatedbox type-4"><strong class="kbwscwl-relatedbox-title">Tin liên quan</strong>
          <ul><li><a href="/sat-lo-vui-lap-nha.htm">Sạt lở núi vùi lấp 3 ngôi nhà ở Nam Trà My</a></li><li><a href="/mua-lon-mien-trung.htm">Mưa lớn kéo dài, miền Trung cảnh báo lũ quét</a></li></ul>
        </div>
      </div>
      <p>Giám đốc Sở Nông nghiệp và Phát triển nông thôn Quảng Nam Phan Minh Khoa cho biết, sở đã khảo sát 14 khu tái định cư với tổng diện tích 46 ha, đủ bố trí cho khoảng 1.100 hộ trong năm nay.</p>
      <p>"Chúng tôi ưu tiên di dời trước mùa mưa bão những hộ ở sát taluy, nơi đã xuất hiện vết nứt", ông Khoa nói.</p>
      <p>Chủ tịch UBND huyện Nam Trà My Nguyễn Văn Thạnh cho biết, huyện sẽ huy động lực lượng dân quân giúp người dân tháo dỡ, vận chuyển nhà cửa đến nơi ở mới.</p>
    </div>
    <div class="detail-author"><a class="name" href="/tac-gia/hoang-son.htm">Hoàng Sơn</a></div>
  </div>
  <div class="detail-sidebar"><div class="box-most-view"><h3>Đọc nhiều</h3><a href="/gia-xang.htm">Giá xăng giảm lần thứ ba liên tiếp</a></div></div>
</div>
<div class="footer"><p>Giấy phép hoạt động báo điện tử số 120/GP-BTTTT cấp ngày 10/3/2023.</p></div>
<script>document.write("<p>Tải ứng dụng Thanh Niên</p>")</script>
</body>
</html>`;

// VietnamPlus: title, <time> and sapo above an itemprop="articleBody" body; author with the agency after it
const VIETNAMPLUS = `<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Cần Thơ đầu tư 1.200 tỷ đồng chống ngập khu trung tâm | Vietnam+ (VietnamPlus)</title>
<link rel="stylesheet" href="/styles.css"></head>
<body>
<header class="site-header"><nav class="main-menu"><a href="/xahoi/">Xã hội</a><a href="/kinhte/">Kinh tế</a><a href="/thegioi/">Thế giới</a></nav><div class="today">Thứ Tư, 10/07/2024</div></header>
<div class="main-content">
  <article class="article">
    <div class="breadcrumb"><a href="/xahoi/">Xã hội</a></div>
    <h1 class="article__title">Cần Thơ đầu tư 1.200 tỷ đồng chống ngập khu vực trung tâm</h1>
    <div class="article__meta"><time class="time" datetime="2024-07-10T09:30:00+07:00">10/07/2024 09:30</time></div>
    <div class="article__sapo">Thành phố Cần Thơ sẽ cải tạo 35 km cống thoát nước và xây mới 4 trạm bơm để giảm ngập ở quận Ninh Kiều và Bình Thủy trong mùa mưa.</div>
    <div class="article__body zce-content-body" itemprop="articleBody">
      <p>Ngày 9/7, UBND thành phố Cần Thơ ban hành Quyết định 1856/QĐ-UBND phê duyệt dự án chống ngập khu vực trung tâm, tổng vốn khoảng 1.200 tỷ đồng từ ngân sách thành phố và vốn vay ODA.</p>
      <p>Phó Chủ tịch UBND thành phố Cần Thơ Trương Quốc Bảo cho biết, mỗi năm khu vực trung tâm có khoảng 30 điểm ngập sâu từ 0,3 m đến 0,5 m khi triều cường kết hợp mưa lớn.</p>
      <p>Theo quyết định, dự án được thực hiện trong 3 năm, hoàn thành trước tháng 12/2027. Bốn trạm bơm mới có tổng công suất 18 m3/giây.</p>
      <p>Giám đốc Sở Xây dựng Cần Thơ Võ Thị Ngọc Hân cho biết, sở sẽ thi công theo từng tuyến để không chặn toàn bộ các tuyến đường chính.</p>
      <p>Năm 2023, thành phố đã chi hơn 85 tỷ đồng nạo vét 120 km kênh rạch nội ô, giúp giảm 40% số điểm ngập.</p>
    </div>
    <div class="article__author"><span class="name">Thanh Liêm</span> (TTXVN/Vietnam+)</div>
    <div class="article__tag"><a href="/tag/chong-ngap.vnp">#chống ngập</a></div>
    <div class="article__social"><a href="#">Facebook</a><a href="#">Zalo</a></div>
  </article>
  <aside class="sidebar"><div class="box-related"><h3>Tin cùng chuyên mục</h3><a href="/a.vnp">Triều cường lên cao, nhiều tuyến phố ngập sâu</a></div></aside>
</div>
<footer class="site-footer"><p>Bản quyền thuộc về Thông tấn xã Việt Nam. Giấy phép số 1374/GP-BTTTT.</p></footer>
</body>
</html>`;

// Nhân Dân: like VietnamPlus, with the byline as the body's last, right-aligned, all-caps paragraph and photos
// in <table class="picture"> with a <td class="caption">
const NHANDAN = `<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Nam Định hoàn thành 1.500 nhà ở cho hộ nghèo | Báo Nhân Dân điện tử</title></head>
<body>
<div class="header"><ul class="main-menu"><li><a href="/chinhtri">Chính trị</a></li><li><a href="/xahoi">Xã hội</a></li></ul><div class="header__date">Thứ Tư, ngày 10/07/2024</div></div>
<div class="container">
  <div class="col-main">
    <article class="article article-detail">
      <h1 class="article__title cms-title">Nam Định hoàn thành 1.500 căn nhà cho hộ nghèo trước thời hạn</h1>
      <div class="article__meta"><time class="time" datetime="2024-07-10T10:05:00+07:00">Thứ Tư, 10-07-2024, 10:05</time></div>
      <div class="article__sapo cms-desc">Sau 10 tháng triển khai, tỉnh Nam Định đã hoàn thành xây mới và sửa chữa 1.500 căn nhà cho hộ nghèo, hộ cận nghèo, vượt kế hoạch đề ra 2 tháng.</div>
      <div class="article__body zce-content-body cms-body" itemprop="articleBody">
        <p>Chương trình được triển khai theo Kế hoạch 96/KH-UBND ngày 5-9-2023 của UBND tỉnh Nam Định, với tổng kinh phí hơn 75 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 50 triệu đồng mỗi căn xây mới và 30 triệu đồng mỗi căn sửa chữa.</p>
        <p>Phó Chủ tịch UBND tỉnh Nam Định Đặng Thị Thu Hà cho biết, ngoài ngân sách, các doanh nghiệp và mạnh thường quân trên địa bàn đã đóng góp gần 18 tỷ đồng cho chương trình.</p>
        <table class="picture" align="center"><tbody>
          <tr><td><img src="https://media.nhandan.example/2024/07/10/nha-moi.jpg" alt="Nhà mới"></td></tr>
          <tr><td class="caption">Gia đình bà Trần Thị Lụa ở xã Hải Đông, huyện Hải Hậu nhận bàn giao nhà mới. (Ảnh: MINH HÒA)</td></tr>
        </tbody></table>
        <p>Huyện Hải Hậu có số nhà được hỗ trợ nhiều nhất với 312 căn, tiếp đến là huyện Giao Thủy với 247 căn và huyện Nghĩa Hưng với 205 căn.</p>
        <p>Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nam Định Phạm Văn Tuyên đề nghị các địa phương tiếp tục rà soát, không để hộ nghèo nào còn ở nhà tạm, nhà dột nát.</p>
        <p>Tỉnh đặt mục tiêu đến hết năm 2025 giảm tỷ lệ hộ nghèo xuống dưới 1%.</p>
        <p style="text-align:right"><strong>VŨ MINH HÒA</strong></p>
      </div>
      <div class="article__tags"><a href="/tag/nha-o">nhà ở hộ nghèo</a></div>
    </article>
  </div>
  <div class="col-sidebar"><div class="box-lastest"><h3>Tin mới</h3><ul><li><a href="/x">Hà Nội cấm xe tải trên cầu Chương Dương</a></li></ul></div></div>
</div>
<div class="footer"><p>Tổng Biên tập: Người phụ trách. Giấy phép số 116/GP-BTTTT.</p></div>
</body>
</html>`;

// Báo Chính phủ: detail-title, detail-time, an h2 sapo, a table of figures by province, "A - B" authors
const BAOCHINHPHU = `<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Phân bổ 520 tỷ đồng khắc phục hạn mặn cho 5 tỉnh</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Phân bổ 520 tỷ đồng"}</script></head>
<body>
<div class="header"><div class="menu"><a href="/chinh-sach-moi.htm">Chính sách mới</a><a href="/chi-dao-quyet-dinh.htm">Chỉ đạo, quyết định</a></div></div>
<div class="detail">
  <div class="detail-breadcrumb"><a href="/kinh-te.htm">Kinh tế</a></div>
  <h1 class="detail-title">Phân bổ 520 tỷ đồng khắc phục hạn mặn cho 5 tỉnh Đồng bằng sông Cửu Long</h1>
  <div class="detail-time">10/07/2024 15:42</div>
  <h2 class="detail-sapo">(Chinhphu.vn) - Bộ Nông nghiệp và Phát triển nông thôn vừa phân bổ 520 tỷ đồng để 5 tỉnh Đồng bằng sông Cửu Long nạo vét kênh, xây cống và cấp nước sinh hoạt cho người dân vùng hạn mặn.</h2>
  <div class="detail-content afcbc-body">
    <p>Theo Quyết định số 2745/QĐ-BNN-TL ngày 9-7-2024, kinh phí được lấy từ nguồn dự phòng ngân sách trung ương năm 2024, ưu tiên các công trình đã đầu tư dở dang.</p>
    <p>Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn Hoàng Văn Lực cho biết, mùa khô năm 2023 - 2024 có khoảng 42.000 hộ dân thiếu nước sinh hoạt và hơn 15.000 ha lúa bị ảnh hưởng.</p>
    <p>Kinh phí phân bổ cho từng tỉnh như sau:</p>
    <table class="table-data" border="1"><tbody>
      <tr><td><strong>Tỉnh</strong></td><td><strong>Kinh phí (tỷ đồng)</strong></td><td><strong>Số hộ thiếu nước</strong></td></tr>
      <tr><td>Bến Tre</td><td>160</td><td>14.200</td></tr>
      <tr><td>Tiền Giang</td><td>120</td><td>9.800</td></tr>
      <tr><td>Sóc Trăng</td><td>95</td><td>7.300</td></tr>
      <tr><td>Kiên Giang</td><td>80</td><td>6.100</td></tr>
      <tr><td>Cà Mau</td><td>65</td><td>4.600</td></tr>
    </tbody></table>
    <p>Bộ yêu cầu UBND các tỉnh hoàn thành giải ngân trước ngày 31-12-2024 và báo cáo kết quả về Tổng cục Thủy lợi trước ngày 15-1-2025.</p>
    <p>Chủ tịch UBND tỉnh Bến Tre Trần Ngọc Tâm cho biết, tỉnh sẽ dùng phần lớn kinh phí để nâng cấp 3 cống ngăn mặn trên sông Hàm Luông.</p>
  </div>
  <div class="detail-author">Thu Trang - Minh Anh</div>
  <div class="detail-related"><h3>Tin liên quan</h3><a href="/b.htm">Thủ tướng chỉ đạo ứng phó hạn mặn</a></div>
</div>
<div class="footer"><p>Cơ quan chủ quản: Văn phòng Chính phủ. Giấy phép số 520/GP-BTTTT.</p></div>
</body>
</html>`;

// A provincial party paper on an older CMS: a table layout, no h1 (the title is a div), the date in a
// span.ngay, Latin-1 letters as named references, text between <br><br>, the author in <p align="right"><b>
const PROVINCIAL = `<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>B&aacute;o Ph&uacute; Y&ecirc;n - Tin tức</title>
<script language="javascript">function openMenu(id) { document.getElementById(id).style.display = "block"; }</script>
</head>
<body>
<table width="1000" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" class="top"><img src="/images/banner.gif"> <span class="homnay">Thứ Tư, 10/07/2024</span></td></tr>
<tr>
<td class="left" width="200" valign="top">
<a href="/chinh-tri">Ch&iacute;nh trị</a><br><a href="/kinh-te">Kinh tế</a><br><a href="/xa-hoi">X&atilde; hội</a><br><a href="/van-hoa">Văn h&oacute;a</a>
</td>
<td class="content" valign="top">
<div class="title">Tuy An chi 64 tỷ đồng l&agrave;m đường giao th&ocirc;ng n&ocirc;ng th&ocirc;n</div>
<span class="ngay">Cập nhật: 10/07/2024 - 14:20</span>
<div class="noidung">
<p><b>Năm 2024, huyện Tuy An đầu tư hơn 64 tỷ đồng để l&agrave;m mới v&agrave; n&acirc;ng cấp 38 km đường giao th&ocirc;ng n&ocirc;ng th&ocirc;n, gi&uacute;p c&aacute;c x&atilde; về đ&iacute;ch n&ocirc;ng th&ocirc;n mới.</b></p>
<p>Theo Nghị quyết 15/NQ-HĐND ng&agrave;y 10-7-2024 của HĐND huyện Tuy An, ng&acirc;n s&aacute;ch huyện hỗ trợ 70% kinh ph&iacute; x&acirc;y dựng, phần c&ograve;n lại do ng&acirc;n s&aacute;ch x&atilde; v&agrave; người d&acirc;n đ&oacute;ng g&oacute;p.</p>
<p>Ph&oacute; Chủ tịch UBND huyện Tuy An Huỳnh Văn Nh&acirc;n cho biết, đến nay c&aacute;c x&atilde; đ&atilde; ho&agrave;n th&agrave;nh 21 km, đạt 55% kế hoạch.</p>
Người d&acirc;n x&atilde; An Ninh T&acirc;y đ&atilde; hiến hơn 12.000&nbsp;m2 đất v&agrave; g&oacute;p 1,5 tỷ đồng để mở rộng c&aacute;c tuyến đường li&ecirc;n th&ocirc;n.<br><br>
B&iacute; thư Huyện ủy Tuy An Nguyễn Thị Mỹ Hạnh đề nghị c&aacute;c x&atilde; c&ocirc;ng khai danh s&aacute;ch đ&oacute;ng g&oacute;p v&agrave; gi&aacute;m s&aacute;t chất lượng c&ocirc;ng tr&igrave;nh.<br><br>
<p>Huyện phấn đấu đến cuối năm 2025 c&oacute; 100% đường x&atilde; được cứng h&oacute;a.</p>
<p align="right"><b>Trần Văn Hiếu</b></p>
</div>
<div class="tinkhac"><b>C&aacute;c tin kh&aacute;c:</b><br><a href="/a.html">Ph&uacute; Y&ecirc;n khai giảng lớp bồi dưỡng c&aacute;n bộ</a><br><a href="/b.html">Đ&ocirc;ng H&ograve;a ra qu&acirc;n m&ugrave;a h&egrave; xanh</a></div>
</td>
</tr>
<tr><td colspan="2" class="bottom" align="center">&copy; Bản quyền thuộc Báo Phú Yên. Ghi rõ nguồn khi phát hành lại.</td></tr>
</table>
<script>var _gaq = _gaq || []; _gaq.push(["_trackPageview"]);</script>
</body>
</html>`;

// the article's body alone, as a user passes it when they have already cut it out
const FRAGMENT = `<div class="content">
<p>Sáng 10-7, UBND tỉnh Lâm Đồng tổ chức hội nghị triển khai Chỉ thị 08/CT-UBND ngày 3-7-2024 về tăng cường quản lý, bảo vệ rừng trong mùa khô.</p>
<p>Phó Chủ tịch UBND tỉnh Lâm Đồng Võ Ngọc Hiệp cho biết, 6 tháng đầu năm toàn tỉnh phát hiện 215 vụ vi phạm lâm luật, giảm 12% so với cùng kỳ, diện tích rừng bị thiệt hại khoảng 38 ha.</p>
<p>Giám đốc Sở Nông nghiệp và Phát triển nông thôn Lâm Đồng Nguyễn Văn Châu đề nghị các chủ rừng bố trí đủ lực lượng tuần tra tại 24 điểm nóng ở các huyện Bảo Lâm, Di Linh và Lâm Hà.</p>
<p>Tỉnh giao Công an tỉnh phối hợp Chi cục Kiểm lâm điều tra, xử lý nghiêm các vụ phá rừng, lấn chiếm đất rừng trước ngày 30-9.</p>
</div>`;

type Case = PageFindings & {
  name: string;
  /** how the first lines of article.text start (undefined: not asserted) */
  first: string[] | undefined;
  /** the last line of article.text, and lines it must hold whole (table rows, text between <br>s, captions) */
  last: string;
  lines: string[];
  /** undefined: not asserted (see the comment in the case) */
  title: string | null | undefined;
  lead: string | null | undefined;
  dateline: string | null | undefined;
  /** [name, source, authors], or null for none */
  byline: [string, string | null, string[]] | null;
  /** [text, credit] (undefined: not asserted) */
  captions: [string, string | null][] | undefined;
};

const CASES: Case[] = [
  {
    name: "Thanh Niên",
    page: THANHNIEN,
    first: ["10/07/2024 08:15 GMT+7", "Quảng Nam hỗ trợ 2.400 hộ dân vùng sạt lở di dời đến nơi ở mới", "HĐND tỉnh Quảng Nam thông qua nghị quyết"],
    last: "Hoàng Sơn",
    lines: ["Người dân xã Trà Leng, huyện Nam Trà My dựng nhà tại khu tái định cư mới - Ảnh: HOÀNG SƠN"],
    title: "Quảng Nam hỗ trợ 2.400 hộ dân vùng sạt lở di dời đến nơi ở mới",
    lead: "HĐND tỉnh Quảng Nam thông qua nghị quyết hỗ trợ tối đa 80 triệu đồng",
    dateline: "2024-07-10T08:15:00+07:00",
    byline: ["Hoàng Sơn", null, ["Hoàng Sơn"]],
    captions: [["Người dân xã Trà Leng, huyện Nam Trà My dựng nhà tại khu tái định cư mới - Ảnh: HOÀNG SƠN", "HOÀNG SƠN"]],
    // the "Tin liên quan" box inside the content (type="RelatedNewsBox") is page furniture, left out
    absent: ["Tin liên quan", "Sạt lở núi vùi lấp", "Mưa lớn kéo dài", "Nội dung tài trợ", "admicroAD", "Thời sự", "Thế giới", "Kinh tế", "Dân sinh", "Đọc nhiều", "Giá xăng", "Giấy phép hoạt động", "Tải ứng dụng", "Báo Thanh Niên", "<"],
    people: [
      ["Lê Văn Thành", "Phó Chủ tịch", "UBND tỉnh Quảng Nam"],
      ["Phan Minh Khoa", "Giám đốc", "Sở Nông nghiệp và Phát triển nông thôn Quảng Nam"],
      ["Nguyễn Văn Thạnh", "Chủ tịch", "UBND huyện Nam Trà My"],
    ],
    figures: [["tối đa 80 triệu đồng", 80e6, "atMost"], ["hơn 190 tỷ đồng", 190e9, "over"], ["khoảng 2.400 hộ dân", 2400, "about"], ["46 ha", 46, "exact"]],
    documents: [["Nghị quyết 15/NQ-HĐND ngày 10-7-2024", "Nghị quyết", "15/NQ-HĐND", "2024-07-10"]],
  },
  {
    name: "VietnamPlus",
    page: VIETNAMPLUS,
    first: ["Cần Thơ đầu tư 1.200 tỷ đồng chống ngập khu vực trung tâm", "10/07/2024 09:30", "Thành phố Cần Thơ sẽ cải tạo 35 km"],
    last: "Thanh Liêm (TTXVN/Vietnam+)",
    lines: [],
    title: "Cần Thơ đầu tư 1.200 tỷ đồng chống ngập khu vực trung tâm",
    lead: "Thành phố Cần Thơ sẽ cải tạo 35 km cống thoát nước",
    dateline: "2024-07-10T09:30:00+07:00",
    byline: ["Thanh Liêm", "TTXVN/Vietnam+", ["Thanh Liêm"]],
    captions: [],
    absent: ["Xã hội", "Kinh tế", "Thế giới", "Thứ Tư, 10/07/2024", "#chống ngập", "Facebook", "Zalo", "Tin cùng chuyên mục", "Triều cường lên cao", "Bản quyền", "VietnamPlus", "<"],
    people: [["Trương Quốc Bảo", "Phó Chủ tịch", "UBND thành phố Cần Thơ"], ["Võ Thị Ngọc Hân", "Giám đốc", "Sở Xây dựng Cần Thơ"]],
    // ("mỗi năm khu vực" also gives a figure "năm khu" = 5: the figures extractor, not the page)
    figures: [["khoảng 1.200 tỷ đồng", 1.2e12, "about"], ["18 m3/giây", 18, "exact"], ["hơn 85 tỷ đồng", 85e9, "over"], ["khoảng 30 điểm", 30, "about"]],
    // the day of "Ngày 9/7, UBND … ban hành Quyết định 1856/QĐ-UBND" is the story's, not written as the document's date
    documents: [["Quyết định 1856/QĐ-UBND", "Quyết định", "1856/QĐ-UBND", null]],
  },
  {
    name: "Nhân Dân",
    page: NHANDAN,
    first: ["Nam Định hoàn thành 1.500 căn nhà cho hộ nghèo trước thời hạn", "Thứ Tư, 10-07-2024, 10:05", "Sau 10 tháng triển khai, tỉnh Nam Định"],
    last: "VŨ MINH HÒA",
    lines: ["Gia đình bà Trần Thị Lụa ở xã Hải Đông, huyện Hải Hậu nhận bàn giao nhà mới. (Ảnh: MINH HÒA)"],
    title: "Nam Định hoàn thành 1.500 căn nhà cho hộ nghèo trước thời hạn",
    lead: "Sau 10 tháng triển khai, tỉnh Nam Định đã hoàn thành",
    dateline: "2024-07-10T10:05:00+07:00",
    byline: ["Vũ Minh Hòa", null, ["Vũ Minh Hòa"]],
    // the photo table's <td class="caption">: a caption with its credit
    captions: [["Gia đình bà Trần Thị Lụa ở xã Hải Đông, huyện Hải Hậu nhận bàn giao nhà mới. (Ảnh: MINH HÒA)", "MINH HÒA"]],
    absent: ["Chính trị", "Xã hội", "ngày 10/07/2024", "nhà ở hộ nghèo", "Tin mới", "Chương Dương", "Tổng Biên tập", "Báo Nhân Dân", "<"],
    people: [["Đặng Thị Thu Hà", "Phó Chủ tịch", "UBND tỉnh Nam Định"], ["Phạm Văn Tuyên", "Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nam Định"]],
    figures: [["hơn 75 tỷ đồng", 75e9, "over"], ["50 triệu đồng", 50e6, "exact"], ["gần 18 tỷ đồng", 18e9, "under"], ["312 căn", 312, "exact"], ["dưới 1%", 1, "under"]],
    documents: [["Kế hoạch 96/KH-UBND ngày 5-9-2023", "Kế hoạch", "96/KH-UBND", "2023-09-05"]],
  },
  {
    name: "Báo Chính phủ",
    page: BAOCHINHPHU,
    first: ["Phân bổ 520 tỷ đồng khắc phục hạn mặn cho 5 tỉnh Đồng bằng sông Cửu Long", "10/07/2024 15:42", "(Chinhphu.vn) - Bộ Nông nghiệp"],
    last: "Thu Trang - Minh Anh",
    lines: ["Tỉnh\tKinh phí (tỷ đồng)\tSố hộ thiếu nước", "Bến Tre\t160\t14.200", "Cà Mau\t65\t4.600"],
    title: "Phân bổ 520 tỷ đồng khắc phục hạn mặn cho 5 tỉnh Đồng bằng sông Cửu Long",
    lead: "(Chinhphu.vn) - Bộ Nông nghiệp và Phát triển nông thôn vừa phân bổ 520 tỷ đồng",
    dateline: "2024-07-10T15:42:00+07:00",
    byline: ["Thu Trang, Minh Anh", null, ["Thu Trang", "Minh Anh"]],
    captions: [],
    absent: ["Chính sách mới", "Chỉ đạo, quyết định", "Kinh tế", "Tin liên quan", "Thủ tướng chỉ đạo", "Cơ quan chủ quản", "schema.org", "headline", "<"],
    people: [["Hoàng Văn Lực", "Thứ trưởng", "Bộ Nông nghiệp và Phát triển nông thôn"], ["Trần Ngọc Tâm", "Chủ tịch", "UBND tỉnh Bến Tre"]],
    figures: [["520 tỷ đồng", 520e9, "exact"], ["khoảng 42.000 hộ dân", 42000, "about"], ["hơn 15.000 ha lúa", 15000, "over"]],
    documents: [["Quyết định số 2745/QĐ-BNN-TL ngày 9-7-2024", "Quyết định", "2745/QĐ-BNN-TL", "2024-07-09"]],
  },
  {
    name: "provincial paper",
    page: PROVINCIAL,
    // no h1: the title is div.title, the date span.ngay, both before the body
    first: ["Tuy An chi 64 tỷ đồng làm đường giao thông nông thôn", "Cập nhật: 10/07/2024 - 14:20", "Năm 2024, huyện Tuy An đầu tư hơn 64 tỷ đồng"],
    last: "Trần Văn Hiếu",
    lines: [
      "Người dân xã An Ninh Tây đã hiến hơn 12.000\u00a0m2 đất và góp 1,5 tỷ đồng để mở rộng các tuyến đường liên thôn.",
      "Bí thư Huyện ủy Tuy An Nguyễn Thị Mỹ Hạnh đề nghị các xã công khai danh sách đóng góp và giám sát chất lượng công trình.",
    ],
    title: "Tuy An chi 64 tỷ đồng làm đường giao thông nông thôn",
    lead: "Năm 2024, huyện Tuy An đầu tư hơn 64 tỷ đồng",
    dateline: "2024-07-10T14:20:00+07:00",
    byline: ["Trần Văn Hiếu", null, ["Trần Văn Hiếu"]],
    captions: [],
    absent: ["Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Thứ Tư, 10/07/2024", "Các tin khác", "bồi dưỡng cán bộ", "mùa hè xanh", "Bản quyền", "_gaq", "openMenu", "Báo Phú Yên", "&", "<"],
    people: [["Huỳnh Văn Nhân", "Phó Chủ tịch", "UBND huyện Tuy An"], ["Nguyễn Thị Mỹ Hạnh", "Bí thư", "Huyện ủy Tuy An"]],
    figures: [["hơn 64 tỷ đồng", 64e9, "over"], ["hơn 12.000\u00a0m2 đất", 12000, "over"], ["1,5 tỷ đồng", 1.5e9, "exact"], ["55% kế hoạch", 55, "exact"]],
    documents: [["Nghị quyết 15/NQ-HĐND ngày 10-7-2024 của HĐND huyện Tuy An", "Nghị quyết", "15/NQ-HĐND", "2024-07-10"]],
  },
  {
    name: "body fragment",
    page: FRAGMENT,
    first: ["Sáng 10-7, UBND tỉnh Lâm Đồng tổ chức hội nghị"],
    last: "Tỉnh giao Công an tỉnh phối hợp Chi cục Kiểm lâm điều tra, xử lý nghiêm các vụ phá rừng, lấn chiếm đất rừng trước ngày 30-9.",
    lines: [],
    // a body without its headline has none to give; "Sáng 10-7" is the story's day, not a dateline
    title: null,
    lead: null,
    dateline: null,
    byline: null,
    captions: [],
    absent: ["content", "<"],
    people: [["Võ Ngọc Hiệp", "Phó Chủ tịch", "UBND tỉnh Lâm Đồng"], ["Nguyễn Văn Châu", "Giám đốc", "Sở Nông nghiệp và Phát triển nông thôn Lâm Đồng"]],
    figures: [["215 vụ vi phạm", 215, "exact"], ["12%", 12, "exact"], ["khoảng 38 ha", 38, "about"]],
    documents: [["Chỉ thị 08/CT-UBND ngày 3-7-2024", "Chỉ thị", "08/CT-UBND", "2024-07-03"]],
  },
];

describe.each(CASES)("a $name page", (c) => {
  const a: Article = parseArticle(c.page);
  const lines = a.text.split("\n");

  it("is read as HTML, in Vietnamese, and keeps every span in the text read", () => {
    expect(warningCodes(a)).toContain("read-as-html");
    expect(a.language.code).toBe("vie");
    expect(articleProblems(a)).toEqual([]);
  });

  it("puts what stood before the body first and the author line last, one block a line", () => {
    (c.first ?? []).forEach((s, i) => expect(lines[i]!.startsWith(s), `line ${i}: ${lines[i]}`).toBe(true));
    expect(lines.at(-1)).toBe(c.last);
    for (const l of c.lines) expect(lines).toContain(l);
  });

  if (c.title !== undefined) it("reads the title", () => expect(a.title?.text ?? null).toBe(c.title));
  const lead = c.lead;
  if (lead !== undefined) {
    it("reads the lead", () => (lead === null ? expect(a.lead).toBeNull() : expect(a.lead?.text.startsWith(lead)).toBe(true)));
  }
  if (c.dateline !== undefined) {
    it("reads the dateline", () => {
      expect(a.dateline?.value ?? null).toBe(c.dateline);
      expect(a.dateline?.weekdayMatches).not.toBe(false);
    });
  }

  it("reads the byline", () => {
    expect(a.byline && [a.byline.name, a.byline.source ?? null, a.byline.authors]).toEqual(c.byline);
    if (a.byline) expect(a.byline.text).toBe(c.last);
  });

  if (c.captions) {
    it("reads the captions with their credits", () => {
      expect(a.captions.map((x) => [x.text, x.credit])).toEqual(c.captions);
      // a caption is not also a paragraph
      for (const x of a.captions) expect(a.sections.flatMap((s) => s.paragraphs).map((p) => p.text)).not.toContain(x.text);
    });
  }

  checkPage(c, a);

});

describe("what only the markup says", () => {
  it("decodes the older CMS's named and numeric references and keeps &nbsp; as a no-break space", () => {
    const a = parseArticle(PROVINCIAL);
    expect(a.text).toContain("Theo Nghị quyết 15/NQ-HĐND ngày 10-7-2024 của HĐND huyện Tuy An, ngân sách huyện hỗ trợ 70% kinh phí");
    expect(a.text).toContain("12.000\u00a0m2");
  });

  it("reads the fragment's paragraphs as its whole text", () => {
    const paragraphs = [...FRAGMENT.matchAll(/<p>(.*?)<\/p>/g)].map((m) => m[1]);
    expect(parseArticle(FRAGMENT).text).toBe(paragraphs.join("\n"));
  });

  it("takes the quote's speaker from the paragraph before it, across the figure box (Thanh Niên)", () => {
    const q = parseArticle(THANHNIEN).quotes.find((x) => x.direct);
    expect(q).toMatchObject({ speaker: "Phan Minh Khoa", text: "Chúng tôi ưu tiên di dời trước mùa mưa bão những hộ ở sát taluy, nơi đã xuất hiện vết nứt" });
  });
});

// Small articles written for these tests (not taken from any outlet).
export const TAN_PHU = [
  "Xã Tân Phú tổng kết năm học",
  "Sáng 12-6-2024, UBND xã Tân Phú (huyện Châu Thành, tỉnh Bến Tre) tổ chức hội nghị tổng kết năm học với 320 người tham dự.",
  'Chủ tịch UBND xã Trần Văn Bình cho biết: "Năm nay xã có 15 lớp học mới, gần 98% học sinh lên lớp".',
  "Xã đã chi hơn 1,5 tỷ đồng cho 3 công trình trường học, theo Quyết định số 123/QĐ-UBND ngày 2-3-2024.",
].join("\n");

export const CHO_NOI = [
  "Chợ nổi Cái Răng đón khách",
  "Trong dịp lễ, chợ nổi Cái Răng (TP Cần Thơ) đón khoảng 5.000 lượt khách, tăng 20% so với năm trước.",
  "Bà Lê Thị Hoa, tiểu thương ở chợ, nói rằng hàng trái cây bán chạy, nhất là xoài và chôm chôm.",
].join("\n");

export const SHORT = "Mưa lớn kéo dài ở Hà Giang.";

/** A long article: `n` paragraphs, to make uneven work sizes. */
export function long(n: number): string {
  const p = "Đoàn công tác của tỉnh đã làm việc với 12 hợp tác xã, khảo sát 40 ha lúa và trao 200 phần quà cho hộ nghèo.";
  return ["Tỉnh hỗ trợ nông dân", ...Array.from({ length: n }, () => p)].join("\n");
}

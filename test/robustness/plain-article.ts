// A plain article written for these tests (fictional commune, invented people and numbers), in the
// shape of a provincial party-magazine piece: dateline, title, lead, heading, paragraphs, caption,
// byline. The hostile suite repeats it to the size of each hostile input, as the time reference.
export const PLAIN_ARTICLE = `Thứ Hai, 15/01/2024, 09:30 (GMT+7)
Xã Tân Phước: Chung sức xây dựng nông thôn mới kiểu mẫu
Năm 2023, Đảng ủy xã Tân Phước (huyện Châu Thành, tỉnh Bến Tre) đã lãnh đạo nhân dân hoàn thành 19/19 tiêu chí nông thôn mới nâng cao, thu nhập bình quân đạt 68,5 triệu đồng/người/năm.
KẾT QUẢ TỪ SỰ ĐỒNG THUẬN
Theo Bí thư Đảng ủy xã Tân Phước Trần Văn Hùng, ngay từ đầu năm, Đảng ủy đã ban hành Nghị quyết số 12-NQ/ĐU ngày 10-1-2023 về phát triển kinh tế nông nghiệp gắn với xây dựng nông thôn mới. Toàn xã có 2.345 hộ dân, trong đó hơn 1.200 hộ tham gia trồng dừa và cây ăn trái.
Ông Hùng cho biết: "Chúng tôi vận động bà con hiến đất làm đường, đến nay đã có 4,2 km đường giao thông nông thôn được bê tông hóa, với tổng kinh phí khoảng 3,5 tỷ đồng, trong đó nhân dân đóng góp gần 40%".
Cũng theo ông Hùng, trong năm xã đã tổ chức 24 lớp tập huấn kỹ thuật cho 860 lượt nông dân; tỷ lệ hộ nghèo giảm còn 1,8%. Chủ tịch UBND xã Nguyễn Thị Mai nhấn mạnh, xã sẽ tiếp tục thực hiện Kế hoạch 35 của UBND huyện Châu Thành về chuyển đổi số trong nông nghiệp.
Người dân ấp Phước Hòa cùng làm đường giao thông nông thôn (ảnh: Đảng ủy xã Tân Phước).
Người dân ấp Phước Hòa cùng làm đường giao thông nông thôn (ảnh: Đảng ủy xã Tân Phước).
HƯỚNG ĐẾN MỤC TIÊU MỚI
Năm 2024, xã phấn đấu có thêm 2 ấp đạt chuẩn khu dân cư kiểu mẫu, 100% hộ dân sử dụng nước sạch và thu nhập bình quân đạt 75 triệu đồng/người/năm. Phó Bí thư Thường trực Đảng ủy xã Lê Minh Triết khẳng định, mỗi cán bộ, đảng viên phải gương mẫu đi đầu trong các phong trào thi đua.
Tại hội nghị ngày 12/1, lãnh đạo Huyện ủy Châu Thành đánh giá cao kết quả của xã và đề nghị các xã khác trong huyện học tập cách làm này.
MINH THƯ
`;

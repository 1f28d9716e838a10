/**
 * Official public-holiday tables for civil servants (cán bộ, công chức, viên chức), 2020–2026.
 *
 * Lịch nghỉ lễ, Tết áp dụng cho cán bộ, công chức, viên chức và người lao động của cơ quan hành
 * chính, sự nghiệp, tổ chức chính trị, chính trị – xã hội (đơn vị nghỉ cố định thứ Bảy, Chủ nhật),
 * theo Bộ luật Lao động (BLLĐ 2012 Điều 115 cho năm 2020; BLLĐ 2019 Điều 112 từ 01/01/2021) và
 * các văn bản hằng năm của Thủ tướng (do Văn phòng Chính phủ truyền đạt) / thông báo của Bộ
 * LĐTBXH (từ 03/2025 là Bộ Nội vụ) về nghỉ Tết Âm lịch, Quốc khánh và hoán đổi ngày làm việc.
 *
 * Kinds:
 *  - "NGHI": ngày nghỉ thuộc một đợt nghỉ lễ, Tết (ngày lễ chính thức, ngày nghỉ bù, ngày nghỉ do
 *    hoán đổi).
 *  - "LAMBU": thứ Bảy/Chủ nhật phải đi làm bù cho ngày nghỉ hoán đổi.
 *
 * Weekend choice: mọi thứ Bảy, Chủ nhật nằm trong hoặc liền kề (tạo thành đợt nghỉ liên tục) với
 * các ngày lễ/nghỉ bù/hoán đổi đều được ghi là "NGHI" để bảng đọc giống thông báo ("nghỉ từ ...
 * đến hết ..."). Việc này không làm thay đổi kết quả tính ngày làm việc vì thứ Bảy, Chủ nhật vốn
 * là ngày nghỉ trừ khi được ghi "LAMBU". Vì vậy vài ngày cuối tuần của năm trước thuộc đợt Tết
 * Dương lịch năm sau (2022-12-31, 2023-12-30, 2023-12-31) cũng có mặt, ghi rõ trong note.
 *
 * Sources (báo chí đăng lại văn bản chính thức; số hiệu ghi trong note khi đã xác minh):
 *  - 2020: Tết 23/01–29/01/2020 theo thông báo của Bộ LĐTBXH (daklak.gov.vn, vietnamnet.vn);
 *    Tết Dương lịch, Quốc khánh 1 ngày theo BLLĐ 2012 (vietnam-briefing.com, tuoitrexahoi.vn).
 *  - 2021: TB Bộ LĐTBXH theo ý kiến TTg 11/2020 (sggpnews.org.vn 09/12/2020, hanoimoi.vn).
 *  - 2022: Tết theo CV 245/VPCP-KGVX ngày 11/01/2022; Giỗ Tổ, 30/4–1/5 nghỉ bù (sggp.org.vn,
 *    vietnamplus.vn); Quốc khánh 01–02/09.
 *  - 2023: Tết 20–26/01 và Quốc khánh 01–04/09 theo CV 8056/VPCP-KGVX ngày 01/12/2022; Tết
 *    Dương lịch 31/12/2022–02/01/2023; Giỗ Tổ + 30/4–1/5 nghỉ 29/4–03/5 (nghỉ bù, không hoán đổi).
 *  - 2024: Tết 08–14/02 và Quốc khánh 31/08–03/09 (TB Bộ LĐTBXH theo ý kiến TTg, 11/2023 —
 *    số hiệu thông báo chưa xác minh); hoán đổi 29/4 ↔ 04/5 theo CV 2450/VPCP-KGVX 12/4/2024.
 *  - 2025: Tết 25/01–02/02 (5 ngày Tết 27–31/01 + 4 ngày cuối tuần, KHÔNG có ngày làm bù) theo
 *    CV 8726/VPCP-KGVX ngày 26/11/2024; 30/4–04/5 với hoán đổi 02/5 ↔ 26/4; Quốc khánh 30/08–
 *    02/09 (không có ngày nghỉ thêm dịp 80 năm Quốc khánh).
 *  - 2026: Tết Dương lịch 01–04/01, làm bù 10/01 theo CV 12729/VPCP-KGVX ngày 25/12/2025; Tết
 *    Bính Ngọ 14–22/02 và Quốc khánh 29/08–02/09 (hoán đổi 31/8 ↔ 22/8) theo ý kiến TTg do VPCP
 *    truyền đạt 10/2025 (đề xuất của Bộ Nội vụ); Giỗ Tổ 26/4 (Chủ nhật) nghỉ bù 27/4.
 *
 * NOT included: Ngày Văn hóa Việt Nam 24/11. Nghị quyết 80-NQ/TW (01/2026) chủ trương lấy 24/11
 * là ngày nghỉ lễ hưởng nguyên lương và Nghị quyết 30/NQ-CP (02/2026) giao sửa khoản 1 Điều 112
 * BLLĐ, nhưng đến thời điểm lập bảng chưa có luật sửa đổi được Quốc hội thông qua nên 24/11/2026
 * chưa phải ngày nghỉ theo luật. Thêm { date: "2026-11-24", kind: "NGHI" } khi BLLĐ sửa đổi có
 * hiệu lực (và kiểm tra thông báo nghỉ bù/hoán đổi kèm theo).
 *
 * Entries whose note contains "(chưa xác minh" were not confirmed against a published source and
 * should be checked by a human. "số hiệu chưa xác minh" means the dates were confirmed by press
 * reports of the decision but the document number itself was not found.
 */
export type HolidayKind = "NGHI" | "LAMBU";
export interface HolidayEntry { date: string /* yyyy-MM-dd */; kind: HolidayKind; note: string }
export const VIETNAM_HOLIDAYS: readonly HolidayEntry[] = [
  { date: "2020-01-01", kind: "NGHI", note: "Tết Dương lịch (1 ngày, thứ Tư)" },
  { date: "2020-01-23", kind: "NGHI", note: "Tết Nguyên đán Canh Tý — 29 tháng Chạp; TB Bộ LĐTBXH theo ý kiến TTg: nghỉ 23/01–29/01/2020" },
  { date: "2020-01-24", kind: "NGHI", note: "Tết Nguyên đán Canh Tý — 30 tháng Chạp (giao thừa); TB Bộ LĐTBXH theo ý kiến TTg: nghỉ 23/01–29/01/2020" },
  { date: "2020-01-25", kind: "NGHI", note: "Tết Nguyên đán Canh Tý — mùng 1 tháng Giêng (thứ Bảy, nghỉ hằng tuần trong đợt nghỉ); TB Bộ LĐTBXH theo ý kiến TTg: nghỉ 23/01–29/01/2020" },
  { date: "2020-01-26", kind: "NGHI", note: "Tết Nguyên đán Canh Tý — mùng 2 tháng Giêng (Chủ nhật, nghỉ hằng tuần trong đợt nghỉ); TB Bộ LĐTBXH theo ý kiến TTg: nghỉ 23/01–29/01/2020" },
  { date: "2020-01-27", kind: "NGHI", note: "Tết Nguyên đán Canh Tý — mùng 3 tháng Giêng; TB Bộ LĐTBXH theo ý kiến TTg: nghỉ 23/01–29/01/2020" },
  { date: "2020-01-28", kind: "NGHI", note: "Tết Nguyên đán Canh Tý — mùng 4 tháng Giêng; TB Bộ LĐTBXH theo ý kiến TTg: nghỉ 23/01–29/01/2020" },
  { date: "2020-01-29", kind: "NGHI", note: "Tết Nguyên đán Canh Tý — mùng 5 tháng Giêng; TB Bộ LĐTBXH theo ý kiến TTg: nghỉ 23/01–29/01/2020" },
  { date: "2020-04-02", kind: "NGHI", note: "Giỗ Tổ Hùng Vương (10/3 âm lịch)" },
  { date: "2020-04-30", kind: "NGHI", note: "Ngày Chiến thắng 30/4" },
  { date: "2020-05-01", kind: "NGHI", note: "Ngày Quốc tế Lao động 1/5" },
  { date: "2020-05-02", kind: "NGHI", note: "Nghỉ 30/4–1/5 (thứ Bảy, nghỉ hằng tuần liền kề)" },
  { date: "2020-05-03", kind: "NGHI", note: "Nghỉ 30/4–1/5 (Chủ nhật, nghỉ hằng tuần liền kề)" },
  { date: "2020-09-02", kind: "NGHI", note: "Quốc khánh 2/9 (BLLĐ 2012: chỉ 1 ngày)" },
  { date: "2021-01-01", kind: "NGHI", note: "Tết Dương lịch" },
  { date: "2021-01-02", kind: "NGHI", note: "Tết Dương lịch (thứ Bảy, nghỉ hằng tuần liền kề)" },
  { date: "2021-01-03", kind: "NGHI", note: "Tết Dương lịch (Chủ nhật, nghỉ hằng tuần liền kề)" },
  { date: "2021-02-10", kind: "NGHI", note: "Tết Nguyên đán Tân Sửu — 29 tháng Chạp; TB Bộ LĐTBXH theo ý kiến TTg (11/2020): nghỉ 10/02–16/02/2021" },
  { date: "2021-02-11", kind: "NGHI", note: "Tết Nguyên đán Tân Sửu — 30 tháng Chạp (giao thừa); TB Bộ LĐTBXH theo ý kiến TTg (11/2020): nghỉ 10/02–16/02/2021" },
  { date: "2021-02-12", kind: "NGHI", note: "Tết Nguyên đán Tân Sửu — mùng 1 tháng Giêng; TB Bộ LĐTBXH theo ý kiến TTg (11/2020): nghỉ 10/02–16/02/2021" },
  { date: "2021-02-13", kind: "NGHI", note: "Tết Nguyên đán Tân Sửu — mùng 2 tháng Giêng (thứ Bảy, nghỉ hằng tuần trong đợt nghỉ); TB Bộ LĐTBXH theo ý kiến TTg (11/2020): nghỉ 10/02–16/02/2021" },
  { date: "2021-02-14", kind: "NGHI", note: "Tết Nguyên đán Tân Sửu — mùng 3 tháng Giêng (Chủ nhật, nghỉ hằng tuần trong đợt nghỉ); TB Bộ LĐTBXH theo ý kiến TTg (11/2020): nghỉ 10/02–16/02/2021" },
  { date: "2021-02-15", kind: "NGHI", note: "Tết Nguyên đán Tân Sửu — mùng 4 tháng Giêng; TB Bộ LĐTBXH theo ý kiến TTg (11/2020): nghỉ 10/02–16/02/2021" },
  { date: "2021-02-16", kind: "NGHI", note: "Tết Nguyên đán Tân Sửu — mùng 5 tháng Giêng; TB Bộ LĐTBXH theo ý kiến TTg (11/2020): nghỉ 10/02–16/02/2021" },
  { date: "2021-04-21", kind: "NGHI", note: "Giỗ Tổ Hùng Vương (10/3 âm lịch)" },
  { date: "2021-04-30", kind: "NGHI", note: "Ngày Chiến thắng 30/4" },
  { date: "2021-05-01", kind: "NGHI", note: "Ngày Quốc tế Lao động 1/5 (thứ Bảy)" },
  { date: "2021-05-02", kind: "NGHI", note: "Nghỉ 30/4–1/5 (Chủ nhật, nghỉ hằng tuần liền kề)" },
  { date: "2021-05-03", kind: "NGHI", note: "Nghỉ bù Ngày Quốc tế Lao động 1/5 (trùng thứ Bảy)" },
  { date: "2021-09-02", kind: "NGHI", note: "Quốc khánh 2/9; TB Bộ LĐTBXH theo ý kiến TTg (11/2020): nghỉ 02/09–05/09/2021" },
  { date: "2021-09-03", kind: "NGHI", note: "Quốc khánh (ngày liền kề sau 2/9)" },
  { date: "2021-09-04", kind: "NGHI", note: "Quốc khánh (thứ Bảy, nghỉ hằng tuần liền kề)" },
  { date: "2021-09-05", kind: "NGHI", note: "Quốc khánh (Chủ nhật, nghỉ hằng tuần liền kề)" },
  { date: "2022-01-01", kind: "NGHI", note: "Tết Dương lịch (thứ Bảy)" },
  { date: "2022-01-02", kind: "NGHI", note: "Tết Dương lịch (Chủ nhật, nghỉ hằng tuần liền kề)" },
  { date: "2022-01-03", kind: "NGHI", note: "Nghỉ bù Tết Dương lịch (1/1 trùng thứ Bảy) (chưa xác minh nguồn; theo khoản 3 Điều 111 BLLĐ)" },
  { date: "2022-01-29", kind: "NGHI", note: "Tết Nguyên đán Nhâm Dần — 27 tháng Chạp (thứ Bảy, nghỉ hằng tuần trong đợt nghỉ); CV 245/VPCP-KGVX ngày 11/01/2022: nghỉ 29/01–06/02/2022" },
  { date: "2022-01-30", kind: "NGHI", note: "Tết Nguyên đán Nhâm Dần — 28 tháng Chạp (Chủ nhật, nghỉ hằng tuần trong đợt nghỉ); CV 245/VPCP-KGVX ngày 11/01/2022: nghỉ 29/01–06/02/2022" },
  { date: "2022-01-31", kind: "NGHI", note: "Tết Nguyên đán Nhâm Dần — 29 tháng Chạp (giao thừa); CV 245/VPCP-KGVX ngày 11/01/2022: nghỉ 29/01–06/02/2022" },
  { date: "2022-02-01", kind: "NGHI", note: "Tết Nguyên đán Nhâm Dần — mùng 1 tháng Giêng; CV 245/VPCP-KGVX ngày 11/01/2022: nghỉ 29/01–06/02/2022" },
  { date: "2022-02-02", kind: "NGHI", note: "Tết Nguyên đán Nhâm Dần — mùng 2 tháng Giêng; CV 245/VPCP-KGVX ngày 11/01/2022: nghỉ 29/01–06/02/2022" },
  { date: "2022-02-03", kind: "NGHI", note: "Tết Nguyên đán Nhâm Dần — mùng 3 tháng Giêng; CV 245/VPCP-KGVX ngày 11/01/2022: nghỉ 29/01–06/02/2022" },
  { date: "2022-02-04", kind: "NGHI", note: "Tết Nguyên đán Nhâm Dần — mùng 4 tháng Giêng; CV 245/VPCP-KGVX ngày 11/01/2022: nghỉ 29/01–06/02/2022" },
  { date: "2022-02-05", kind: "NGHI", note: "Tết Nguyên đán Nhâm Dần — mùng 5 tháng Giêng (thứ Bảy, nghỉ hằng tuần trong đợt nghỉ); CV 245/VPCP-KGVX ngày 11/01/2022: nghỉ 29/01–06/02/2022" },
  { date: "2022-02-06", kind: "NGHI", note: "Tết Nguyên đán Nhâm Dần — mùng 6 tháng Giêng (Chủ nhật, nghỉ hằng tuần trong đợt nghỉ); CV 245/VPCP-KGVX ngày 11/01/2022: nghỉ 29/01–06/02/2022" },
  { date: "2022-04-09", kind: "NGHI", note: "Giỗ Tổ Hùng Vương (thứ Bảy, nghỉ hằng tuần liền kề)" },
  { date: "2022-04-10", kind: "NGHI", note: "Giỗ Tổ Hùng Vương (10/3 âm lịch, Chủ nhật)" },
  { date: "2022-04-11", kind: "NGHI", note: "Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ nhật)" },
  { date: "2022-04-30", kind: "NGHI", note: "Ngày Chiến thắng 30/4 (thứ Bảy)" },
  { date: "2022-05-01", kind: "NGHI", note: "Ngày Quốc tế Lao động 1/5 (Chủ nhật)" },
  { date: "2022-05-02", kind: "NGHI", note: "Nghỉ bù Ngày Chiến thắng 30/4 (trùng thứ Bảy)" },
  { date: "2022-05-03", kind: "NGHI", note: "Nghỉ bù Ngày Quốc tế Lao động 1/5 (trùng Chủ nhật)" },
  { date: "2022-09-01", kind: "NGHI", note: "Quốc khánh (ngày liền kề trước 2/9)" },
  { date: "2022-09-02", kind: "NGHI", note: "Quốc khánh 2/9" },
  { date: "2022-09-03", kind: "NGHI", note: "Quốc khánh (thứ Bảy, nghỉ hằng tuần liền kề)" },
  { date: "2022-09-04", kind: "NGHI", note: "Quốc khánh (Chủ nhật, nghỉ hằng tuần liền kề)" },
  { date: "2022-12-31", kind: "NGHI", note: "Tết Dương lịch 2023 (thứ Bảy, nghỉ hằng tuần liền kề)" },
  { date: "2023-01-01", kind: "NGHI", note: "Tết Dương lịch (Chủ nhật)" },
  { date: "2023-01-02", kind: "NGHI", note: "Nghỉ bù Tết Dương lịch (1/1 trùng Chủ nhật)" },
  { date: "2023-01-20", kind: "NGHI", note: "Tết Nguyên đán Quý Mão — 29 tháng Chạp; CV 8056/VPCP-KGVX ngày 01/12/2022: nghỉ 20/01–26/01/2023" },
  { date: "2023-01-21", kind: "NGHI", note: "Tết Nguyên đán Quý Mão — 30 tháng Chạp (giao thừa) (thứ Bảy, nghỉ hằng tuần trong đợt nghỉ); CV 8056/VPCP-KGVX ngày 01/12/2022: nghỉ 20/01–26/01/2023" },
  { date: "2023-01-22", kind: "NGHI", note: "Tết Nguyên đán Quý Mão — mùng 1 tháng Giêng (Chủ nhật, nghỉ hằng tuần trong đợt nghỉ); CV 8056/VPCP-KGVX ngày 01/12/2022: nghỉ 20/01–26/01/2023" },
  { date: "2023-01-23", kind: "NGHI", note: "Tết Nguyên đán Quý Mão — mùng 2 tháng Giêng; CV 8056/VPCP-KGVX ngày 01/12/2022: nghỉ 20/01–26/01/2023" },
  { date: "2023-01-24", kind: "NGHI", note: "Tết Nguyên đán Quý Mão — mùng 3 tháng Giêng; CV 8056/VPCP-KGVX ngày 01/12/2022: nghỉ 20/01–26/01/2023" },
  { date: "2023-01-25", kind: "NGHI", note: "Tết Nguyên đán Quý Mão — mùng 4 tháng Giêng; CV 8056/VPCP-KGVX ngày 01/12/2022: nghỉ 20/01–26/01/2023" },
  { date: "2023-01-26", kind: "NGHI", note: "Tết Nguyên đán Quý Mão — mùng 5 tháng Giêng; CV 8056/VPCP-KGVX ngày 01/12/2022: nghỉ 20/01–26/01/2023" },
  { date: "2023-04-29", kind: "NGHI", note: "Giỗ Tổ Hùng Vương (10/3 âm lịch, thứ Bảy)" },
  { date: "2023-04-30", kind: "NGHI", note: "Ngày Chiến thắng 30/4 (Chủ nhật)" },
  { date: "2023-05-01", kind: "NGHI", note: "Ngày Quốc tế Lao động 1/5" },
  { date: "2023-05-02", kind: "NGHI", note: "Nghỉ bù Giỗ Tổ Hùng Vương (trùng thứ Bảy 29/4)" },
  { date: "2023-05-03", kind: "NGHI", note: "Nghỉ bù Ngày Chiến thắng 30/4 (trùng Chủ nhật)" },
  { date: "2023-09-01", kind: "NGHI", note: "Quốc khánh (ngày liền kề trước 2/9); CV 8056/VPCP-KGVX ngày 01/12/2022: nghỉ 01/09–04/09/2023" },
  { date: "2023-09-02", kind: "NGHI", note: "Quốc khánh 2/9 (thứ Bảy)" },
  { date: "2023-09-03", kind: "NGHI", note: "Quốc khánh (Chủ nhật, nghỉ hằng tuần liền kề)" },
  { date: "2023-09-04", kind: "NGHI", note: "Nghỉ bù Quốc khánh (2/9 trùng thứ Bảy)" },
  { date: "2023-12-30", kind: "NGHI", note: "Tết Dương lịch 2024 (thứ Bảy, nghỉ hằng tuần liền kề)" },
  { date: "2023-12-31", kind: "NGHI", note: "Tết Dương lịch 2024 (Chủ nhật, nghỉ hằng tuần liền kề)" },
  { date: "2024-01-01", kind: "NGHI", note: "Tết Dương lịch" },
  { date: "2024-02-08", kind: "NGHI", note: "Tết Nguyên đán Giáp Thìn — 29 tháng Chạp; TB Bộ LĐTBXH theo ý kiến TTg (11/2023): nghỉ 08/02–14/02/2024" },
  { date: "2024-02-09", kind: "NGHI", note: "Tết Nguyên đán Giáp Thìn — 30 tháng Chạp (giao thừa); TB Bộ LĐTBXH theo ý kiến TTg (11/2023): nghỉ 08/02–14/02/2024" },
  { date: "2024-02-10", kind: "NGHI", note: "Tết Nguyên đán Giáp Thìn — mùng 1 tháng Giêng (thứ Bảy, nghỉ hằng tuần trong đợt nghỉ); TB Bộ LĐTBXH theo ý kiến TTg (11/2023): nghỉ 08/02–14/02/2024" },
  { date: "2024-02-11", kind: "NGHI", note: "Tết Nguyên đán Giáp Thìn — mùng 2 tháng Giêng (Chủ nhật, nghỉ hằng tuần trong đợt nghỉ); TB Bộ LĐTBXH theo ý kiến TTg (11/2023): nghỉ 08/02–14/02/2024" },
  { date: "2024-02-12", kind: "NGHI", note: "Tết Nguyên đán Giáp Thìn — mùng 3 tháng Giêng; TB Bộ LĐTBXH theo ý kiến TTg (11/2023): nghỉ 08/02–14/02/2024" },
  { date: "2024-02-13", kind: "NGHI", note: "Tết Nguyên đán Giáp Thìn — mùng 4 tháng Giêng; TB Bộ LĐTBXH theo ý kiến TTg (11/2023): nghỉ 08/02–14/02/2024" },
  { date: "2024-02-14", kind: "NGHI", note: "Tết Nguyên đán Giáp Thìn — mùng 5 tháng Giêng; TB Bộ LĐTBXH theo ý kiến TTg (11/2023): nghỉ 08/02–14/02/2024" },
  { date: "2024-04-18", kind: "NGHI", note: "Giỗ Tổ Hùng Vương (10/3 âm lịch)" },
  { date: "2024-04-27", kind: "NGHI", note: "Nghỉ 30/4–1/5 (thứ Bảy, nghỉ hằng tuần); CV 2450/VPCP-KGVX ngày 12/4/2024: nghỉ 27/04–01/05/2024" },
  { date: "2024-04-28", kind: "NGHI", note: "Nghỉ 30/4–1/5 (Chủ nhật, nghỉ hằng tuần)" },
  { date: "2024-04-29", kind: "NGHI", note: "Nghỉ hoán đổi (thứ Hai 29/4 đổi sang làm thứ Bảy 04/5); CV 2450/VPCP-KGVX ngày 12/4/2024" },
  { date: "2024-04-30", kind: "NGHI", note: "Ngày Chiến thắng 30/4" },
  { date: "2024-05-01", kind: "NGHI", note: "Ngày Quốc tế Lao động 1/5" },
  { date: "2024-05-04", kind: "LAMBU", note: "Làm bù cho ngày nghỉ hoán đổi thứ Hai 29/4/2024; CV 2450/VPCP-KGVX ngày 12/4/2024" },
  { date: "2024-08-31", kind: "NGHI", note: "Quốc khánh (thứ Bảy, nghỉ hằng tuần liền kề); TB Bộ LĐTBXH theo ý kiến TTg (11/2023): nghỉ 31/08–03/09/2024" },
  { date: "2024-09-01", kind: "NGHI", note: "Quốc khánh (Chủ nhật, nghỉ hằng tuần liền kề)" },
  { date: "2024-09-02", kind: "NGHI", note: "Quốc khánh 2/9" },
  { date: "2024-09-03", kind: "NGHI", note: "Quốc khánh (ngày liền kề sau 2/9)" },
  { date: "2025-01-01", kind: "NGHI", note: "Tết Dương lịch (1 ngày, thứ Tư, không hoán đổi)" },
  { date: "2025-01-25", kind: "NGHI", note: "Tết Nguyên đán Ất Tỵ — 26 tháng Chạp (thứ Bảy, nghỉ hằng tuần trong đợt nghỉ); CV 8726/VPCP-KGVX ngày 26/11/2024: nghỉ 25/01–02/02/2025, không có ngày làm bù" },
  { date: "2025-01-26", kind: "NGHI", note: "Tết Nguyên đán Ất Tỵ — 27 tháng Chạp (Chủ nhật, nghỉ hằng tuần trong đợt nghỉ); CV 8726/VPCP-KGVX ngày 26/11/2024: nghỉ 25/01–02/02/2025, không có ngày làm bù" },
  { date: "2025-01-27", kind: "NGHI", note: "Tết Nguyên đán Ất Tỵ — 28 tháng Chạp; CV 8726/VPCP-KGVX ngày 26/11/2024: nghỉ 25/01–02/02/2025, không có ngày làm bù" },
  { date: "2025-01-28", kind: "NGHI", note: "Tết Nguyên đán Ất Tỵ — 29 tháng Chạp (giao thừa); CV 8726/VPCP-KGVX ngày 26/11/2024: nghỉ 25/01–02/02/2025, không có ngày làm bù" },
  { date: "2025-01-29", kind: "NGHI", note: "Tết Nguyên đán Ất Tỵ — mùng 1 tháng Giêng; CV 8726/VPCP-KGVX ngày 26/11/2024: nghỉ 25/01–02/02/2025, không có ngày làm bù" },
  { date: "2025-01-30", kind: "NGHI", note: "Tết Nguyên đán Ất Tỵ — mùng 2 tháng Giêng; CV 8726/VPCP-KGVX ngày 26/11/2024: nghỉ 25/01–02/02/2025, không có ngày làm bù" },
  { date: "2025-01-31", kind: "NGHI", note: "Tết Nguyên đán Ất Tỵ — mùng 3 tháng Giêng; CV 8726/VPCP-KGVX ngày 26/11/2024: nghỉ 25/01–02/02/2025, không có ngày làm bù" },
  { date: "2025-02-01", kind: "NGHI", note: "Tết Nguyên đán Ất Tỵ — mùng 4 tháng Giêng (thứ Bảy, nghỉ hằng tuần trong đợt nghỉ); CV 8726/VPCP-KGVX ngày 26/11/2024: nghỉ 25/01–02/02/2025, không có ngày làm bù" },
  { date: "2025-02-02", kind: "NGHI", note: "Tết Nguyên đán Ất Tỵ — mùng 5 tháng Giêng (Chủ nhật, nghỉ hằng tuần trong đợt nghỉ); CV 8726/VPCP-KGVX ngày 26/11/2024: nghỉ 25/01–02/02/2025, không có ngày làm bù" },
  { date: "2025-04-05", kind: "NGHI", note: "Giỗ Tổ Hùng Vương (thứ Bảy, nghỉ hằng tuần liền kề)" },
  { date: "2025-04-06", kind: "NGHI", note: "Giỗ Tổ Hùng Vương (Chủ nhật, nghỉ hằng tuần liền kề)" },
  { date: "2025-04-07", kind: "NGHI", note: "Giỗ Tổ Hùng Vương (10/3 âm lịch)" },
  { date: "2025-04-26", kind: "LAMBU", note: "Làm bù cho ngày nghỉ hoán đổi thứ Sáu 02/5/2025; TTg đồng ý đề xuất của Bộ LĐTBXH (cùng đợt CV 8726/VPCP-KGVX ngày 26/11/2024; số hiệu riêng chưa xác minh)" },
  { date: "2025-04-30", kind: "NGHI", note: "Ngày Chiến thắng 30/4; nghỉ 30/04–04/05/2025" },
  { date: "2025-05-01", kind: "NGHI", note: "Ngày Quốc tế Lao động 1/5" },
  { date: "2025-05-02", kind: "NGHI", note: "Nghỉ hoán đổi (thứ Sáu 2/5 đổi sang làm thứ Bảy 26/4)" },
  { date: "2025-05-03", kind: "NGHI", note: "Nghỉ 30/4–1/5 (thứ Bảy, nghỉ hằng tuần)" },
  { date: "2025-05-04", kind: "NGHI", note: "Nghỉ 30/4–1/5 (Chủ nhật, nghỉ hằng tuần)" },
  { date: "2025-08-30", kind: "NGHI", note: "Quốc khánh (thứ Bảy, nghỉ hằng tuần liền kề); CV 8726/VPCP-KGVX ngày 26/11/2024: nghỉ 30/08–02/09/2025, không có ngày nghỉ thêm" },
  { date: "2025-08-31", kind: "NGHI", note: "Quốc khánh (Chủ nhật, nghỉ hằng tuần liền kề)" },
  { date: "2025-09-01", kind: "NGHI", note: "Quốc khánh (ngày liền kề trước 2/9)" },
  { date: "2025-09-02", kind: "NGHI", note: "Quốc khánh 2/9" },
  { date: "2026-01-01", kind: "NGHI", note: "Tết Dương lịch; CV 12729/VPCP-KGVX ngày 25/12/2025: nghỉ 01/01–04/01/2026" },
  { date: "2026-01-02", kind: "NGHI", note: "Nghỉ hoán đổi Tết Dương lịch (thứ Sáu 2/1 đổi sang làm thứ Bảy 10/1)" },
  { date: "2026-01-03", kind: "NGHI", note: "Tết Dương lịch (thứ Bảy, nghỉ hằng tuần)" },
  { date: "2026-01-04", kind: "NGHI", note: "Tết Dương lịch (Chủ nhật, nghỉ hằng tuần)" },
  { date: "2026-01-10", kind: "LAMBU", note: "Làm bù cho ngày nghỉ hoán đổi thứ Sáu 02/01/2026; CV 12729/VPCP-KGVX ngày 25/12/2025" },
  { date: "2026-02-14", kind: "NGHI", note: "Tết Nguyên đán Bính Ngọ — 27 tháng Chạp (thứ Bảy, nghỉ hằng tuần trong đợt nghỉ); VPCP truyền đạt ý kiến TTg (10/2025) theo đề xuất Bộ Nội vụ (số hiệu chưa xác minh): nghỉ 14/02–22/02/2026" },
  { date: "2026-02-15", kind: "NGHI", note: "Tết Nguyên đán Bính Ngọ — 28 tháng Chạp (Chủ nhật, nghỉ hằng tuần trong đợt nghỉ); VPCP truyền đạt ý kiến TTg (10/2025) theo đề xuất Bộ Nội vụ (số hiệu chưa xác minh): nghỉ 14/02–22/02/2026" },
  { date: "2026-02-16", kind: "NGHI", note: "Tết Nguyên đán Bính Ngọ — 29 tháng Chạp (giao thừa); VPCP truyền đạt ý kiến TTg (10/2025) theo đề xuất Bộ Nội vụ (số hiệu chưa xác minh): nghỉ 14/02–22/02/2026" },
  { date: "2026-02-17", kind: "NGHI", note: "Tết Nguyên đán Bính Ngọ — mùng 1 tháng Giêng; VPCP truyền đạt ý kiến TTg (10/2025) theo đề xuất Bộ Nội vụ (số hiệu chưa xác minh): nghỉ 14/02–22/02/2026" },
  { date: "2026-02-18", kind: "NGHI", note: "Tết Nguyên đán Bính Ngọ — mùng 2 tháng Giêng; VPCP truyền đạt ý kiến TTg (10/2025) theo đề xuất Bộ Nội vụ (số hiệu chưa xác minh): nghỉ 14/02–22/02/2026" },
  { date: "2026-02-19", kind: "NGHI", note: "Tết Nguyên đán Bính Ngọ — mùng 3 tháng Giêng; VPCP truyền đạt ý kiến TTg (10/2025) theo đề xuất Bộ Nội vụ (số hiệu chưa xác minh): nghỉ 14/02–22/02/2026" },
  { date: "2026-02-20", kind: "NGHI", note: "Tết Nguyên đán Bính Ngọ — mùng 4 tháng Giêng; VPCP truyền đạt ý kiến TTg (10/2025) theo đề xuất Bộ Nội vụ (số hiệu chưa xác minh): nghỉ 14/02–22/02/2026" },
  { date: "2026-02-21", kind: "NGHI", note: "Tết Nguyên đán Bính Ngọ — mùng 5 tháng Giêng (thứ Bảy, nghỉ hằng tuần trong đợt nghỉ); VPCP truyền đạt ý kiến TTg (10/2025) theo đề xuất Bộ Nội vụ (số hiệu chưa xác minh): nghỉ 14/02–22/02/2026" },
  { date: "2026-02-22", kind: "NGHI", note: "Tết Nguyên đán Bính Ngọ — mùng 6 tháng Giêng (Chủ nhật, nghỉ hằng tuần trong đợt nghỉ); VPCP truyền đạt ý kiến TTg (10/2025) theo đề xuất Bộ Nội vụ (số hiệu chưa xác minh): nghỉ 14/02–22/02/2026" },
  { date: "2026-04-25", kind: "NGHI", note: "Giỗ Tổ Hùng Vương (thứ Bảy, nghỉ hằng tuần liền kề)" },
  { date: "2026-04-26", kind: "NGHI", note: "Giỗ Tổ Hùng Vương (10/3 âm lịch, Chủ nhật)" },
  { date: "2026-04-27", kind: "NGHI", note: "Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ nhật)" },
  { date: "2026-04-30", kind: "NGHI", note: "Ngày Chiến thắng 30/4 (không hoán đổi)" },
  { date: "2026-05-01", kind: "NGHI", note: "Ngày Quốc tế Lao động 1/5" },
  { date: "2026-05-02", kind: "NGHI", note: "Nghỉ 30/4–1/5 (thứ Bảy, nghỉ hằng tuần liền kề)" },
  { date: "2026-05-03", kind: "NGHI", note: "Nghỉ 30/4–1/5 (Chủ nhật, nghỉ hằng tuần liền kề)" },
  { date: "2026-08-22", kind: "LAMBU", note: "Làm bù cho ngày nghỉ hoán đổi thứ Hai 31/8/2026; VPCP truyền đạt ý kiến TTg (10/2025) theo đề xuất Bộ Nội vụ (số hiệu chưa xác minh)" },
  { date: "2026-08-29", kind: "NGHI", note: "Quốc khánh (thứ Bảy, nghỉ hằng tuần); VPCP truyền đạt ý kiến TTg (10/2025) theo đề xuất Bộ Nội vụ (số hiệu chưa xác minh): nghỉ 29/08–02/09/2026" },
  { date: "2026-08-30", kind: "NGHI", note: "Quốc khánh (Chủ nhật, nghỉ hằng tuần)" },
  { date: "2026-08-31", kind: "NGHI", note: "Nghỉ hoán đổi Quốc khánh (thứ Hai 31/8 đổi sang làm thứ Bảy 22/8)" },
  { date: "2026-09-01", kind: "NGHI", note: "Quốc khánh (ngày liền kề trước 2/9)" },
  { date: "2026-09-02", kind: "NGHI", note: "Quốc khánh 2/9" },
];

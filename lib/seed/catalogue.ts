/**
 * TTHC Dashboard — danh mục tham chiếu DỮ LIỆU DEMO (seed catalogue).
 *
 * CẢNH BÁO: Đây là dữ liệu minh họa cho một tỉnh GIẢ LẬP vùng Đồng bằng sông Cửu Long,
 * KHÔNG phải danh mục thủ tục hành chính chính thức. Tên thủ tục phỏng theo danh mục quốc gia
 * nhưng mã thủ tục, mã lĩnh vực, thời hạn giải quyết, cấp thực hiện, mức độ dịch vụ công trực tuyến
 * và lệ phí chỉ mang tính minh họa (một số mã có thể trùng mã thật nhưng không được kiểm chứng).
 * Tên huyện, xã, phường, đặc khu là hư cấu (có thể trùng ngẫu nhiên với địa danh thật).
 * Không dùng để tra cứu, công khai hay báo cáo chính thức.
 *
 * Illustrative demo data only — not an official catalogue. All codes/times/levels are plausible
 * placeholders for a simulated province.
 *
 * Bối cảnh mô phỏng:
 *  - Sắp xếp các sở theo Nghị định 45/2025/NĐ-CP (các sở hợp nhất hoạt động từ 01/3/2025):
 *    Sở TN&MT + Sở NN&PTNT -> Sở Nông nghiệp và Môi trường; Sở KH&ĐT -> Sở Tài chính;
 *    Sở GTVT -> Sở Xây dựng; Sở LĐTBXH -> Sở Nội vụ (giáo dục nghề nghiệp -> Sở GD&ĐT,
 *    bảo trợ xã hội, trẻ em -> Sở Y tế); Sở TT&TT -> Sở KH&CN; Ban Dân tộc + mảng tôn giáo của
 *    Sở Nội vụ -> Sở Dân tộc và Tôn giáo. Sát hạch, cấp giấy phép lái xe chuyển sang Công an tỉnh.
 *    Cục Thuế tỉnh -> Thuế tỉnh (ngành dọc).
 *  - Từ 01/7/2025 chính quyền địa phương hai cấp: cấp huyện chấm dứt hoạt động, thủ tục cấp huyện
 *    chủ yếu chuyển về cấp xã hoặc cấp sở. Trong PROCEDURES.levels, "HUYEN" được giữ lại để đánh dấu
 *    thủ tục trước 01/7/2025 do cấp huyện giải quyết (dùng cho dữ liệu lịch sử); các cấp còn lại là
 *    cấp thẩm quyền hiện hành. Với cơ quan ngành dọc (Công an, Thuế, BHXH) "SO" = cấp tỉnh,
 *    "XA" = cấp xã/cơ sở, "HUYEN" = cấp huyện cũ.
 *  - legalDays: số ngày làm việc theo quy định (0.5 = trong ngày).
 *  - Lĩnh vực Đất đai gán cho Văn phòng Đăng ký đất đai (đơn vị thuộc Sở Nông nghiệp và Môi trường)
 *    vì đây là đơn vị trực tiếp giải quyết hồ sơ đất đai ở cấp tỉnh.
 *
 * Pure data: no imports, no functions.
 */

export type Level = "TINH" | "SO" | "HUYEN" | "XA" | "CHINHANH" | "NGANHDOC";
export type OnlineLevel = "TOAN_TRINH" | "MOT_PHAN" | "KHONG";

/** Provincial departments and centres AFTER 1 July 2025. key is a stable short slug. */
export interface DepartmentSpec {
  /** formed on 1/3/2025 by merging the former departments that name it as successor */
  createdByMerger?: true;
  key: string;
  name: string;
  level: "SO" | "NGANHDOC" | "CHINHANH";
  parentKey?: string;
  /** relative dossier volume weight, land registration highest */
  volume: number;
}

/** Departments that existed before the 2025 reorganisation and were merged. successorKey -> DEPARTMENTS.key */
export interface FormerDepartmentSpec {
  key: string;
  name: string;
  successorKey: string;
  volume: number;
}

/** Lĩnh vực. departmentKey -> DEPARTMENTS.key; formerDepartmentKey -> FORMER_DEPARTMENTS.key */
export interface FieldSpec {
  code: string;
  name: string;
  departmentKey: string;
  formerDepartmentKey?: string;
}

export interface ProcedureSpec {
  code: string;
  name: string;
  fieldCode: string;
  legalDays: number;
  levels: readonly ("TINH" | "SO" | "HUYEN" | "XA")[];
  onlineLevel: OnlineLevel;
  hasFees: boolean;
}

export const DEPARTMENTS: readonly DepartmentSpec[] = [
  { key: "snv", createdByMerger: true, name: "Sở Nội vụ", level: "SO", volume: 45 },
  { key: "stp", name: "Sở Tư pháp", level: "SO", volume: 55 },
  { key: "stc", name: "Sở Tài chính", level: "SO", volume: 60 },
  { key: "sct", name: "Sở Công Thương", level: "SO", volume: 25 },
  { key: "snnmt", createdByMerger: true, name: "Sở Nông nghiệp và Môi trường", level: "SO", volume: 70 },
  { key: "sxd", name: "Sở Xây dựng", level: "SO", volume: 50 },
  { key: "skhcn", name: "Sở Khoa học và Công nghệ", level: "SO", volume: 10 },
  { key: "svhttdl", name: "Sở Văn hóa, Thể thao và Du lịch", level: "SO", volume: 12 },
  { key: "sgddt", name: "Sở Giáo dục và Đào tạo", level: "SO", volume: 30 },
  { key: "syt", name: "Sở Y tế", level: "SO", volume: 40 },
  { key: "sdttg", createdByMerger: true, name: "Sở Dân tộc và Tôn giáo", level: "SO", volume: 5 },
  { key: "tttinh", name: "Thanh tra tỉnh", level: "SO", volume: 4 },
  { key: "vpubnd", name: "Văn phòng Ủy ban nhân dân tỉnh", level: "SO", volume: 6 },
  { key: "bqlkkt", name: "Ban Quản lý các khu kinh tế tỉnh", level: "SO", volume: 8 },
  { key: "ttpvhcc", name: "Trung tâm Phục vụ hành chính công tỉnh", level: "SO", parentKey: "vpubnd", volume: 20 },
  { key: "vpdkdd", name: "Văn phòng Đăng ký đất đai tỉnh", level: "SO", parentKey: "snnmt", volume: 100 },
  { key: "cnvpdk_longgiang", name: "Chi nhánh Văn phòng Đăng ký đất đai khu vực Long Giang", level: "CHINHANH", parentKey: "vpdkdd", volume: 85 },
  { key: "cnvpdk_hoaan", name: "Chi nhánh Văn phòng Đăng ký đất đai khu vực Hòa An", level: "CHINHANH", parentKey: "vpdkdd", volume: 60 },
  { key: "cnvpdk_vinhxuan", name: "Chi nhánh Văn phòng Đăng ký đất đai khu vực Vĩnh Xuân", level: "CHINHANH", parentKey: "vpdkdd", volume: 55 },
  { key: "ca", name: "Công an tỉnh", level: "NGANHDOC", volume: 70 },
  { key: "thue", createdByMerger: true, name: "Thuế tỉnh", level: "NGANHDOC", volume: 35 },
  { key: "bhxh", name: "Bảo hiểm xã hội tỉnh", level: "NGANHDOC", volume: 40 },
];

export const FORMER_DEPARTMENTS: readonly FormerDepartmentSpec[] = [
  { key: "stnmt", name: "Sở Tài nguyên và Môi trường", successorKey: "snnmt", volume: 65 },
  { key: "snnptnt", name: "Sở Nông nghiệp và Phát triển nông thôn", successorKey: "snnmt", volume: 20 },
  { key: "skhdt", name: "Sở Kế hoạch và Đầu tư", successorKey: "stc", volume: 45 },
  { key: "sgtvt", name: "Sở Giao thông vận tải", successorKey: "sxd", volume: 40 },
  { key: "sldtbxh", name: "Sở Lao động - Thương binh và Xã hội", successorKey: "snv", volume: 35 },
  { key: "snv_cu", name: "Sở Nội vụ (trước hợp nhất)", successorKey: "snv", volume: 8 },
  { key: "stttt", name: "Sở Thông tin và Truyền thông", successorKey: "skhcn", volume: 6 },
  { key: "bdt", name: "Ban Dân tộc tỉnh", successorKey: "sdttg", volume: 4 },
  { key: "cucthue", name: "Cục Thuế tỉnh", successorKey: "thue", volume: 30 },
];

/** Historic districts, all abolished on 1/7/2025 (fictional names). */
export const DISTRICTS: readonly { key: string; name: string }[] = [
  { key: "tp_longgiang", name: "Thành phố Long Giang" },
  { key: "tx_hoaan", name: "Thị xã Hòa An" },
  { key: "h_myloi", name: "Huyện Mỹ Lợi" },
  { key: "h_phuocthanh", name: "Huyện Phước Thạnh" },
  { key: "h_tankhanh", name: "Huyện Tân Khánh" },
  { key: "h_vinhxuan", name: "Huyện Vĩnh Xuân" },
  { key: "h_rachsen", name: "Huyện Rạch Sen" },
  { key: "h_thanhphong", name: "Huyện Thạnh Phong" },
  { key: "h_antruong", name: "Huyện An Trường" },
  { key: "h_hongoc", name: "Huyện đảo Hòn Ngọc" },
];

/** Communes / wards / special zones after 1/7/2025 (fictional names). */
export const COMMUNES: readonly { key: string; name: string; formerDistrictKey: string }[] = [
  // Thành phố Long Giang
  { key: "p_longgiang", name: "Phường Long Giang", formerDistrictKey: "tp_longgiang" },
  { key: "p_longchau", name: "Phường Long Châu", formerDistrictKey: "tp_longgiang" },
  { key: "p_tanan", name: "Phường Tân An", formerDistrictKey: "tp_longgiang" },
  { key: "p_anhoi", name: "Phường An Hội", formerDistrictKey: "tp_longgiang" },
  { key: "p_binhkhanh", name: "Phường Bình Khánh", formerDistrictKey: "tp_longgiang" },
  { key: "p_myphuoc", name: "Phường Mỹ Phước", formerDistrictKey: "tp_longgiang" },
  { key: "p_phuthanh", name: "Phường Phú Thạnh", formerDistrictKey: "tp_longgiang" },
  { key: "p_hungloi", name: "Phường Hưng Lợi", formerDistrictKey: "tp_longgiang" },
  { key: "p_caison", name: "Phường Cái Sơn", formerDistrictKey: "tp_longgiang" },
  { key: "p_tanloc", name: "Phường Tân Lộc", formerDistrictKey: "tp_longgiang" },
  { key: "p_vinhtruong", name: "Phường Vĩnh Trường", formerDistrictKey: "tp_longgiang" },
  { key: "p_longtuyen", name: "Phường Long Tuyền", formerDistrictKey: "tp_longgiang" },
  { key: "p_longhoa", name: "Phường Long Hòa", formerDistrictKey: "tp_longgiang" },
  { key: "x_mykhanh", name: "Xã Mỹ Khánh", formerDistrictKey: "tp_longgiang" },
  // Thị xã Hòa An
  { key: "p_hoaan", name: "Phường Hòa An", formerDistrictKey: "tx_hoaan" },
  { key: "p_hoathuan", name: "Phường Hòa Thuận", formerDistrictKey: "tx_hoaan" },
  { key: "p_anlac", name: "Phường An Lạc", formerDistrictKey: "tx_hoaan" },
  { key: "p_binhminh", name: "Phường Bình Minh", formerDistrictKey: "tx_hoaan" },
  { key: "p_thuanan", name: "Phường Thuận An", formerDistrictKey: "tx_hoaan" },
  { key: "x_hoaloi", name: "Xã Hòa Lợi", formerDistrictKey: "tx_hoaan" },
  { key: "x_dongthanh", name: "Xã Đông Thạnh", formerDistrictKey: "tx_hoaan" },
  { key: "x_myhoa", name: "Xã Mỹ Hòa", formerDistrictKey: "tx_hoaan" },
  { key: "x_tanquoi", name: "Xã Tân Quới", formerDistrictKey: "tx_hoaan" },
  { key: "x_dongbinh", name: "Xã Đông Bình", formerDistrictKey: "tx_hoaan" },
  // Huyện Mỹ Lợi
  { key: "x_myloi", name: "Xã Mỹ Lợi", formerDistrictKey: "h_myloi" },
  { key: "x_mythuan", name: "Xã Mỹ Thuận", formerDistrictKey: "h_myloi" },
  { key: "x_myhiep", name: "Xã Mỹ Hiệp", formerDistrictKey: "h_myloi" },
  { key: "x_myan", name: "Xã Mỹ An", formerDistrictKey: "h_myloi" },
  { key: "x_thienmy", name: "Xã Thiện Mỹ", formerDistrictKey: "h_myloi" },
  { key: "x_phumy", name: "Xã Phú Mỹ", formerDistrictKey: "h_myloi" },
  { key: "x_hungmy", name: "Xã Hưng Mỹ", formerDistrictKey: "h_myloi" },
  { key: "x_mylong", name: "Xã Mỹ Long", formerDistrictKey: "h_myloi" },
  { key: "x_tanmy", name: "Xã Tân Mỹ", formerDistrictKey: "h_myloi" },
  { key: "x_myxuyendong", name: "Xã Mỹ Xuyên Đông", formerDistrictKey: "h_myloi" },
  { key: "x_anhiep", name: "Xã An Hiệp", formerDistrictKey: "h_myloi" },
  // Huyện Phước Thạnh
  { key: "x_phuocthanh", name: "Xã Phước Thạnh", formerDistrictKey: "h_phuocthanh" },
  { key: "x_phuoclong", name: "Xã Phước Long", formerDistrictKey: "h_phuocthanh" },
  { key: "x_phuochau", name: "Xã Phước Hậu", formerDistrictKey: "h_phuocthanh" },
  { key: "x_thanhphu", name: "Xã Thạnh Phú", formerDistrictKey: "h_phuocthanh" },
  { key: "x_thanhloi", name: "Xã Thạnh Lợi", formerDistrictKey: "h_phuocthanh" },
  { key: "x_thanhtri", name: "Xã Thạnh Trị", formerDistrictKey: "h_phuocthanh" },
  { key: "x_tanphuoc", name: "Xã Tân Phước", formerDistrictKey: "h_phuocthanh" },
  { key: "x_longphuoc", name: "Xã Long Phước", formerDistrictKey: "h_phuocthanh" },
  { key: "x_phuochung", name: "Xã Phước Hưng", formerDistrictKey: "h_phuocthanh" },
  { key: "x_binhphuoc", name: "Xã Bình Phước", formerDistrictKey: "h_phuocthanh" },
  { key: "x_phuocthoi", name: "Xã Phước Thới", formerDistrictKey: "h_phuocthanh" },
  // Huyện Tân Khánh
  { key: "x_tankhanh", name: "Xã Tân Khánh", formerDistrictKey: "h_tankhanh" },
  { key: "x_tanhoa", name: "Xã Tân Hòa", formerDistrictKey: "h_tankhanh" },
  { key: "x_tanthanh", name: "Xã Tân Thành", formerDistrictKey: "h_tankhanh" },
  { key: "x_tanphu", name: "Xã Tân Phú", formerDistrictKey: "h_tankhanh" },
  { key: "x_tanhung", name: "Xã Tân Hưng", formerDistrictKey: "h_tankhanh" },
  { key: "x_khanhhung", name: "Xã Khánh Hưng", formerDistrictKey: "h_tankhanh" },
  { key: "x_khanhan", name: "Xã Khánh An", formerDistrictKey: "h_tankhanh" },
  { key: "x_khanhbinh", name: "Xã Khánh Bình", formerDistrictKey: "h_tankhanh" },
  { key: "x_tanlap", name: "Xã Tân Lập", formerDistrictKey: "h_tankhanh" },
  { key: "x_phutan", name: "Xã Phú Tân", formerDistrictKey: "h_tankhanh" },
  { key: "x_tanhiep", name: "Xã Tân Hiệp", formerDistrictKey: "h_tankhanh" },
  // Huyện Vĩnh Xuân
  { key: "x_vinhxuan", name: "Xã Vĩnh Xuân", formerDistrictKey: "h_vinhxuan" },
  { key: "x_vinhloi", name: "Xã Vĩnh Lợi", formerDistrictKey: "h_vinhxuan" },
  { key: "x_vinhhoa", name: "Xã Vĩnh Hòa", formerDistrictKey: "h_vinhxuan" },
  { key: "x_vinhphu", name: "Xã Vĩnh Phú", formerDistrictKey: "h_vinhxuan" },
  { key: "x_vinhthanh", name: "Xã Vĩnh Thạnh", formerDistrictKey: "h_vinhxuan" },
  { key: "x_vinhbinh", name: "Xã Vĩnh Bình", formerDistrictKey: "h_vinhxuan" },
  { key: "x_xuanhiep", name: "Xã Xuân Hiệp", formerDistrictKey: "h_vinhxuan" },
  { key: "x_xuanthanh", name: "Xã Xuân Thạnh", formerDistrictKey: "h_vinhxuan" },
  { key: "x_trungthanh", name: "Xã Trung Thành", formerDistrictKey: "h_vinhxuan" },
  { key: "x_vinhtrung", name: "Xã Vĩnh Trung", formerDistrictKey: "h_vinhxuan" },
  { key: "x_vinhtan", name: "Xã Vĩnh Tân", formerDistrictKey: "h_vinhxuan" },
  // Huyện Rạch Sen
  { key: "x_rachsen", name: "Xã Rạch Sen", formerDistrictKey: "h_rachsen" },
  { key: "x_kinhcung", name: "Xã Kinh Cùng", formerDistrictKey: "h_rachsen" },
  { key: "x_hoatu", name: "Xã Hòa Tú", formerDistrictKey: "h_rachsen" },
  { key: "x_ngocto", name: "Xã Ngọc Tố", formerDistrictKey: "h_rachsen" },
  { key: "x_giahoa", name: "Xã Gia Hòa", formerDistrictKey: "h_rachsen" },
  { key: "x_lichhoi", name: "Xã Lịch Hội", formerDistrictKey: "h_rachsen" },
  { key: "x_lieutu", name: "Xã Liêu Tú", formerDistrictKey: "h_rachsen" },
  { key: "x_thamdon", name: "Xã Tham Đôn", formerDistrictKey: "h_rachsen" },
  { key: "x_daian", name: "Xã Đại Ân", formerDistrictKey: "h_rachsen" },
  { key: "x_trungbinh", name: "Xã Trung Bình", formerDistrictKey: "h_rachsen" },
  // Huyện Thạnh Phong
  { key: "x_thanhphong", name: "Xã Thạnh Phong", formerDistrictKey: "h_thanhphong" },
  { key: "x_thanhhai", name: "Xã Thạnh Hải", formerDistrictKey: "h_thanhphong" },
  { key: "x_thanhhoa", name: "Xã Thạnh Hòa", formerDistrictKey: "h_thanhphong" },
  { key: "x_giaothanh", name: "Xã Giao Thạnh", formerDistrictKey: "h_thanhphong" },
  { key: "x_anthuan", name: "Xã An Thuận", formerDistrictKey: "h_thanhphong" },
  { key: "x_andien", name: "Xã An Điền", formerDistrictKey: "h_thanhphong" },
  { key: "x_binhthanh", name: "Xã Bình Thạnh", formerDistrictKey: "h_thanhphong" },
  { key: "x_thanhphuoc", name: "Xã Thạnh Phước", formerDistrictKey: "h_thanhphong" },
  { key: "x_annhon", name: "Xã An Nhơn", formerDistrictKey: "h_thanhphong" },
  { key: "x_daidien", name: "Xã Đại Điền", formerDistrictKey: "h_thanhphong" },
  { key: "x_thanhthoian", name: "Xã Thạnh Thới An", formerDistrictKey: "h_thanhphong" },
  // Huyện An Trường
  { key: "x_antruong", name: "Xã An Trường", formerDistrictKey: "h_antruong" },
  { key: "x_truonglong", name: "Xã Trường Long", formerDistrictKey: "h_antruong" },
  { key: "x_truongxuan", name: "Xã Trường Xuân", formerDistrictKey: "h_antruong" },
  { key: "x_tanbinh", name: "Xã Tân Bình", formerDistrictKey: "h_antruong" },
  { key: "x_hoaloc", name: "Xã Hòa Lộc", formerDistrictKey: "h_antruong" },
  { key: "x_anphutan", name: "Xã An Phú Tân", formerDistrictKey: "h_antruong" },
  { key: "x_donchau", name: "Xã Đôn Châu", formerDistrictKey: "h_antruong" },
  { key: "x_daiphuoc", name: "Xã Đại Phước", formerDistrictKey: "h_antruong" },
  { key: "x_longhuu", name: "Xã Long Hữu", formerDistrictKey: "h_antruong" },
  { key: "x_ngulac", name: "Xã Ngũ Lạc", formerDistrictKey: "h_antruong" },
  // Huyện đảo Hòn Ngọc
  { key: "dk_honngoc", name: "Đặc khu Hòn Ngọc", formerDistrictKey: "h_hongoc" },
];

export const FIELDS: readonly FieldSpec[] = [
  { code: "G09-TN01", name: "Đất đai", departmentKey: "vpdkdd", formerDepartmentKey: "stnmt" },
  { code: "G09-TN02", name: "Môi trường", departmentKey: "snnmt", formerDepartmentKey: "stnmt" },
  { code: "G09-TN03", name: "Tài nguyên nước", departmentKey: "snnmt", formerDepartmentKey: "stnmt" },
  { code: "G09-TN04", name: "Địa chất và khoáng sản", departmentKey: "snnmt", formerDepartmentKey: "stnmt" },
  { code: "G09-NN01", name: "Trồng trọt và bảo vệ thực vật", departmentKey: "snnmt", formerDepartmentKey: "snnptnt" },
  { code: "G09-NN02", name: "Chăn nuôi và thú y", departmentKey: "snnmt", formerDepartmentKey: "snnptnt" },
  { code: "G09-NN03", name: "Thủy sản", departmentKey: "snnmt", formerDepartmentKey: "snnptnt" },
  { code: "G09-KH01", name: "Thành lập và hoạt động của doanh nghiệp", departmentKey: "stc", formerDepartmentKey: "skhdt" },
  { code: "G09-KH02", name: "Thành lập và hoạt động của hộ kinh doanh", departmentKey: "stc", formerDepartmentKey: "skhdt" },
  { code: "G09-KH03", name: "Đầu tư tại Việt Nam", departmentKey: "stc", formerDepartmentKey: "skhdt" },
  { code: "G09-KH04", name: "Thành lập và hoạt động của hợp tác xã", departmentKey: "stc", formerDepartmentKey: "skhdt" },
  { code: "G09-XD01", name: "Hoạt động xây dựng", departmentKey: "sxd" },
  { code: "G09-XD02", name: "Nhà ở và thị trường bất động sản", departmentKey: "sxd" },
  { code: "G09-GT01", name: "Đường bộ", departmentKey: "sxd", formerDepartmentKey: "sgtvt" },
  { code: "G09-GT02", name: "Đường thủy nội địa", departmentKey: "sxd", formerDepartmentKey: "sgtvt" },
  { code: "G09-TP01", name: "Hộ tịch", departmentKey: "stp" },
  { code: "G09-TP02", name: "Chứng thực", departmentKey: "stp" },
  { code: "G09-TP03", name: "Lý lịch tư pháp", departmentKey: "stp" },
  { code: "G09-TP04", name: "Công chứng", departmentKey: "stp" },
  { code: "G09-TP05", name: "Nuôi con nuôi", departmentKey: "stp" },
  { code: "G09-LD01", name: "Việc làm", departmentKey: "snv", formerDepartmentKey: "sldtbxh" },
  { code: "G09-LD02", name: "Lao động, tiền lương và quan hệ lao động", departmentKey: "snv", formerDepartmentKey: "sldtbxh" },
  { code: "G09-LD03", name: "Người có công", departmentKey: "snv", formerDepartmentKey: "sldtbxh" },
  { code: "G09-NV01", name: "Thi đua, khen thưởng", departmentKey: "snv" },
  { code: "G09-YT01", name: "Khám bệnh, chữa bệnh", departmentKey: "syt" },
  { code: "G09-YT02", name: "Dược phẩm", departmentKey: "syt" },
  { code: "G09-YT03", name: "An toàn thực phẩm và dinh dưỡng", departmentKey: "syt" },
  { code: "G09-LD04", name: "Bảo trợ xã hội", departmentKey: "syt", formerDepartmentKey: "sldtbxh" },
  { code: "G09-GD01", name: "Giáo dục và Đào tạo thuộc hệ thống giáo dục quốc dân", departmentKey: "sgddt" },
  { code: "G09-LD05", name: "Giáo dục nghề nghiệp", departmentKey: "sgddt", formerDepartmentKey: "sldtbxh" },
  { code: "G09-KC01", name: "Hoạt động khoa học và công nghệ", departmentKey: "skhcn" },
  { code: "G09-KC02", name: "Tiêu chuẩn, đo lường, chất lượng", departmentKey: "skhcn" },
  { code: "G09-TT01", name: "Bưu chính", departmentKey: "skhcn", formerDepartmentKey: "stttt" },
  { code: "G09-VH01", name: "Văn hóa cơ sở", departmentKey: "svhttdl" },
  { code: "G09-VH02", name: "Du lịch", departmentKey: "svhttdl" },
  { code: "G09-VH03", name: "Thể dục, thể thao", departmentKey: "svhttdl" },
  { code: "G09-CT01", name: "Lưu thông hàng hóa trong nước", departmentKey: "sct" },
  { code: "G09-CT02", name: "Điện", departmentKey: "sct" },
  { code: "G09-CT03", name: "Hóa chất và vật liệu nổ công nghiệp", departmentKey: "sct" },
  { code: "G09-TG01", name: "Tín ngưỡng, tôn giáo", departmentKey: "sdttg", formerDepartmentKey: "snv_cu" },
  { code: "G09-DT01", name: "Công tác dân tộc", departmentKey: "sdttg", formerDepartmentKey: "bdt" },
  { code: "G09-TTR01", name: "Giải quyết khiếu nại", departmentKey: "tttinh" },
  { code: "G09-TTR02", name: "Giải quyết tố cáo", departmentKey: "tttinh" },
  { code: "G09-CA01", name: "Đăng ký, quản lý cư trú", departmentKey: "ca" },
  { code: "G09-CA02", name: "Căn cước và định danh điện tử", departmentKey: "ca" },
  { code: "G09-CA03", name: "Đăng ký, quản lý phương tiện giao thông cơ giới đường bộ", departmentKey: "ca" },
  { code: "G09-CA04", name: "Sát hạch, cấp giấy phép lái xe", departmentKey: "ca", formerDepartmentKey: "sgtvt" },
  { code: "G09-TH01", name: "Quản lý thuế", departmentKey: "thue", formerDepartmentKey: "cucthue" },
  { code: "G09-BH01", name: "Bảo hiểm xã hội, bảo hiểm y tế", departmentKey: "bhxh" },
  { code: "G09-KT01", name: "Quản lý khu kinh tế, khu công nghiệp", departmentKey: "bqlkkt" },
];

export const PROCEDURES: readonly ProcedureSpec[] = [
  // G09-TN01 — Đất đai
  { code: "1.004227", name: "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", fieldCode: "G09-TN01", legalDays: 10, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.002512", name: "Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với cá nhân, cộng đồng dân cư, hộ gia đình", fieldCode: "G09-TN01", legalDays: 20, levels: ["XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.002614", name: "Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với tổ chức", fieldCode: "G09-TN01", legalDays: 20, levels: ["TINH", "SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.001631", name: "Tách thửa hoặc hợp thửa đất", fieldCode: "G09-TN01", legalDays: 15, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.005926", name: "Cấp lại Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do bị mất", fieldCode: "G09-TN01", legalDays: 10, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "2.000615", name: "Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", fieldCode: "G09-TN01", legalDays: 7, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.003734", name: "Đính chính Giấy chứng nhận đã cấp", fieldCode: "G09-TN01", legalDays: 10, levels: ["SO"], onlineLevel: "KHONG", hasFees: false },
  { code: "2.001237", name: "Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất", fieldCode: "G09-TN01", legalDays: 0.5, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.007323", name: "Xóa đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất", fieldCode: "G09-TN01", legalDays: 0.5, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.003912", name: "Chuyển mục đích sử dụng đất đối với cá nhân", fieldCode: "G09-TN01", legalDays: 15, levels: ["XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.008430", name: "Giao đất, cho thuê đất không đấu giá quyền sử dụng đất, không đấu thầu lựa chọn nhà đầu tư đối với tổ chức", fieldCode: "G09-TN01", legalDays: 20, levels: ["TINH"], onlineLevel: "KHONG", hasFees: true },
  { code: "1.005111", name: "Gia hạn sử dụng đất khi hết thời hạn sử dụng đất", fieldCode: "G09-TN01", legalDays: 7, levels: ["TINH", "XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "2.000741", name: "Cung cấp thông tin, dữ liệu đất đai", fieldCode: "G09-TN01", legalDays: 2, levels: ["SO", "XA"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "2.001406", name: "Hòa giải tranh chấp đất đai", fieldCode: "G09-TN01", legalDays: 30, levels: ["XA"], onlineLevel: "KHONG", hasFees: false },
  { code: "1.003214", name: "Giải quyết tranh chấp đất đai thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân cấp tỉnh", fieldCode: "G09-TN01", legalDays: 45, levels: ["TINH"], onlineLevel: "KHONG", hasFees: false },
  // G09-TN02 — Môi trường
  { code: "1.005360", name: "Cấp giấy phép môi trường (cấp tỉnh)", fieldCode: "G09-TN02", legalDays: 30, levels: ["TINH"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "2.000547", name: "Cấp đổi giấy phép môi trường (cấp tỉnh)", fieldCode: "G09-TN02", legalDays: 5, levels: ["TINH"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "2.001738", name: "Cấp điều chỉnh giấy phép môi trường (cấp tỉnh)", fieldCode: "G09-TN02", legalDays: 15, levels: ["TINH"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.004906", name: "Cấp giấy phép môi trường (cấp xã)", fieldCode: "G09-TN02", legalDays: 15, levels: ["XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "2.001103", name: "Thẩm định báo cáo đánh giá tác động môi trường", fieldCode: "G09-TN02", legalDays: 25, levels: ["TINH"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.004320", name: "Đăng ký môi trường", fieldCode: "G09-TN02", legalDays: 5, levels: ["XA", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "2.000989", name: "Thẩm định phương án cải tạo, phục hồi môi trường trong hoạt động khai thác khoáng sản", fieldCode: "G09-TN02", legalDays: 25, levels: ["TINH"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.009687", name: "Xác nhận hoàn thành phương án cải tạo, phục hồi môi trường trong khai thác khoáng sản", fieldCode: "G09-TN02", legalDays: 20, levels: ["TINH"], onlineLevel: "KHONG", hasFees: false },
  // G09-TN03 — Tài nguyên nước
  { code: "1.000847", name: "Cấp giấy phép thăm dò nước dưới đất đối với công trình có lưu lượng dưới 3.000 m³/ngày đêm", fieldCode: "G09-TN03", legalDays: 25, levels: ["TINH"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "2.002887", name: "Cấp giấy phép khai thác nước dưới đất đối với công trình có lưu lượng dưới 3.000 m³/ngày đêm", fieldCode: "G09-TN03", legalDays: 30, levels: ["TINH"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.004946", name: "Cấp giấy phép khai thác, sử dụng nước mặt", fieldCode: "G09-TN03", legalDays: 30, levels: ["TINH"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.009388", name: "Cấp giấy phép hành nghề khoan nước dưới đất quy mô vừa và nhỏ", fieldCode: "G09-TN03", legalDays: 10, levels: ["TINH"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.002630", name: "Đăng ký khai thác nước dưới đất", fieldCode: "G09-TN03", legalDays: 10, levels: ["XA", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: false },
  // G09-TN04 — Địa chất và khoáng sản
  { code: "1.009631", name: "Cấp giấy phép thăm dò khoáng sản", fieldCode: "G09-TN04", legalDays: 60, levels: ["TINH"], onlineLevel: "KHONG", hasFees: true },
  { code: "1.004287", name: "Cấp giấy phép khai thác khoáng sản", fieldCode: "G09-TN04", legalDays: 60, levels: ["TINH"], onlineLevel: "KHONG", hasFees: true },
  { code: "1.009319", name: "Trả lại giấy phép khai thác khoáng sản", fieldCode: "G09-TN04", legalDays: 30, levels: ["TINH"], onlineLevel: "KHONG", hasFees: false },
  { code: "1.009799", name: "Đăng ký khu vực, công suất, khối lượng, phương pháp, thiết bị và kế hoạch khai thác khoáng sản làm vật liệu xây dựng thông thường", fieldCode: "G09-TN04", legalDays: 15, levels: ["TINH"], onlineLevel: "MOT_PHAN", hasFees: false },
  // G09-NN01 — Trồng trọt và bảo vệ thực vật
  { code: "1.007614", name: "Cấp Giấy chứng nhận đủ điều kiện buôn bán phân bón", fieldCode: "G09-NN01", legalDays: 15, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "2.001740", name: "Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật", fieldCode: "G09-NN01", legalDays: 15, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "2.002985", name: "Cấp Giấy chứng nhận kiểm dịch thực vật nội địa", fieldCode: "G09-NN01", legalDays: 1, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.009343", name: "Công nhận cây đầu dòng, vườn cây đầu dòng", fieldCode: "G09-NN01", legalDays: 30, levels: ["SO"], onlineLevel: "KHONG", hasFees: true },
  { code: "1.006670", name: "Đăng ký chuyển đổi cơ cấu cây trồng trên đất trồng lúa", fieldCode: "G09-NN01", legalDays: 5, levels: ["XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: false },
  // G09-NN02 — Chăn nuôi và thú y
  { code: "2.002618", name: "Cấp Giấy chứng nhận đủ điều kiện chăn nuôi đối với chăn nuôi trang trại quy mô lớn", fieldCode: "G09-NN02", legalDays: 20, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "2.001671", name: "Cấp Giấy chứng nhận đủ điều kiện vệ sinh thú y", fieldCode: "G09-NN02", legalDays: 10, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.004601", name: "Cấp Giấy chứng nhận kiểm dịch động vật, sản phẩm động vật vận chuyển ra khỏi địa bàn cấp tỉnh", fieldCode: "G09-NN02", legalDays: 1, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "2.000802", name: "Cấp chứng chỉ hành nghề thú y", fieldCode: "G09-NN02", legalDays: 5, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.008392", name: "Cấp Giấy chứng nhận cơ sở an toàn dịch bệnh động vật", fieldCode: "G09-NN02", legalDays: 15, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.007000", name: "Kê khai hoạt động chăn nuôi", fieldCode: "G09-NN02", legalDays: 1, levels: ["XA"], onlineLevel: "MOT_PHAN", hasFees: false },
  // G09-NN03 — Thủy sản
  { code: "1.008237", name: "Cấp văn bản chấp thuận đóng mới, cải hoán, thuê, mua tàu cá trên biển", fieldCode: "G09-NN03", legalDays: 3, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "1.007788", name: "Đăng ký tàu cá", fieldCode: "G09-NN03", legalDays: 3, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "2.000409", name: "Cấp, cấp lại giấy phép khai thác thủy sản", fieldCode: "G09-NN03", legalDays: 5, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "2.001388", name: "Cấp Giấy chứng nhận an toàn kỹ thuật tàu cá", fieldCode: "G09-NN03", legalDays: 3, levels: ["SO"], onlineLevel: "KHONG", hasFees: true },
  { code: "1.001747", name: "Cấp giấy xác nhận đăng ký nuôi trồng thủy sản lồng bè, đối tượng thủy sản nuôi chủ lực", fieldCode: "G09-NN03", legalDays: 5, levels: ["XA", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "1.006572", name: "Cấp Giấy chứng nhận thủy sản khai thác", fieldCode: "G09-NN03", legalDays: 2, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  // G09-KH01 — Thành lập và hoạt động của doanh nghiệp
  { code: "2.001610", name: "Đăng ký thành lập doanh nghiệp tư nhân", fieldCode: "G09-KH01", legalDays: 3, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "2.002002", name: "Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên", fieldCode: "G09-KH01", legalDays: 3, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.005784", name: "Đăng ký thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên", fieldCode: "G09-KH01", legalDays: 3, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.007594", name: "Đăng ký thành lập công ty cổ phần", fieldCode: "G09-KH01", legalDays: 3, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.003606", name: "Đăng ký thành lập công ty hợp danh", fieldCode: "G09-KH01", legalDays: 3, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "2.002700", name: "Đăng ký thay đổi địa chỉ trụ sở chính của doanh nghiệp", fieldCode: "G09-KH01", legalDays: 3, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.004654", name: "Đăng ký thay đổi người đại diện theo pháp luật của công ty trách nhiệm hữu hạn, công ty cổ phần", fieldCode: "G09-KH01", legalDays: 3, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.007962", name: "Đăng ký thay đổi vốn điều lệ, phần vốn góp, tỷ lệ phần vốn góp", fieldCode: "G09-KH01", legalDays: 3, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.005490", name: "Thông báo thay đổi ngành, nghề kinh doanh", fieldCode: "G09-KH01", legalDays: 3, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.009341", name: "Đăng ký hoạt động chi nhánh, văn phòng đại diện, địa điểm kinh doanh", fieldCode: "G09-KH01", legalDays: 3, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.009788", name: "Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo", fieldCode: "G09-KH01", legalDays: 3, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "1.003876", name: "Giải thể doanh nghiệp", fieldCode: "G09-KH01", legalDays: 5, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "1.004237", name: "Cấp bản sao Giấy chứng nhận đăng ký doanh nghiệp, Giấy xác nhận về việc thay đổi nội dung đăng ký doanh nghiệp", fieldCode: "G09-KH01", legalDays: 3, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.006487", name: "Chuyển đổi công ty trách nhiệm hữu hạn một thành viên thành công ty cổ phần", fieldCode: "G09-KH01", legalDays: 3, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.007036", name: "Hiệu đính thông tin đăng ký doanh nghiệp", fieldCode: "G09-KH01", legalDays: 3, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: false },
  // G09-KH02 — Thành lập và hoạt động của hộ kinh doanh
  { code: "2.000720", name: "Đăng ký thành lập hộ kinh doanh", fieldCode: "G09-KH02", legalDays: 3, levels: ["XA", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.006798", name: "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh", fieldCode: "G09-KH02", legalDays: 3, levels: ["XA", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "2.001272", name: "Tạm ngừng hoạt động, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh", fieldCode: "G09-KH02", legalDays: 3, levels: ["XA", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "1.003880", name: "Chấm dứt hoạt động hộ kinh doanh", fieldCode: "G09-KH02", legalDays: 3, levels: ["XA", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "2.001248", name: "Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh", fieldCode: "G09-KH02", legalDays: 3, levels: ["XA", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: true },
  // G09-KH03 — Đầu tư tại Việt Nam
  { code: "2.001975", name: "Chấp thuận chủ trương đầu tư của Ủy ban nhân dân cấp tỉnh", fieldCode: "G09-KH03", legalDays: 35, levels: ["TINH"], onlineLevel: "MOT_PHAN", hasFees: false },
  { code: "1.005588", name: "Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp thuận chủ trương đầu tư", fieldCode: "G09-KH03", legalDays: 15, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: false },
  { code: "2.000587", name: "Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án thuộc diện chấp thuận chủ trương đầu tư", fieldCode: "G09-KH03", legalDays: 5, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: false },
  { code: "2.002325", name: "Điều chỉnh tên dự án đầu tư, tên và địa chỉ nhà đầu tư trong Giấy chứng nhận đăng ký đầu tư", fieldCode: "G09-KH03", legalDays: 3, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "2.001181", name: "Điều chỉnh dự án đầu tư thuộc thẩm quyền chấp thuận chủ trương đầu tư của Ủy ban nhân dân cấp tỉnh", fieldCode: "G09-KH03", legalDays: 25, levels: ["TINH"], onlineLevel: "MOT_PHAN", hasFees: false },
  { code: "1.008043", name: "Gia hạn thời hạn hoạt động của dự án đầu tư", fieldCode: "G09-KH03", legalDays: 25, levels: ["TINH"], onlineLevel: "KHONG", hasFees: false },
  { code: "1.002001", name: "Chấm dứt hoạt động dự án đầu tư", fieldCode: "G09-KH03", legalDays: 15, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "2.001910", name: "Đăng ký góp vốn, mua cổ phần, mua phần vốn góp của nhà đầu tư nước ngoài", fieldCode: "G09-KH03", legalDays: 15, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: false },
  // G09-KH04 — Thành lập và hoạt động của hợp tác xã
  { code: "1.008382", name: "Đăng ký thành lập hợp tác xã", fieldCode: "G09-KH04", legalDays: 3, levels: ["SO", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "2.002625", name: "Đăng ký thay đổi nội dung đăng ký hợp tác xã", fieldCode: "G09-KH04", legalDays: 3, levels: ["SO", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.005529", name: "Đăng ký thành lập liên hiệp hợp tác xã", fieldCode: "G09-KH04", legalDays: 3, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.001735", name: "Giải thể tự nguyện hợp tác xã", fieldCode: "G09-KH04", legalDays: 5, levels: ["SO", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "1.003872", name: "Đăng ký thành lập chi nhánh, văn phòng đại diện, địa điểm kinh doanh của hợp tác xã", fieldCode: "G09-KH04", legalDays: 3, levels: ["SO", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: true },
  // G09-XD01 — Hoạt động xây dựng
  { code: "2.000414", name: "Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp I, cấp II", fieldCode: "G09-XD01", legalDays: 20, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.006371", name: "Cấp giấy phép xây dựng sửa chữa, cải tạo đối với công trình cấp đặc biệt, cấp I, cấp II", fieldCode: "G09-XD01", legalDays: 20, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "2.002958", name: "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ", fieldCode: "G09-XD01", legalDays: 15, levels: ["XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "2.002375", name: "Cấp giấy phép xây dựng sửa chữa, cải tạo đối với nhà ở riêng lẻ", fieldCode: "G09-XD01", legalDays: 15, levels: ["XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.009764", name: "Cấp giấy phép di dời công trình", fieldCode: "G09-XD01", legalDays: 20, levels: ["SO", "XA", "HUYEN"], onlineLevel: "KHONG", hasFees: true },
  { code: "1.001206", name: "Điều chỉnh, gia hạn, cấp lại giấy phép xây dựng", fieldCode: "G09-XD01", legalDays: 5, levels: ["SO", "XA", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.005785", name: "Thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng, điều chỉnh Báo cáo nghiên cứu khả thi đầu tư xây dựng", fieldCode: "G09-XD01", legalDays: 30, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "2.002888", name: "Thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở", fieldCode: "G09-XD01", legalDays: 30, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "2.001051", name: "Kiểm tra công tác nghiệm thu hoàn thành công trình", fieldCode: "G09-XD01", legalDays: 20, levels: ["SO"], onlineLevel: "KHONG", hasFees: false },
  { code: "1.009011", name: "Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III", fieldCode: "G09-XD01", legalDays: 20, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.002535", name: "Cấp chứng chỉ năng lực hoạt động xây dựng hạng II, hạng III", fieldCode: "G09-XD01", legalDays: 20, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  // G09-XD02 — Nhà ở và thị trường bất động sản
  { code: "1.003610", name: "Xác nhận đối tượng được hưởng chính sách hỗ trợ về nhà ở xã hội", fieldCode: "G09-XD02", legalDays: 7, levels: ["XA", "HUYEN"], onlineLevel: "KHONG", hasFees: false },
  { code: "2.001979", name: "Cấp chứng chỉ hành nghề môi giới bất động sản", fieldCode: "G09-XD02", legalDays: 10, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.007621", name: "Thông báo nhà ở hình thành trong tương lai đủ điều kiện được bán, cho thuê mua", fieldCode: "G09-XD02", legalDays: 15, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: false },
  { code: "2.000444", name: "Cho thuê nhà ở cũ thuộc tài sản công", fieldCode: "G09-XD02", legalDays: 30, levels: ["SO"], onlineLevel: "KHONG", hasFees: false },
  { code: "2.001770", name: "Bán nhà ở cũ thuộc tài sản công", fieldCode: "G09-XD02", legalDays: 45, levels: ["TINH"], onlineLevel: "KHONG", hasFees: false },
  // G09-GT01 — Đường bộ
  { code: "2.001689", name: "Cấp Giấy phép kinh doanh vận tải bằng xe ô tô", fieldCode: "G09-GT01", legalDays: 5, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "2.001573", name: "Cấp lại Giấy phép kinh doanh vận tải bằng xe ô tô", fieldCode: "G09-GT01", legalDays: 3, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.000704", name: "Cấp phù hiệu xe ô tô kinh doanh vận tải", fieldCode: "G09-GT01", legalDays: 2, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "1.001966", name: "Cấp Giấy phép lưu hành xe quá tải trọng, xe quá khổ giới hạn, xe bánh xích trên đường bộ", fieldCode: "G09-GT01", legalDays: 2, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "1.003100", name: "Cấp phép thi công xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao thông đường bộ", fieldCode: "G09-GT01", legalDays: 7, levels: ["SO", "XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: false },
  { code: "1.000388", name: "Chấp thuận xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao thông đường bộ", fieldCode: "G09-GT01", legalDays: 7, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: false },
  { code: "1.002954", name: "Cấp Giấy phép liên vận giữa Việt Nam và Campuchia", fieldCode: "G09-GT01", legalDays: 2, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "1.000314", name: "Cấp Giấy chứng nhận thẩm định thiết kế xe cơ giới cải tạo", fieldCode: "G09-GT01", legalDays: 5, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.003218", name: "Công bố đưa bến xe khách vào khai thác", fieldCode: "G09-GT01", legalDays: 10, levels: ["SO"], onlineLevel: "KHONG", hasFees: false },
  { code: "2.002177", name: "Chấp thuận thiết kế kỹ thuật và phương án tổ chức thi công của nút giao đấu nối vào quốc lộ", fieldCode: "G09-GT01", legalDays: 7, levels: ["SO"], onlineLevel: "KHONG", hasFees: false },
  // G09-GT02 — Đường thủy nội địa
  { code: "1.001741", name: "Đăng ký phương tiện thủy nội địa lần đầu", fieldCode: "G09-GT02", legalDays: 3, levels: ["SO", "XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "2.001050", name: "Đăng ký lại phương tiện thủy nội địa", fieldCode: "G09-GT02", legalDays: 3, levels: ["SO", "XA", "HUYEN"], onlineLevel: "KHONG", hasFees: true },
  { code: "2.001999", name: "Xóa Giấy chứng nhận đăng ký phương tiện thủy nội địa", fieldCode: "G09-GT02", legalDays: 3, levels: ["SO", "XA", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "2.001567", name: "Công bố hoạt động bến thủy nội địa", fieldCode: "G09-GT02", legalDays: 5, levels: ["SO", "XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: false },
  { code: "2.000235", name: "Cấp Giấy chứng nhận khả năng chuyên môn thuyền trưởng, máy trưởng", fieldCode: "G09-GT02", legalDays: 10, levels: ["SO"], onlineLevel: "KHONG", hasFees: true },
  // G09-TP01 — Hộ tịch
  { code: "1.001193", name: "Đăng ký khai sinh", fieldCode: "G09-TP01", legalDays: 0.5, levels: ["XA"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "1.000894", name: "Đăng ký kết hôn", fieldCode: "G09-TP01", legalDays: 0.5, levels: ["XA"], onlineLevel: "MOT_PHAN", hasFees: false },
  { code: "1.000656", name: "Đăng ký khai tử", fieldCode: "G09-TP01", legalDays: 0.5, levels: ["XA"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "1.001022", name: "Đăng ký nhận cha, mẹ, con", fieldCode: "G09-TP01", legalDays: 3, levels: ["XA"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.004837", name: "Đăng ký giám hộ", fieldCode: "G09-TP01", legalDays: 3, levels: ["XA"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.001955", name: "Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch", fieldCode: "G09-TP01", legalDays: 3, levels: ["XA", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.004873", name: "Cấp Giấy xác nhận tình trạng hôn nhân", fieldCode: "G09-TP01", legalDays: 3, levels: ["XA"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.004884", name: "Đăng ký lại khai sinh", fieldCode: "G09-TP01", legalDays: 5, levels: ["XA"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.009135", name: "Đăng ký khai sinh có yếu tố nước ngoài", fieldCode: "G09-TP01", legalDays: 3, levels: ["XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "2.000526", name: "Đăng ký kết hôn có yếu tố nước ngoài", fieldCode: "G09-TP01", legalDays: 10, levels: ["XA", "HUYEN"], onlineLevel: "KHONG", hasFees: true },
  { code: "2.000370", name: "Đăng ký khai tử có yếu tố nước ngoài", fieldCode: "G09-TP01", legalDays: 3, levels: ["XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "2.000487", name: "Ghi vào Sổ hộ tịch việc ly hôn, hủy việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài", fieldCode: "G09-TP01", legalDays: 5, levels: ["XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.003194", name: "Ghi vào Sổ hộ tịch việc hộ tịch khác của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài", fieldCode: "G09-TP01", legalDays: 5, levels: ["XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "2.000635", name: "Cấp bản sao trích lục hộ tịch", fieldCode: "G09-TP01", legalDays: 0.5, levels: ["SO", "XA", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.007347", name: "Liên thông các thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi", fieldCode: "G09-TP01", legalDays: 3, levels: ["XA"], onlineLevel: "TOAN_TRINH", hasFees: false },
  // G09-TP02 — Chứng thực
  { code: "2.000815", name: "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận", fieldCode: "G09-TP02", legalDays: 0.5, levels: ["XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.001524", name: "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận", fieldCode: "G09-TP02", legalDays: 0.5, levels: ["XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "2.000884", name: "Chứng thực chữ ký trong các giấy tờ, văn bản", fieldCode: "G09-TP02", legalDays: 0.5, levels: ["XA", "HUYEN"], onlineLevel: "KHONG", hasFees: true },
  { code: "2.001874", name: "Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật", fieldCode: "G09-TP02", legalDays: 0.5, levels: ["XA", "HUYEN"], onlineLevel: "KHONG", hasFees: true },
  { code: "1.008636", name: "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở", fieldCode: "G09-TP02", legalDays: 2, levels: ["XA", "HUYEN"], onlineLevel: "KHONG", hasFees: true },
  { code: "1.005281", name: "Chứng thực di chúc", fieldCode: "G09-TP02", legalDays: 2, levels: ["XA"], onlineLevel: "KHONG", hasFees: true },
  { code: "2.001158", name: "Chứng thực văn bản thỏa thuận phân chia di sản", fieldCode: "G09-TP02", legalDays: 2, levels: ["XA", "HUYEN"], onlineLevel: "KHONG", hasFees: true },
  { code: "2.002647", name: "Chứng thực văn bản khai nhận di sản", fieldCode: "G09-TP02", legalDays: 2, levels: ["XA", "HUYEN"], onlineLevel: "KHONG", hasFees: true },
  { code: "1.004706", name: "Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch", fieldCode: "G09-TP02", legalDays: 2, levels: ["XA", "HUYEN"], onlineLevel: "KHONG", hasFees: true },
  { code: "1.001656", name: "Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực", fieldCode: "G09-TP02", legalDays: 0.5, levels: ["XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: true },
  // G09-TP03 — Lý lịch tư pháp
  { code: "2.000488", name: "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam", fieldCode: "G09-TP03", legalDays: 10, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.008664", name: "Cấp Phiếu lý lịch tư pháp cho cơ quan nhà nước, cơ quan tiến hành tố tụng", fieldCode: "G09-TP03", legalDays: 5, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "1.009466", name: "Cấp Phiếu lý lịch tư pháp cho cơ quan, tổ chức chính trị - xã hội", fieldCode: "G09-TP03", legalDays: 10, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: false },
  // G09-TP04 — Công chứng
  { code: "2.002614", name: "Thành lập Văn phòng công chứng", fieldCode: "G09-TP04", legalDays: 20, levels: ["TINH"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.001856", name: "Đăng ký hoạt động Văn phòng công chứng", fieldCode: "G09-TP04", legalDays: 10, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "2.002798", name: "Đăng ký hành nghề và cấp Thẻ công chứng viên", fieldCode: "G09-TP04", legalDays: 10, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "2.002173", name: "Thay đổi nội dung đăng ký hoạt động của Văn phòng công chứng", fieldCode: "G09-TP04", legalDays: 5, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.009053", name: "Chuyển nhượng Văn phòng công chứng", fieldCode: "G09-TP04", legalDays: 20, levels: ["TINH"], onlineLevel: "KHONG", hasFees: false },
  { code: "1.004822", name: "Chấm dứt hoạt động Văn phòng công chứng", fieldCode: "G09-TP04", legalDays: 20, levels: ["TINH"], onlineLevel: "KHONG", hasFees: false },
  // G09-TP05 — Nuôi con nuôi
  { code: "2.002818", name: "Đăng ký việc nuôi con nuôi trong nước", fieldCode: "G09-TP05", legalDays: 20, levels: ["XA"], onlineLevel: "KHONG", hasFees: true },
  { code: "1.009553", name: "Đăng ký lại việc nuôi con nuôi trong nước", fieldCode: "G09-TP05", legalDays: 5, levels: ["XA"], onlineLevel: "KHONG", hasFees: false },
  { code: "2.000916", name: "Đăng ký việc nuôi con nuôi thực tế", fieldCode: "G09-TP05", legalDays: 5, levels: ["XA"], onlineLevel: "KHONG", hasFees: false },
  { code: "1.005780", name: "Giải quyết việc nuôi con nuôi có yếu tố nước ngoài", fieldCode: "G09-TP05", legalDays: 30, levels: ["SO"], onlineLevel: "KHONG", hasFees: true },
  // G09-LD01 — Việc làm
  { code: "1.001481", name: "Giải quyết hưởng trợ cấp thất nghiệp", fieldCode: "G09-LD01", legalDays: 20, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "1.005033", name: "Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam", fieldCode: "G09-LD01", legalDays: 5, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.007534", name: "Cấp lại giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam", fieldCode: "G09-LD01", legalDays: 3, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.008157", name: "Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động", fieldCode: "G09-LD01", legalDays: 3, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "1.000784", name: "Cấp giấy phép hoạt động dịch vụ việc làm của doanh nghiệp hoạt động dịch vụ việc làm", fieldCode: "G09-LD01", legalDays: 7, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  // G09-LD02 — Lao động, tiền lương và quan hệ lao động
  { code: "2.001040", name: "Đăng ký nội quy lao động của doanh nghiệp", fieldCode: "G09-LD02", legalDays: 7, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "2.002139", name: "Gửi thỏa ước lao động tập thể", fieldCode: "G09-LD02", legalDays: 5, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "1.000761", name: "Cấp giấy phép hoạt động cho thuê lại lao động", fieldCode: "G09-LD02", legalDays: 20, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.004836", name: "Chấp thuận nhu cầu sử dụng người lao động nước ngoài", fieldCode: "G09-LD02", legalDays: 10, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "2.000330", name: "Đăng ký hợp đồng nhận lao động thực tập thời hạn dưới 90 ngày", fieldCode: "G09-LD02", legalDays: 5, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: false },
  // G09-LD03 — Người có công
  { code: "2.000641", name: "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ", fieldCode: "G09-LD03", legalDays: 10, levels: ["SO", "XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: false },
  { code: "1.002659", name: "Giải quyết chế độ ưu đãi đối với thân nhân liệt sĩ", fieldCode: "G09-LD03", legalDays: 15, levels: ["SO", "XA", "HUYEN"], onlineLevel: "KHONG", hasFees: false },
  { code: "1.007473", name: "Giải quyết chế độ trợ cấp một lần đối với người được cử làm chuyên gia sang giúp Lào, Campuchia", fieldCode: "G09-LD03", legalDays: 15, levels: ["SO", "XA", "HUYEN"], onlineLevel: "KHONG", hasFees: false },
  { code: "1.004054", name: "Cấp đổi, cấp lại Bằng “Tổ quốc ghi công”", fieldCode: "G09-LD03", legalDays: 20, levels: ["SO"], onlineLevel: "KHONG", hasFees: false },
  { code: "1.007946", name: "Di chuyển hồ sơ khi người hưởng trợ cấp ưu đãi thay đổi nơi thường trú", fieldCode: "G09-LD03", legalDays: 5, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "1.008329", name: "Hỗ trợ người có công với cách mạng cải thiện nhà ở", fieldCode: "G09-LD03", legalDays: 20, levels: ["XA", "HUYEN"], onlineLevel: "KHONG", hasFees: false },
  { code: "1.005296", name: "Cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ và hỗ trợ thăm viếng mộ liệt sĩ", fieldCode: "G09-LD03", legalDays: 5, levels: ["SO", "XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: false },
  { code: "2.000484", name: "Giải quyết chế độ mai táng phí, trợ cấp một lần khi người có công với cách mạng từ trần", fieldCode: "G09-LD03", legalDays: 12, levels: ["SO", "XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: false },
  { code: "2.001930", name: "Giải quyết chế độ ưu đãi đối với người hoạt động kháng chiến bị nhiễm chất độc hóa học", fieldCode: "G09-LD03", legalDays: 20, levels: ["SO", "XA", "HUYEN"], onlineLevel: "KHONG", hasFees: false },
  { code: "2.000620", name: "Sửa đổi, bổ sung thông tin cá nhân trong hồ sơ người có công", fieldCode: "G09-LD03", legalDays: 15, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: false },
  { code: "2.002475", name: "Giải quyết chế độ điều dưỡng phục hồi sức khỏe, cấp phương tiện trợ giúp, dụng cụ chỉnh hình", fieldCode: "G09-LD03", legalDays: 10, levels: ["SO", "XA", "HUYEN"], onlineLevel: "KHONG", hasFees: false },
  // G09-NV01 — Thi đua, khen thưởng
  { code: "2.001943", name: "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh", fieldCode: "G09-NV01", legalDays: 20, levels: ["TINH"], onlineLevel: "MOT_PHAN", hasFees: false },
  { code: "1.001280", name: "Tặng Cờ thi đua của Ủy ban nhân dân cấp tỉnh", fieldCode: "G09-NV01", legalDays: 20, levels: ["TINH"], onlineLevel: "KHONG", hasFees: false },
  { code: "1.006488", name: "Tặng danh hiệu Chiến sĩ thi đua cấp tỉnh", fieldCode: "G09-NV01", legalDays: 20, levels: ["TINH"], onlineLevel: "KHONG", hasFees: false },
  { code: "1.001240", name: "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh về thành tích đột xuất", fieldCode: "G09-NV01", legalDays: 10, levels: ["TINH"], onlineLevel: "MOT_PHAN", hasFees: false },
  { code: "2.001085", name: "Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã", fieldCode: "G09-NV01", legalDays: 20, levels: ["XA", "HUYEN"], onlineLevel: "KHONG", hasFees: false },
  // G09-YT01 — Khám bệnh, chữa bệnh
  { code: "1.002206", name: "Cấp mới giấy phép hành nghề khám bệnh, chữa bệnh", fieldCode: "G09-YT01", legalDays: 30, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "2.002774", name: "Gia hạn giấy phép hành nghề khám bệnh, chữa bệnh", fieldCode: "G09-YT01", legalDays: 20, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "2.001592", name: "Cấp lại giấy phép hành nghề khám bệnh, chữa bệnh", fieldCode: "G09-YT01", legalDays: 10, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "2.002048", name: "Cấp mới giấy phép hoạt động đối với phòng khám đa khoa", fieldCode: "G09-YT01", legalDays: 30, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.000317", name: "Cấp mới giấy phép hoạt động đối với phòng khám chuyên khoa", fieldCode: "G09-YT01", legalDays: 30, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "2.001640", name: "Cấp giấy phép hoạt động đối với cơ sở dịch vụ y tế", fieldCode: "G09-YT01", legalDays: 30, levels: ["SO"], onlineLevel: "KHONG", hasFees: true },
  { code: "1.004609", name: "Điều chỉnh giấy phép hoạt động khám bệnh, chữa bệnh khi thay đổi quy mô, phạm vi hoạt động chuyên môn", fieldCode: "G09-YT01", legalDays: 20, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.007559", name: "Công bố cơ sở đủ điều kiện thực hiện khám sức khỏe", fieldCode: "G09-YT01", legalDays: 10, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: false },
  // G09-YT02 — Dược phẩm
  { code: "1.005656", name: "Cấp Chứng chỉ hành nghề dược", fieldCode: "G09-YT02", legalDays: 20, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.001307", name: "Cấp lại Chứng chỉ hành nghề dược", fieldCode: "G09-YT02", legalDays: 5, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.008957", name: "Điều chỉnh nội dung Chứng chỉ hành nghề dược", fieldCode: "G09-YT02", legalDays: 5, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.000615", name: "Cấp Giấy chứng nhận đủ điều kiện kinh doanh dược cho cơ sở bán lẻ thuốc", fieldCode: "G09-YT02", legalDays: 20, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.001827", name: "Cấp lại Giấy chứng nhận đủ điều kiện kinh doanh dược", fieldCode: "G09-YT02", legalDays: 7, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.003659", name: "Cho phép bán lẻ thuốc thuộc Danh mục thuốc hạn chế bán lẻ", fieldCode: "G09-YT02", legalDays: 20, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.005576", name: "Tiếp nhận Phiếu công bố sản phẩm mỹ phẩm sản xuất trong nước", fieldCode: "G09-YT02", legalDays: 3, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  // G09-YT03 — An toàn thực phẩm và dinh dưỡng
  { code: "1.009793", name: "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất thực phẩm, kinh doanh dịch vụ ăn uống", fieldCode: "G09-YT03", legalDays: 20, levels: ["SO", "XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.006971", name: "Cấp lại Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", fieldCode: "G09-YT03", legalDays: 5, levels: ["SO", "XA", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "2.000457", name: "Đăng ký bản công bố sản phẩm thực phẩm dinh dưỡng y học", fieldCode: "G09-YT03", legalDays: 7, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "2.002315", name: "Cấp giấy xác nhận nội dung quảng cáo thực phẩm", fieldCode: "G09-YT03", legalDays: 10, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.007415", name: "Tiếp nhận bản tự công bố sản phẩm thực phẩm", fieldCode: "G09-YT03", legalDays: 1, levels: ["SO", "XA", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: false },
  // G09-LD04 — Bảo trợ xã hội
  { code: "2.000801", name: "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng", fieldCode: "G09-LD04", legalDays: 15, levels: ["XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: false },
  { code: "1.009674", name: "Chi trả trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng khi đối tượng thay đổi nơi cư trú", fieldCode: "G09-LD04", legalDays: 10, levels: ["XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: false },
  { code: "1.007587", name: "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội", fieldCode: "G09-LD04", legalDays: 5, levels: ["XA", "HUYEN"], onlineLevel: "KHONG", hasFees: false },
  { code: "1.009472", name: "Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở, sửa chữa nhà ở", fieldCode: "G09-LD04", legalDays: 10, levels: ["XA", "HUYEN"], onlineLevel: "KHONG", hasFees: false },
  { code: "2.000350", name: "Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật", fieldCode: "G09-LD04", legalDays: 30, levels: ["XA"], onlineLevel: "KHONG", hasFees: false },
  { code: "1.003032", name: "Đổi, cấp lại Giấy xác nhận khuyết tật", fieldCode: "G09-LD04", legalDays: 5, levels: ["XA"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "2.001938", name: "Tiếp nhận đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn vào cơ sở trợ giúp xã hội cấp tỉnh", fieldCode: "G09-LD04", legalDays: 7, levels: ["SO"], onlineLevel: "KHONG", hasFees: false },
  { code: "2.002373", name: "Đăng ký thành lập, thay đổi nội dung hoặc cấp lại giấy chứng nhận đăng ký thành lập cơ sở trợ giúp xã hội ngoài công lập", fieldCode: "G09-LD04", legalDays: 10, levels: ["SO", "XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: false },
  { code: "1.000953", name: "Cấp giấy phép hoạt động đối với cơ sở trợ giúp xã hội", fieldCode: "G09-LD04", legalDays: 15, levels: ["SO"], onlineLevel: "KHONG", hasFees: false },
  { code: "2.000500", name: "Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm", fieldCode: "G09-LD04", legalDays: 15, levels: ["XA"], onlineLevel: "KHONG", hasFees: false },
  { code: "1.003599", name: "Áp dụng các biện pháp can thiệp khẩn cấp hoặc tạm thời cách ly trẻ em khỏi môi trường hoặc người gây tổn hại cho trẻ em", fieldCode: "G09-LD04", legalDays: 0.5, levels: ["XA"], onlineLevel: "KHONG", hasFees: false },
  // G09-GD01 — Giáo dục và Đào tạo thuộc hệ thống giáo dục quốc dân
  { code: "1.001295", name: "Chuyển trường đối với học sinh trung học phổ thông", fieldCode: "G09-GD01", legalDays: 3, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "2.001630", name: "Chuyển trường đối với học sinh trung học cơ sở", fieldCode: "G09-GD01", legalDays: 3, levels: ["XA", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "1.008117", name: "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc", fieldCode: "G09-GD01", legalDays: 1, levels: ["SO", "XA", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "2.001115", name: "Chỉnh sửa nội dung văn bằng, chứng chỉ", fieldCode: "G09-GD01", legalDays: 5, levels: ["SO", "XA", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "1.002866", name: "Công nhận văn bằng tốt nghiệp các cấp học phổ thông do cơ sở nước ngoài cấp", fieldCode: "G09-GD01", legalDays: 20, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: false },
  { code: "1.001308", name: "Cho phép trường trung học phổ thông hoạt động giáo dục", fieldCode: "G09-GD01", legalDays: 20, levels: ["SO"], onlineLevel: "KHONG", hasFees: false },
  { code: "1.006884", name: "Thành lập trường mầm non công lập hoặc cho phép thành lập trường mầm non dân lập, tư thục", fieldCode: "G09-GD01", legalDays: 20, levels: ["XA", "HUYEN"], onlineLevel: "KHONG", hasFees: false },
  { code: "1.001795", name: "Cấp phép hoạt động giáo dục kỹ năng sống và hoạt động giáo dục ngoài giờ chính khóa", fieldCode: "G09-GD01", legalDays: 15, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: false },
  { code: "1.004128", name: "Cho phép trung tâm ngoại ngữ, tin học hoạt động giáo dục", fieldCode: "G09-GD01", legalDays: 15, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: false },
  { code: "1.002696", name: "Đăng ký dự thi tốt nghiệp trung học phổ thông", fieldCode: "G09-GD01", legalDays: 1, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "2.002204", name: "Phúc khảo bài thi tốt nghiệp trung học phổ thông", fieldCode: "G09-GD01", legalDays: 10, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: false },
  // G09-LD05 — Giáo dục nghề nghiệp
  { code: "1.009050", name: "Cấp giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp đối với trung tâm giáo dục nghề nghiệp, trường trung cấp, doanh nghiệp", fieldCode: "G09-LD05", legalDays: 10, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: false },
  { code: "2.001555", name: "Đăng ký bổ sung hoạt động giáo dục nghề nghiệp đối với trung tâm giáo dục nghề nghiệp, trường trung cấp, doanh nghiệp", fieldCode: "G09-LD05", legalDays: 10, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: false },
  { code: "1.004665", name: "Thành lập, cho phép thành lập trường trung cấp", fieldCode: "G09-LD05", legalDays: 15, levels: ["TINH"], onlineLevel: "KHONG", hasFees: false },
  { code: "1.003099", name: "Hỗ trợ đào tạo trình độ sơ cấp, đào tạo dưới 3 tháng", fieldCode: "G09-LD05", legalDays: 5, levels: ["XA", "HUYEN"], onlineLevel: "KHONG", hasFees: false },
  { code: "1.001377", name: "Cấp bản sao văn bằng, chứng chỉ giáo dục nghề nghiệp từ sổ gốc", fieldCode: "G09-LD05", legalDays: 3, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  // G09-KC01 — Hoạt động khoa học và công nghệ
  { code: "1.000370", name: "Giao trực tiếp tổ chức, cá nhân thực hiện nhiệm vụ khoa học và công nghệ cấp tỉnh", fieldCode: "G09-KC01", legalDays: 30, levels: ["TINH"], onlineLevel: "KHONG", hasFees: false },
  { code: "1.001647", name: "Cấp Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ", fieldCode: "G09-KC01", legalDays: 15, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "2.001802", name: "Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ không sử dụng ngân sách nhà nước", fieldCode: "G09-KC01", legalDays: 10, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "2.001812", name: "Cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ", fieldCode: "G09-KC01", legalDays: 7, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "1.009812", name: "Cấp giấy phép tiến hành công việc bức xạ - sử dụng thiết bị X-quang chẩn đoán trong y tế", fieldCode: "G09-KC01", legalDays: 10, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  // G09-KC02 — Tiêu chuẩn, đo lường, chất lượng
  { code: "1.005743", name: "Đăng ký công bố hợp quy đối với các sản phẩm, hàng hóa sản xuất trong nước", fieldCode: "G09-KC02", legalDays: 5, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "1.001594", name: "Kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu", fieldCode: "G09-KC02", legalDays: 1, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "1.007034", name: "Chứng nhận chuẩn đo lường để kiểm định, hiệu chuẩn, thử nghiệm phương tiện đo", fieldCode: "G09-KC02", legalDays: 10, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "2.001290", name: "Đăng ký tham dự sơ tuyển xét tặng Giải thưởng Chất lượng quốc gia", fieldCode: "G09-KC02", legalDays: 30, levels: ["SO"], onlineLevel: "KHONG", hasFees: false },
  // G09-TT01 — Bưu chính
  { code: "1.006860", name: "Cấp giấy phép bưu chính", fieldCode: "G09-TT01", legalDays: 10, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.005810", name: "Sửa đổi, bổ sung giấy phép bưu chính", fieldCode: "G09-TT01", legalDays: 7, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "2.000844", name: "Cấp văn bản xác nhận thông báo hoạt động bưu chính", fieldCode: "G09-TT01", legalDays: 7, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  // G09-VH01 — Văn hóa cơ sở
  { code: "2.000482", name: "Đăng ký tổ chức lễ hội cấp tỉnh", fieldCode: "G09-VH01", legalDays: 15, levels: ["SO"], onlineLevel: "KHONG", hasFees: false },
  { code: "1.009220", name: "Thông báo tổ chức lễ hội cấp xã", fieldCode: "G09-VH01", legalDays: 5, levels: ["XA"], onlineLevel: "MOT_PHAN", hasFees: false },
  { code: "1.006584", name: "Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke", fieldCode: "G09-VH01", legalDays: 5, levels: ["XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.002222", name: "Chấp thuận tổ chức cuộc thi người đẹp, người mẫu", fieldCode: "G09-VH01", legalDays: 7, levels: ["SO"], onlineLevel: "KHONG", hasFees: false },
  { code: "2.001170", name: "Cấp giấy phép nhập khẩu văn hóa phẩm không nhằm mục đích kinh doanh", fieldCode: "G09-VH01", legalDays: 5, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "1.001924", name: "Công nhận lần đầu “Cơ quan đạt chuẩn văn hóa”, “Đơn vị đạt chuẩn văn hóa”, “Doanh nghiệp đạt chuẩn văn hóa”", fieldCode: "G09-VH01", legalDays: 5, levels: ["XA", "HUYEN"], onlineLevel: "KHONG", hasFees: false },
  { code: "1.009437", name: "Cấp giấy phép xây dựng tượng đài, tranh hoành tráng", fieldCode: "G09-VH01", legalDays: 15, levels: ["SO"], onlineLevel: "KHONG", hasFees: false },
  // G09-VH02 — Du lịch
  { code: "2.001873", name: "Cấp Giấy phép kinh doanh dịch vụ lữ hành nội địa", fieldCode: "G09-VH02", legalDays: 10, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.009771", name: "Cấp thẻ hướng dẫn viên du lịch nội địa", fieldCode: "G09-VH02", legalDays: 10, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.003708", name: "Cấp đổi thẻ hướng dẫn viên du lịch", fieldCode: "G09-VH02", legalDays: 10, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.004785", name: "Công nhận hạng cơ sở lưu trú du lịch hạng 1 sao, 2 sao, 3 sao", fieldCode: "G09-VH02", legalDays: 30, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.003927", name: "Công nhận điểm du lịch", fieldCode: "G09-VH02", legalDays: 30, levels: ["TINH"], onlineLevel: "KHONG", hasFees: false },
  { code: "1.007782", name: "Công nhận cơ sở kinh doanh dịch vụ du lịch khác đạt tiêu chuẩn phục vụ khách du lịch", fieldCode: "G09-VH02", legalDays: 15, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: false },
  // G09-VH03 — Thể dục, thể thao
  { code: "1.003571", name: "Cấp Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao đối với môn Bơi, Lặn", fieldCode: "G09-VH03", legalDays: 7, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "2.002825", name: "Cấp Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao đối với môn Thể dục thể hình và Fitness", fieldCode: "G09-VH03", legalDays: 7, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.004407", name: "Đăng cai tổ chức giải thi đấu vô địch từng môn thể thao cấp tỉnh", fieldCode: "G09-VH03", legalDays: 15, levels: ["SO"], onlineLevel: "KHONG", hasFees: false },
  { code: "1.002121", name: "Công nhận câu lạc bộ thể thao cơ sở", fieldCode: "G09-VH03", legalDays: 7, levels: ["XA", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: false },
  // G09-CT01 — Lưu thông hàng hóa trong nước
  { code: "1.006539", name: "Cấp Giấy phép bán lẻ sản phẩm thuốc lá", fieldCode: "G09-CT01", legalDays: 15, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.009153", name: "Cấp Giấy phép bán lẻ rượu", fieldCode: "G09-CT01", legalDays: 10, levels: ["XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "2.001797", name: "Cấp Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", fieldCode: "G09-CT01", legalDays: 10, levels: ["XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.001579", name: "Cấp Giấy phép bán buôn rượu", fieldCode: "G09-CT01", legalDays: 15, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "2.000932", name: "Cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu", fieldCode: "G09-CT01", legalDays: 15, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "2.000772", name: "Cấp lại Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu", fieldCode: "G09-CT01", legalDays: 7, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.001331", name: "Cấp Giấy phép kinh doanh đối với hoạt động mua bán hàng hóa của tổ chức kinh tế có vốn đầu tư nước ngoài", fieldCode: "G09-CT01", legalDays: 10, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "2.002223", name: "Thông báo thực hiện khuyến mại", fieldCode: "G09-CT01", legalDays: 1, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: false },
  // G09-CT02 — Điện
  { code: "1.007972", name: "Cấp giấy phép hoạt động phân phối điện đến cấp điện áp 35 kV tại địa phương", fieldCode: "G09-CT02", legalDays: 15, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "2.001839", name: "Cấp giấy phép hoạt động phát điện đối với nhà máy điện có quy mô dưới 3 MW đặt tại địa phương", fieldCode: "G09-CT02", legalDays: 15, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "2.002001", name: "Huấn luyện và cấp mới thẻ an toàn điện", fieldCode: "G09-CT02", legalDays: 5, levels: ["SO"], onlineLevel: "KHONG", hasFees: true },
  { code: "2.002581", name: "Thông báo phát triển điện mặt trời mái nhà tự sản xuất, tự tiêu thụ", fieldCode: "G09-CT02", legalDays: 5, levels: ["SO", "XA", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: false },
  // G09-CT03 — Hóa chất và vật liệu nổ công nghiệp
  { code: "1.001971", name: "Cấp Giấy chứng nhận đủ điều kiện sản xuất hóa chất sản xuất, kinh doanh có điều kiện trong lĩnh vực công nghiệp", fieldCode: "G09-CT03", legalDays: 12, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.001573", name: "Cấp Giấy chứng nhận đủ điều kiện kinh doanh hóa chất sản xuất, kinh doanh có điều kiện trong lĩnh vực công nghiệp", fieldCode: "G09-CT03", legalDays: 12, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.008034", name: "Cấp Giấy phép sử dụng vật liệu nổ công nghiệp", fieldCode: "G09-CT03", legalDays: 7, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.002339", name: "Thẩm định Kế hoạch phòng ngừa, ứng phó sự cố hóa chất", fieldCode: "G09-CT03", legalDays: 20, levels: ["SO"], onlineLevel: "KHONG", hasFees: false },
  // G09-TG01 — Tín ngưỡng, tôn giáo
  { code: "1.008836", name: "Đăng ký sinh hoạt tôn giáo tập trung", fieldCode: "G09-TG01", legalDays: 20, levels: ["XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: false },
  { code: "1.002329", name: "Đăng ký hoạt động tín ngưỡng", fieldCode: "G09-TG01", legalDays: 15, levels: ["XA"], onlineLevel: "MOT_PHAN", hasFees: false },
  { code: "1.008739", name: "Thông báo danh mục hoạt động tôn giáo đối với tổ chức có địa bàn hoạt động tôn giáo ở nhiều xã thuộc một tỉnh", fieldCode: "G09-TG01", legalDays: 7, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "2.000679", name: "Đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo, địa điểm hợp pháp đã đăng ký có quy mô tổ chức ở một tỉnh", fieldCode: "G09-TG01", legalDays: 20, levels: ["SO"], onlineLevel: "KHONG", hasFees: false },
  { code: "2.001557", name: "Thông báo tổ chức quyên góp ngoài địa bàn một xã nhưng trong địa bàn một tỉnh của cơ sở tín ngưỡng, tổ chức tôn giáo", fieldCode: "G09-TG01", legalDays: 5, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "2.001815", name: "Đăng ký người được bổ nhiệm, bầu cử, suy cử làm chức việc của tổ chức tôn giáo", fieldCode: "G09-TG01", legalDays: 20, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: false },
  // G09-DT01 — Công tác dân tộc
  { code: "1.003832", name: "Công nhận người có uy tín trong đồng bào dân tộc thiểu số", fieldCode: "G09-DT01", legalDays: 15, levels: ["SO", "XA", "HUYEN"], onlineLevel: "KHONG", hasFees: false },
  { code: "2.000351", name: "Hỗ trợ đất ở, nhà ở, đất sản xuất, nước sinh hoạt cho hộ đồng bào dân tộc thiểu số nghèo", fieldCode: "G09-DT01", legalDays: 20, levels: ["XA", "HUYEN"], onlineLevel: "KHONG", hasFees: false },
  { code: "1.003455", name: "Xét tuyển cử tuyển người dân tộc thiểu số vào các cơ sở giáo dục đại học", fieldCode: "G09-DT01", legalDays: 30, levels: ["SO"], onlineLevel: "KHONG", hasFees: false },
  // G09-TTR01 — Giải quyết khiếu nại
  { code: "1.004517", name: "Giải quyết khiếu nại lần đầu tại cấp tỉnh", fieldCode: "G09-TTR01", legalDays: 30, levels: ["TINH"], onlineLevel: "KHONG", hasFees: false },
  { code: "2.000872", name: "Giải quyết khiếu nại lần hai tại cấp tỉnh", fieldCode: "G09-TTR01", legalDays: 45, levels: ["TINH"], onlineLevel: "KHONG", hasFees: false },
  { code: "1.007006", name: "Giải quyết khiếu nại lần đầu tại cấp xã", fieldCode: "G09-TTR01", legalDays: 30, levels: ["XA", "HUYEN"], onlineLevel: "KHONG", hasFees: false },
  { code: "2.002607", name: "Xử lý đơn tại cấp tỉnh", fieldCode: "G09-TTR01", legalDays: 10, levels: ["TINH"], onlineLevel: "KHONG", hasFees: false },
  // G09-TTR02 — Giải quyết tố cáo
  { code: "2.001866", name: "Giải quyết tố cáo tại cấp tỉnh", fieldCode: "G09-TTR02", legalDays: 30, levels: ["TINH"], onlineLevel: "KHONG", hasFees: false },
  { code: "2.002545", name: "Giải quyết tố cáo tại sở, ban, ngành", fieldCode: "G09-TTR02", legalDays: 30, levels: ["SO"], onlineLevel: "KHONG", hasFees: false },
  { code: "1.008250", name: "Giải quyết tố cáo tại cấp xã", fieldCode: "G09-TTR02", legalDays: 30, levels: ["XA", "HUYEN"], onlineLevel: "KHONG", hasFees: false },
  // G09-CA01 — Đăng ký, quản lý cư trú
  { code: "1.004194", name: "Đăng ký thường trú", fieldCode: "G09-CA01", legalDays: 7, levels: ["XA"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.004826", name: "Đăng ký tạm trú", fieldCode: "G09-CA01", legalDays: 3, levels: ["XA"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.008164", name: "Gia hạn tạm trú", fieldCode: "G09-CA01", legalDays: 3, levels: ["XA"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.004764", name: "Xóa đăng ký thường trú", fieldCode: "G09-CA01", legalDays: 1, levels: ["XA"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "1.008572", name: "Khai báo tạm vắng", fieldCode: "G09-CA01", legalDays: 1, levels: ["XA"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "1.004416", name: "Thông báo lưu trú", fieldCode: "G09-CA01", legalDays: 0.5, levels: ["XA"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "2.002285", name: "Xác nhận thông tin về cư trú", fieldCode: "G09-CA01", legalDays: 0.5, levels: ["XA"], onlineLevel: "TOAN_TRINH", hasFees: false },
  // G09-CA02 — Căn cước và định danh điện tử
  { code: "2.001929", name: "Cấp thẻ căn cước cho công dân Việt Nam từ đủ 14 tuổi trở lên", fieldCode: "G09-CA02", legalDays: 7, levels: ["SO", "XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.002394", name: "Cấp đổi thẻ căn cước", fieldCode: "G09-CA02", legalDays: 7, levels: ["SO", "XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.009426", name: "Cấp lại thẻ căn cước", fieldCode: "G09-CA02", legalDays: 7, levels: ["SO", "XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.008178", name: "Cấp giấy chứng nhận căn cước", fieldCode: "G09-CA02", legalDays: 10, levels: ["SO"], onlineLevel: "KHONG", hasFees: false },
  { code: "1.005721", name: "Cấp tài khoản định danh điện tử mức độ 2", fieldCode: "G09-CA02", legalDays: 3, levels: ["SO", "XA", "HUYEN"], onlineLevel: "KHONG", hasFees: false },
  // G09-CA03 — Đăng ký, quản lý phương tiện giao thông cơ giới đường bộ
  { code: "1.005516", name: "Đăng ký xe lần đầu", fieldCode: "G09-CA03", legalDays: 2, levels: ["SO", "XA", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.001366", name: "Đăng ký sang tên, di chuyển xe", fieldCode: "G09-CA03", legalDays: 2, levels: ["SO", "XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "2.000697", name: "Cấp đổi chứng nhận đăng ký xe, biển số xe", fieldCode: "G09-CA03", legalDays: 2, levels: ["SO", "XA", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.009616", name: "Thu hồi chứng nhận đăng ký xe, biển số xe", fieldCode: "G09-CA03", legalDays: 2, levels: ["SO", "XA", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "1.002290", name: "Đăng ký xe tạm thời", fieldCode: "G09-CA03", legalDays: 0.5, levels: ["SO", "XA", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: true },
  // G09-CA04 — Sát hạch, cấp giấy phép lái xe
  { code: "2.002529", name: "Cấp mới giấy phép lái xe", fieldCode: "G09-CA04", legalDays: 10, levels: ["SO"], onlineLevel: "KHONG", hasFees: true },
  { code: "1.005012", name: "Cấp lại giấy phép lái xe", fieldCode: "G09-CA04", legalDays: 5, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "1.003593", name: "Đổi giấy phép lái xe do ngành Giao thông vận tải cấp", fieldCode: "G09-CA04", legalDays: 5, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "2.000582", name: "Đổi giấy phép lái xe do nước ngoài cấp", fieldCode: "G09-CA04", legalDays: 5, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "2.002896", name: "Cấp giấy phép lái xe quốc tế", fieldCode: "G09-CA04", legalDays: 5, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
  // G09-TH01 — Quản lý thuế
  { code: "1.007939", name: "Đăng ký thuế lần đầu đối với cá nhân", fieldCode: "G09-TH01", legalDays: 3, levels: ["SO", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "1.005713", name: "Khai lệ phí trước bạ đối với nhà, đất", fieldCode: "G09-TH01", legalDays: 5, levels: ["SO", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: true },
  { code: "1.001700", name: "Hoàn thuế giá trị gia tăng", fieldCode: "G09-TH01", legalDays: 6, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "1.000510", name: "Gia hạn nộp thuế", fieldCode: "G09-TH01", legalDays: 10, levels: ["SO", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "2.000853", name: "Miễn, giảm tiền thuê đất", fieldCode: "G09-TH01", legalDays: 15, levels: ["SO", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: false },
  { code: "2.002935", name: "Xác nhận việc thực hiện nghĩa vụ thuế", fieldCode: "G09-TH01", legalDays: 5, levels: ["SO", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: false },
  // G09-BH01 — Bảo hiểm xã hội, bảo hiểm y tế
  { code: "2.001512", name: "Cấp lại, đổi, điều chỉnh thông tin trên sổ bảo hiểm xã hội, thẻ bảo hiểm y tế", fieldCode: "G09-BH01", legalDays: 5, levels: ["SO", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "1.001771", name: "Giải quyết hưởng bảo hiểm xã hội một lần", fieldCode: "G09-BH01", legalDays: 10, levels: ["SO", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "1.000861", name: "Giải quyết hưởng chế độ thai sản", fieldCode: "G09-BH01", legalDays: 6, levels: ["SO", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "1.004681", name: "Giải quyết hưởng lương hưu", fieldCode: "G09-BH01", legalDays: 20, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: false },
  { code: "1.009072", name: "Giải quyết hưởng trợ cấp mai táng, trợ cấp tuất", fieldCode: "G09-BH01", legalDays: 12, levels: ["SO", "HUYEN"], onlineLevel: "MOT_PHAN", hasFees: false },
  { code: "2.001223", name: "Đăng ký đóng, cấp thẻ bảo hiểm y tế đối với người chỉ tham gia bảo hiểm y tế", fieldCode: "G09-BH01", legalDays: 5, levels: ["SO", "HUYEN"], onlineLevel: "TOAN_TRINH", hasFees: false },
  // G09-KT01 — Quản lý khu kinh tế, khu công nghiệp
  { code: "1.002681", name: "Cấp giấy phép xây dựng đối với công trình trong khu công nghiệp, khu kinh tế", fieldCode: "G09-KT01", legalDays: 20, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: true },
  { code: "2.001625", name: "Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án trong khu công nghiệp, khu kinh tế", fieldCode: "G09-KT01", legalDays: 15, levels: ["SO"], onlineLevel: "MOT_PHAN", hasFees: false },
  { code: "2.001240", name: "Điều chỉnh Giấy chứng nhận đăng ký đầu tư đối với dự án trong khu công nghiệp, khu kinh tế", fieldCode: "G09-KT01", legalDays: 10, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: false },
  { code: "1.009993", name: "Cấp giấy phép lao động cho người lao động nước ngoài làm việc trong khu công nghiệp, khu kinh tế", fieldCode: "G09-KT01", legalDays: 5, levels: ["SO"], onlineLevel: "TOAN_TRINH", hasFees: true },
];

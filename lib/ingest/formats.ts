// What a file of each kind looks like, for people: a short description, every column with what
// it means (DATA_FORMATS.md, in Vietnamese), and a template — header row plus example rows — as
// CSV or XLSX. The columns are the kinds' own field catalogues, so a template always has exactly
// the columns the importer reads (a test holds the help texts to the catalogues).
import ExcelJS from "exceljs";
import { CSV_BOM, csvLine } from "@/lib/csv";
import { KINDS } from "./kinds";
import type { ImportKind } from "./types";

export interface ColumnHelp {
  field: string;
  required: boolean;
  meaning: string;
}

export interface KindFormat {
  kind: ImportKind;
  /** one sentence: what the file holds and what its key is */
  description: string;
  /** the natural key's field(s), as errors name it */
  keyField: string;
  columns: ColumnHelp[];
  /** JSON-only nested lists (not columns of a CSV/XLSX file) */
  jsonOnly: ColumnHelp[];
  /** example rows of the template, by field */
  examples: Record<string, string>[];
}

const DATE = "ngày (yyyyMMdd, yyyy-MM-dd hoặc dd/MM/yyyy)";
const DATE_TIME = "ngày giờ (yyyyMMddHHmmss hoặc ISO 8601; không ghi múi giờ là giờ Việt Nam)";
const FLAG = "0 hoặc 1";

const MEANINGS: Record<ImportKind, Record<string, string>> = {
  agencies: {
    MaDonVi: "Mã đơn vị, duy nhất trong tỉnh (ví dụ 000.00.15.H87)",
    TenDonVi: "Tên đơn vị",
    CapDonVi: "Cấp: TINH (UBND tỉnh), SO (sở, ban, ngành, trung tâm), HUYEN (cấp huyện, trước 7/2025), XA (xã, phường, đặc khu), CHINHANH (chi nhánh), NGANHDOC (cơ quan ngành dọc)",
    MaDonViCha: "Mã đơn vị cấp trên (có thể ở dòng sau trong tệp)",
    HieuLucTu: `Bắt đầu hiệu lực: ${DATE}`,
    HieuLucDen: `Hết hiệu lực: ${DATE}`,
    MaDonViKeThua: "Mã đơn vị kế thừa sau sắp xếp, sáp nhập",
  },
  procedures: {
    MaTTHC: "Mã thủ tục trên Cơ sở dữ liệu quốc gia về TTHC",
    TenTTHC: "Tên thủ tục",
    MaLinhVuc: "Mã lĩnh vực",
    TenLinhVuc: "Tên lĩnh vực",
    ThoiHanGiaiQuyet: "Thời hạn giải quyết theo quy định, ngày làm việc (cho phép số thập phân, ví dụ 0,5)",
    CapThucHien: "Cấp có thẩm quyền, cách nhau bằng dấu chấm phẩy: TINH;SO;HUYEN;XA",
    CoQuanThucHien: "Mã các cơ quan thực hiện, cách nhau bằng dấu chấm phẩy; bỏ trống: mọi cơ quan thuộc cấp có thẩm quyền",
    MucDoDVC: "Mức độ dịch vụ công trực tuyến: TOAN_TRINH, MOT_PHAN hoặc KHONG (mặc định)",
    CoPhiLePhi: `Có phí, lệ phí: ${FLAG}`,
    DaCongBo: `Tỉnh đã công bố thủ tục: ${FLAG}`,
    NgayCongBo: `Ngày quyết định công bố của tỉnh: ${DATE}`,
  },
  dossiers: {
    MaHoSo: "Mã hồ sơ (khóa: nhập lại cùng mã thì cập nhật hồ sơ đó)",
    MaTTHC: "Mã thủ tục (có trong danh mục thủ tục của tỉnh)",
    MaDonViXuLy: "Mã cơ quan giải quyết (số liệu thống kê tính cho cơ quan này)",
    MaDonViTiepNhan: "Mã cơ quan tiếp nhận",
    KenhThucHien: "Kênh: 1 trực tiếp, 2 trực tuyến, 3 bưu chính công ích",
    NgayTiepNhan: `Ngày tiếp nhận: ${DATE_TIME}`,
    NgayHenTra: `Ngày hẹn trả: ${DATE_TIME}`,
    NgayKetThucXuLy: "Ngày kết thúc xử lý (trạng thái 8, 9, 10)",
    NgayTra: "Ngày trả kết quả",
    TrangThaiHoSo: "Trạng thái 1–10: 1 mới đăng ký, 2 được tiếp nhận, 3 không được tiếp nhận, 4 đang xử lý, 5 yêu cầu bổ sung, 6 yêu cầu thực hiện nghĩa vụ tài chính, 7 công dân rút hồ sơ, 8 dừng xử lý, 9 đã xử lý xong, 10 đã trả kết quả",
    ChuHoSo: "Chủ hồ sơ (dữ liệu cá nhân: chỉ hiện với người có nhiệm vụ)",
    LoaiDoiTuong: "Đối tượng: 1 công dân, 2 doanh nghiệp, 3 cơ quan nhà nước, 4 khác",
    DaDongBoDVCQG: `Đã đồng bộ lên Cổng Dịch vụ công quốc gia: ${FLAG}`,
    SoBuocXuLy: "Số bước xử lý đã ghi nhận",
    SoLanBoSung: "Số lần yêu cầu bổ sung",
    CoPhieuXinLoi: `Có phiếu xin lỗi (hồ sơ trễ hạn): ${FLAG}`,
    NgayHenTraMoi: "Ngày hẹn trả mới ghi trong phiếu xin lỗi",
    DuocThanhToanTrucTuyen: "Thanh toán trực tuyến: 0 không, 1 qua Cổng Dịch vụ công quốc gia, 2 qua cổng khác",
    HoSoCoThanhPhanSoHoa: `Thành phần hồ sơ đã số hóa: ${FLAG}`,
    TaiKhoanDuocXacThucVoiVNeID: `Người nộp xác thực bằng VNeID: ${FLAG}`,
    KetQua_TenTep: "Tên tệp kết quả",
    KetQua_LoaiTep: "Kiểu tệp kết quả, ví dụ application/pdf",
    KetQua_KichThuoc: "Kích thước tệp kết quả, byte",
    KetQua_SoTrangTrang: `Mọi trang của tệp kết quả đều trắng: ${FLAG}`,
    KetQua_MaBam: "SHA-256 của tệp kết quả",
    ThanhPhan_MaBam: "SHA-256 các tệp thành phần, cách nhau bằng dấu chấm phẩy",
    NgayCapNhat: "Lần thay đổi cuối ở hệ thống nguồn (bản ghi cũ hơn bản đã lưu thì bỏ qua)",
    DanhSachGiayToKetQua: "Danh sách tệp kết quả [{TenTep, LoaiTep, KichThuoc, MaBam}]",
    TaiLieuNop: "Danh sách tệp thành phần [{TenTep, LoaiTep, KichThuoc, MaBam}]",
  },
  holidays: {
    Ngay: `Ngày: ${DATE}`,
    Loai: "NGHI (ngày nghỉ) hoặc LAMBU (ngày làm bù vào thứ Bảy, Chủ nhật)",
    GhiChu: "Ghi chú, ví dụ Tết Nguyên đán, số văn bản",
  },
  "index-snapshots": {
    Ky: "Kỳ: YYYY-MM, YYYY-Qn hoặc YYYY",
    MaTinh: "Mã tỉnh, ví dụ H87",
    TenTinh: "Tên tỉnh",
    TongDiem: "Tổng điểm (0–100)",
    XepHang: "Thứ hạng",
    SoTinh: "Số tỉnh được xếp hạng (63 trước 7/2025, 34 từ 7/2025)",
    CongKhaiMinhBach: "Điểm nhóm công khai, minh bạch",
    TienDo: "Điểm nhóm tiến độ giải quyết",
    DichVuTrucTuyen: "Điểm nhóm dịch vụ công trực tuyến",
    ThanhToanTrucTuyen: "Điểm nhóm thanh toán trực tuyến",
    MucDoHaiLong: "Điểm nhóm mức độ hài lòng",
    SoHoa: "Điểm nhóm số hóa hồ sơ",
  },
};

const DESCRIPTIONS: Record<ImportKind, string> = {
  agencies: "Danh mục cơ quan, đơn vị của tỉnh và quan hệ cấp trên, kế thừa. Lần nhập đầu tiên của hệ thống tạo tỉnh.",
  procedures: "Danh mục thủ tục hành chính: lĩnh vực, thời hạn giải quyết, cấp thực hiện, mức độ dịch vụ công.",
  dossiers: "Hồ sơ từ Hệ thống một cửa điện tử (cùng trường với gói đồng bộ DongBoHoSoMC lên Cổng quốc gia).",
  holidays: "Ngày nghỉ lễ, Tết và ngày làm bù: dùng để tính hạn giải quyết theo ngày làm việc.",
  "index-snapshots": "Điểm và thứ hạng Bộ chỉ số 766 của các tỉnh do Cổng Dịch vụ công quốc gia công bố.",
};

const EXAMPLES: Record<ImportKind, Record<string, string>[]> = {
  agencies: [
    { MaDonVi: "000.00.00.H87", TenDonVi: "UBND tỉnh Đồng Tháp", CapDonVi: "TINH" },
    { MaDonVi: "000.00.15.H87", TenDonVi: "Sở Tư pháp", CapDonVi: "SO", MaDonViCha: "000.00.00.H87", HieuLucTu: "2025-07-01" },
  ],
  procedures: [
    {
      MaTTHC: "1.001234", TenTTHC: "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam", MaLinhVuc: "G09-TP01", TenLinhVuc: "Lý lịch tư pháp",
      ThoiHanGiaiQuyet: "10", CapThucHien: "SO", CoQuanThucHien: "000.00.15.H87", MucDoDVC: "TOAN_TRINH", CoPhiLePhi: "1", DaCongBo: "1", NgayCongBo: "2025-07-01",
    },
  ],
  dossiers: [
    {
      MaHoSo: "000.00.15.H87-260302-0001", MaTTHC: "1.001234", MaDonViXuLy: "000.00.15.H87", MaDonViTiepNhan: "000.00.15.H87", KenhThucHien: "2",
      NgayTiepNhan: "20260302083000", NgayHenTra: "20260316170000", NgayKetThucXuLy: "20260312100000", NgayTra: "20260313090000", TrangThaiHoSo: "10",
      LoaiDoiTuong: "1", DaDongBoDVCQG: "1", SoBuocXuLy: "5", SoLanBoSung: "0", CoPhieuXinLoi: "0", DuocThanhToanTrucTuyen: "1",
      HoSoCoThanhPhanSoHoa: "1", TaiKhoanDuocXacThucVoiVNeID: "1", KetQua_TenTep: "phieu-ly-lich-tu-phap.pdf", KetQua_LoaiTep: "application/pdf",
      KetQua_KichThuoc: "254120", KetQua_SoTrangTrang: "0", NgayCapNhat: "20260313090500",
    },
  ],
  holidays: [
    { Ngay: "2027-02-05", Loai: "NGHI", GhiChu: "Tết Nguyên đán" },
    { Ngay: "2027-02-13", Loai: "LAMBU", GhiChu: "Làm bù ngày 12/02/2027" },
  ],
  "index-snapshots": [
    {
      Ky: "2026-Q1", MaTinh: "H87", TenTinh: "Đồng Tháp", TongDiem: "86.52", XepHang: "7", SoTinh: "34", CongKhaiMinhBach: "17.8", TienDo: "18.2",
      DichVuTrucTuyen: "10.5", ThanhToanTrucTuyen: "8.9", MucDoHaiLong: "17.6", SoHoa: "13.5",
    },
  ],
};

function formatOf(kind: ImportKind): KindFormat {
  const { catalog, keyField } = KINDS[kind];
  const help = (field: string): ColumnHelp => ({ field, required: catalog.required.includes(field), meaning: MEANINGS[kind][field] ?? "" });
  return {
    kind, description: DESCRIPTIONS[kind], keyField,
    columns: catalog.fields.map(help), jsonOnly: (catalog.jsonOnly ?? []).map(help), examples: EXAMPLES[kind],
  };
}

export const IMPORT_FORMATS: Record<ImportKind, KindFormat> = {
  agencies: formatOf("agencies"),
  procedures: formatOf("procedures"),
  dossiers: formatOf("dossiers"),
  holidays: formatOf("holidays"),
  "index-snapshots": formatOf("index-snapshots"),
};

/** Template file name without extension, e.g. "mau-ho-so". */
export const TEMPLATE_NAMES: Record<ImportKind, string> = {
  agencies: "mau-co-quan", procedures: "mau-thu-tuc", dossiers: "mau-ho-so", holidays: "mau-ngay-nghi", "index-snapshots": "mau-chi-so-766",
};

const rowsOf = (format: KindFormat) => format.examples.map((example) => format.columns.map((c) => example[c.field] ?? ""));

/** The CSV template: UTF-8 with BOM (Excel opens it as Unicode), header row, example rows. */
export function templateCsv(kind: ImportKind): string {
  const format = IMPORT_FORMATS[kind];
  return CSV_BOM + csvLine(format.columns.map((c) => c.field)) + rowsOf(format).map(csvLine).join("");
}

/**
 * The XLSX template: the first sheet is the data (the only sheet an import reads), every cell
 * text so codes and dates stay as typed; a second sheet explains the columns.
 */
export async function templateXlsx(kind: ImportKind): Promise<Buffer> {
  const format = IMPORT_FORMATS[kind];
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet("Dữ liệu", { views: [{ state: "frozen", ySplit: 1 }] });
  data.columns = format.columns.map((c) => ({ header: c.field, key: c.field, width: Math.max(12, c.field.length + 4), style: { numFmt: "@" } }));
  data.getRow(1).font = { bold: true };
  for (const row of rowsOf(format)) data.addRow(row);
  const guide = workbook.addWorksheet("Hướng dẫn");
  guide.columns = [{ header: "Cột", width: 28 }, { header: "Bắt buộc", width: 10 }, { header: "Ý nghĩa", width: 100 }];
  guide.getRow(1).font = { bold: true };
  for (const c of format.columns) guide.addRow([c.field, c.required ? "Có" : "", c.meaning]);
  guide.addRow([]);
  guide.addRow(["", "", "Chỉ trang tính đầu tiên (Dữ liệu) được nhập; dòng 1 là dòng tiêu đề. Xóa các dòng ví dụ trước khi điền dữ liệu thật."]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// Bộ chỉ số 766 (QĐ 766/QĐ-TTg, 23/6/2022), as versioned data (DOMAIN.md §6). Stored in the
// database (indicator_framework / indicator_group / indicator) so an office can correct a rule
// or a weight without a release; this is the initial version seeded into every deployment.
// Rules marked approximate come from a public transcription of the national formula document.

export type ScoringRule = "LINEAR" | "FULL_AT_THRESHOLD" | "LINEAR_FULL_IF_NONE";

export interface IndicatorSpec {
  code: string;
  name: string;
  maxPoints: number;
  rule: ScoringRule;
  /** FULL_AT_THRESHOLD: the rate that earns full points (fraction) */
  threshold?: number;
  /** how the product computes it from dossier and procedure data */
  computation?: string;
  /** why dossier and procedure data cannot support it */
  notComputedReason?: string;
}

export interface GroupSpec {
  code: string;
  name: string;
  maxPoints: number;
  indicators: IndicatorSpec[];
}

const NO_PORTAL_DATA = "Cần dữ liệu của Cổng Dịch vụ công quốc gia / CSDL quốc gia về TTHC, không có trong dữ liệu hồ sơ của tỉnh.";
const NO_PETITION_DATA = "Cần dữ liệu phản ánh, kiến nghị (PAKN), chưa được nhập vào hệ thống.";

export const FRAMEWORK_766 = {
  code: "766",
  version: 1,
  name: "Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp (QĐ 766/QĐ-TTg)",
  validFrom: "2022-06-23",
  source: "QĐ 766/QĐ-TTg ngày 23/6/2022; quy tắc tính một số chỉ tiêu theo bản chép công khai (gần đúng)",
  groups: [
    {
      code: "1", name: "Công khai, minh bạch", maxPoints: 18,
      indicators: [
        { code: "1.1", name: "TTHC được công bố, công khai đúng hạn", maxPoints: 6, rule: "LINEAR", computation: "published procedures / procedures in competence (publication deadlines are not in the data)" },
        { code: "1.2", name: "TTHC được cập nhật, công khai đúng hạn trên CSDL quốc gia", maxPoints: 4, rule: "LINEAR", notComputedReason: NO_PORTAL_DATA },
        { code: "1.3", name: "TTHC công khai đầy đủ các thành phần", maxPoints: 2, rule: "LINEAR", notComputedReason: NO_PORTAL_DATA },
        { code: "1.4", name: "Hồ sơ đồng bộ lên Cổng DVC quốc gia", maxPoints: 6, rule: "LINEAR", computation: "dossiers.synced / max(received per reporting system, received per portal)" },
      ],
    },
    {
      code: "2", name: "Tiến độ, kết quả giải quyết", maxPoints: 20,
      indicators: [
        { code: "2.1", name: "Hồ sơ giải quyết, đang giải quyết đúng hoặc trước hạn", maxPoints: 20, rule: "LINEAR", computation: "(resolved on/before due + in progress within due) / (received or processed in period)" },
      ],
    },
    {
      code: "3", name: "Cung cấp dịch vụ trực tuyến", maxPoints: 22,
      indicators: [
        { code: "3.1", name: "TTHC cung cấp dịch vụ công trực tuyến", maxPoints: 2, rule: "FULL_AT_THRESHOLD", threshold: 0.8, computation: "procedures online / procedures in competence" },
        { code: "3.2", name: "Dịch vụ công trực tuyến phát sinh hồ sơ", maxPoints: 4, rule: "LINEAR", computation: "online procedures with >= 1 online dossier / online procedures" },
        { code: "3.3", name: "Hồ sơ nộp trực tuyến", maxPoints: 6, rule: "FULL_AT_THRESHOLD", threshold: 0.5, computation: "online dossiers / received dossiers x sync rate" },
        { code: "3.4", name: "TTHC có phí, lệ phí được công khai trên Cổng", maxPoints: 2, rule: "FULL_AT_THRESHOLD", threshold: 0.8, computation: "fee-bearing procedures with fee data / fee-bearing procedures" },
        { code: "3.5", name: "TTHC có phí phát sinh thanh toán trực tuyến", maxPoints: 2, rule: "FULL_AT_THRESHOLD", threshold: 0.8, computation: "fee-bearing procedures with >= 1 online payment / fee-bearing procedures" },
        { code: "3.6", name: "Hồ sơ thanh toán trực tuyến", maxPoints: 6, rule: "LINEAR", computation: "dossiers paid online / fee-bearing dossiers" },
      ],
    },
    {
      code: "4", name: "Số hóa hồ sơ", maxPoints: 22,
      indicators: [
        { code: "4.1", name: "Hồ sơ có kết quả điện tử", maxPoints: 6, rule: "LINEAR", computation: "dossiers with a valid electronic result file / dossiers whose procedure returns a result" },
        { code: "4.2", name: "Hồ sơ số hóa thành phần và kết quả", maxPoints: 4, rule: "LINEAR", computation: "resolved dossiers with digitised components and a result file / resolved dossiers whose procedure returns a result" },
        { code: "4.3", name: "Hồ sơ tái sử dụng dữ liệu số hóa", maxPoints: 2, rule: "FULL_AT_THRESHOLD", threshold: 0.8, notComputedReason: "Dữ liệu hồ sơ không cho biết hồ sơ có tái sử dụng dữ liệu đã số hóa hay không." },
        { code: "4.4", name: "Hồ sơ kết nối kho dữ liệu cá nhân trên Cổng DVC quốc gia", maxPoints: 4, rule: "LINEAR", notComputedReason: NO_PORTAL_DATA },
        { code: "4.5", name: "TTHC, hồ sơ sử dụng CSDL quốc gia về dân cư (VNeID)", maxPoints: 4, rule: "LINEAR", computation: "dossiers with VNeID-verified applicant / received dossiers" },
        { code: "4.6", name: "Chứng thực bản sao điện tử", maxPoints: 2, rule: "LINEAR", notComputedReason: "Cần dữ liệu chứng thực bản sao điện tử, không có trong dữ liệu hồ sơ." },
      ],
    },
    {
      code: "5", name: "Mức độ hài lòng", maxPoints: 18,
      indicators: [
        { code: "5.1", name: "Phản ánh, kiến nghị được xử lý đúng hạn", maxPoints: 6, rule: "LINEAR_FULL_IF_NONE", notComputedReason: NO_PETITION_DATA },
        { code: "5.2", name: "Mức độ hài lòng về xử lý phản ánh, kiến nghị", maxPoints: 6, rule: "LINEAR_FULL_IF_NONE", notComputedReason: NO_PETITION_DATA },
        { code: "5.3", name: "Mức độ hài lòng trong giải quyết TTHC", maxPoints: 6, rule: "FULL_AT_THRESHOLD", threshold: 0.9, computation: "100% - overdue share (complaints are not in the data)" },
      ],
    },
  ] satisfies GroupSpec[],
} as const;

// Vietnamese names of what the dossier explorer filters on (DOMAIN.md §2 statuses, channels,
// the figures of lib/stats/drilldown.ts) and the sentence describing an active filter, e.g.
// "Hồ sơ đang giải quyết quá hạn (cột 13) — Sở Tư pháp — Quý I/2026 — kỳ báo cáo (15/12/2025 – 14/03/2026)".
import type { Classification } from "@/lib/domain/classification";
import type { Figure } from "@/lib/stats/drilldown";
import { formatIsoDate, periodLabel, type Period } from "@/lib/domain/periods";

export const STATUS_LABELS: Record<number, string> = {
  1: "Mới đăng ký (chưa tiếp nhận)",
  2: "Được tiếp nhận",
  3: "Không được tiếp nhận",
  4: "Đang xử lý",
  5: "Yêu cầu bổ sung giấy tờ",
  6: "Yêu cầu thực hiện nghĩa vụ tài chính",
  7: "Công dân yêu cầu rút hồ sơ",
  8: "Dừng xử lý",
  9: "Đã xử lý xong",
  10: "Đã trả kết quả",
};

export const CHANNEL_LABELS: Record<number, string> = { 1: "Trực tiếp", 2: "Trực tuyến", 3: "Dịch vụ bưu chính công ích" };

export const FIGURE_LABELS: Record<Figure, string> = {
  c3: "Tổng số hồ sơ tiếp nhận (cột 3)",
  c4: "Hồ sơ tiếp nhận mới trực tuyến (cột 4)",
  c5: "Hồ sơ tiếp nhận mới trực tiếp, qua bưu chính (cột 5)",
  c6: "Hồ sơ từ kỳ trước chuyển sang (cột 6)",
  c7: "Hồ sơ đã giải quyết (cột 7)",
  c8: "Hồ sơ giải quyết trước hạn (cột 8)",
  c9: "Hồ sơ giải quyết đúng hạn (cột 9)",
  c10: "Hồ sơ giải quyết trễ hạn (cột 10)",
  c11: "Hồ sơ đang giải quyết (cột 11)",
  c12: "Hồ sơ đang giải quyết trong hạn (cột 12)",
  c13: "Hồ sơ đang giải quyết quá hạn (cột 13)",
  received: "Hồ sơ tiếp nhận mới trong kỳ (cột 4 + 5)",
  late: "Hồ sơ trễ hạn và quá hạn (cột 10 + 13)",
  lateWithApology: "Hồ sơ trễ hạn, quá hạn có phiếu xin lỗi",
  lateWithoutApology: "Hồ sơ trễ hạn, quá hạn chưa có phiếu xin lỗi",
  onTimeOrWithin: "Hồ sơ trước hạn, đúng hạn và đang trong hạn (cột 8 + 9 + 12)",
  synced: "Hồ sơ tiếp nhận mới đã đồng bộ lên Cổng DVC quốc gia",
  unsynced: "Hồ sơ tiếp nhận mới chưa đồng bộ lên Cổng DVC quốc gia",
  dueBeyondLegal: "Hồ sơ có ngày hẹn trả muộn hơn hạn theo quy định",
  feeBearing: "Hồ sơ tiếp nhận mới của thủ tục có phí, lệ phí",
  paidOnline: "Hồ sơ có phí đã thanh toán trực tuyến",
  notPaidOnline: "Hồ sơ có phí chưa thanh toán trực tuyến",
  vneidVerified: "Hồ sơ có tài khoản xác thực VNeID",
  vneidUnverified: "Hồ sơ chưa xác thực bằng tài khoản VNeID",
  historyGap: "Hồ sơ không có quá trình xử lý",
  resultExpected: "Hồ sơ đã giải quyết phải có kết quả điện tử",
  resultValid: "Hồ sơ có tệp kết quả điện tử hợp lệ",
  digitisedWithResult: "Hồ sơ số hóa thành phần và kết quả",
  notDigitisedWithResult: "Hồ sơ phải có kết quả điện tử nhưng chưa số hóa thành phần và kết quả",
  resultMissing: "Hồ sơ thiếu tệp kết quả",
  resultBlank: "Hồ sơ có tệp kết quả trắng, rỗng",
  resultArchive: "Hồ sơ có tệp kết quả là tệp nén",
  resultIdentical: "Hồ sơ có tệp kết quả trùng tệp thành phần đầu vào",
  resultDefective: "Hồ sơ có tệp kết quả không đạt (thiếu, trắng, nén, trùng đầu vào)",
};

/** The figures offered in the explorer's filter form, grouped as the dashboards show them (each exactly once). */
export const FIGURE_GROUPS: readonly { label: string; figures: readonly Figure[] }[] = [
  { label: "Biểu 06", figures: ["c3", "c4", "c5", "c6", "received", "c7", "c8", "c9", "c10", "c11", "c12", "c13"] },
  { label: "Trễ hạn, quá hạn", figures: ["late", "lateWithoutApology", "lateWithApology", "onTimeOrWithin"] },
  { label: "Lỗi dữ liệu", figures: ["unsynced", "historyGap", "dueBeyondLegal", "resultMissing", "resultBlank", "resultArchive", "resultIdentical", "resultDefective"] },
  { label: "Chỉ số 766", figures: ["synced", "feeBearing", "paidOnline", "notPaidOnline", "vneidVerified", "vneidUnverified", "resultExpected", "resultValid", "digitisedWithResult", "notDigitisedWithResult"] },
];

/** What an active filter names, resolved to display names. */
export interface FilterDescription {
  figure?: Figure;
  period?: Period;
  /** the agency named, or how far the list reaches without one */
  agency: { name: string } | "province" | "own-scope";
  field?: string;
  procedure?: string;
  status?: number;
  channel?: number;
  code?: string;
  receivedFrom?: string;
  receivedTo?: string;
}

/** One line naming what the list shows, in the order figure — agency — narrowing filters — period. */
export function describeFilter(f: FilterDescription): string {
  const parts: string[] = [f.figure ? FIGURE_LABELS[f.figure] : f.period ? "Hồ sơ tiếp nhận trong kỳ" : "Tất cả hồ sơ"];
  parts.push(f.agency === "province" ? "toàn tỉnh" : f.agency === "own-scope" ? "các cơ quan, đơn vị được giao" : f.agency.name);
  if (f.field) parts.push(`lĩnh vực ${f.field}`);
  if (f.procedure) parts.push(`thủ tục ${f.procedure}`);
  if (f.status !== undefined) parts.push(`trạng thái “${STATUS_LABELS[f.status]}”`);
  if (f.channel !== undefined) parts.push(`kênh ${CHANNEL_LABELS[f.channel]!.toLowerCase()}`);
  if (f.code) parts.push(`mã hồ sơ chứa “${f.code}”`);
  if (f.receivedFrom && f.receivedTo) parts.push(`tiếp nhận từ ${formatIsoDate(f.receivedFrom)} đến ${formatIsoDate(f.receivedTo)}`);
  else if (f.receivedFrom) parts.push(`tiếp nhận từ ${formatIsoDate(f.receivedFrom)}`);
  else if (f.receivedTo) parts.push(`tiếp nhận đến ${formatIsoDate(f.receivedTo)}`);
  parts.push(f.period ? periodLabel(f.period) : "mọi thời gian");
  return parts.join(" — ");
}

/** How a dossier counts in a window's Biểu 06, in words (reception column, then outcome column). */
export function describeClassification(c: Classification): { reception: string; outcome: string } | { excluded: string } {
  if (!c.counted) {
    return {
      excluded: {
        "not-received": "Không tính: hồ sơ chưa được tiếp nhận hoặc không được tiếp nhận (trạng thái 1, 3).",
        "received-after-window": "Không tính: hồ sơ được tiếp nhận sau ngày cuối của kỳ.",
        "finished-before-window": "Không tính: hồ sơ đã kết thúc xử lý trước ngày đầu của kỳ.",
      }[c.reason],
    };
  }
  return {
    reception: { online: "Tiếp nhận mới trực tuyến (cột 4)", direct: "Tiếp nhận mới trực tiếp, qua bưu chính (cột 5)", carried: "Từ kỳ trước chuyển sang (cột 6)" }[c.reception],
    outcome: {
      before: "Đã giải quyết trước hạn (cột 8)", on: "Đã giải quyết đúng hạn (cột 9)", late: "Đã giải quyết trễ hạn (cột 10)",
      within: "Đang giải quyết trong hạn (cột 12)", overdue: "Đang giải quyết quá hạn (cột 13)",
    }[c.outcome],
  };
}

/** The Biểu 06 figures a counted dossier falls in (reception column, outcome column). */
export function classificationFigures(c: Classification): Figure[] {
  if (!c.counted) return [];
  const reception: Figure = c.reception === "online" ? "c4" : c.reception === "direct" ? "c5" : "c6";
  const outcome: Figure = ({ before: "c8", on: "c9", late: "c10", within: "c12", overdue: "c13" } as const)[c.outcome];
  return [reception, outcome];
}

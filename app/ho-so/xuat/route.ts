import { z } from "zod";
import { db, sqlPool } from "@/lib/db/prisma";
import { viewerRoute } from "@/lib/api/viewer-route";
import { tableDownload, type ExportColumn } from "@/lib/export/table";
import { ExplorerFilter } from "@/lib/links";
import { formatDateTime } from "@/lib/format";
import { formatIsoDate } from "@/lib/domain/periods";
import { CHANNEL_LABELS, STATUS_LABELS } from "@/lib/explorer/labels";
import { exportDossiers, type ExplorerRow } from "@/lib/services/dossier-explorer";

const Format = z.enum(["xlsx", "csv"]).catch("xlsx");
const yesNo = (value: boolean) => (value ? "Có" : "Không");

/**
 * GET /ho-so/xuat?dinhdang=xlsx|csv&<the explorer's filters> — every matching dossier, streamed,
 * in the list's order; the applicant column only for viewers allowed to see it (cells of
 * agencies outside their reach stay empty). Refused (403, audited) for an agency outside scope.
 */
export const GET = viewerRoute(async (viewer, request, info) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const format = Format.parse(params.dinhdang);
  const filter = ExplorerFilter.parse(params);
  const result = await exportDossiers(db(), sqlPool(), viewer, filter, info);
  const columns: ExportColumn<ExplorerRow>[] = [
    { header: "Mã hồ sơ", kind: "text", value: (r) => r.code, width: 30 },
    { header: "Mã thủ tục", kind: "text", value: (r) => r.procedureCode, width: 14 },
    { header: "Tên thủ tục", kind: "text", value: (r) => r.procedureName, width: 48 },
    { header: "Cơ quan, đơn vị giải quyết", kind: "text", value: (r) => r.agencyName, width: 36 },
    { header: "Trạng thái", kind: "text", value: (r) => STATUS_LABELS[r.status] ?? String(r.status), width: 24 },
    { header: "Kênh tiếp nhận", kind: "text", value: (r) => CHANNEL_LABELS[r.channel] ?? String(r.channel), width: 16 },
    { header: "Ngày tiếp nhận", kind: "date", value: (r) => r.receivedOn },
    { header: "Thời điểm tiếp nhận", kind: "text", value: (r) => formatDateTime(r.receivedAt), width: 18 },
    { header: "Ngày hẹn trả", kind: "date", value: (r) => r.dueOn },
    { header: "Hạn theo quy định", kind: "date", value: (r) => r.legalDueOn },
    { header: "Ngày kết thúc xử lý", kind: "date", value: (r) => (r.status >= 7 ? r.finishedOn : null) },
    { header: `Số ngày quá hạn (đến ${formatIsoDate(result.asOf)})`, kind: "integer", value: (r) => r.daysOverdue },
    { header: "Phiếu xin lỗi", kind: "text", value: (r) => yesNo(r.apologyLetter), width: 12 },
    { header: "Đã đồng bộ Cổng DVC quốc gia", kind: "text", value: (r) => yesNo(r.synced), width: 14 },
    ...(result.applicantColumn ? [{ header: "Chủ hồ sơ", kind: "text" as const, value: (r: ExplorerRow) => r.applicantName ?? null, width: 28 }] : []),
  ];
  const exported = `Xuất lúc ${formatDateTime(new Date())} bởi ${viewer.displayName}`;
  const base = `ho-so-${result.period ? result.period.code : "tat-ca"}${filter.chitieu && result.period ? `-${filter.chitieu}` : ""}${filter.coquan ? `-cq${filter.coquan}` : ""}`;
  return tableDownload({
    title: `Danh sách hồ sơ — ${result.description}`,
    notes: [exported, ...(result.applicantColumn ? ["Có dữ liệu cá nhân của người nộp hồ sơ: chỉ dùng cho công việc được giao."] : [])],
    sheet: "Hồ sơ",
    columns,
    rows: result.rows,
  }, format, base.replace(/[^A-Za-z0-9._-]/g, "-"));
});

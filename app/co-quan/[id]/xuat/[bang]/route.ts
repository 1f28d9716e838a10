import { z } from "zod";
import { db, sqlPool } from "@/lib/db/prisma";
import { viewerRoute } from "@/lib/api/viewer-route";
import { jsonError } from "@/lib/api/responses";
import { tableDownload, type ExportColumn } from "@/lib/export/table";
import { exportAgencyEarlyWarning, exportAgencyForm06, exportAgencyLateWithoutApology } from "@/lib/services/agency-dashboard";
import { FORM06_COLUMNS, type Form06Columns } from "@/lib/domain/counters";
import { isoDate, localDayOf } from "@/lib/domain/local-time";
import { formatIsoDate, periodLabel } from "@/lib/domain/periods";
import { FORM06_COLUMN_LABELS } from "@/lib/domain/report-form";
import type { DrilldownDossier } from "@/lib/stats/drilldown";
import type { WarnedDossier } from "@/lib/stats/early-warning";
import { agencyPageState } from "../../state";
import { formatDateTime } from "@/lib/format";
import { STATUS_LABELS } from "@/lib/explorer/labels";

const Params = z.object({
  id: z.coerce.number().int().positive().max(2_147_483_647),
  bang: z.enum(["bieu-06", "sap-qua-han", "chua-xin-loi"]),
});
const Format = z.enum(["xlsx", "csv"]).catch("xlsx");

const localDate = (instant: Date | null) => (instant ? isoDate(localDayOf(instant)) : null);
const NOT_FOUND = () => jsonError(404, "Không tìm thấy cơ quan, đơn vị.");

/**
 * GET /co-quan/:id/xuat/bieu-06|sap-qua-han|chua-xin-loi?ky=&kieu=&ngay=&dinhdang=xlsx|csv — a
 * table of the agency page, whole (not one page of it), as the page's URL state selects it.
 */
export const GET = viewerRoute<{ params: Promise<{ id: string; bang: string }> }>(async (viewer, request, info, { params }) => {
  const target = Params.safeParse(await params);
  if (!target.success) return NOT_FOUND();
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const { state } = agencyPageState(search);
  const format = Format.parse(search.dinhdang ?? "xlsx");
  const exportedAt = `Xuất lúc ${formatDateTime(new Date())} (giờ Việt Nam)`;
  const { id, bang } = target.data;

  if (bang === "bieu-06") {
    const data = await exportAgencyForm06(db(), sqlPool(), viewer, id, state.period, info);
    if (!data) return NOT_FOUND();
    type Row = { code: string; name: string; columns: Form06Columns };
    const columns: ExportColumn<Row>[] = [
      { header: "Mã lĩnh vực", kind: "text", value: (r) => r.code, width: 14 },
      { header: "Lĩnh vực", kind: "text", value: (r) => r.name, width: 48 },
      ...FORM06_COLUMNS.map((c): ExportColumn<Row> => ({ header: `(${FORM06_COLUMN_LABELS[c].number}) ${FORM06_COLUMN_LABELS[c].label}`, kind: "integer", value: (r) => r.columns[c] })),
    ];
    const rows: Row[] = [...data.rows.map((r) => ({ code: r.field.code, name: r.field.name, columns: r.columns })), { code: "", name: "Tổng cộng", columns: data.total }];
    return tableDownload({
      title: `Biểu 06 theo lĩnh vực — ${data.agency.name} (${data.agency.code}) — ${periodLabel(data.period)}`,
      notes: [exportedAt], sheet: "Biểu 06", columns, rows,
    }, format, `co-quan-${data.agency.code}-bieu-06-${data.period.code}`);
  }

  if (bang === "sap-qua-han") {
    const data = await exportAgencyEarlyWarning(db(), sqlPool(), viewer, id, state.days, info);
    if (!data) return NOT_FOUND();
    const columns: ExportColumn<WarnedDossier>[] = [
      { header: "Mã hồ sơ", kind: "text", value: (d) => d.code, width: 28 },
      { header: "Mã thủ tục", kind: "text", value: (d) => d.procedureCode, width: 12 },
      { header: "Thủ tục", kind: "text", value: (d) => d.procedureName, width: 48 },
      { header: "Ngày tiếp nhận", kind: "date", value: (d) => localDate(d.receivedAt) },
      { header: "Hạn trả", kind: "date", value: (d) => d.due },
      { header: "Còn (ngày làm việc)", kind: "integer", value: (d) => d.workingDaysLeft },
      { header: "Trạng thái", kind: "text", value: (d) => STATUS_LABELS[d.status] ?? String(d.status), width: 20 },
    ];
    return tableDownload({
      title: `Hồ sơ sắp đến hạn trong ${data.days} ngày làm việc (${formatIsoDate(data.today)} – ${formatIsoDate(data.warned.horizon)}) — ${data.agency.name} (${data.agency.code})`,
      notes: ["Đang giải quyết, chưa quá hạn; không gồm hồ sơ chờ người nộp bổ sung hoặc thực hiện nghĩa vụ tài chính.", exportedAt],
      sheet: "Sắp đến hạn", columns, rows: data.warned.dossiers,
    }, format, `co-quan-${data.agency.code}-sap-den-han-${data.today}`);
  }

  const data = await exportAgencyLateWithoutApology(db(), sqlPool(), viewer, id, state.period, info);
  if (!data) return NOT_FOUND();
  const columns: ExportColumn<DrilldownDossier>[] = [
    { header: "Mã hồ sơ", kind: "text", value: (d) => d.code, width: 28 },
    { header: "Mã thủ tục", kind: "text", value: (d) => d.procedureCode, width: 12 },
    { header: "Thủ tục", kind: "text", value: (d) => d.procedureName, width: 48 },
    { header: "Ngày tiếp nhận", kind: "date", value: (d) => localDate(d.receivedAt) },
    { header: "Hạn trả", kind: "date", value: (d) => localDate(d.dueAt) },
    { header: "Hạn theo quy định", kind: "date", value: (d) => localDate(d.legalDueAt) },
    { header: "Ngày kết thúc xử lý", kind: "date", value: (d) => localDate(d.finishedAt) },
    { header: "Trạng thái", kind: "text", value: (d) => STATUS_LABELS[d.status] ?? String(d.status), width: 20 },
  ];
  return tableDownload({
    title: `Hồ sơ trễ hạn, quá hạn chưa có phiếu xin lỗi — ${data.agency.name} (${data.agency.code}) — ${periodLabel(data.period)}`,
    notes: [exportedAt], sheet: "Chưa có phiếu xin lỗi", columns, rows: data.rows,
  }, format, `co-quan-${data.agency.code}-chua-xin-loi-${data.period.code}`);
});

import "server-only";
// The league table as a download: the rows the page shows (same period, filters and order; all
// pages), the columns the page shows, Vietnamese headers; the title names the period with its
// dates, the notes say which filters and which penalty thresholds applied.
import { formatIsoDate, periodLabel } from "@/lib/domain/periods";
import { BAND_LABELS, leagueColumn, visibleColumns, type LeagueColumn, type LeagueRow } from "@/lib/domain/league";
import type { LeagueQuery } from "@/lib/league-query";
import type { LeagueTable } from "@/lib/services/league";
import { AGENCY_LEVEL_LABELS, formatDateTime, formatDecimal, formatPercent } from "@/lib/format";
import type { ExportColumn, ExportTable } from "./table";

export const LEAGUE_TITLE = "Bảng xếp hạng cơ quan, đơn vị";

function exportColumns(column: LeagueColumn): ExportColumn<LeagueRow>[] {
  if (column.id === "coquan") {
    return [
      { header: "Mã đơn vị", kind: "text", value: (r) => r.agency.code, width: 18 },
      { header: column.header, kind: "text", value: (r) => r.agency.name, width: 44 },
    ];
  }
  if (column.id === "hang") {
    return [
      { header: "Hạng (trong cùng cấp)", kind: "integer", value: (r) => r.rank, width: 10 },
      { header: "Số đơn vị cùng cấp được xếp hạng", kind: "integer", value: (r) => r.rankOf, width: 12 },
    ];
  }
  const main: ExportColumn<LeagueRow> = { header: column.header, kind: column.kind, value: column.value, width: column.kind === "text" ? 26 : 14 };
  // the colour band of the screen, in words
  if (column.id === "tyle") return [main, { header: "Mức so với ngưỡng", kind: "text", value: (r) => (r.hasDossiers ? BAND_LABELS[r.band] : null), width: 16 }];
  return [main];
}

export function leagueExportTable(table: LeagueTable, query: LeagueQuery, now: Date = new Date()): ExportTable<LeagueRow> {
  const filters = [
    query.cap ? `cấp: ${AGENCY_LEVEL_LABELS[query.cap]}` : null,
    query.q ? `tên hoặc mã chứa "${query.q}"` : null,
    query.vuot ? "chỉ đơn vị vượt ngưỡng" : null,
  ].filter((f): f is string => f !== null);
  const sorted = leagueColumn(table.sort.column);
  const rules = table.ruleSet
    ? `Ngưỡng trừ điểm áp dụng từ ${formatIsoDate(table.ruleSet.validFrom)}: ${table.ruleSet.rules.map((r) => `${AGENCY_LEVEL_LABELS[r.level]} vượt ${formatPercent(r.threshold)} trừ ${formatDecimal(r.points)} điểm`).join("; ")}`
    : "Chưa cấu hình ngưỡng trừ điểm cho kỳ này";
  return {
    title: `${LEAGUE_TITLE} — ${periodLabel(table.period)}`,
    notes: [
      `Lọc: ${filters.length ? filters.join("; ") : "tất cả cơ quan, đơn vị"}${table.scoped ? " (các đơn vị bạn phụ trách)" : ""}. Sắp xếp: ${sorted.header}, ${table.sort.direction === "asc" ? "tăng dần" : "giảm dần"}.`,
      `Hạng theo tỷ lệ trễ hạn, quá hạn trong cùng cấp; thay đổi hạng so với kỳ ${periodLabel(table.previous)}. ${rules}.`,
      `Xuất lúc ${formatDateTime(now)} (giờ Việt Nam).`,
    ],
    sheet: "Bang xep hang",
    columns: visibleColumns(query.cot).flatMap(exportColumns),
    rows: table.rows,
  };
}

import Link from "next/link";
import type { Metadata } from "next";
import { db, sqlPool } from "@/lib/db/prisma";
import { AppShell } from "@/components/app-shell";
import { Forbidden } from "@/components/forbidden";
import { PeriodCaption, pagePeriod } from "@/components/period-fields";
import { ForbiddenError } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { currentRequestInfo } from "@/lib/auth/request-context";
import { getLeagueTable } from "@/lib/services/league";
import { LEAGUE_COLUMNS, visibleColumns } from "@/lib/domain/league";
import { LEAGUE_EXPORT_PATH, LEAGUE_PATH, leagueSearch, parseLeagueQuery, periodFamilyOf } from "@/lib/league-query";
import { agencyHref, explorerHref } from "@/lib/links";
import { formatInteger } from "@/lib/format";
import { formatIsoDate, periodLabel, periodName } from "@/lib/domain/periods";
import { LeagueTableView, type LeagueViewRow } from "./league-table";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Bảng xếp hạng cơ quan, đơn vị" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function LeaguePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const query = parseLeagueQuery(await searchParams);
  const period = pagePeriod(query.ky, periodFamilyOf(query));
  let table;
  try {
    table = await getLeagueTable(db(), sqlPool(), viewer, period, query, await currentRequestInfo());
  } catch (error) {
    if (!(error instanceof ForbiddenError)) throw error;
    return (
      <AppShell viewer={viewer} current={LEAGUE_PATH}>
        <h1 className="text-2xl font-semibold mb-4">Bảng xếp hạng cơ quan, đơn vị</h1>
        <Forbidden message="Bảng xếp hạng dành cho Văn phòng UBND tỉnh, lãnh đạo tỉnh và đầu mối KSTTHC của các cơ quan, đơn vị." />
      </AppShell>
    );
  }

  // every figure links to the dossiers behind it, in the same window
  const rows: LeagueViewRow[] = table.rows.map((row) => ({
    ...row,
    links: {
      agency: agencyHref(row.agency.id, period.code),
      ...Object.fromEntries(LEAGUE_COLUMNS.filter((c) => c.figure).map((c) => [
        c.id, explorerHref({ period: period.code, family: period.family, figure: c.figure, agencyId: row.agency.id }),
      ])),
    },
  }));
  // the export names the resolved period, so it is the table on screen even across a quarter's end
  const exportQuery = { ...query, ky: period.code, kieu: period.family === "calendar" ? ("lich" as const) : undefined };
  const exportHref = (format: "xlsx" | "csv") => `${LEAGUE_EXPORT_PATH}${leagueSearch(exportQuery)}&dinhdang=${format}`;

  return (
    <AppShell viewer={viewer} current={LEAGUE_PATH}>
      <h1 className="text-2xl font-semibold mb-1">Bảng xếp hạng cơ quan, đơn vị</h1>
      <PeriodCaption period={period} />
      <p className="text-sm text-slate-600 mb-3">
        Xếp hạng theo tỷ lệ hồ sơ trễ hạn, quá hạn trong cùng cấp; thay đổi hạng so với {periodName(table.previous)} ({formatIsoDate(table.previous.start)} – {formatIsoDate(table.previous.end)}).
        {table.scoped ? <strong className="block text-slate-800 mt-1" data-testid="league-scoped">Chỉ hiển thị các cơ quan, đơn vị bạn phụ trách; thứ hạng tính trong toàn tỉnh.</strong> : null}
      </p>
      <nav aria-label="Loại kỳ" className="flex gap-2 mb-3 text-sm no-print">
        <Link
          href={`${LEAGUE_PATH}${leagueSearch({ ...query, ky: undefined, kieu: undefined, trang: 1 })}`}
          aria-current={period.family === "reporting" ? "page" : undefined}
          className={`rounded border px-3 py-1 ${period.family === "reporting" ? "bg-brand-600 text-white border-brand-600" : "border-slate-300 bg-white text-brand-700"}`}
        >
          Kỳ báo cáo (15 tháng trước – 14)
        </Link>
        <Link
          href={`${LEAGUE_PATH}${leagueSearch({ ...query, ky: undefined, kieu: "lich", trang: 1 })}`}
          aria-current={period.family === "calendar" ? "page" : undefined}
          className={`rounded border px-3 py-1 ${period.family === "calendar" ? "bg-brand-600 text-white border-brand-600" : "border-slate-300 bg-white text-brand-700"}`}
        >
          Theo lịch (Bộ chỉ số 766)
        </Link>
      </nav>
      <LeagueTableView
        rows={rows}
        query={query}
        period={period}
        periodText={periodLabel(period)}
        levels={table.levels}
        total={table.total}
        agencyCount={table.agencyCount}
        page={table.page}
        pages={table.pages}
        visible={visibleColumns(query.cot).map((c) => c.id)}
        sort={table.sort}
        ruleSet={table.ruleSet}
        frameworkMissing={table.frameworkMissing}
        exportHrefs={{ xlsx: exportHref("xlsx"), csv: exportHref("csv") }}
      />
      <p className="text-xs text-slate-500 mt-3">
        {formatInteger(table.agencyCount)} cơ quan, đơn vị hoạt động trong kỳ (kể cả đơn vị không có hồ sơ, không xếp hạng).
        Điểm 766 tính trên các chỉ tiêu có đủ dữ liệu của tỉnh, cùng khoảng ngày với kỳ đang xem.
      </p>
    </AppShell>
  );
}

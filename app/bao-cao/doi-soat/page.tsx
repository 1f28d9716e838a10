import Link from "next/link";
import type { Metadata } from "next";
import { db, sqlPool } from "@/lib/db/prisma";
import { AppShell } from "@/components/app-shell";
import { Forbidden } from "@/components/forbidden";
import { ForbiddenError } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { currentRequestInfo } from "@/lib/auth/request-context";
import { firstValues } from "@/lib/url-query";
import { FINDING_CAUSE_LABELS, FINDING_CAUSES } from "@/lib/domain/reconciliation";
import { formatInteger } from "@/lib/format";
import { explorerHref } from "@/lib/links";
import { reconciliationSummary, type ReconciliationSummary } from "@/lib/services/reports";
import { ReportSectionNav } from "../section-nav";
import { StatusBadge } from "../status-badge";
import { reportWindow, WindowSelect } from "../window-select";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Đối soát Biểu 06 toàn tỉnh" };

// the columns compared on this page: received, resolved (and late), in progress (and overdue)
const SHOWN = ["c3", "c7", "c10", "c11", "c13"] as const;
const SHOWN_LABELS: Record<(typeof SHOWN)[number], string> = { c3: "Tiếp nhận (3)", c7: "Đã giải quyết (7)", c10: "Giải quyết quá hạn (10)", c11: "Đang giải quyết (11)", c13: "Đang quá hạn (13)" };

export default async function ReconciliationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = firstValues(await searchParams);
  const viewer = await requireViewer();
  const period = reportWindow(raw.ky);
  let summary: ReconciliationSummary;
  try {
    summary = await reconciliationSummary(db(), sqlPool(), viewer, period.code, await currentRequestInfo());
  } catch (error) {
    if (!(error instanceof ForbiddenError)) throw error;
    return (
      <AppShell viewer={viewer} current="/bao-cao">
        <h1 className="text-2xl font-semibold mb-4">Đối soát Biểu 06 toàn tỉnh</h1>
        <Forbidden />
      </AppShell>
    );
  }
  const { totals } = summary;
  return (
    <AppShell viewer={viewer} current="/bao-cao">
      <h1 className="text-2xl font-semibold mb-1">Đối soát Biểu 06 toàn tỉnh</h1>
      <p className="text-slate-600 mb-3" data-testid="period-label">{summary.periodLabel}</p>
      <ReportSectionNav viewer={viewer} current="/bao-cao/doi-soat" />
      <form method="get" action="/bao-cao/doi-soat" className="flex flex-wrap items-end gap-3 mb-4 no-print" aria-label="Chọn kỳ">
        <WindowSelect period={period} />
        <button type="submit" className="bg-brand-600 hover:bg-brand-700 text-white rounded px-4 py-1.5">Xem</button>
      </form>
      <p className="text-sm mb-3" data-testid="reconciliation-totals">
        <strong>{formatInteger(totals.agenciesWithOpenFindings)}</strong> cơ quan còn <strong>{formatInteger(totals.openFindings)}</strong> chênh lệch chưa xử lý.
        Tổng số hồ sơ tiếp nhận (cột 3) theo báo cáo của các cơ quan đã lập: {formatInteger(totals.reported.c3)};
        theo Hệ thống một cửa (mọi cơ quan):{" "}
        <a className="text-brand-700 underline" href={explorerHref({ period: period.code, figure: "c3" })}>{formatInteger(totals.system.c3)}</a>.
      </p>
      {summary.rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm" data-testid="empty-state">
          Kỳ này chưa có báo cáo và Hệ thống một cửa chưa có hồ sơ nào. Chọn kỳ khác, hoặc nhập dữ liệu hồ sơ ở trang Nhập dữ liệu.
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm" data-testid="reconciliation-table">
            <caption className="sr-only">Chênh lệch giữa báo cáo của các cơ quan và Hệ thống một cửa, {summary.periodLabel}</caption>
            <thead className="bg-slate-100 text-slate-700 text-xs">
              <tr>
                <th scope="col" rowSpan={2} className="px-2 py-1 text-left">Cơ quan, đơn vị</th>
                <th scope="col" rowSpan={2} className="px-2 py-1 text-left">Trạng thái</th>
                <th scope="col" rowSpan={2} className="px-2 py-1 text-right">Chênh lệch chưa xử lý</th>
                <th scope="col" rowSpan={2} className="px-2 py-1 text-left">Theo nguyên nhân</th>
                {SHOWN.map((c) => <th key={c} scope="colgroup" colSpan={2} className="px-2 py-1 border-l border-slate-200">{SHOWN_LABELS[c]}</th>)}
              </tr>
              <tr>
                {SHOWN.flatMap((c) => [
                  <th key={`${c}-r`} scope="col" className="px-2 py-1 text-right border-l border-slate-200">Báo cáo</th>,
                  <th key={`${c}-s`} scope="col" className="px-2 py-1 text-right">Hệ thống</th>,
                ])}
              </tr>
            </thead>
            <tbody>
              {summary.rows.map((r) => (
                <tr key={r.agency.id} className="border-t border-slate-100 align-top" data-testid="reconciliation-row" data-agency={r.agency.code}>
                  <th scope="row" className="px-2 py-1 text-left font-normal">
                    {r.reportId === null ? r.agency.name : <Link className="text-brand-700 underline" href={`/bao-cao/${r.reportId}`}>{r.agency.name}</Link>}
                    <span className="block font-mono text-xs text-slate-500">{r.agency.code}</span>
                  </th>
                  <td className="px-2 py-1"><StatusBadge status={r.status} /></td>
                  <td className={`px-2 py-1 num ${r.openFindings ? "text-red-800 font-semibold" : ""}`}>{r.reportId === null ? "—" : formatInteger(r.openFindings)}</td>
                  <td className="px-2 py-1 text-xs">
                    {FINDING_CAUSES.filter((c) => r.openByCause[c]).map((c) => <span key={c} className="block">{FINDING_CAUSE_LABELS[c]}: {formatInteger(r.openByCause[c]!)}</span>)}
                  </td>
                  {SHOWN.flatMap((c) => [
                    <td key={`${c}-r`} className={`px-2 py-1 num border-l border-slate-100 ${r.reported && r.reported[c] !== r.system[c] ? "text-amber-900 font-semibold" : ""}`}>{r.reported ? formatInteger(r.reported[c]) : "—"}</td>,
                    <td key={`${c}-s`} className="px-2 py-1 num"><a className="text-brand-700 underline" href={explorerHref({ period: period.code, figure: c, agencyId: r.agency.id })}>{formatInteger(r.system[c])}</a></td>,
                  ])}
                </tr>
              ))}
            </tbody>
            <tfoot className="border-t-2 border-slate-300 font-semibold">
              <tr>
                <th scope="row" className="px-2 py-1 text-left">Toàn tỉnh</th>
                <td />
                <td className="px-2 py-1 num">{formatInteger(totals.openFindings)}</td>
                <td />
                {SHOWN.flatMap((c) => [
                  <td key={`${c}-r`} className="px-2 py-1 num border-l border-slate-100">{formatInteger(totals.reported[c])}</td>,
                  <td key={`${c}-s`} className="px-2 py-1 num"><a className="text-brand-700 underline" href={explorerHref({ period: period.code, figure: c })}>{formatInteger(totals.system[c])}</a></td>,
                ])}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <p className="text-xs text-slate-500 mt-2">Bấm tên cơ quan để xem từng ô, nguyên nhân có thể và giải trình; bấm số của Hệ thống để xem các hồ sơ.</p>
    </AppShell>
  );
}

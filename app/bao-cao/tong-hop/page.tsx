import Link from "next/link";
import type { Metadata } from "next";
import { db } from "@/lib/db/prisma";
import { AppShell } from "@/components/app-shell";
import { Forbidden } from "@/components/forbidden";
import { ForbiddenError } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { currentRequestInfo } from "@/lib/auth/request-context";
import { firstValues } from "@/lib/url-query";
import { FORM06_COLUMNS, type Form06Columns } from "@/lib/domain/counters";
import { FORM06_COLUMN_LABELS } from "@/lib/domain/report-form";
import { formatDateTime, formatInteger } from "@/lib/format";
import { consolidatedReport, type ConsolidatedReport } from "@/lib/services/reports";
import { ReportSectionNav } from "../section-nav";
import { StatusBadge } from "../status-badge";
import { reportWindow, WindowSelect } from "../window-select";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Báo cáo tổng hợp Biểu 06 của tỉnh" };

function ColumnsHead() {
  return (
    <>
      {FORM06_COLUMNS.map((c) => <th key={c} scope="col" className="px-2 py-1 text-right"><abbr title={FORM06_COLUMN_LABELS[c].label} className="no-underline">({FORM06_COLUMN_LABELS[c].number})</abbr></th>)}
    </>
  );
}

function ColumnsCells({ columns }: { columns: Form06Columns }) {
  return <>{FORM06_COLUMNS.map((c) => <td key={c} className="px-2 py-1 num">{formatInteger(columns[c])}</td>)}</>;
}

export default async function ConsolidatedPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = firstValues(await searchParams);
  const viewer = await requireViewer();
  const period = reportWindow(raw.ky);
  const byField = raw.theo === "linhvuc";
  let report: ConsolidatedReport;
  try {
    report = await consolidatedReport(db(), viewer, period.code, await currentRequestInfo());
  } catch (error) {
    if (!(error instanceof ForbiddenError)) throw error;
    return (
      <AppShell viewer={viewer} current="/bao-cao">
        <h1 className="text-2xl font-semibold mb-4">Báo cáo tổng hợp của tỉnh</h1>
        <Forbidden />
      </AppShell>
    );
  }
  const exportHref = `/bao-cao/tong-hop/xuat?ky=${report.period}${byField ? "&theo=linhvuc" : ""}`;
  return (
    <AppShell viewer={viewer} current="/bao-cao">
      <h1 className="text-2xl font-semibold mb-1">Báo cáo tổng hợp Biểu 06 của tỉnh</h1>
      <p className="text-slate-600 mb-3" data-testid="period-label">{report.periodLabel}</p>
      <ReportSectionNav viewer={viewer} current="/bao-cao/tong-hop" />
      <form method="get" action="/bao-cao/tong-hop" className="flex flex-wrap items-end gap-3 mb-4 no-print" aria-label="Chọn kỳ và cách trình bày">
        <WindowSelect period={period} />
        <div>
          <label htmlFor="theo" className="block text-sm text-slate-700">Mỗi dòng là</label>
          <select id="theo" name="theo" defaultValue={byField ? "linhvuc" : "coquan"} className="border border-slate-300 rounded px-2 py-1.5 bg-white">
            <option value="coquan">một cơ quan, đơn vị</option>
            <option value="linhvuc">một lĩnh vực</option>
          </select>
        </div>
        <button type="submit" className="bg-brand-600 hover:bg-brand-700 text-white rounded px-4 py-1.5">Xem</button>
        <a href={exportHref} className="text-brand-700 underline py-1.5" data-testid="export-consolidated" download>Tải Biểu 06 tổng hợp (XLSX, mẫu chính thức)</a>
      </form>
      <p className="text-sm text-slate-600 mb-2 max-w-4xl">
        Chỉ cộng các báo cáo <strong>đã duyệt</strong>: {formatInteger(report.agencies.length)} cơ quan.
        {report.notApproved.length ? ` Còn ${formatInteger(report.notApproved.length)} cơ quan chưa có báo cáo được duyệt (danh sách ở dưới).` : " Mọi cơ quan phải nộp đều đã được duyệt."}
      </p>
      {report.agencies.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm" data-testid="empty-state">
          Kỳ này chưa có báo cáo nào được duyệt. Xem xét và duyệt báo cáo của các cơ quan ở trang <Link href={`/bao-cao?ky=${report.period}`} className="text-brand-700 underline">Báo cáo và tình hình nộp</Link>.
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm" data-testid="consolidated-table">
            <caption className="sr-only">Biểu 06 tổng hợp của tỉnh, {report.periodLabel}, {byField ? "theo lĩnh vực" : "theo cơ quan"}</caption>
            <thead className="bg-slate-100 text-slate-700 text-xs">
              <tr>
                <th scope="col" className="px-2 py-1 text-left">STT</th>
                <th scope="col" className="px-2 py-1 text-left">{byField ? "Lĩnh vực" : "Cơ quan, đơn vị"}</th>
                <ColumnsHead />
              </tr>
            </thead>
            <tbody>
              {byField
                ? report.fields.map((f, i) => (
                    <tr key={f.fieldCode} className="border-t border-slate-100">
                      <td className="px-2 py-1 text-slate-500">{i + 1}</td>
                      <th scope="row" className="px-2 py-1 text-left font-normal">{f.fieldName ?? f.fieldCode}<span className="block font-mono text-xs text-slate-500">{f.fieldCode}</span></th>
                      <ColumnsCells columns={f.columns} />
                    </tr>
                  ))
                : report.agencies.map((a, i) => (
                    <tr key={a.agency.id} className="border-t border-slate-100" data-testid="consolidated-row" data-agency={a.agency.code}>
                      <td className="px-2 py-1 text-slate-500">{i + 1}</td>
                      <th scope="row" className="px-2 py-1 text-left font-normal">
                        <Link href={`/bao-cao/${a.reportId}`} className="text-brand-700 underline">{a.agency.name}</Link>
                        {a.approvedAt ? <span className="block text-xs text-slate-500">duyệt {formatDateTime(a.approvedAt)}</span> : null}
                      </th>
                      <ColumnsCells columns={a.columns} />
                    </tr>
                  ))}
            </tbody>
            <tfoot className="border-t-2 border-slate-300 font-semibold">
              <tr data-testid="consolidated-total">
                <td />
                <th scope="row" className="px-2 py-1 text-left">Tổng cộng</th>
                <ColumnsCells columns={report.total} />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {report.notApproved.length ? (
        <section aria-labelledby="missing-heading" className="mt-6">
          <h2 id="missing-heading" className="text-lg font-semibold mb-2">Cơ quan chưa có báo cáo được duyệt</h2>
          <ul className="text-sm grid md:grid-cols-2 gap-1" data-testid="not-approved">
            {report.notApproved.map((n) => (
              <li key={n.agency.id} className="flex items-center gap-2"><StatusBadge status={n.status} /> {n.agency.name}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </AppShell>
  );
}

import Link from "next/link";
import type { Metadata } from "next";
import { db } from "@/lib/db/prisma";
import { AppShell } from "@/components/app-shell";
import { Forbidden } from "@/components/forbidden";
import { Pagination } from "@/components/pagination";
import { FILTER_INPUT, FilterActions } from "@/components/filter-fields";
import { canViewProvince, type Viewer } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { currentRequestInfo } from "@/lib/auth/request-context";
import type { RequestInfo } from "@/lib/auth/request";
import { firstValues } from "@/lib/url-query";
import { formatDateTime, formatInteger, formatPercent } from "@/lib/format";
import { formatIsoDate, periodName } from "@/lib/domain/periods";
import { TIMELINESS_LABELS } from "@/lib/domain/report-deadline";
import { REPORT_STATUS_LABELS, TIMELINESS_STYLES } from "@/lib/report-labels";
import { RateQuery, rateTablePage } from "@/lib/report-rate";
import { focalReportWindows, reportingRateRows } from "@/lib/services/report-views";
import { reportWindow, WindowSelect } from "./window-select";
import { ReportSectionNav } from "./section-nav";
import { StatusBadge } from "./status-badge";
import { OpenDraftForm } from "./open-draft-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Báo cáo Biểu 06" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function ReportsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const raw = firstValues(await searchParams);
  const viewer = await requireViewer();
  const request = await currentRequestInfo();
  const focal = viewer.roles.includes("FOCAL") && viewer.focalAgencyIds.size > 0;
  const province = canViewProvince(viewer);
  return (
    <AppShell viewer={viewer} current="/bao-cao">
      <h1 className="text-2xl font-semibold mb-1">Báo cáo Biểu 06</h1>
      <p className="text-sm text-slate-600 mb-3 max-w-4xl">
        Tình hình, kết quả giải quyết TTHC tại cơ quan, đơn vị (Biểu số 06/VPCP/KSTT, Thông tư 01/2020/TT-VPCP): cơ quan lập và gửi theo kỳ,
        Văn phòng UBND tỉnh đối chiếu với Hệ thống một cửa, trả lại hoặc duyệt.
      </p>
      <ReportSectionNav viewer={viewer} current="/bao-cao" />
      {!focal && !province ? (
        viewer.roles.includes("FOCAL")
          ? <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm" data-testid="empty-state">Tài khoản đầu mối chưa được giao cơ quan nào. Hãy đề nghị quản trị viên giao cơ quan cho bạn để lập báo cáo.</p>
          : <Forbidden message="Trang này dành cho đầu mối KSTTHC của cơ quan và Văn phòng UBND tỉnh." />
      ) : null}
      {focal ? <FocalWindows viewer={viewer} request={request} /> : null}
      {province ? <ReportingRate viewer={viewer} request={request} raw={raw} /> : null}
    </AppShell>
  );
}

async function FocalWindows({ viewer, request }: { viewer: Viewer; request: RequestInfo }) {
  const agencies = await focalReportWindows(db(), viewer, request);
  return (
    <section aria-labelledby="focal-heading" className="mb-8">
      <h2 id="focal-heading" className="text-lg font-semibold mb-2">Báo cáo của cơ quan bạn phụ trách</h2>
      {agencies.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm" data-testid="empty-state">
          Tài khoản chưa được giao làm đầu mối của cơ quan nào. Hãy đề nghị quản trị viên giao cơ quan cho bạn.
        </p>
      ) : agencies.map(({ agency, windows }) => (
        <div key={agency.id} className="mb-5">
          <h3 className="font-semibold mb-1">{agency.name} <span className="font-mono text-xs text-slate-500">{agency.code}</span></h3>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-sm" data-testid="focal-windows" data-agency={agency.code}>
              <caption className="sr-only">Các kỳ báo cáo của {agency.name}</caption>
              <thead className="bg-slate-100 text-slate-700">
                <tr>
                  <th scope="col" className="px-3 py-2 text-left">Kỳ báo cáo</th>
                  <th scope="col" className="px-3 py-2 text-left">Số liệu từ – đến</th>
                  <th scope="col" className="px-3 py-2 text-left">Hạn nộp</th>
                  <th scope="col" className="px-3 py-2 text-left">Trạng thái</th>
                  <th scope="col" className="px-3 py-2 text-left">Nộp</th>
                  <th scope="col" className="px-3 py-2 text-right">Chênh lệch chưa xử lý</th>
                  <th scope="col" className="px-3 py-2 text-left"><span className="sr-only">Thao tác</span></th>
                </tr>
              </thead>
              <tbody>
                {windows.map((w) => (
                  <tr key={w.period} className="border-t border-slate-100" data-testid="focal-window" data-period={w.period}>
                    <th scope="row" className="px-3 py-2 text-left font-normal whitespace-nowrap">{w.periodName}{w.running ? <span className="block text-xs text-slate-500">đang diễn ra</span> : null}</th>
                    <td className="px-3 py-2 whitespace-nowrap">{formatIsoDate(w.windowStart)} – {formatIsoDate(w.windowEnd)}</td>
                    <td className="px-3 py-2 whitespace-nowrap">{formatIsoDate(w.deadline)}</td>
                    <td className="px-3 py-2"><StatusBadge status={w.report?.status ?? null} /></td>
                    <td className={`px-3 py-2 ${TIMELINESS_STYLES[w.timeliness]}`}>{TIMELINESS_LABELS[w.timeliness]}</td>
                    <td className="px-3 py-2 num">{w.report ? formatInteger(w.report.openFindings) : "—"}</td>
                    <td className="px-3 py-2">
                      {w.report ? (
                        <Link href={`/bao-cao/${w.report.id}`} className="text-brand-700 underline" aria-label={`Mở báo cáo ${w.periodName} của ${agency.name}`}>
                          {w.report.status === "DRAFT" || w.report.status === "RETURNED" ? "Tiếp tục nhập" : "Xem"}
                        </Link>
                      ) : (
                        <OpenDraftForm agencyId={agency.id} period={w.period} label={`Lập báo cáo ${w.periodName} của ${agency.name}`} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
    </section>
  );
}

const RATE_COLUMNS = [
  { key: "coquan", label: "Cơ quan, đơn vị", numeric: false },
  { key: "trangthai", label: "Trạng thái", numeric: false },
  { key: "nop", label: "Nộp báo cáo", numeric: false },
  { key: "ngaygui", label: "Ngày gửi lần đầu", numeric: false },
  { key: "phathien", label: "Chênh lệch chưa xử lý", numeric: true },
] as const;

async function ReportingRate({ viewer, request, raw }: { viewer: Viewer; request: RequestInfo; raw: Record<string, string | undefined> }) {
  const period = reportWindow(raw.ky);
  const query = RateQuery.parse(raw);
  const { table, rows } = await reportingRateRows(db(), viewer, period.code, request);
  const page = rateTablePage(rows, query);
  const href = (change: Partial<RateQuery>) => {
    const next = { ...query, ...change };
    const params = new URLSearchParams({ ky: period.code });
    if (next.nop) params.set("nop", next.nop);
    if (next.trangthai) params.set("trangthai", next.trangthai);
    if (next.phathien) params.set("phathien", next.phathien);
    if (next.q) params.set("q", next.q);
    params.set("sap", next.sap);
    params.set("chieu", next.chieu);
    if (next.trang > 1) params.set("trang", String(next.trang));
    return `/bao-cao?${params.toString()}`;
  };
  const { rate } = table;
  return (
    <section aria-labelledby="rate-heading">
      <h2 id="rate-heading" className="text-lg font-semibold">Tình hình nộp báo cáo của các cơ quan</h2>
      <p className="text-slate-600 text-sm mb-3" data-testid="period-label">
        {table.periodLabel} · Hạn nộp {formatIsoDate(table.deadline)}{table.deadlineConfigured ? "" : " (mặc định: 4 ngày sau ngày chốt số liệu)"}
      </p>
      <dl className="grid grid-cols-2 md:grid-cols-6 gap-2 mb-4 text-sm" data-testid="reporting-rate">
        {[
          ["Phải nộp", formatInteger(rate.expected)],
          ["Đã nộp", `${formatInteger(rate.submitted)}${rate.submittedShare === null ? "" : ` (${formatPercent(rate.submittedShare)})`}`],
          ["Đúng hạn", `${formatInteger(rate.onTime)}${rate.onTimeShare === null ? "" : ` (${formatPercent(rate.onTimeShare)})`}`],
          ["Trễ hạn", formatInteger(rate.late)],
          ["Chưa gửi, đã quá hạn", formatInteger(rate.missing)],
          ["Chưa gửi, còn hạn", formatInteger(rate.pending)],
        ].map(([label, value]) => (
          <div key={label} className="rounded border border-slate-200 bg-white px-3 py-2">
            <dt className="text-slate-600 text-xs">{label}</dt>
            <dd className="font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <form method="get" action="/bao-cao" className="flex flex-wrap items-end gap-3 mb-3 no-print" role="search" aria-label="Lọc tình hình nộp báo cáo">
        <WindowSelect period={period} />
        <div>
          <label htmlFor="nop" className="block text-sm text-slate-700">Nộp báo cáo</label>
          <select id="nop" name="nop" defaultValue={query.nop ?? ""} className={FILTER_INPUT}>
            <option value="">Tất cả</option>
            <option value="dung-han">{TIMELINESS_LABELS.on_time}</option>
            <option value="tre-han">{TIMELINESS_LABELS.late}</option>
            <option value="chua-gui">{TIMELINESS_LABELS.missing}</option>
            <option value="con-han">{TIMELINESS_LABELS.pending}</option>
          </select>
        </div>
        <div>
          <label htmlFor="trangthai" className="block text-sm text-slate-700">Trạng thái</label>
          <select id="trangthai" name="trangthai" defaultValue={query.trangthai ?? ""} className={FILTER_INPUT}>
            <option value="">Tất cả</option>
            <option value="NONE">Chưa lập</option>
            {(["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"] as const).map((s) => <option key={s} value={s}>{REPORT_STATUS_LABELS[s]}</option>)}
          </select>
        </div>
        <div className="flex items-center gap-2 pb-1.5">
          <input id="phathien" name="phathien" type="checkbox" value="co" defaultChecked={query.phathien === "co"} />
          <label htmlFor="phathien" className="text-sm text-slate-700">Chỉ cơ quan còn chênh lệch chưa xử lý</label>
        </div>
        <div>
          <label htmlFor="q" className="block text-sm text-slate-700">Tìm cơ quan</label>
          <input id="q" name="q" defaultValue={query.q ?? ""} className={`${FILTER_INPUT} w-56`} placeholder="Tên hoặc mã" />
        </div>
        <input type="hidden" name="sap" value={query.sap} />
        <input type="hidden" name="chieu" value={query.chieu} />
        <FilterActions clearHref={`/bao-cao?ky=${period.code}`} />
      </form>
      <p className="text-sm text-slate-600 mb-2" aria-live="polite" data-testid="rate-total">{formatInteger(page.total)} cơ quan, đơn vị</p>
      {page.rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm" data-testid="empty-state">
          {rows.length === 0
            ? "Kỳ này chưa có cơ quan nào phải nộp báo cáo (chưa có danh mục thủ tục theo thẩm quyền). Nhập danh mục cơ quan, thủ tục ở trang Nhập dữ liệu."
            : <>Không có cơ quan nào khớp bộ lọc. <Link className="text-brand-700 underline" href={`/bao-cao?ky=${period.code}`}>Xóa bộ lọc</Link></>}
        </div>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm" data-testid="rate-table">
            <caption className="sr-only">Tình hình nộp báo cáo Biểu 06 theo cơ quan, {periodName(period)}</caption>
            <thead className="bg-slate-100 text-slate-700">
              <tr>
                {RATE_COLUMNS.map((c) => {
                  const active = c.key === query.sap;
                  return (
                    <th key={c.key} scope="col" aria-sort={active ? (query.chieu === "tang" ? "ascending" : "descending") : undefined} className={`px-3 py-2 ${c.numeric ? "text-right" : "text-left"}`}>
                      <Link href={href({ sap: c.key, chieu: active && query.chieu === "tang" ? "giam" : "tang", trang: 1 })} className="hover:underline">
                        {c.label} {active ? (query.chieu === "tang" ? "▲" : "▼") : ""}
                      </Link>
                    </th>
                  );
                })}
                <th scope="col" className="px-3 py-2 text-left"><span className="sr-only">Thao tác</span></th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((r) => (
                <tr key={r.agency.id} className="border-t border-slate-100" data-testid="rate-row" data-agency={r.agency.code}>
                  <th scope="row" className="px-3 py-2 text-left font-normal">{r.agency.name} <span className="block font-mono text-xs text-slate-500">{r.agency.code}</span></th>
                  <td className="px-3 py-2"><StatusBadge status={r.status} /></td>
                  <td className={`px-3 py-2 ${TIMELINESS_STYLES[r.timeliness]}`}>{TIMELINESS_LABELS[r.timeliness]}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{r.firstSubmittedOn ? formatIsoDate(r.firstSubmittedOn) : "—"}</td>
                  <td className="px-3 py-2 num">{r.reportId === null ? "—" : formatInteger(r.openFindings)}</td>
                  <td className="px-3 py-2">
                    {r.reportId === null ? <span className="text-xs text-slate-500">Chưa lập</span> : (
                      <Link href={`/bao-cao/${r.reportId}`} className="text-brand-700 underline" aria-label={`Xem báo cáo của ${r.agency.name}`}>
                        {r.status === "SUBMITTED" ? "Xem xét" : "Xem"}
                      </Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page.page} pages={page.pages} href={(trang) => href({ trang })} />
      <p className="text-xs text-slate-500 mt-2">Cập nhật lúc {formatDateTime(new Date())}.</p>
    </section>
  );
}

import Link from "next/link";
import type { ReactNode } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { db, sqlPool } from "@/lib/db/prisma";
import { AppShell } from "@/components/app-shell";
import { Forbidden } from "@/components/forbidden";
import { FILTER_INPUT } from "@/components/filter-fields";
import { Pagination } from "@/components/pagination";
import { PeriodCaption, PeriodSelect } from "@/components/period-fields";
import { canImport, ForbiddenError } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { currentRequestInfo } from "@/lib/auth/request-context";
import { DEFAULT_WARNING_DAYS, getAgencyDashboard, type AgencyDashboard } from "@/lib/services/agency-dashboard";
import { FORM06_COLUMNS, type Form06Column, type Form06Columns } from "@/lib/domain/counters";
import { THRESHOLD_BAND_LABELS, type ThresholdBand } from "@/lib/domain/agency-trends";
import { MAX_WARNING_DAYS } from "@/lib/domain/early-warning";
import { formatIsoDate } from "@/lib/domain/periods";
import { FORM06_COLUMN_LABELS } from "@/lib/domain/report-form";
import type { DrilldownDossier } from "@/lib/stats/drilldown";
import { dossierHref, explorerHref } from "@/lib/links";
import { STATUS_LABELS } from "@/lib/explorer/labels";
import { AGENCY_LEVEL_LABELS, formatDate, formatDateTime, formatDecimal, formatInteger, formatPercent } from "@/lib/format";
import { FlowChart, IndexChart, ShareChart } from "./agency-charts";
import { agencyPageState } from "./state";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Cơ quan, đơn vị" };

const AgencyId = z.coerce.number().int().positive().max(2_147_483_647);
type SearchParams = Record<string, string | string[] | undefined>;

const BAND_STYLES: Record<ThresholdBand, string> = {
  exceeded: "bg-red-100 text-red-900",
  near: "bg-amber-100 text-amber-900",
  within: "bg-emerald-100 text-emerald-900",
  "no-rule": "bg-slate-100 text-slate-700",
};

export default async function AgencyPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const id = AgencyId.safeParse((await params).id);
  if (!id.success) notFound();
  const { query, state: pageState } = agencyPageState(await searchParams);
  let dashboard: AgencyDashboard | null;
  try {
    dashboard = await getAgencyDashboard(db(), sqlPool(), viewer, id.data, pageState, await currentRequestInfo());
  } catch (error) {
    if (!(error instanceof ForbiddenError)) throw error;
    return (
      <AppShell viewer={viewer} current="/co-quan">
        <h1 className="text-2xl font-semibold mb-4">Cơ quan, đơn vị</h1>
        <Forbidden message="Cơ quan, đơn vị này nằm ngoài phạm vi bạn được giao." />
      </AppShell>
    );
  }
  if (!dashboard) notFound();
  const { agency, period, metrics, penalty, band } = dashboard;
  const columns = metrics.columns;

  // the page's URL state, kept by every link that changes one part of it
  const state = { ky: period.code, kieu: period.family === "calendar" ? "lich" : undefined, ngay: query.ngay, trangxl: query.trangxl, trangcb: query.trangcb };
  const pageHref = (change: Partial<typeof state>, hash?: string) => {
    const next = { ...state, ...change };
    const search = new URLSearchParams();
    search.set("ky", next.ky);
    if (next.kieu) search.set("kieu", next.kieu);
    if (next.ngay !== DEFAULT_WARNING_DAYS) search.set("ngay", String(next.ngay));
    if (next.trangxl > 1) search.set("trangxl", String(next.trangxl));
    if (next.trangcb > 1) search.set("trangcb", String(next.trangcb));
    return `/co-quan/${agency.id}?${search.toString()}${hash ? `#${hash}` : ""}`;
  };
  const exportHref = (table: string, format: "xlsx" | "csv") => {
    const search = new URLSearchParams({ ky: period.code, dinhdang: format });
    if (period.family === "calendar") search.set("kieu", "lich");
    if (table === "sap-qua-han") search.set("ngay", String(query.ngay));
    return `/co-quan/${agency.id}/xuat/${table}?${search.toString()}`;
  };
  const figureHref = (figure: Parameters<typeof explorerHref>[0]["figure"], fieldId?: number) =>
    explorerHref({ period: period.code, family: period.family, figure, agencyId: agency.id, fieldId });

  return (
    <AppShell viewer={viewer} current="/co-quan">
      <p className="text-sm mb-2 no-print"><Link href="/co-quan" className="text-brand-700 underline">‹ Cơ quan, đơn vị</Link></p>
      <h1 className="text-2xl font-semibold mb-1" data-testid="agency-name">{agency.name}</h1>
      <p className="text-slate-600 mb-1">
        <span className="font-mono text-sm" data-testid="agency-code">{agency.code}</span> · {AGENCY_LEVEL_LABELS[agency.level]}
        {agency.parentName ? <> · thuộc {agency.parentName}</> : null}
      </p>
      <PeriodCaption period={period} />

      <form method="get" action={`/co-quan/${agency.id}`} className="flex flex-wrap items-end gap-3 my-4 no-print" aria-label="Chọn kỳ và thời hạn cảnh báo">
        <PeriodSelect period={period} />
        <div>
          <label htmlFor="ngay" className="block text-sm text-slate-700">Cảnh báo hồ sơ đến hạn trong (ngày làm việc)</label>
          <input id="ngay" name="ngay" type="number" min={0} max={MAX_WARNING_DAYS} defaultValue={query.ngay} className={`${FILTER_INPUT} w-24`} />
        </div>
        <button type="submit" className="bg-brand-600 hover:bg-brand-700 text-white rounded px-4 py-1.5">Xem</button>
      </form>

      <dl className="grid grid-cols-2 lg:grid-cols-5 gap-3 mb-6" data-testid="agency-figures">
        <Card label="Hồ sơ thuộc kỳ" testId="figure-c3">
          <Link href={figureHref("c3")} className="text-brand-700 hover:underline">{formatInteger(columns.c3)}</Link>
          <span className="block text-xs text-slate-600">tiếp nhận mới {formatInteger(columns.c4 + columns.c5)}, kỳ trước chuyển qua {formatInteger(columns.c6)}</span>
        </Card>
        <Card label="Đã giải quyết" testId="figure-c7">
          <Link href={figureHref("c7")} className="text-brand-700 hover:underline">{formatInteger(columns.c7)}</Link>
          <span className="block text-xs text-slate-600">trễ hạn {formatInteger(columns.c10)}</span>
        </Card>
        <Card label="Tỷ lệ quá hạn" testId="figure-share">
          <Link href={figureHref("late")} className="text-brand-700 hover:underline">{columns.c3 > 0 ? formatPercent(metrics.overdueShare) : "—"}</Link>
          {band ? <span className={`ml-2 align-middle rounded px-2 py-0.5 text-xs font-semibold ${BAND_STYLES[band]}`} data-testid="share-band">{THRESHOLD_BAND_LABELS[band]}</span> : null}
          <span className="block text-xs text-slate-600">
            {penalty ? <>ngưỡng {formatPercent(penalty.threshold)}, trừ {formatDecimal(penalty.points)} điểm mỗi lần vượt</> : "không có ngưỡng trừ điểm cho cấp này"}
          </span>
        </Card>
        <Card label="Trễ hạn, quá hạn chưa có phiếu xin lỗi" testId="figure-no-apology">
          <Link href={figureHref("lateWithoutApology")} className="text-brand-700 hover:underline">{formatInteger(metrics.lateWithoutApology)}</Link>
          <span className="block text-xs text-slate-600">trên {formatInteger(metrics.late)} hồ sơ trễ hạn, quá hạn</span>
        </Card>
        <Card label="Hồ sơ giải quyết (mọi kỳ)" testId="agency-dossier-count">
          {formatInteger(agency.dossiers)}
          <span className="block text-xs text-slate-600">
            {agency.validFrom ? <>hiệu lực từ {formatDate(agency.validFrom)} </> : null}
            {agency.validTo ? <>đến {formatDate(agency.validTo)}</> : agency.validFrom ? null : "đang hoạt động"}
            {agency.successorName ? <> → {agency.successorName}</> : null}
          </span>
        </Card>
      </dl>

      {columns.c3 === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm mb-6" data-testid="empty-period">
          Trong kỳ này cơ quan không có hồ sơ nào được tính. Chọn một kỳ khác ở ô «Kỳ» phía trên
          {canImport(viewer) ? <>, hoặc <Link href="/nhap-du-lieu" className="text-brand-700 underline">nhập dữ liệu hồ sơ</Link> nếu số liệu của Hệ thống một cửa chưa được cập nhật</> : null}.
        </div>
      ) : null}

      <section aria-labelledby="trends" className="mb-8">
        <h2 id="trends" className="text-lg font-semibold mb-2">Xu hướng {dashboard.trend.length} quý gần nhất</h2>
        <div className="grid grid-cols-1 lg:grid-cols-2 2xl:grid-cols-3 gap-3">
          <FlowChart points={dashboard.trend.map((p) => ({ label: p.label, received: p.received, resolved: p.resolved }))} />
          <ShareChart
            points={dashboard.trend.map((p) => ({
              label: p.label, share: p.overdueShare === null ? null : p.overdueShare * 100, threshold: p.threshold === null ? null : p.threshold * 100,
              bandLabel: p.band ? THRESHOLD_BAND_LABELS[p.band] : "Không có hồ sơ",
            }))}
          />
          <IndexChart points={dashboard.index.points.map((p) => ({ label: p.label, points: p.points, computedMaxPoints: p.computedMaxPoints, groups: p.groups }))} groups={dashboard.index.groups} />
        </div>
        <p className="text-xs text-slate-600 mt-2">
          Quý {period.family === "calendar" ? "theo lịch" : "theo kỳ báo cáo"} ({formatIsoDate(dashboard.trend[0]!.period.start)} – {formatIsoDate(dashboard.trend[dashboard.trend.length - 1]!.period.end)});
          Bộ chỉ số 766 tính theo quý lịch. Tỷ lệ quá hạn = (giải quyết trễ hạn + đang giải quyết quá hạn) ÷ tổng số hồ sơ.
        </p>
      </section>

      <section aria-labelledby="form06" className="mb-8">
        <div className="flex flex-wrap items-baseline gap-3 mb-2">
          <h2 id="form06" className="text-lg font-semibold">Biểu 06 theo lĩnh vực</h2>
          <ExportLinks table="bieu-06" href={exportHref} what="Biểu 06 theo lĩnh vực" />
        </div>
        {dashboard.form06.rows.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm" data-testid="form06-empty">Không có hồ sơ nào trong kỳ nên Biểu 06 trống. Chọn một kỳ khác để xem.</p>
        ) : (
          <Form06Table rows={dashboard.form06.rows.map((r) => ({ key: r.field.id, name: r.field.name, code: r.field.code, columns: r.columns, href: (c: Form06Column) => figureHref(c, r.field.id) }))}
            total={dashboard.form06.total} totalHref={(c) => figureHref(c)} />
        )}
        {dashboard.form06.violations.length ? (
          <p className="text-sm text-red-800 mt-2" role="alert">Số liệu không thỏa đẳng thức của biểu: {dashboard.form06.violations.map((v) => v.identity).join(", ")}.</p>
        ) : null}
      </section>

      <section aria-labelledby="defects" className="mb-8">
        <h2 id="defects" className="text-lg font-semibold mb-2">Lỗi chất lượng dữ liệu</h2>
        <ul className="grid grid-cols-1 xl:grid-cols-2 gap-3" data-testid="defects">
          {dashboard.defects.map((d) => (
            <li key={d.figure} className="rounded-lg border border-slate-200 bg-white p-3" data-testid={`defect-${d.figure}`}>
              <p className="flex items-baseline gap-2">
                <span className="font-semibold">{d.label}</span>
                <Link href={figureHref(d.figure)} className="ml-auto text-lg font-semibold tabular-nums text-brand-700 hover:underline" aria-label={`${d.label}: ${formatInteger(d.count)} hồ sơ — xem danh sách`} data-testid="defect-count">
                  {formatInteger(d.count)}
                </Link>
              </p>
              <p className="text-xs text-slate-600">trong số {d.among}</p>
              {d.sample.length ? (
                <ul className="mt-2 text-sm space-y-1">
                  {d.sample.map((s) => (
                    <li key={s.id} className="flex flex-wrap gap-x-2">
                      <Link href={dossierHref(BigInt(s.id))} className="font-mono text-xs text-brand-700 hover:underline">{s.code}</Link>
                      <span className="text-slate-600 truncate max-w-[28rem]" title={s.procedureName}>{s.procedureName}</span>
                    </li>
                  ))}
                  {d.count > d.sample.length ? <li><Link href={figureHref(d.figure)} className="text-brand-700 underline text-xs">Xem cả {formatInteger(d.count)} hồ sơ</Link></li> : null}
                </ul>
              ) : <p className="mt-2 text-sm text-emerald-800">Không có hồ sơ nào mắc lỗi này.</p>}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="no-apology" className="mb-8">
        <div className="flex flex-wrap items-baseline gap-3 mb-2">
          <h2 id="no-apology" className="text-lg font-semibold">Hồ sơ trễ hạn, quá hạn chưa có phiếu xin lỗi</h2>
          <ExportLinks table="chua-xin-loi" href={exportHref} what="danh sách hồ sơ chưa có phiếu xin lỗi" />
        </div>
        {dashboard.lateWithoutApology.total === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm" data-testid="no-apology-empty">
            {metrics.late === 0 ? "Trong kỳ không có hồ sơ trễ hạn hay quá hạn." : "Mọi hồ sơ trễ hạn, quá hạn trong kỳ đều đã có phiếu xin lỗi và hẹn lại ngày trả kết quả."}
          </p>
        ) : (
          <>
            <p className="text-sm text-slate-600 mb-1">
              {formatInteger(dashboard.lateWithoutApology.total)} hồ sơ, mới tiếp nhận trước. Mỗi hồ sơ trễ hạn cần phiếu xin lỗi và hẹn lại ngày trả kết quả (NĐ 118/2025).
            </p>
            <DossierTable testId="no-apology-table" caption="Hồ sơ trễ hạn, quá hạn chưa có phiếu xin lỗi" dossiers={dashboard.lateWithoutApology.dossiers.map((d) => listRow(d))} />
            <Pagination page={dashboard.lateWithoutApology.page} pages={Math.ceil(dashboard.lateWithoutApology.total / dashboard.lateWithoutApology.pageSize)} href={(trangxl) => pageHref({ trangxl }, "no-apology")} />
          </>
        )}
      </section>

      <section aria-labelledby="warning" className="mb-8">
        <div className="flex flex-wrap items-baseline gap-3 mb-2">
          <h2 id="warning" className="text-lg font-semibold">Hồ sơ sắp đến hạn</h2>
          <ExportLinks table="sap-qua-han" href={exportHref} what="danh sách hồ sơ sắp đến hạn" />
        </div>
        <p className="text-sm text-slate-600 mb-1" data-testid="warning-caption">
          Đang giải quyết, chưa quá hạn, hạn trả trong {formatInteger(dashboard.earlyWarning.days)} ngày làm việc kể từ hôm nay {formatIsoDate(dashboard.today)} (đến hết {formatIsoDate(dashboard.earlyWarning.horizon)}),
          theo lịch ngày nghỉ của tỉnh; không gồm hồ sơ đang chờ người nộp bổ sung hoặc thực hiện nghĩa vụ tài chính.
        </p>
        {dashboard.earlyWarning.total === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm" data-testid="warning-empty">
            Không có hồ sơ nào đến hạn trong {formatInteger(dashboard.earlyWarning.days)} ngày làm việc tới.
            {dashboard.earlyWarning.days < MAX_WARNING_DAYS ? <> Tăng số ngày ở ô «Cảnh báo hồ sơ đến hạn trong» phía trên để xem xa hơn.</> : null}
          </p>
        ) : (
          <>
            <p className="text-sm font-semibold mb-1" data-testid="warning-total">{formatInteger(dashboard.earlyWarning.total)} hồ sơ, hạn gần nhất trước</p>
            <DossierTable
              testId="warning-table" caption="Hồ sơ sắp đến hạn, hạn trả gần nhất trước"
              dossiers={dashboard.earlyWarning.dossiers.map((d) => ({ id: d.id, code: d.code, procedureName: d.procedureName, receivedAt: d.receivedAt, status: d.status, due: d.dueAt ? formatDateTime(d.dueAt) : formatIsoDate(d.due), left: d.workingDaysLeft }))}
            />
            <Pagination page={dashboard.earlyWarning.page} pages={Math.ceil(dashboard.earlyWarning.total / dashboard.earlyWarning.pageSize)} href={(trangcb) => pageHref({ trangcb }, "warning")} />
          </>
        )}
      </section>

      {agency.children.length ? (
        <section aria-labelledby="subunits">
          <h2 id="subunits" className="text-lg font-semibold mb-2">Đơn vị trực thuộc</h2>
          <ul className="list-disc pl-6 space-y-1">
            {agency.children.map((c) => (
              <li key={c.id}>
                <Link href={`/co-quan/${c.id}?ky=${encodeURIComponent(period.code)}${period.family === "calendar" ? "&kieu=lich" : ""}`} className="text-brand-700 hover:underline">{c.name}</Link>
                {c.validTo ? <span className="text-sm text-slate-500"> (đến {formatDate(c.validTo)})</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </AppShell>
  );
}

function Card({ label, testId, children }: { label: string; testId: string; children: ReactNode }) {
  return (
    <div className="rounded-lg bg-white border border-slate-200 p-3">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="text-2xl font-semibold tabular-nums" data-testid={testId}>{children}</dd>
    </div>
  );
}

function ExportLinks({ table, href, what }: { table: string; href: (table: string, format: "xlsx" | "csv") => string; what: string }) {
  return (
    <span className="text-sm no-print">
      Tải về: <a href={href(table, "xlsx")} className="text-brand-700 underline" aria-label={`Tải ${what} dạng Excel`} data-testid={`export-${table}-xlsx`} download>Excel</a>
      {" · "}<a href={href(table, "csv")} className="text-brand-700 underline" aria-label={`Tải ${what} dạng CSV`} data-testid={`export-${table}-csv`} download>CSV</a>
    </span>
  );
}

function Form06Table({ rows, total, totalHref }: {
  rows: { key: number; name: string; code: string; columns: Form06Columns; href: (c: Form06Column) => string }[];
  total: Form06Columns;
  totalHref: (c: Form06Column) => string;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid="form06-table">
        <caption className="sr-only">Biểu 06: tình hình, kết quả giải quyết thủ tục hành chính của cơ quan theo lĩnh vực; mỗi số dẫn tới danh sách hồ sơ</caption>
        <thead className="bg-slate-100 text-slate-700 text-xs">
          <tr>
            <th scope="col" className="px-2 py-2 text-left font-semibold min-w-48">Lĩnh vực</th>
            {FORM06_COLUMNS.map((c) => (
              <th key={c} scope="col" className="px-2 py-2 text-right font-semibold align-bottom">
                <span className="block text-slate-500">({FORM06_COLUMN_LABELS[c].number})</span>{FORM06_COLUMN_LABELS[c].label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-t border-slate-100 hover:bg-slate-50">
              <th scope="row" className="px-2 py-1.5 text-left font-normal">{r.name}</th>
              {FORM06_COLUMNS.map((c) => (
                <td key={c} className="px-2 py-1.5 num">
                  <Link href={r.href(c)} className="text-brand-700 hover:underline" data-column={c}>{formatInteger(r.columns[c])}</Link>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-slate-300 font-semibold bg-slate-50">
            <th scope="row" className="px-2 py-1.5 text-left">Tổng cộng</th>
            {FORM06_COLUMNS.map((c) => (
              <td key={c} className="px-2 py-1.5 num"><Link href={totalHref(c)} className="text-brand-700 hover:underline" data-column={c}>{formatInteger(total[c])}</Link></td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

interface ListRow {
  id: string;
  code: string;
  procedureName: string;
  receivedAt: Date;
  status: number;
  /** the due date as shown */
  due: string;
  /** working days left (the early warning only) */
  left?: number;
}

function listRow(d: DrilldownDossier): ListRow {
  return { id: d.id, code: d.code, procedureName: d.procedureName, receivedAt: d.receivedAt, status: d.status, due: d.dueAt ? formatDateTime(d.dueAt) : d.legalDueAt ? `${formatDateTime(d.legalDueAt)} (theo quy định)` : "—" };
}

function DossierTable({ dossiers, caption, testId }: { dossiers: ListRow[]; caption: string; testId: string }) {
  const withLeft = dossiers.some((d) => d.left !== undefined);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 text-left font-semibold">Mã hồ sơ</th>
            <th scope="col" className="px-3 py-2 text-left font-semibold">Thủ tục</th>
            <th scope="col" className="px-3 py-2 text-left font-semibold">Tiếp nhận</th>
            <th scope="col" className="px-3 py-2 text-left font-semibold">Hạn trả</th>
            {withLeft ? <th scope="col" className="px-3 py-2 text-right font-semibold">Còn (ngày làm việc)</th> : null}
            <th scope="col" className="px-3 py-2 text-left font-semibold">Trạng thái</th>
          </tr>
        </thead>
        <tbody>
          {dossiers.map((d) => (
            <tr key={d.id} className="border-t border-slate-100 hover:bg-slate-50">
              <td className="px-3 py-1.5"><Link href={dossierHref(BigInt(d.id))} className="font-mono text-xs text-brand-700 hover:underline">{d.code}</Link></td>
              <td className="px-3 py-1.5 max-w-md">{d.procedureName}</td>
              <td className="px-3 py-1.5 whitespace-nowrap">{formatDateTime(d.receivedAt)}</td>
              <td className="px-3 py-1.5 whitespace-nowrap" data-testid="due">{d.due}</td>
              {withLeft ? <td className={`px-3 py-1.5 num font-semibold ${d.left === 0 ? "text-red-800" : ""}`} data-testid="days-left">{d.left === 0 ? "Hôm nay" : formatInteger(d.left!)}</td> : null}
              <td className="px-3 py-1.5">{STATUS_LABELS[d.status] ?? d.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import Link from "next/link";
import type { Metadata } from "next";
import { db, sqlPool } from "@/lib/db/prisma";
import { AppShell } from "@/components/app-shell";
import { Forbidden } from "@/components/forbidden";
import { ForbiddenError } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { currentRequestInfo } from "@/lib/auth/request-context";
import { UserFacingError } from "@/lib/errors";
import { FORM06_COLUMNS, type Form06Column } from "@/lib/domain/counters";
import { FORM06_COLUMN_LABELS } from "@/lib/domain/report-form";
import { TIMELINESS_LABELS } from "@/lib/domain/report-deadline";
import { formatIsoDate } from "@/lib/domain/periods";
import { formatDateTime, formatInteger } from "@/lib/format";
import { explorerHref } from "@/lib/links";
import { gridFromRows } from "@/lib/report-grid";
import { REPORT_STATUS_LABELS, TIMELINESS_STYLES } from "@/lib/report-labels";
import { FINDING_STATUS_LABELS, getReport, type ReportView } from "@/lib/services/reports";
import { catalogueFields } from "@/lib/services/report-views";
import { StatusBadge } from "../status-badge";
import { ReportForm } from "./report-form";
import { ApproveForm, FindingForm, ReconcileForm, ReopenForm, ReturnForm } from "./review-forms";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Báo cáo Biểu 06" };

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer();
  const reportId = Number(id);
  let view: ReportView;
  try {
    if (!Number.isSafeInteger(reportId) || reportId <= 0) throw new UserFacingError("Không tìm thấy báo cáo.");
    view = await getReport(db(), sqlPool(), viewer, reportId, await currentRequestInfo());
  } catch (error) {
    if (!(error instanceof ForbiddenError) && !(error instanceof UserFacingError)) throw error;
    return (
      <AppShell viewer={viewer} current="/bao-cao">
        <h1 className="text-2xl font-semibold mb-4">Báo cáo Biểu 06</h1>
        {error instanceof ForbiddenError
          ? <Forbidden message="Bạn không có quyền xem báo cáo này: đầu mối chỉ xem báo cáo của cơ quan mình." />
          : <p className="rounded border border-slate-300 bg-white p-4" data-testid="not-found">{error.message} <Link href="/bao-cao" className="text-brand-700 underline">Về danh sách báo cáo</Link></p>}
      </AppShell>
    );
  }
  const { report, can } = view;
  const fields = can.edit ? await catalogueFields(db(), viewer) : [];
  const lastReason = [...view.history].reverse().find((h) => h.to === "RETURNED" && h.reason);
  const openFindings = view.findings.filter((f) => f.status === "OPEN").length;
  const nameOf = (code: string, name: string | null) => name ?? code;

  return (
    <AppShell viewer={viewer} current="/bao-cao">
      <p className="text-sm mb-1 no-print"><Link href="/bao-cao" className="text-brand-700 underline">‹ Báo cáo Biểu 06</Link></p>
      <h1 className="text-2xl font-semibold">Biểu 06 — {report.agency.name}</h1>
      <p className="text-slate-600" data-testid="period-label">{report.periodLabel}</p>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm my-3" data-testid="report-meta">
        <div><dt className="inline text-slate-600">Trạng thái: </dt><dd className="inline"><StatusBadge status={report.status} /></dd></div>
        <div><dt className="inline text-slate-600">Hạn nộp: </dt><dd className="inline">{formatIsoDate(report.deadline)} — <span className={TIMELINESS_STYLES[report.timeliness]}>{TIMELINESS_LABELS[report.timeliness]}</span></dd></div>
        <div><dt className="inline text-slate-600">Phiên bản: </dt><dd className="inline" data-testid="report-version">{report.version}</dd></div>
        {view.lastSaved ? <div><dt className="inline text-slate-600">Lưu lần cuối: </dt><dd className="inline">{view.lastSaved.by}, {formatDateTime(view.lastSaved.at)}</dd></div> : null}
        <div><a href={`/bao-cao/${report.id}/xuat`} className="text-brand-700 underline" data-testid="export-xlsx" download>Tải Biểu 06 (XLSX, mẫu chính thức)</a></div>
      </dl>

      {report.status === "RETURNED" && lastReason ? (
        <div className="rounded border border-amber-300 bg-amber-50 p-3 mb-4 text-sm" role="note" data-testid="return-reason">
          <p className="font-semibold text-amber-900">Văn phòng UBND tỉnh đã trả lại báo cáo{lastReason.by ? ` (${lastReason.by}, ${formatDateTime(lastReason.at)})` : ""}:</p>
          <p className="text-amber-900 whitespace-pre-line">{lastReason.reason}</p>
        </div>
      ) : null}
      {report.status === "APPROVED" ? (
        <p className="rounded border border-green-200 bg-green-50 p-3 mb-4 text-sm text-green-900" data-testid="locked-note">
          Báo cáo đã được duyệt{report.approvedAt ? ` lúc ${formatDateTime(report.approvedAt)}` : ""} và đã khóa: không sửa được. Văn phòng UBND tỉnh có thể mở lại kèm lý do.
        </p>
      ) : null}
      {report.status === "SUBMITTED" && !can.review ? (
        <p className="rounded border border-blue-200 bg-blue-50 p-3 mb-4 text-sm text-blue-900">Báo cáo đã gửi{report.submittedAt ? ` lúc ${formatDateTime(report.submittedAt)}` : ""}, đang chờ Văn phòng UBND tỉnh xem xét.</p>
      ) : null}

      {can.edit ? (
        <ReportForm
          reportId={report.id}
          version={report.version}
          rows={gridFromRows(view.rows.map((r) => ({ ...r, fieldName: nameOf(r.fieldCode, r.fieldName) })))}
          addableFields={fields}
        />
      ) : (
        <ReportTable view={view} />
      )}

      {view.systemOnly.length ? (
        <section className="mt-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm" aria-labelledby="system-only-heading">
          <h2 id="system-only-heading" className="font-semibold text-amber-900">Lĩnh vực có hồ sơ trên Hệ thống một cửa nhưng chưa có trong báo cáo</h2>
          <ul className="list-disc ml-5">
            {view.systemOnly.map((s) => (
              <li key={s.fieldCode}>
                {s.fieldName} ({s.fieldCode}): <a className="text-brand-700 underline" href={explorerHref({ period: report.period, figure: "c3", agencyId: report.agency.id, fieldId: s.fieldId })}>{formatInteger(s.system.c3)} hồ sơ</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <Findings view={view} />

      {can.review || can.reopen || (can.reconcile && report.status !== "APPROVED") ? (
        <section aria-labelledby="review-heading" className="mt-6">
          <h2 id="review-heading" className="text-lg font-semibold mb-2">Xem xét của Văn phòng UBND tỉnh</h2>
          <div className="grid gap-3 md:grid-cols-2 max-w-5xl">
            {can.review ? <ReturnForm reportId={report.id} version={report.version} /> : null}
            {can.review ? <ApproveForm reportId={report.id} version={report.version} openFindings={openFindings} /> : null}
            {can.reopen ? <ReopenForm reportId={report.id} version={report.version} /> : null}
            {can.reconcile && report.status !== "APPROVED" ? <ReconcileForm reportId={report.id} version={report.version} /> : null}
          </div>
        </section>
      ) : null}

      <section aria-labelledby="history-heading" className="mt-6">
        <h2 id="history-heading" className="text-lg font-semibold mb-2">Lịch sử trạng thái</h2>
        <ol className="text-sm space-y-1" data-testid="report-history">
          {view.history.map((h, i) => (
            <li key={i} className="border-l-2 border-slate-300 pl-3">
              <span className="text-slate-600">{formatDateTime(h.at)}</span> — {h.from ? `${REPORT_STATUS_LABELS[h.from]} → ` : "Lập "}<strong>{REPORT_STATUS_LABELS[h.to]}</strong>
              {h.by ? <span className="text-slate-600"> ({h.by})</span> : null}
              {h.reason ? <span className="block text-slate-700 whitespace-pre-line">Lý do: {h.reason}</span> : null}
            </li>
          ))}
        </ol>
      </section>
    </AppShell>
  );
}

/** The report read-only (submitted, approved, or for a reader): reported figures, the system's under each that differs. */
function ReportTable({ view }: { view: ReportView }) {
  const { report } = view;
  const cell = (reported: number, system: number, column: Form06Column, fieldId: number | null) => (
    <td key={column} className="px-2 py-1 num">
      {formatInteger(reported)}
      {reported !== system ? (
        <span className="block text-[11px] text-amber-900">
          HT:{" "}
          {fieldId === null ? formatInteger(system) : <a className="underline" href={explorerHref({ period: report.period, figure: column, agencyId: report.agency.id, fieldId })}>{formatInteger(system)}</a>}
        </span>
      ) : null}
    </td>
  );
  return (
    <section aria-labelledby="table-heading">
      <h2 id="table-heading" className="text-lg font-semibold mb-1">Số liệu báo cáo</h2>
      <p className="text-sm text-slate-600 mb-2">Ô có số của Hệ thống một cửa (HT) khác số báo cáo được ghi kèm; bấm vào số HT để xem các hồ sơ.</p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm" data-testid="report-readonly">
          <caption className="sr-only">Biểu 06 của {report.agency.name}, {report.periodLabel}</caption>
          <thead className="bg-slate-100 text-slate-700 text-xs">
            <tr>
              <th scope="col" className="px-2 py-1 text-left">STT</th>
              <th scope="col" className="px-2 py-1 text-left">Lĩnh vực</th>
              {FORM06_COLUMNS.map((c) => <th key={c} scope="col" className="px-2 py-1 text-right"><abbr title={FORM06_COLUMN_LABELS[c].label} className="no-underline">({FORM06_COLUMN_LABELS[c].number})</abbr></th>)}
            </tr>
          </thead>
          <tbody>
            {view.rows.length === 0 ? (
              <tr><td colSpan={13} className="px-3 py-4 text-slate-600">Báo cáo không có dòng lĩnh vực nào.</td></tr>
            ) : view.rows.map((r, i) => (
              <tr key={r.fieldCode} className="border-t border-slate-100" data-testid="readonly-row" data-field={r.fieldCode}>
                <td className="px-2 py-1 text-slate-500">{i + 1}</td>
                <th scope="row" className="px-2 py-1 text-left font-normal">{r.fieldName ?? r.fieldCode}<span className="block text-xs font-mono text-slate-500">{r.fieldCode}</span></th>
                {FORM06_COLUMNS.map((c) => cell(r.columns[c], r.system[c], c, r.fieldId))}
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t-2 border-slate-300 font-semibold">
            <tr>
              <td />
              <th scope="row" className="px-2 py-1 text-left">Tổng cộng</th>
              {FORM06_COLUMNS.map((c) => (
                <td key={c} className="px-2 py-1 num">
                  {formatInteger(view.totals.reported[c])}
                  {view.totals.reported[c] !== view.totals.system[c] ? (
                    <span className="block text-[11px] text-amber-900 font-normal">HT: <a className="underline" href={explorerHref({ period: report.period, figure: c, agencyId: report.agency.id })}>{formatInteger(view.totals.system[c])}</a></span>
                  ) : null}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

function Findings({ view }: { view: ReportView }) {
  const { findings, can, report } = view;
  return (
    <section aria-labelledby="findings-heading" className="mt-6">
      <h2 id="findings-heading" className="text-lg font-semibold mb-1">Kết quả đối chiếu với Hệ thống một cửa</h2>
      {findings.length === 0 ? (
        <p className="text-sm text-slate-600 rounded border border-dashed border-slate-300 bg-white p-3" data-testid="no-findings">
          {report.status === "DRAFT" ? "Báo cáo được đối chiếu khi gửi: các ô khác số liệu Hệ thống một cửa sẽ hiện ở đây kèm nguyên nhân có thể." : "Không có chênh lệch: số liệu báo cáo khớp Hệ thống một cửa."}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm" data-testid="findings">
            <caption className="sr-only">Các chênh lệch giữa báo cáo và Hệ thống một cửa</caption>
            <thead className="bg-slate-100 text-slate-700">
              <tr>
                <th scope="col" className="px-2 py-2 text-left">Lĩnh vực</th>
                <th scope="col" className="px-2 py-2 text-left">Cột</th>
                <th scope="col" className="px-2 py-2 text-right">Báo cáo</th>
                <th scope="col" className="px-2 py-2 text-right">Hệ thống</th>
                <th scope="col" className="px-2 py-2 text-right">Chênh lệch</th>
                <th scope="col" className="px-2 py-2 text-left">Nguyên nhân có thể</th>
                <th scope="col" className="px-2 py-2 text-left">Tình trạng</th>
                <th scope="col" className="px-2 py-2 text-left">Giải trình</th>
              </tr>
            </thead>
            <tbody>
              {findings.map((f) => {
                const label = `lĩnh vực ${f.fieldName ?? f.field}, cột ${FORM06_COLUMN_LABELS[f.column].number}`;
                return (
                  <tr key={f.id} className="border-t border-slate-100 align-top" data-testid="finding" data-field={f.field} data-column={f.column}>
                    <th scope="row" className="px-2 py-2 text-left font-normal">{f.fieldName ?? f.field}<span className="block text-xs font-mono text-slate-500">{f.field}</span></th>
                    <td className="px-2 py-2">({FORM06_COLUMN_LABELS[f.column].number}) {FORM06_COLUMN_LABELS[f.column].label}</td>
                    <td className="px-2 py-2 num">{f.reported === null ? "—" : formatInteger(f.reported)}</td>
                    <td className="px-2 py-2 num">
                      {f.system === null ? "—" : f.explorerHref ? <a className="text-brand-700 underline" href={f.explorerHref} aria-label={`${formatInteger(f.system)} hồ sơ trên hệ thống, ${label}: xem các hồ sơ`}>{formatInteger(f.system)}</a> : formatInteger(f.system)}
                    </td>
                    <td className="px-2 py-2 num">{f.difference === null ? "—" : `${f.difference > 0 ? "+" : ""}${formatInteger(f.difference)}`}</td>
                    <td className="px-2 py-2">{f.causeLabel}</td>
                    <td className="px-2 py-2 whitespace-nowrap" data-testid="finding-status">{FINDING_STATUS_LABELS[f.status]}{f.resolvedBy ? <span className="block text-xs text-slate-500">{f.resolvedBy}{f.resolvedAt ? `, ${formatDateTime(f.resolvedAt)}` : ""}</span> : null}</td>
                    <td className="px-2 py-2">
                      {can.resolveFindings ? <FindingForm findingId={f.id} status={f.status} explanation={f.explanation} label={label} /> : <span className="whitespace-pre-line">{f.explanation ?? "—"}</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

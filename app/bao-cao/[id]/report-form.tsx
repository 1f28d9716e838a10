"use client";

// The Biểu 06 form of one agency and window, as its focal officer fills it: one row per lĩnh
// vực, the eight entered cells as inputs (keyboard order: row by row, left to right), the totals
// (columns 3, 7, 11 and the total row) derived live, the shared Zod schema checking every change,
// a comment per cell, "Lưu nháp" at any time and "Gửi báo cáo" once the identities hold. The
// server checks everything again (same schema) and refuses a save based on a stale version.
import { Fragment, useMemo, useState, useTransition } from "react";
import { FORM06_COLUMN_LABELS, REPORT_CELLS, type ReportCell } from "@/lib/domain/report-form";
import type { Form06Column } from "@/lib/domain/counters";
import { formatInteger } from "@/lib/format";
import { cellKey, cellLabel, gridRowColumns, gridToForm, gridTotals, validateGrid, type GridRow, type ReportActionState } from "@/lib/report-grid";
import { saveReportAction, submitReportAction } from "./actions";

const TOTAL_OF: Partial<Record<Form06Column, true>> = { c3: true, c7: true, c11: true };
const ORDER: Form06Column[] = ["c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10", "c11", "c12", "c13"];

export interface ReportFormProps {
  reportId: number;
  version: number;
  rows: GridRow[];
  /** lĩnh vực the officer may add (in the catalogue, not yet in the form) */
  addableFields: { code: string; name: string }[];
}

export function ReportForm({ reportId, version: initialVersion, rows: initialRows, addableFields }: ReportFormProps) {
  const [rows, setRows] = useState<GridRow[]>(initialRows);
  const [version, setVersion] = useState(initialVersion);
  const [dirty, setDirty] = useState(false);
  const [state, setState] = useState<ReportActionState | null>(null);
  const [openComments, setOpenComments] = useState<Set<number>>(new Set());
  const [adding, setAdding] = useState("");
  const [pending, startTransition] = useTransition();

  // the browser's check on every change: a draft's rules; the identities are shown as warnings
  // (a draft may break them) and block only the submission
  const draftCheck = useMemo(() => validateGrid(rows, "draft"), [rows]);
  const submitCheck = useMemo(() => validateGrid(rows, "submit"), [rows]);
  const errors = { ...submitCheck.cells, ...(state?.cellErrors ?? {}) };
  const totals = gridTotals(rows);

  const update = (index: number, change: (row: GridRow) => GridRow) => {
    setRows((current) => current.map((r, i) => (i === index ? change(r) : r)));
    setDirty(true);
    // the last answer's cell errors were about the values before this change: the live check takes over
    setState((s) => (s && Object.keys(s.cellErrors).length ? { ...s, cellErrors: {} } : s));
  };

  const send = (step: "draft" | "submit") => {
    const check = step === "draft" ? draftCheck : submitCheck;
    if (!check.ok) {
      setState({
        ok: false, conflict: false, cellErrors: check.cells, formErrors: check.form,
        message: step === "draft" ? "Chưa lưu: có ô chưa hợp lệ (xem các ô tô đỏ)." : "Chưa gửi: báo cáo còn lỗi (xem các ô tô đỏ), hãy sửa rồi gửi lại.",
      });
      return;
    }
    startTransition(async () => {
      const input = { reportId, version, ...gridToForm(rows) };
      const result = step === "draft" ? await saveReportAction(input) : await submitReportAction(input);
      setState(result);
      if (result.ok) {
        if (result.version !== undefined) setVersion(result.version);
        // the action revalidates the report pages: a submitted report comes back read-only
        setDirty(false);
      }
    });
  };

  const addRow = () => {
    const field = addableFields.find((f) => f.code === adding);
    if (!field) return;
    setRows((current) => [...current, { fieldCode: field.code, fieldName: field.name, cells: Object.fromEntries(REPORT_CELLS.map((c) => [c, "0"])) as Record<ReportCell, string>, comments: {} }]);
    setAdding("");
    setDirty(true);
  };
  const remaining = addableFields.filter((f) => !rows.some((r) => r.fieldCode === f.code));

  return (
    <section aria-labelledby="form-heading" className="space-y-3" data-testid="report-form">
      <h2 id="form-heading" className="text-lg font-semibold">Nhập số liệu</h2>
      <p className="text-sm text-slate-600 max-w-4xl">
        Số liệu được điền sẵn theo Hệ thống một cửa; sửa nếu số thực tế của cơ quan khác. Cột 3, 7, 11 và dòng tổng cộng tự tính.
        Lưu nháp bất cứ lúc nào; gửi khi mọi dòng thỏa mãn cột 3 = cột 7 + cột 11.
      </p>

      <div aria-live="polite" data-testid="report-message">
        {state?.message ? (
          <div className={`rounded border px-3 py-2 text-sm ${state.ok ? "bg-green-50 border-green-200 text-green-900" : "bg-red-50 border-red-200 text-red-900"}`} role={state.ok ? "status" : "alert"}>
            <p className="font-medium">{state.message}</p>
            {state.conflict ? (
              <p className="mt-1">
                Để không ghi đè thay đổi của người khác, hệ thống không lưu bản của bạn. Hãy ghi lại các số bạn vừa sửa, rồi{" "}
                <button type="button" className="underline font-semibold" onClick={() => window.location.reload()} data-testid="reload-latest">tải bản mới nhất</button>{" "}
                và nhập lại.
              </p>
            ) : null}
            {state.formErrors.length ? <ul className="list-disc ml-5 mt-1">{state.formErrors.map((m) => <li key={m}>{m}</li>)}</ul> : null}
          </div>
        ) : null}
      </div>

      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="text-sm w-full" data-testid="report-grid">
          <caption className="sr-only">Biểu 06 — số hồ sơ theo lĩnh vực; cột 3, 7, 11 tự tính</caption>
          <thead className="bg-slate-100 text-slate-700 text-xs">
            <tr>
              <th scope="col" rowSpan={2} className="px-2 py-1 text-left">STT</th>
              <th scope="col" rowSpan={2} className="px-2 py-1 text-left min-w-44">Lĩnh vực</th>
              <th scope="colgroup" colSpan={4} className="px-2 py-1 border-l border-slate-200">Số hồ sơ nhận giải quyết</th>
              <th scope="colgroup" colSpan={4} className="px-2 py-1 border-l border-slate-200">Đã giải quyết</th>
              <th scope="colgroup" colSpan={3} className="px-2 py-1 border-l border-slate-200">Đang giải quyết</th>
              <th scope="col" rowSpan={2} className="px-2 py-1">Ghi chú</th>
            </tr>
            <tr>
              {ORDER.map((c) => (
                <th key={c} scope="col" className={`px-1 py-1 text-right font-medium ${c === "c3" || c === "c7" || c === "c11" ? "border-l border-slate-200" : ""}`}>
                  <abbr title={FORM06_COLUMN_LABELS[c].label} className="no-underline">({FORM06_COLUMN_LABELS[c].number})</abbr>
                  <span className="block font-normal text-[11px] leading-tight">{SHORT[c]}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr><td colSpan={14} className="px-3 py-4 text-slate-600">Hệ thống chưa có hồ sơ nào của cơ quan trong kỳ. Thêm lĩnh vực ở dưới nếu cơ quan có giải quyết hồ sơ, hoặc gửi báo cáo trống.</td></tr>
            ) : rows.map((row, index) => {
              const columns = gridRowColumns(row);
              const commentCount = Object.values(row.comments).filter((t) => t?.trim()).length;
              return (
                <Fragment key={row.fieldCode}>
                  <tr className="border-t border-slate-100 align-top" data-testid="report-row" data-field={row.fieldCode}>
                    <td className="px-2 py-1 text-slate-500">{index + 1}</td>
                    <th scope="row" className="px-2 py-1 text-left font-normal">
                      {row.fieldName}
                      <span className="block text-xs text-slate-500 font-mono">{row.fieldCode}</span>
                    </th>
                    {ORDER.map((c) => {
                      const key = cellKey(index, c);
                      const cellErrors = errors[key];
                      const errorId = `err-${index}-${c}`;
                      if (TOTAL_OF[c]) {
                        return (
                          <td key={c} className={`px-1 py-1 text-right tabular-nums border-l border-slate-200 ${cellErrors ? "bg-red-50" : "bg-slate-50"}`}>
                            <output aria-label={cellLabel(row.fieldName, c)} data-testid={`total-${row.fieldCode}-${c}`} aria-describedby={cellErrors ? errorId : undefined}>
                              {columns ? formatInteger(columns[c]) : "—"}
                            </output>
                            {cellErrors ? <p id={errorId} className="text-[11px] text-red-800 text-left max-w-48 whitespace-normal">{cellErrors.join(" ")}</p> : null}
                          </td>
                        );
                      }
                      const cell = c as ReportCell;
                      return (
                        <td key={c} className="px-1 py-1">
                          <input
                            inputMode="numeric"
                            autoComplete="off"
                            value={row.cells[cell]}
                            onChange={(e) => update(index, (r) => ({ ...r, cells: { ...r.cells, [cell]: e.target.value } }))}
                            aria-label={cellLabel(row.fieldName, c)}
                            aria-invalid={cellErrors ? true : undefined}
                            aria-describedby={cellErrors ? errorId : undefined}
                            className={`w-16 text-right tabular-nums border rounded px-1 py-0.5 ${cellErrors ? "border-red-700 bg-red-50" : "border-slate-400"} ${row.comments[cell]?.trim() ? "ring-1 ring-amber-400" : ""}`}
                          />
                          {cellErrors ? <p id={errorId} className="text-[11px] text-red-800 max-w-24">{cellErrors.join(" ")}</p> : null}
                        </td>
                      );
                    })}
                    <td className="px-1 py-1">
                      <button
                        type="button"
                        aria-expanded={openComments.has(index)}
                        aria-controls={`comments-${index}`}
                        onClick={() => setOpenComments((s) => { const next = new Set(s); if (next.has(index)) next.delete(index); else next.add(index); return next; })}
                        className="text-brand-700 underline text-xs whitespace-nowrap"
                      >
                        {commentCount ? `Ghi chú (${commentCount})` : "Ghi chú"}<span className="sr-only"> lĩnh vực {row.fieldName}</span>
                      </button>
                    </td>
                  </tr>
                  {openComments.has(index) ? (
                    <tr id={`comments-${index}`} className="bg-amber-50/40">
                      <td />
                      <td colSpan={13} className="px-2 py-2">
                        <fieldset>
                          <legend className="text-xs font-medium text-slate-700 mb-1">Ghi chú theo ô — lĩnh vực {row.fieldName}</legend>
                          <div className="grid grid-cols-4 gap-2">
                            {REPORT_CELLS.map((cell) => {
                              const commentErrors = errors[cellKey(index, "comments")];
                              return (
                                <label key={cell} className="text-xs">
                                  <span className="block text-slate-600">Cột {FORM06_COLUMN_LABELS[cell].number}: {FORM06_COLUMN_LABELS[cell].label}</span>
                                  <input
                                    value={row.comments[cell] ?? ""}
                                    maxLength={1000}
                                    onChange={(e) => update(index, (r) => ({ ...r, comments: { ...r.comments, [cell]: e.target.value } }))}
                                    aria-label={`Ghi chú ${cellLabel(row.fieldName, cell).charAt(0).toLowerCase()}${cellLabel(row.fieldName, cell).slice(1)}`}
                                    aria-invalid={commentErrors ? true : undefined}
                                    className="w-full border border-slate-400 rounded px-1 py-0.5"
                                  />
                                </label>
                              );
                            })}
                          </div>
                        </fieldset>
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
          <tfoot className="border-t-2 border-slate-300 font-semibold">
            <tr data-testid="report-total-row">
              <td />
              <th scope="row" className="px-2 py-1 text-left">Tổng cộng</th>
              {ORDER.map((c) => (
                <td key={c} className={`px-1 py-1 text-right tabular-nums ${TOTAL_OF[c] ? "border-l border-slate-200 bg-slate-50" : ""}`} data-testid={`grand-total-${c}`}>
                  {totals ? formatInteger(totals[c]) : "—"}
                </td>
              ))}
              <td />
            </tr>
          </tfoot>
        </table>
      </div>

      {remaining.length ? (
        <div className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="add-field" className="block text-sm text-slate-700">Thêm lĩnh vực chưa có trong biểu</label>
            <select id="add-field" value={adding} onChange={(e) => setAdding(e.target.value)} className="border border-slate-300 rounded px-2 py-1.5 bg-white max-w-md">
              <option value="">— Chọn lĩnh vực —</option>
              {remaining.map((f) => <option key={f.code} value={f.code}>{f.name} ({f.code})</option>)}
            </select>
          </div>
          <button type="button" onClick={addRow} disabled={!adding} className="border border-brand-600 text-brand-700 rounded px-3 py-1.5 disabled:opacity-50">Thêm dòng</button>
        </div>
      ) : null}

      <div className="flex flex-wrap items-center gap-3">
        <button type="button" onClick={() => send("draft")} disabled={pending} className="border border-brand-600 text-brand-700 bg-white hover:bg-brand-50 rounded px-4 py-2 disabled:opacity-60">
          {pending ? "Đang xử lý…" : "Lưu nháp"}
        </button>
        <button type="button" onClick={() => send("submit")} disabled={pending} className="bg-brand-600 hover:bg-brand-700 text-white rounded px-4 py-2 disabled:opacity-60">
          Gửi báo cáo
        </button>
        <span className="text-sm text-slate-600" aria-live="polite">{dirty ? "Có thay đổi chưa lưu." : null}</span>
      </div>
    </section>
  );
}

/** Short headings under the column numbers (the full label is the abbr's title and each input's label). */
const SHORT: Record<Form06Column, string> = {
  c3: "Tổng số", c4: "Trực tuyến", c5: "Trực tiếp, BC", c6: "Kỳ trước",
  c7: "Tổng số", c8: "Trước hạn", c9: "Đúng hạn", c10: "Quá hạn",
  c11: "Tổng số", c12: "Trong hạn", c13: "Quá hạn",
};

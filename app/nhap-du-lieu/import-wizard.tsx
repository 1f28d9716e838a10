"use client";
// The import page's steps: choose the kind and the file → upload (bytes sent) → preview, a dry
// run of the whole file (progress) → import the same file (progress) or cancel → result. While a
// job runs the page polls the progress endpoint, which answers from the server's memory (no
// database query), so the bar keeps moving while an import holds the embedded database.
import { useCallback, useEffect, useRef, useState } from "react";
import { ProgressBar } from "@/components/progress-bar";
import { formatInteger, formatSeconds } from "@/lib/format";
import { formatBytes } from "@/lib/ingest/limits";
import { IMPORT_KINDS, type ImportKind, type ImportSummary } from "@/lib/ingest/types";
import type { KindFormat } from "@/lib/ingest/formats";
import type { ImportProgressView, ImportSessionView } from "@/lib/services/import-sessions";
import { IssueTable, kindLabel, SummaryCounts } from "./import-parts";

const POLL_MS = 500;
const SHOWN_ISSUES = 20;

type Step =
  | { name: "choose"; error: string | null }
  | { name: "uploading"; sent: number; total: number }
  | { name: "session"; session: ImportSessionView; error: string | null };

const running = (s: ImportSessionView | ImportProgressView) => s.state === "previewing" || s.state === "importing";

async function errorMessage(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: string } | null;
  return body?.error ?? "Máy chủ không trả lời được yêu cầu: hãy thử lại.";
}

/** POSTs the form with upload progress (fetch cannot report it). */
function upload(form: FormData, onProgress: (sent: number, total: number) => void): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/nhap-du-lieu/tai-len");
    request.responseType = "json";
    request.upload.onprogress = (e) => onProgress(e.loaded, e.total);
    request.onload = () => resolve({ status: request.status, body: request.response });
    request.onerror = () => reject(new Error("network"));
    request.send(form);
  });
}

function setSessionInUrl(id: string | null) {
  window.history.replaceState(null, "", id ? `/nhap-du-lieu?phien=${encodeURIComponent(id)}` : "/nhap-du-lieu");
}

/**
 * The bar of a running job. The import's share is exact, records over the records its preview
 * read; the preview knows no record count yet, so its share is the bytes of the file read (the
 * reader runs a little ahead of the records written: never 100% before the end).
 */
function progressText(view: ImportProgressView, expectedRecords: number | null): { label: string; fraction: number | null; text: string } {
  const { phase, records, bytesRead, bytesTotal } = view.progress;
  const label = view.state === "previewing" ? "Đang kiểm tra tệp (chạy thử, chưa lưu gì)" : "Đang nhập dữ liệu vào cơ sở dữ liệu";
  if (phase === "checking") {
    return { label, fraction: bytesTotal ? bytesRead / bytesTotal : null, text: `Đang đối chiếu tệp với bản đã kiểm tra: ${formatBytes(bytesRead)} / ${formatBytes(bytesTotal)}` };
  }
  if (phase === "starting") return { label, fraction: 0, text: "Đang bắt đầu (chờ lần nhập khác, nếu có, kết thúc)…" };
  if (phase === "finishing") {
    return { label, fraction: null, text: `Đã đọc hết tệp: ${formatInteger(records)} bản ghi. Đang cập nhật hạn giải quyết và số liệu tổng hợp…` };
  }
  const bytes = `${formatBytes(bytesRead)} / ${formatBytes(bytesTotal)} của tệp`;
  if (view.state === "importing" && expectedRecords) {
    return { label, fraction: Math.min(1, records / expectedRecords), text: `Đã nhập ${formatInteger(records)} / ${formatInteger(expectedRecords)} bản ghi · đã đọc ${bytes}` };
  }
  return { label, fraction: bytesTotal ? Math.min(0.99, bytesRead / bytesTotal) : null, text: `Đã đọc ${formatInteger(records)} bản ghi · ${bytes}` };
}

function countsOf(s: ImportSummary) {
  return { read: s.read, inserted: s.inserted, updated: s.updated, unchanged: s.unchanged, rejected: s.rejected, duplicates: s.duplicates };
}

function issuesOf(s: ImportSummary) {
  return [...s.errors.map((e) => ({ ...e, rejected: true })), ...s.warnings.map((w) => ({ ...w, rejected: false }))].sort((a, b) => a.record - b.record);
}

const buttonPrimary = "bg-brand-600 hover:bg-brand-700 text-white rounded px-4 py-2 disabled:opacity-60";
const buttonSecondary = "border border-slate-400 bg-white hover:bg-slate-100 text-slate-800 rounded px-4 py-2 disabled:opacity-60";
const linkButton = "inline-block border border-brand-600 text-brand-700 rounded px-3 py-1.5 hover:bg-brand-50 text-sm";

export function ImportWizard({ formats, maxFileBytes, initial }: { formats: Record<ImportKind, KindFormat>; maxFileBytes: number; initial: ImportSessionView | null }) {
  const [step, setStep] = useState<Step>(initial ? { name: "session", session: initial, error: null } : { name: "choose", error: null });
  const [kind, setKind] = useState<ImportKind>(initial?.kind ?? "dossiers");
  const [pending, setPending] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  const stepKey = step.name === "session" ? `${step.session.id}:${step.session.state}` : step.name;

  // focus the new step's heading, so keyboard and screen-reader users land on what changed
  const firstStep = useRef(stepKey);
  useEffect(() => {
    if (stepKey !== firstStep.current) heading.current?.focus();
    firstStep.current = "";
  }, [stepKey]);

  const session = step.name === "session" ? step.session : null;
  const sessionId = session?.id;
  const sessionRunning = session ? running(session) : false;

  const loadSession = useCallback(async (id: string) => {
    const response = await fetch(`/nhap-du-lieu/phien/${encodeURIComponent(id)}`, { cache: "no-store" });
    if (!response.ok) {
      setSessionInUrl(null);
      setStep({ name: "choose", error: await errorMessage(response) });
      return;
    }
    const next = (await response.json()) as ImportSessionView;
    setStep({ name: "session", session: next, error: null });
    if (next.state === "previewed") setAnnouncement("Kiểm tra xong. Xem kết quả trước khi nhập.");
    else if (next.state === "imported") setAnnouncement("Đã nhập xong.");
    else if (next.state === "failed") setAnnouncement("Không nhập được tệp.");
  }, []);

  // while a job runs: poll its progress (from memory), then load the whole session once it ends
  useEffect(() => {
    if (!sessionId || !sessionRunning) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const response = await fetch(`/nhap-du-lieu/phien/${encodeURIComponent(sessionId)}/tien-do`, { cache: "no-store" });
        if (stopped) return;
        if (!response.ok) {
          setStep((s) => (s.name === "session" ? { ...s, error: `Không theo dõi được tiến độ: ${response.status === 401 ? "phiên đăng nhập đã hết, hãy đăng nhập lại." : "phiên nhập không còn."}` } : s));
          return;
        }
        const view = (await response.json()) as ImportProgressView;
        if (stopped) return;
        if (running(view)) {
          setStep((s) => (s.name === "session" ? { ...s, session: { ...s.session, state: view.state, progress: view.progress } } : s));
          timer = setTimeout(poll, POLL_MS);
        } else {
          await loadSession(sessionId);
        }
      } catch {
        if (!stopped) timer = setTimeout(poll, POLL_MS * 4); // the network blinked: keep trying
      }
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [sessionId, sessionRunning, loadSession]);

  async function submitUpload(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setStep({ name: "choose", error: file instanceof File && file.name ? "Tệp trống (0 byte)." : "Chọn tệp cần nhập." });
      return;
    }
    if (file.size > maxFileBytes) {
      setStep({ name: "choose", error: `Tệp ${formatBytes(file.size)} vượt giới hạn ${formatBytes(maxFileBytes)} của một lần nhập: hãy chia nhỏ tệp.` });
      return;
    }
    // the kind first, so the server knows it before the file's bytes
    const body = new FormData();
    body.set("kind", kind);
    body.set("file", file);
    setStep({ name: "uploading", sent: 0, total: file.size });
    setAnnouncement("Đang tải tệp lên.");
    try {
      const answer = await upload(body, (sent, total) => setStep({ name: "uploading", sent, total }));
      if (answer.status !== 202) {
        setStep({ name: "choose", error: (answer.body as { error?: string } | null)?.error ?? "Máy chủ không nhận tệp: hãy thử lại." });
        return;
      }
      const created = answer.body as ImportSessionView;
      setSessionInUrl(created.id);
      setStep({ name: "session", session: created, error: null });
      setAnnouncement("Đã tải lên. Đang kiểm tra tệp.");
    } catch {
      setStep({ name: "choose", error: "Mất kết nối khi tải tệp lên: hãy thử lại." });
    }
  }

  async function confirm(s: ImportSessionView) {
    setPending(true);
    try {
      const response = await fetch(`/nhap-du-lieu/phien/${encodeURIComponent(s.id)}/nhap`, {
        method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ sha256: s.sha256 }),
      });
      if (!response.ok) {
        setStep({ name: "session", session: s, error: await errorMessage(response) });
        return;
      }
      setStep({ name: "session", session: (await response.json()) as ImportSessionView, error: null });
      setAnnouncement("Đang nhập dữ liệu.");
    } finally {
      setPending(false);
    }
  }

  async function close(s: ImportSessionView) {
    setPending(true);
    try {
      const response = await fetch(`/nhap-du-lieu/phien/${encodeURIComponent(s.id)}`, { method: "DELETE" });
      if (!response.ok && response.status !== 404) {
        setStep({ name: "session", session: s, error: await errorMessage(response) });
        return;
      }
      setSessionInUrl(null);
      setStep({ name: "choose", error: null });
      setAnnouncement(s.state === "previewed" ? "Đã hủy, tệp tạm đã được xóa." : "");
    } finally {
      setPending(false);
    }
  }

  const format = formats[kind];
  return (
    <section aria-labelledby="import-step-heading" className="space-y-4" data-testid="import-wizard">
      <p className="sr-only" aria-live="polite" data-testid="import-announcement">{announcement}</p>

      {step.name === "choose" ? (
        <form onSubmit={submitUpload} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" data-testid="upload-form">
          <h2 id="import-step-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold">1. Chọn loại dữ liệu và tệp</h2>
          {step.error ? <p role="alert" className="rounded px-3 py-2 text-sm border bg-red-50 border-red-200 text-red-900" data-testid="import-error">{step.error}</p> : null}
          <fieldset>
            <legend className="text-sm font-medium text-slate-700">Loại dữ liệu</legend>
            <div className="mt-1 grid gap-2 md:grid-cols-2 xl:grid-cols-3">
              {IMPORT_KINDS.map((k) => (
                <label key={k} className={`flex gap-2 rounded border px-3 py-2 text-sm cursor-pointer ${k === kind ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-white"}`}>
                  <input type="radio" name="kind" value={k} checked={k === kind} onChange={() => setKind(k)} className="mt-1" />
                  <span>
                    <span className="font-semibold block">{kindLabel(k)}</span>
                    <span className="text-xs text-slate-600">{formats[k].description}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <FormatHelp format={format} />
          <div>
            <label htmlFor="import-file" className="block text-sm font-medium text-slate-700">Tệp dữ liệu</label>
            <input id="import-file" name="file" type="file" required accept=".csv,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby="import-file-hint"
              className="mt-1 block text-sm file:mr-3 file:rounded file:border file:border-slate-400 file:bg-white file:px-3 file:py-1.5 file:text-slate-800 hover:file:bg-slate-100" />
            <p id="import-file-hint" className="text-xs text-slate-600 mt-1">
              CSV (UTF-8, dấu phẩy hoặc chấm phẩy, có dòng tiêu đề), XLSX (trang tính đầu tiên) hoặc JSON; tối đa {formatBytes(maxFileBytes)}. Loại tệp được nhận biết theo nội dung.
            </p>
          </div>
          <button type="submit" className={buttonPrimary}>Tải lên và kiểm tra</button>
          <p className="text-xs text-slate-600">Bước kiểm tra chạy thử toàn bộ tệp và cho biết sẽ thay đổi những gì; chưa có gì được lưu cho đến khi bạn bấm Nhập.</p>
        </form>
      ) : null}

      {step.name === "uploading" ? (
        <div className="rounded-lg border border-slate-200 bg-white p-4 space-y-3">
          <h2 id="import-step-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold">Đang tải tệp lên</h2>
          <ProgressBar label="Tải tệp lên máy chủ" fraction={step.total ? step.sent / step.total : null}
            text={`Đã gửi ${formatBytes(step.sent)} / ${formatBytes(step.total)}`} testId="upload-progress" />
        </div>
      ) : null}

      {session ? (
        <SessionPanel session={session} error={step.name === "session" ? step.error : null} pending={pending} headingRef={heading} formats={formats}
          onConfirm={() => confirm(session)} onClose={() => close(session)} />
      ) : null}
    </section>
  );
}

function FormatHelp({ format }: { format: KindFormat }) {
  const required = format.columns.filter((c) => c.required);
  const optional = format.columns.filter((c) => !c.required);
  return (
    <div className="rounded border border-slate-200 bg-slate-50 p-3 text-sm space-y-2" data-testid="format-help">
      <p><span className="font-medium">Cột bắt buộc:</span> <span className="font-mono text-xs">{required.map((c) => c.field).join(", ")}</span></p>
      {optional.length ? <p><span className="font-medium">Cột tùy chọn:</span> <span className="font-mono text-xs">{optional.map((c) => c.field).join(", ")}</span></p> : null}
      <p>
        <span className="font-medium">Khóa:</span> <span className="font-mono text-xs">{format.keyField}</span> — bản ghi cùng khóa với bản đã lưu thì cập nhật bản đó; nhập lại cùng tệp không thay đổi gì.
      </p>
      <details>
        <summary className="cursor-pointer text-brand-700">Ý nghĩa từng cột</summary>
        <table className="mt-2 w-full text-xs">
          <caption className="sr-only">Các cột của tệp {kindLabel(format.kind).toLowerCase()}</caption>
          <thead><tr className="text-left"><th scope="col" className="py-1 pr-3">Cột</th><th scope="col" className="py-1 pr-3">Bắt buộc</th><th scope="col" className="py-1">Ý nghĩa</th></tr></thead>
          <tbody>
            {[...format.columns, ...format.jsonOnly].map((c) => (
              <tr key={c.field} className="border-t border-slate-200 align-top">
                <td className="py-1 pr-3 font-mono">{c.field}</td>
                <td className="py-1 pr-3">{c.required ? "Có" : ""}</td>
                <td className="py-1">{c.meaning}{format.jsonOnly.includes(c) ? " (chỉ trong JSON)" : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <p className="flex flex-wrap gap-2">
        <a className={linkButton} href={`/nhap-du-lieu/mau/${format.kind}?dang=xlsx`} download data-testid="template-xlsx">Tải tệp mẫu XLSX</a>
        <a className={linkButton} href={`/nhap-du-lieu/mau/${format.kind}?dang=csv`} download data-testid="template-csv">Tải tệp mẫu CSV</a>
      </p>
    </div>
  );
}

function SessionPanel({ session, error, pending, headingRef, formats, onConfirm, onClose }: {
  session: ImportSessionView; error: string | null; pending: boolean; headingRef: React.RefObject<HTMLHeadingElement | null>;
  formats: Record<ImportKind, KindFormat>; onConfirm: () => void; onClose: () => void;
}) {
  const keyField = formats[session.kind].keyField;
  const fileLine = (
    <p className="text-sm text-slate-700" data-testid="session-file">
      {kindLabel(session.kind)} · tệp <span className="font-medium">{session.fileName}</span> ({formatBytes(session.fileSize)}) · mã kiểm tra SHA-256{" "}
      <code className="text-xs" title={session.sha256}>{session.sha256.slice(0, 12)}…</code>
    </p>
  );
  const errorBox = error ? <p role="alert" className="rounded px-3 py-2 text-sm border bg-red-50 border-red-200 text-red-900" data-testid="import-error">{error}</p> : null;

  if (running(session)) {
    const p = progressText(session, session.preview?.read ?? null);
    return (
      <div className="rounded-lg border border-slate-200 bg-white p-4 space-y-3" data-testid={`session-${session.state}`}>
        <h2 id="import-step-heading" ref={headingRef} tabIndex={-1} className="text-lg font-semibold">
          {session.state === "previewing" ? "2. Đang kiểm tra tệp" : "3. Đang nhập dữ liệu"}
        </h2>
        {fileLine}
        {errorBox}
        <ProgressBar label={p.label} fraction={p.fraction} text={p.text} testId="job-progress" />
        <p className="text-xs text-slate-600">
          Lần nhập chạy trọn trong một giao dịch: hoặc mọi bản ghi hợp lệ được lưu, hoặc không bản ghi nào. Có thể rời trang và quay lại bằng địa chỉ hiện tại.
          Với cơ sở dữ liệu nhúng, các trang khác của hệ thống chờ đến khi lần nhập này xong.
        </p>
      </div>
    );
  }

  if (session.state === "previewed" && session.preview) {
    const s = session.preview;
    const issues = issuesOf(s);
    const valid = s.read - s.rejected;
    return (
      <div className="rounded-lg border border-slate-200 bg-white p-4 space-y-3" data-testid="session-previewed">
        <h2 id="import-step-heading" ref={headingRef} tabIndex={-1} className="text-lg font-semibold">2. Kết quả kiểm tra — chưa lưu gì</h2>
        {fileLine}
        {errorBox}
        <SummaryCounts counts={countsOf(s)} preview testId="preview-counts" />
        <IssueSummary summary={s} issues={issues} keyField={keyField} reportHref={`/nhap-du-lieu/phien/${session.id}/bao-cao-loi`} />
        <div className="flex flex-wrap gap-3 items-center">
          <button type="button" className={buttonPrimary} disabled={pending} onClick={onConfirm} data-testid="confirm-import">
            {valid > 0 ? "Nhập vào cơ sở dữ liệu" : "Ghi nhận lần nhập (không có bản ghi hợp lệ)"}
          </button>
          <button type="button" className={buttonSecondary} disabled={pending} onClick={onClose} data-testid="cancel-import">Hủy, xóa tệp tạm</button>
        </div>
      </div>
    );
  }

  if (session.state === "imported" && session.result) {
    const s = session.result;
    const issues = issuesOf(s);
    return (
      <div className="rounded-lg border border-green-200 bg-white p-4 space-y-3" data-testid="session-imported">
        <h2 id="import-step-heading" ref={headingRef} tabIndex={-1} className="text-lg font-semibold text-green-900">
          Đã nhập xong — lô #{s.batchId}
        </h2>
        {fileLine}
        {errorBox}
        <SummaryCounts counts={countsOf(s)} preview={false} testId="result-counts" />
        <p className="text-sm text-slate-700">Thời gian: {formatSeconds(s.seconds)}. Số liệu thống kê đã được cập nhật ngay khi lưu.</p>
        <IssueSummary summary={s} issues={issues} keyField={keyField} reportHref={s.batchId ? `/nhap-du-lieu/lich-su/${s.batchId}/bao-cao-loi` : null} />
        <div className="flex flex-wrap gap-3 items-center text-sm">
          <a href={`/nhap-du-lieu/lich-su/${s.batchId}`} className="text-brand-700 underline" data-testid="batch-link">Xem chi tiết lô #{s.batchId}</a>
          <a href={`/quan-tri/nhat-ky?doituong=import_batch&madoituong=${s.batchId}`} className="text-brand-700 underline">Nhật ký hệ thống của lô</a>
          <button type="button" className={buttonSecondary} disabled={pending} onClick={onClose} data-testid="new-import">Nhập tệp khác</button>
        </div>
      </div>
    );
  }

  const failure = session.failure;
  return (
    <div className="rounded-lg border border-red-200 bg-red-50 p-4 space-y-3" data-testid="session-failed">
      <h2 id="import-step-heading" ref={headingRef} tabIndex={-1} className="text-lg font-semibold text-red-900">
        {failure?.during === "import" ? "Không nhập được — không bản ghi nào được lưu" : "Tệp không nhập được"}
      </h2>
      {fileLine}
      {errorBox}
      <p className="text-sm text-red-900" data-testid="failure-message">{failure?.message ?? "Không rõ lỗi: hãy thử lại."}</p>
      <div className="flex flex-wrap gap-3 items-center text-sm">
        {failure?.batchId ? <a href={`/nhap-du-lieu/lich-su/${failure.batchId}`} className="text-brand-700 underline">Lô #{failure.batchId} trong lịch sử nhập</a> : null}
        <button type="button" className={buttonSecondary} disabled={pending} onClick={onClose}>Chọn tệp khác</button>
      </div>
    </div>
  );
}

function IssueSummary({ summary, issues, keyField, reportHref }: { summary: ImportSummary; issues: ReturnType<typeof issuesOf>; keyField: string; reportHref: string | null }) {
  if (issues.length === 0) return <p className="text-sm text-green-900" data-testid="no-issues">Không có bản ghi nào bị từ chối hay cảnh báo.</p>;
  const more = issues.length - SHOWN_ISSUES + summary.issuesNotShown;
  return (
    <div className="space-y-2">
      <h3 className="font-semibold text-sm">
        {formatInteger(summary.rejected)} bản ghi bị từ chối{summary.duplicates ? `, ${formatInteger(summary.duplicates)} bản ghi trùng khóa (cảnh báo)` : ""}
        {issues.length > SHOWN_ISSUES ? ` — ${formatInteger(SHOWN_ISSUES)} dòng đầu:` : ":"}
      </h3>
      <IssueTable issues={issues.slice(0, SHOWN_ISSUES)} keyField={keyField} caption="Các bản ghi bị từ chối và cảnh báo đầu tiên" />
      {more > 0 ? <p className="text-sm text-slate-700">… và {formatInteger(more)} dòng khác trong báo cáo lỗi.</p> : null}
      {reportHref ? (
        <p className="flex flex-wrap gap-2 items-center text-sm">
          <span>Báo cáo lỗi đầy đủ{summary.dryRun && summary.issuesNotShown ? ` (chạy thử: ${formatInteger(issues.length)} dòng đầu)` : ""}:</span>
          <a className={linkButton} href={`${reportHref}?dang=xlsx`} download data-testid="report-xlsx">Tải XLSX</a>
          <a className={linkButton} href={`${reportHref}?dang=csv`} download data-testid="report-csv">Tải CSV</a>
        </p>
      ) : null}
    </div>
  );
}

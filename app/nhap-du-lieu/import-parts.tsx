// Presentational pieces shared by the import page (client) and the history pages (server):
// labels, the counts of a summary, the table of rejected records and warnings.
import { formatInteger } from "@/lib/format";
import type { IssueRow } from "@/lib/ingest/error-report";
import { IMPORT_KIND_LABELS, OUTCOME_REJECTED, OUTCOME_WARNING, type ImportKind } from "@/lib/ingest/types";

export const SOURCE_LABELS: Record<string, string> = {
  WEB: "Trang nhập dữ liệu",
  API: "API (hệ thống nguồn)",
  CLI: "Dòng lệnh (CLI)",
  SEED: "Dữ liệu demo",
};

export const STATUS_LABELS: Record<string, string> = {
  COMMITTED: "Đã nhập",
  FAILED: "Thất bại",
  RUNNING: "Đang chạy",
  DRY_RUN: "Chạy thử",
};

/** "Hồ sơ", "Cơ quan, đơn vị"… (REPORTS batches come from the reports module). */
export function kindLabel(kind: ImportKind | null): string {
  const label = kind ? IMPORT_KIND_LABELS[kind] : "báo cáo Biểu 06";
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** Who ran a batch: the user, the API client, else the source (CLI, demo seed). */
export function batchActor(b: { user: { username: string; fullName: string } | null; apiClient: string | null; source: string }): string {
  if (b.user) return `${b.user.fullName} (${b.user.username})`;
  if (b.apiClient) return `api:${b.apiClient}`;
  return SOURCE_LABELS[b.source] ?? b.source;
}

export interface Counts {
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** records superseded by a later one with the same key (summary `duplicates`, stored as warnings) */
  duplicates: number;
}

/** The counts of an import, worded for a preview ("sẽ thêm mới") or a done import ("đã thêm mới"). */
export function SummaryCounts({ counts, preview, testId = "summary-counts" }: { counts: Counts; preview: boolean; testId?: string }) {
  const will = preview ? "Sẽ " : "Đã ";
  const items: [key: keyof Counts, label: string, tone: string][] = [
    ["read", "Bản ghi đọc được", "text-slate-900"],
    ["inserted", `${will}thêm mới`, "text-green-800"],
    ["updated", `${will}cập nhật`, "text-brand-700"],
    ["unchanged", "Không thay đổi", "text-slate-700"],
    ["duplicates", "Trùng khóa (dùng bản sau)", "text-amber-800"],
    ["rejected", "Bị từ chối", "text-red-800"],
  ];
  return (
    <dl className="grid grid-cols-3 lg:grid-cols-6 gap-2" data-testid={testId}>
      {items.map(([key, label, tone]) => (
        <div key={key} className="rounded border border-slate-200 bg-white px-3 py-2">
          <dt className="text-xs text-slate-600">{label}</dt>
          <dd className={`text-xl font-semibold num text-left ${tone}`} data-testid={`count-${key}`}>{formatInteger(counts[key])}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Rejected records and warnings: record number, key, field, message. */
export function IssueTable({ issues, keyField, caption, testId = "issue-table" }: { issues: IssueRow[]; keyField: string; caption: string; testId?: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 text-right font-semibold whitespace-nowrap">Bản ghi số</th>
            <th scope="col" className="px-3 py-2 text-left font-semibold">Khóa ({keyField})</th>
            <th scope="col" className="px-3 py-2 text-left font-semibold">Trường</th>
            <th scope="col" className="px-3 py-2 text-left font-semibold">Nội dung</th>
            <th scope="col" className="px-3 py-2 text-left font-semibold">Xử lý</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((i, n) => (
            <tr key={`${i.record}-${n}`} className="border-t border-slate-100 align-top" data-testid="issue-row">
              <td className="px-3 py-1.5 num">{formatInteger(i.record)}</td>
              <td className="px-3 py-1.5 font-mono text-xs break-all">{i.key ?? "—"}</td>
              <td className="px-3 py-1.5 font-mono text-xs">{i.field ?? "—"}</td>
              <td className="px-3 py-1.5">{i.message}</td>
              <td className={`px-3 py-1.5 text-xs whitespace-nowrap ${i.rejected ? "text-red-800 font-semibold" : "text-amber-800"}`}>
                {i.rejected ? OUTCOME_REJECTED : OUTCOME_WARNING}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import type { Metadata } from "next";
import { db } from "@/lib/db/prisma";
import { AppShell } from "@/components/app-shell";
import { Pagination } from "@/components/pagination";
import { Forbidden } from "@/components/forbidden";
import { DateRangeFields, FILTER_INPUT, FilterActions } from "@/components/filter-fields";
import { ForbiddenError } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { currentRequestInfo } from "@/lib/auth/request-context";
import { AUDIT_PAGE_SIZE, AuditQuery, KNOWN_AUDIT_ACTIONS, listAudit } from "@/lib/services/audit";
import { auditQueryString, OUTCOME_LABELS } from "./query";
import { formatDateTime, formatInteger } from "@/lib/format";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Nhật ký hệ thống" };

type SearchParams = Record<string, string | string[] | undefined>;

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value, null, 1));

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const raw = await searchParams;
  const query = AuditQuery.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  let result;
  try {
    result = await listAudit(db(), viewer, query, await currentRequestInfo());
  } catch (error) {
    if (!(error instanceof ForbiddenError)) throw error;
    return (
      <AppShell viewer={viewer} current="/quan-tri/nhat-ky">
        <h1 className="text-2xl font-semibold mb-4">Nhật ký hệ thống</h1>
        <Forbidden />
      </AppShell>
    );
  }
  const { rows, total } = result;
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const href = (change: Partial<AuditQuery>) => `/quan-tri/nhat-ky${auditQueryString({ ...query, ...change })}`;
  const input = FILTER_INPUT;
  return (
    <AppShell viewer={viewer} current="/quan-tri/nhat-ky">
      <h1 className="text-2xl font-semibold mb-1">Nhật ký hệ thống</h1>
      <p className="text-sm text-slate-600 mb-4 max-w-3xl">
        Mọi thay đổi, lần đăng nhập và lần bị từ chối quyền: ai, làm gì, với bản ghi nào, lúc nào, từ đâu. Nhật ký chỉ ghi thêm, không sửa, không xóa được.
      </p>
      <form method="get" action="/quan-tri/nhat-ky" className="flex flex-wrap items-end gap-3 mb-4" role="search">
        <div>
          <label htmlFor="nguoidung" className="block text-sm text-slate-700">Người thực hiện</label>
          <input id="nguoidung" name="nguoidung" defaultValue={query.nguoidung ?? ""} className={`${input} w-40`} />
        </div>
        <div>
          <label htmlFor="hanhdong" className="block text-sm text-slate-700">Hành động</label>
          <input id="hanhdong" name="hanhdong" list="audit-actions" defaultValue={query.hanhdong ?? ""} className={`${input} w-44`} />
          <datalist id="audit-actions">{KNOWN_AUDIT_ACTIONS.map((a) => <option key={a} value={a} />)}</datalist>
        </div>
        <div>
          <label htmlFor="doituong" className="block text-sm text-slate-700">Loại đối tượng</label>
          <input id="doituong" name="doituong" defaultValue={query.doituong ?? ""} className={`${input} w-32`} />
        </div>
        <div>
          <label htmlFor="madoituong" className="block text-sm text-slate-700">Mã đối tượng</label>
          <input id="madoituong" name="madoituong" defaultValue={query.madoituong ?? ""} className={`${input} w-28`} />
        </div>
        <div>
          <label htmlFor="ketqua" className="block text-sm text-slate-700">Kết quả</label>
          <select id="ketqua" name="ketqua" defaultValue={query.ketqua ?? ""} className={input}>
            <option value="">Tất cả</option>
            {Object.entries(OUTCOME_LABELS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
          </select>
        </div>
        <DateRangeFields from={query.tu} to={query.den} />
        <FilterActions clearHref="/quan-tri/nhat-ky" />
        <a href={`/quan-tri/nhat-ky/xuat-csv${auditQueryString({ ...query, trang: 1 })}`} className="ml-auto border border-brand-600 text-brand-700 rounded px-4 py-1.5 hover:bg-brand-50" data-testid="audit-export">
          Xuất CSV
        </a>
      </form>
      <p className="text-sm text-slate-600 mb-2" aria-live="polite" data-testid="audit-total">{formatInteger(total)} bản ghi</p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm" data-testid="audit-table">
          <caption className="sr-only">Nhật ký hệ thống, mới nhất trước</caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              {["Thời điểm", "Người thực hiện", "Hành động", "Kết quả", "Đối tượng", "Chi tiết", "Từ địa chỉ"].map((h) => (
                <th key={h} scope="col" className="px-3 py-2 text-left font-semibold">{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr><td colSpan={7} className="px-3 py-4 text-slate-600">Không có bản ghi nào khớp bộ lọc.</td></tr>
            ) : rows.map((r) => (
              <tr key={String(r.id)} className="border-t border-slate-100 align-top" data-testid="audit-row">
                <td className="px-3 py-2 whitespace-nowrap text-xs">{formatDateTime(r.at)}</td>
                <td className="px-3 py-2 font-mono text-xs">{r.actor}</td>
                <td className="px-3 py-2 font-mono text-xs">{r.action}</td>
                <td className={`px-3 py-2 text-xs ${r.outcome === "SUCCESS" ? "" : "text-red-800 font-semibold"}`}>{OUTCOME_LABELS[r.outcome]}</td>
                <td className="px-3 py-2 text-xs">{r.entityType ? `${r.entityType}${r.entityId ? ` #${r.entityId}` : ""}` : "—"}</td>
                <td className="px-3 py-2 text-xs max-w-md">
                  {r.before !== null || r.after !== null ? (
                    <details>
                      <summary className="cursor-pointer text-brand-700">Xem</summary>
                      {r.before !== null ? <><p className="font-semibold mt-1">Trước</p><pre className="whitespace-pre-wrap break-all">{json(r.before)}</pre></> : null}
                      {r.after !== null ? <><p className="font-semibold mt-1">Sau</p><pre className="whitespace-pre-wrap break-all" data-testid="audit-after">{json(r.after)}</pre></> : null}
                    </details>
                  ) : "—"}
                </td>
                <td className="px-3 py-2 text-xs">{r.ip ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={query.trang} pages={pages} href={(trang) => href({ trang })} />
    </AppShell>
  );
}

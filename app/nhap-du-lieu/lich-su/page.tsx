import Link from "next/link";
import type { Metadata } from "next";
import { db } from "@/lib/db/prisma";
import { AppShell } from "@/components/app-shell";
import { Forbidden } from "@/components/forbidden";
import { DateRangeFields, FILTER_INPUT, FilterActions } from "@/components/filter-fields";
import { Pagination } from "@/components/pagination";
import { ForbiddenError } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { currentRequestInfo } from "@/lib/auth/request-context";
import { formatBytes, IMPORT_KINDS } from "@/lib/ingest";
import { IMPORT_HISTORY_PAGE_SIZE, IMPORT_SOURCES, ImportHistoryQuery, listImportBatches } from "@/lib/services/import-history";
import { formatDateTime, formatInteger } from "@/lib/format";
import { firstValues } from "@/lib/url-query";
import { batchActor, kindLabel, SOURCE_LABELS, STATUS_LABELS } from "../import-parts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Lịch sử nhập dữ liệu" };

type SearchParams = Record<string, string | string[] | undefined>;

function queryString(q: ImportHistoryQuery): string {
  const params = new URLSearchParams();
  for (const key of ["loai", "nguon", "trangthai", "nguoi", "tu", "den"] as const) {
    const value = q[key];
    if (value) params.set(key, value);
  }
  if (q.trang > 1) params.set("trang", String(q.trang));
  const text = params.toString();
  return text ? `?${text}` : "";
}

export default async function ImportHistoryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const query = ImportHistoryQuery.parse(firstValues(await searchParams));
  let result;
  try {
    result = await listImportBatches(db(), viewer, query, await currentRequestInfo());
  } catch (error) {
    if (!(error instanceof ForbiddenError)) throw error;
    return (
      <AppShell viewer={viewer} current="/nhap-du-lieu">
        <h1 className="text-2xl font-semibold mb-4">Lịch sử nhập dữ liệu</h1>
        <Forbidden />
      </AppShell>
    );
  }
  const { rows, total } = result;
  const pages = Math.max(1, Math.ceil(total / IMPORT_HISTORY_PAGE_SIZE));
  const input = FILTER_INPUT;
  return (
    <AppShell viewer={viewer} current="/nhap-du-lieu">
      <div className="flex flex-wrap items-center gap-4 mb-1">
        <h1 className="text-2xl font-semibold">Lịch sử nhập dữ liệu</h1>
        <Link href="/nhap-du-lieu" className="ml-auto bg-brand-600 hover:bg-brand-700 text-white rounded px-4 py-1.5">Nhập tệp mới</Link>
      </div>
      <p className="text-sm text-slate-600 mb-4 max-w-4xl">
        Mọi lần nhập của tỉnh — từ trang này, API của hệ thống nguồn, dòng lệnh trên máy chủ — kể cả lần thất bại (khi đó không bản ghi nào được lưu).
        Chạy thử không được ghi lại.
      </p>
      <form method="get" action="/nhap-du-lieu/lich-su" className="flex flex-wrap items-end gap-3 mb-4" role="search">
        <div>
          <label htmlFor="loai" className="block text-sm text-slate-700">Loại dữ liệu</label>
          <select id="loai" name="loai" defaultValue={query.loai ?? ""} className={`${input} w-44`}>
            <option value="">Tất cả</option>
            {IMPORT_KINDS.map((k) => <option key={k} value={k}>{kindLabel(k)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="nguon" className="block text-sm text-slate-700">Nguồn</label>
          <select id="nguon" name="nguon" defaultValue={query.nguon ?? ""} className={`${input} w-40`}>
            <option value="">Tất cả</option>
            {IMPORT_SOURCES.map((s) => <option key={s} value={s}>{SOURCE_LABELS[s]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="trangthai" className="block text-sm text-slate-700">Trạng thái</label>
          <select id="trangthai" name="trangthai" defaultValue={query.trangthai ?? ""} className={`${input} w-32`}>
            <option value="">Tất cả</option>
            <option value="COMMITTED">{STATUS_LABELS.COMMITTED}</option>
            <option value="FAILED">{STATUS_LABELS.FAILED}</option>
          </select>
        </div>
        <div>
          <label htmlFor="nguoi" className="block text-sm text-slate-700">Người, hệ thống</label>
          <input id="nguoi" name="nguoi" defaultValue={query.nguoi ?? ""} className={`${input} w-36`} />
        </div>
        <DateRangeFields from={query.tu} to={query.den} />
        <FilterActions clearHref="/nhap-du-lieu/lich-su" />
      </form>
      <p className="text-sm text-slate-600 mb-2" aria-live="polite" data-testid="history-total">{formatInteger(total)} lần nhập</p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm" data-testid="history-table">
          <caption className="sr-only">Lịch sử nhập dữ liệu, mới nhất trước</caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-semibold">Lô</th>
              <th scope="col" className="px-3 py-2 text-left font-semibold">Thời điểm</th>
              <th scope="col" className="px-3 py-2 text-left font-semibold">Người, hệ thống</th>
              <th scope="col" className="px-3 py-2 text-left font-semibold">Loại dữ liệu, nguồn</th>
              <th scope="col" className="px-3 py-2 text-left font-semibold">Tệp</th>
              <th scope="col" className="px-3 py-2 text-left font-semibold">Trạng thái</th>
              {["Đọc", "Thêm mới", "Cập nhật", "Không đổi", "Từ chối", "Cảnh báo"].map((h) => (
                <th key={h} scope="col" className="px-3 py-2 text-right font-semibold">{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr><td colSpan={12} className="px-3 py-4 text-slate-600">Không có lần nhập nào khớp bộ lọc.</td></tr>
            ) : rows.map((b) => (
              <tr key={b.id} className="border-t border-slate-100 align-top hover:bg-slate-50" data-testid="history-row">
                <td className="px-3 py-2 whitespace-nowrap">
                  <Link href={`/nhap-du-lieu/lich-su/${b.id}`} className="text-brand-700 underline" aria-label={`Chi tiết lô ${b.id}`}>#{b.id}</Link>
                  <Link href={`/quan-tri/nhat-ky?doituong=import_batch&madoituong=${b.id}`} className="block text-xs text-brand-700 underline">Nhật ký</Link>
                </td>
                <td className="px-3 py-2 whitespace-nowrap text-xs">{formatDateTime(b.startedAt)}</td>
                <td className="px-3 py-2 text-xs">{batchActor(b)}</td>
                <td className="px-3 py-2 text-xs">{kindLabel(b.kind)}<span className="block text-slate-600">{SOURCE_LABELS[b.source]}</span></td>
                <td className="px-3 py-2 text-xs max-w-56 break-all">
                  {b.fileName ?? "—"}{b.fileSize !== null ? <span className="block text-slate-600">{formatBytes(b.fileSize)}</span> : null}
                </td>
                <td className={`px-3 py-2 text-xs ${b.status === "FAILED" ? "text-red-800 font-semibold" : ""}`} data-testid="history-status">{STATUS_LABELS[b.status] ?? b.status}</td>
                {[b.read, b.inserted, b.updated, b.unchanged, b.rejected, b.warnings].map((n, i) => (
                  <td key={i} className={`px-3 py-2 num ${i === 4 && n > 0 ? "text-red-800 font-semibold" : ""}`}>{formatInteger(n)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={query.trang} pages={pages} href={(trang) => `/nhap-du-lieu/lich-su${queryString({ ...query, trang })}`} />
    </AppShell>
  );
}

import Link from "next/link";
import type { Metadata } from "next";
import { db } from "@/lib/db/prisma";
import { AppShell } from "@/components/app-shell";
import { Pagination } from "@/components/pagination";
import { AgencyListQuery, AGENCY_LEVELS, listAgencies, PAGE_SIZE } from "@/lib/services/agencies";
import { requireViewer } from "@/lib/auth/viewer";
import { AGENCY_LEVEL_LABELS, formatDate, formatInteger } from "@/lib/format";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Cơ quan, đơn vị" };

type SearchParams = Record<string, string | string[] | undefined>;

const COLUMNS = [
  { key: "ma", label: "Mã đơn vị", numeric: false },
  { key: "ten", label: "Tên cơ quan, đơn vị", numeric: false },
  { key: "cap", label: "Cấp", numeric: false },
  { key: null, label: "Hiệu lực", numeric: false },
  { key: "hoso", label: "Số hồ sơ giải quyết", numeric: true },
] as const;

export default async function AgenciesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const raw = await searchParams;
  const query = AgencyListQuery.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const viewer = await requireViewer();
  const { rows, total } = await listAgencies(db(), viewer, query);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const href = (change: Partial<AgencyListQuery>) => {
    const next = { ...query, ...change };
    const params = new URLSearchParams();
    if (next.cap) params.set("cap", next.cap);
    if (next.q) params.set("q", next.q);
    if (next.hieuluc !== "hien-tai") params.set("hieuluc", next.hieuluc);
    params.set("sap", next.sap);
    params.set("chieu", next.chieu);
    if (next.trang > 1) params.set("trang", String(next.trang));
    return `/co-quan?${params.toString()}`;
  };

  return (
    <AppShell viewer={viewer} current="/co-quan">
      <h1 className="text-2xl font-semibold mb-4">Cơ quan, đơn vị</h1>
          <form method="get" action="/co-quan" className="flex flex-wrap items-end gap-3 mb-4 no-print" role="search">
            <div>
              <label htmlFor="q" className="block text-sm text-slate-700">Tìm theo tên hoặc mã</label>
              <input id="q" name="q" defaultValue={query.q ?? ""} className="border border-slate-300 rounded px-2 py-1.5 w-64 bg-white" />
            </div>
            <div>
              <label htmlFor="cap" className="block text-sm text-slate-700">Cấp</label>
              <select id="cap" name="cap" defaultValue={query.cap ?? ""} className="border border-slate-300 rounded px-2 py-1.5 bg-white">
                <option value="">Tất cả các cấp</option>
                {AGENCY_LEVELS.map((level) => <option key={level} value={level}>{AGENCY_LEVEL_LABELS[level]}</option>)}
              </select>
            </div>
            <div>
              <label htmlFor="hieuluc" className="block text-sm text-slate-700">Hiệu lực</label>
              <select id="hieuluc" name="hieuluc" defaultValue={query.hieuluc} className="border border-slate-300 rounded px-2 py-1.5 bg-white">
                <option value="hien-tai">Đang hoạt động</option>
                <option value="da-giai-the">Đã sắp xếp, sáp nhập</option>
                <option value="tat-ca">Tất cả</option>
              </select>
            </div>
            <input type="hidden" name="sap" value={query.sap} />
            <input type="hidden" name="chieu" value={query.chieu} />
            <button type="submit" className="bg-brand-600 hover:bg-brand-700 text-white rounded px-4 py-1.5">Lọc</button>
          </form>

          <p className="text-sm text-slate-600 mb-2" aria-live="polite" data-testid="agency-total">
            {formatInteger(total)} cơ quan, đơn vị
          </p>
          {rows.length === 0 ? (
            <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm" data-testid="empty-state">
              Không có cơ quan, đơn vị nào khớp bộ lọc. <Link className="text-brand-700 underline" href="/co-quan">Xóa bộ lọc</Link>
            </div>
          ) : (
            <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
              <table className="w-full text-sm" data-testid="agency-table">
                <caption className="sr-only">Danh sách cơ quan, đơn vị và số hồ sơ giải quyết</caption>
                <thead className="bg-slate-100 text-slate-700">
                  <tr>
                    {COLUMNS.map((c) => {
                      const active = c.key === query.sap;
                      const sortState = active ? (query.chieu === "tang" ? "ascending" : "descending") : undefined;
                      return (
                        <th key={c.label} scope="col" aria-sort={sortState} className={`px-3 py-2 font-semibold ${c.numeric ? "text-right" : "text-left"}`}>
                          {c.key ? (
                            <Link href={href({ sap: c.key, chieu: active && query.chieu === "giam" ? "tang" : "giam", trang: 1 })} className="hover:underline">
                              {c.label} {active ? (query.chieu === "tang" ? "▲" : "▼") : ""}
                            </Link>
                          ) : c.label}
                        </th>
                      );
                    })}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((a) => (
                    <tr key={a.id} className="border-t border-slate-100 hover:bg-slate-50">
                      <td className="px-3 py-2 font-mono text-xs">{a.code}</td>
                      <td className="px-3 py-2">
                        <Link href={`/co-quan/${a.id}`} className="text-brand-700 hover:underline">{a.name}</Link>
                        {a.parentName && a.level !== "SO" ? <span className="block text-xs text-slate-500">thuộc {a.parentName}</span> : null}
                      </td>
                      <td className="px-3 py-2">{AGENCY_LEVEL_LABELS[a.level]}</td>
                      <td className="px-3 py-2 text-xs">
                        {a.validFrom ? <>từ {formatDate(a.validFrom)} </> : null}
                        {a.validTo ? <>đến {formatDate(a.validTo)}</> : a.validFrom ? null : "—"}
                        {a.successorName ? <span className="block text-slate-500">→ {a.successorName}</span> : null}
                      </td>
                      <td className="px-3 py-2 num" data-testid="agency-dossiers">{formatInteger(a.dossiers)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pagination page={query.trang} pages={pages} href={(trang) => href({ trang })} />
    </AppShell>
  );
}

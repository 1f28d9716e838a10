import Link from "next/link";
import type { Metadata } from "next";
import { db } from "@/lib/db/prisma";
import { AppShell } from "@/components/app-shell";
import { Pagination } from "@/components/pagination";
import { Forbidden } from "@/components/forbidden";
import { ForbiddenError, ROLE_LABELS, ROLES } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { currentRequestInfo } from "@/lib/auth/request-context";
import { listUsers, USER_PAGE_SIZE, UserListQuery } from "@/lib/services/users";
import { formatDateTime, formatInteger } from "@/lib/format";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Người dùng" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const raw = await searchParams;
  const query = UserListQuery.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  let result;
  try {
    result = await listUsers(db(), viewer, query, await currentRequestInfo());
  } catch (error) {
    if (!(error instanceof ForbiddenError)) throw error;
    return (
      <AppShell viewer={viewer} current="/quan-tri/nguoi-dung">
        <h1 className="text-2xl font-semibold mb-4">Người dùng</h1>
        <Forbidden />
      </AppShell>
    );
  }
  const { rows, total } = result;
  const pages = Math.max(1, Math.ceil(total / USER_PAGE_SIZE));
  const href = (change: Partial<UserListQuery>) => {
    const next = { ...query, ...change };
    const params = new URLSearchParams();
    if (next.q) params.set("q", next.q);
    if (next.vaitro) params.set("vaitro", next.vaitro);
    if (next.trangthai !== "tat-ca") params.set("trangthai", next.trangthai);
    if (next.trang > 1) params.set("trang", String(next.trang));
    const qs = params.toString();
    return `/quan-tri/nguoi-dung${qs ? `?${qs}` : ""}`;
  };
  return (
    <AppShell viewer={viewer} current="/quan-tri/nguoi-dung">
      <div className="flex flex-wrap items-center gap-4 mb-4">
        <h1 className="text-2xl font-semibold">Người dùng</h1>
        <Link href="/quan-tri/nguoi-dung/moi" className="ml-auto bg-brand-600 hover:bg-brand-700 text-white rounded px-4 py-1.5">Thêm người dùng</Link>
      </div>
      <form method="get" action="/quan-tri/nguoi-dung" className="flex flex-wrap items-end gap-3 mb-4" role="search">
        <div>
          <label htmlFor="q" className="block text-sm text-slate-700">Tên đăng nhập hoặc họ tên</label>
          <input id="q" name="q" defaultValue={query.q ?? ""} className="border border-slate-300 rounded px-2 py-1.5 w-64 bg-white" />
        </div>
        <div>
          <label htmlFor="vaitro" className="block text-sm text-slate-700">Vai trò</label>
          <select id="vaitro" name="vaitro" defaultValue={query.vaitro ?? ""} className="border border-slate-300 rounded px-2 py-1.5 bg-white">
            <option value="">Tất cả vai trò</option>
            {ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="trangthai" className="block text-sm text-slate-700">Trạng thái</label>
          <select id="trangthai" name="trangthai" defaultValue={query.trangthai} className="border border-slate-300 rounded px-2 py-1.5 bg-white">
            <option value="tat-ca">Tất cả</option>
            <option value="hoat-dong">Đang hoạt động</option>
            <option value="da-khoa">Đã khóa</option>
          </select>
        </div>
        <button type="submit" className="bg-brand-600 hover:bg-brand-700 text-white rounded px-4 py-1.5">Lọc</button>
      </form>
      <p className="text-sm text-slate-600 mb-2" aria-live="polite" data-testid="user-total">{formatInteger(total)} người dùng</p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm" data-testid="user-table">
          <caption className="sr-only">Danh sách người dùng</caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              {["Tên đăng nhập", "Họ và tên", "Vai trò và phạm vi", "Trạng thái", "Đăng nhập gần nhất"].map((h) => (
                <th key={h} scope="col" className="px-3 py-2 text-left font-semibold">{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr><td colSpan={5} className="px-3 py-4 text-slate-600">Không có người dùng nào khớp bộ lọc.</td></tr>
            ) : rows.map((u) => (
              <tr key={u.id} className="border-t border-slate-100 hover:bg-slate-50">
                <td className="px-3 py-2 font-mono text-xs"><Link href={`/quan-tri/nguoi-dung/${u.id}`} className="text-brand-700 hover:underline">{u.username}</Link></td>
                <td className="px-3 py-2">{u.fullName}</td>
                <td className="px-3 py-2 text-xs">
                  {u.roles.length ? u.roles.map((r) => <span key={r.id} className="block">{ROLE_LABELS[r.role]}{r.agencyName ? ` — ${r.agencyName}` : ""}</span>) : "Chưa có vai trò"}
                </td>
                <td className="px-3 py-2 text-xs">{u.active ? "Đang hoạt động" : <span className="text-red-800 font-semibold">Đã khóa</span>}</td>
                <td className="px-3 py-2 text-xs">{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : "Chưa đăng nhập"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={query.trang} pages={pages} href={(trang) => href({ trang })} />
    </AppShell>
  );
}

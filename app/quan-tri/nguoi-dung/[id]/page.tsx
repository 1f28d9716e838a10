import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { AppShell } from "@/components/app-shell";
import { Forbidden } from "@/components/forbidden";
import { ForbiddenError, ROLE_LABELS } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { currentRequestInfo } from "@/lib/auth/request-context";
import { getUser } from "@/lib/services/users";
import { agencyOptions } from "@/lib/services/agencies";
import { formatDateTime } from "@/lib/format";
import { ActiveForm, AssignRoleForm, RemoveRoleForm, ResetPasswordForm } from "../forms";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Người dùng" };

const UserId = z.coerce.number().int().positive().max(2_147_483_647);

export default async function UserPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const id = UserId.safeParse((await params).id);
  if (!id.success) notFound();
  let user;
  try {
    user = await getUser(db(), viewer, id.data, await currentRequestInfo());
  } catch (error) {
    if (!(error instanceof ForbiddenError)) throw error;
    return (
      <AppShell viewer={viewer} current="/quan-tri/nguoi-dung">
        <h1 className="text-2xl font-semibold mb-4">Người dùng</h1>
        <Forbidden />
      </AppShell>
    );
  }
  if (!user) notFound();
  const agencies = await agencyOptions(db(), viewer);
  const created = (await searchParams).moi === "1";
  return (
    <AppShell viewer={viewer} current="/quan-tri/nguoi-dung">
      <p className="text-sm mb-2"><Link href="/quan-tri/nguoi-dung" className="text-brand-700 underline">‹ Người dùng</Link></p>
      <h1 className="text-2xl font-semibold mb-1">{user.fullName}</h1>
      <p className="text-slate-600 mb-4">
        <span className="font-mono text-sm">{user.username}</span>
        {user.email ? <> · {user.email}</> : null}
        {" · "}
        <span data-testid="user-status">{user.active ? "Đang hoạt động" : "Đã khóa"}</span>
        {user.mustChangePassword ? " · phải đổi mật khẩu ở lần đăng nhập tới" : null}
        {user.hasOidc ? " · đã liên kết đăng nhập một lần" : null}
        {" · "}
        {user.lastLoginAt ? `đăng nhập gần nhất ${formatDateTime(user.lastLoginAt)}` : "chưa đăng nhập"}
      </p>
      {created ? (
        <p className="mb-4 rounded bg-green-50 border border-green-200 px-3 py-2 text-sm text-green-900 max-w-xl" role="status">
          Đã tạo người dùng. Thêm vai trò để người dùng xem được số liệu.
        </p>
      ) : null}

      <section aria-labelledby="roles-title" className="mb-6">
        <h2 id="roles-title" className="text-lg font-semibold mb-2">Vai trò và phạm vi</h2>
        {user.roles.length ? (
          <ul className="mb-3 space-y-1" data-testid="user-roles">
            {user.roles.map((r) => {
              const label = `${ROLE_LABELS[r.role]}${r.agencyName ? ` — ${r.agencyName}${r.includeSubunits ? " và các đơn vị trực thuộc" : ""}` : " — toàn tỉnh"}`;
              return (
                <li key={r.id} className="flex flex-wrap items-baseline gap-3">
                  <span>{label}</span>
                  <RemoveRoleForm assignmentId={r.id} label={label} />
                </li>
              );
            })}
          </ul>
        ) : <p className="mb-3 text-slate-600">Chưa có vai trò: người dùng đăng nhập được nhưng không xem được số liệu nào.</p>}
        <AssignRoleForm userId={user.id} agencies={agencies} />
      </section>

      <section aria-labelledby="password-title" className="mb-6">
        <h2 id="password-title" className="text-lg font-semibold mb-2">Đặt lại mật khẩu</h2>
        <ResetPasswordForm userId={user.id} />
      </section>

      <section aria-labelledby="status-title">
        <h2 id="status-title" className="text-lg font-semibold mb-2">Trạng thái tài khoản</h2>
        <ActiveForm userId={user.id} active={user.active} />
      </section>
    </AppShell>
  );
}

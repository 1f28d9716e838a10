import Link from "next/link";
import type { Metadata } from "next";
import { db } from "@/lib/db/prisma";
import { AppShell } from "@/components/app-shell";
import { Forbidden } from "@/components/forbidden";
import { canAdminister } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { currentRequestInfo } from "@/lib/auth/request-context";
import { recordDenied } from "@/lib/services/audit";
import { CreateUserForm } from "../forms";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Thêm người dùng" };

export default async function NewUserPage() {
  const viewer = await requireViewer();
  const allowed = canAdminister(viewer);
  if (!allowed) await recordDenied(db(), viewer, "user.create", await currentRequestInfo(), { entity: "user" });
  return (
    <AppShell viewer={viewer} current="/quan-tri/nguoi-dung">
      <p className="text-sm mb-2"><Link href="/quan-tri/nguoi-dung" className="text-brand-700 underline">‹ Người dùng</Link></p>
      <h1 className="text-2xl font-semibold mb-4">Thêm người dùng</h1>
      {allowed ? (
        <>
          <p className="text-sm text-slate-600 mb-4 max-w-xl">Sau khi tạo, thêm vai trò và phạm vi cho người dùng ở trang chi tiết.</p>
          <CreateUserForm />
        </>
      ) : <Forbidden />}
    </AppShell>
  );
}

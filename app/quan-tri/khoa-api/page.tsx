import type { Metadata } from "next";
import { db } from "@/lib/db/prisma";
import { AppShell } from "@/components/app-shell";
import { Forbidden } from "@/components/forbidden";
import { ForbiddenError } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { currentRequestInfo } from "@/lib/auth/request-context";
import { listApiKeys } from "@/lib/auth/api-keys";
import { formatDateTime } from "@/lib/format";
import { CreateApiKeyForm, RevokeApiKeyForm } from "./forms";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Khóa API" };

export default async function ApiKeysPage() {
  const viewer = await requireViewer();
  let keys;
  try {
    keys = await listApiKeys(db(), viewer, await currentRequestInfo());
  } catch (error) {
    if (!(error instanceof ForbiddenError)) throw error;
    return (
      <AppShell viewer={viewer} current="/quan-tri/khoa-api">
        <h1 className="text-2xl font-semibold mb-4">Khóa API</h1>
        <Forbidden />
      </AppShell>
    );
  }
  return (
    <AppShell viewer={viewer} current="/quan-tri/khoa-api">
      <h1 className="text-2xl font-semibold mb-2">Khóa API</h1>
      <p className="text-sm text-slate-600 mb-4 max-w-3xl">
        Hệ thống khác (Hệ thống một cửa điện tử, công cụ báo cáo) gọi API bằng khóa, gửi trong tiêu đề
        <code className="mx-1 bg-slate-100 px-1">Authorization: Bearer &lt;khóa&gt;</code> hoặc
        <code className="mx-1 bg-slate-100 px-1">X-API-Key</code>. Hệ thống chỉ lưu mã băm của khóa.
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white mb-6">
        <table className="w-full text-sm" data-testid="api-key-table">
          <caption className="sr-only">Các khóa API của tỉnh</caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              {["Tên gợi nhớ", "Mã nhận diện", "Quyền", "Người tạo, lúc tạo", "Dùng lần cuối", "Trạng thái"].map((h) => (
                <th key={h} scope="col" className="px-3 py-2 text-left font-semibold">{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {keys.length === 0 ? (
              <tr><td colSpan={6} className="px-3 py-4 text-slate-600">Chưa có khóa API nào.</td></tr>
            ) : keys.map((k) => (
              <tr key={k.id} className="border-t border-slate-100">
                <td className="px-3 py-2">{k.name}</td>
                <td className="px-3 py-2 font-mono text-xs">{k.keyPrefix}…</td>
                <td className="px-3 py-2 text-xs">{k.scopes.join(", ")}</td>
                <td className="px-3 py-2 text-xs">{k.createdBy ?? "—"}, {formatDateTime(k.createdAt)}</td>
                <td className="px-3 py-2 text-xs">{k.lastUsedAt ? formatDateTime(k.lastUsedAt) : "Chưa dùng"}</td>
                <td className="px-3 py-2 text-xs">
                  {k.revokedAt ? <span>Đã thu hồi {formatDateTime(k.revokedAt)}</span> : <RevokeApiKeyForm id={k.id} label={`${k.name} (${k.keyPrefix}…)`} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CreateApiKeyForm />
    </AppShell>
  );
}

import Link from "next/link";
import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { Forbidden } from "@/components/forbidden";
import { ForbiddenError } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { currentRequestInfo } from "@/lib/auth/request-context";
import { IMPORT_FORMATS } from "@/lib/ingest";
import { getImportSession, openImportPage, serverImportDeps } from "@/lib/services/import-sessions";
import { firstValues } from "@/lib/url-query";
import { ImportWizard } from "./import-wizard";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Nhập dữ liệu" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function ImportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const deps = serverImportDeps();
  const info = await currentRequestInfo();
  let page;
  try {
    page = await openImportPage(deps, viewer, info);
  } catch (error) {
    if (!(error instanceof ForbiddenError)) throw error;
    return (
      <AppShell viewer={viewer} current="/nhap-du-lieu">
        <h1 className="text-2xl font-semibold mb-4">Nhập dữ liệu</h1>
        <Forbidden message="Chỉ quản trị hệ thống và Văn phòng UBND tỉnh được nhập dữ liệu." />
      </AppShell>
    );
  }
  // ?phien= resumes a session after a reload (only the user's own; others are "not found")
  const { phien } = firstValues(await searchParams);
  const initial = phien ? await getImportSession(deps, viewer, phien, info) : null;
  return (
    <AppShell viewer={viewer} current="/nhap-du-lieu">
      <div className="flex flex-wrap items-center gap-4 mb-2">
        <h1 className="text-2xl font-semibold">Nhập dữ liệu</h1>
        <Link href="/nhap-du-lieu/lich-su" className="ml-auto text-brand-700 underline" data-testid="history-link">Lịch sử nhập dữ liệu</Link>
      </div>
      <p className="text-sm text-slate-600 mb-4 max-w-4xl">
        Nhập tệp xuất từ Hệ thống một cửa điện tử hoặc Cổng Dịch vụ công quốc gia. Mỗi bản ghi được kiểm tra; bản ghi sai bị từ chối kèm số thứ tự,
        khóa, trường và lý do, không ảnh hưởng các bản ghi khác. Bản ghi trùng khóa với bản đã lưu thì được cập nhật; bản ghi không có trong tệp giữ nguyên.
        Hệ thống nguồn cũng có thể gửi thẳng qua API (<code className="bg-slate-100 px-1">POST /api/v1/dossiers</code>, khóa API có quyền gửi hồ sơ).
      </p>
      {phien && !initial ? (
        <p className="rounded px-3 py-2 text-sm border bg-amber-50 border-amber-200 text-amber-900 mb-3" role="status">
          Phiên nhập trong địa chỉ không còn (đã hủy, đã hết hạn sau một giờ không dùng, hoặc máy chủ đã khởi động lại). Xem kết quả các lần nhập trong lịch sử.
        </p>
      ) : null}
      <ImportWizard formats={IMPORT_FORMATS} maxFileBytes={page.maxFileBytes} initial={initial} />
    </AppShell>
  );
}

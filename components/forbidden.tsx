import Link from "next/link";

/** Shown in place of a page or record the user may not see (the attempt is in the audit trail). */
export function Forbidden({ message = "Bạn không có quyền xem nội dung này." }: { message?: string }) {
  return (
    <div className="rounded-lg border border-red-200 bg-red-50 p-6 max-w-2xl" data-testid="forbidden" role="status">
      <h2 className="font-semibold text-red-900 mb-2">Không có quyền truy cập</h2>
      <p className="text-sm text-red-900">{message} Nếu bạn cần quyền này, hãy liên hệ quản trị viên.</p>
      <Link href="/" className="inline-block mt-3 text-brand-700 underline">Về trang tổng quan</Link>
    </div>
  );
}

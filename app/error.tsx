"use client";

// Shown when a page fails on the server. The cause is in the server log, never on screen.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="p-8 max-w-xl">
      <h1 className="text-xl font-semibold mb-2">Đã có lỗi xảy ra</h1>
      <p className="text-slate-700 mb-4">Hệ thống không tải được trang này. Vui lòng thử lại; nếu lỗi vẫn còn, hãy báo quản trị viên.</p>
      <button onClick={reset} className="bg-brand-600 text-white rounded px-4 py-2">Thử lại</button>
    </main>
  );
}

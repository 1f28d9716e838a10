import Link from "next/link";

export default function NotFound() {
  return (
    <main className="p-8 max-w-xl">
      <h1 className="text-xl font-semibold mb-2">Không tìm thấy trang</h1>
      <p className="text-slate-700 mb-4">Đường dẫn không tồn tại hoặc đã thay đổi.</p>
      <Link href="/" className="text-brand-700 underline">Về trang tổng quan</Link>
    </main>
  );
}

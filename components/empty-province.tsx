export function EmptyProvince() {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 max-w-2xl" data-testid="empty-state">
      <h2 className="font-semibold mb-2">Chưa có dữ liệu tỉnh</h2>
      <p className="text-slate-700 text-sm">
        Cơ sở dữ liệu chưa có tỉnh nào. Tạo tỉnh demo bằng lệnh <code className="bg-slate-100 px-1">npx tthc seed demo</code>,
        hoặc nhập danh mục cơ quan và hồ sơ từ Hệ thống một cửa điện tử của tỉnh.
      </p>
    </div>
  );
}

// The explorer's skeleton while the list loads: the title, the filter form and table rows.
export default function Loading() {
  return (
    <div role="status" aria-live="polite">
      <div className="h-7 w-56 bg-slate-200 rounded animate-pulse mb-2" />
      <div className="h-4 w-2/3 max-w-3xl bg-slate-200 rounded animate-pulse mb-4" />
      <div className="rounded-lg border border-slate-200 bg-white p-3 mb-4 flex flex-wrap gap-3">
        {Array.from({ length: 8 }, (_, i) => <div key={i} className="h-12 w-44 bg-slate-100 rounded animate-pulse" />)}
      </div>
      <div className="h-5 w-48 bg-slate-200 rounded animate-pulse mb-2" />
      <div className="rounded-lg border border-slate-200 bg-white">
        {Array.from({ length: 10 }, (_, i) => <div key={i} className="h-9 border-t border-slate-100 mx-3 my-1 bg-slate-50 rounded animate-pulse" />)}
      </div>
      <span className="sr-only">Đang tải danh sách hồ sơ…</span>
    </div>
  );
}

// Shown while the league table of another period or filter loads: the page's outline, so the
// layout does not jump when the figures arrive.
export default function Loading() {
  return (
    <div className="p-4 md:p-6" role="status" aria-live="polite">
      <div className="h-7 w-80 max-w-full bg-slate-200 rounded animate-pulse mb-2" />
      <div className="h-4 w-[32rem] max-w-full bg-slate-200 rounded animate-pulse mb-6" />
      <div className="flex gap-3 mb-4">
        {[0, 1, 2, 3].map((i) => <div key={i} className="h-9 w-40 bg-slate-200 rounded animate-pulse" />)}
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-3 space-y-2">
        {Array.from({ length: 10 }, (_, i) => <div key={i} className="h-6 bg-slate-100 rounded animate-pulse" />)}
      </div>
      <span className="sr-only">Đang tải bảng xếp hạng…</span>
    </div>
  );
}

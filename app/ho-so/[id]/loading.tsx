// The dossier detail's skeleton while it loads.
export default function Loading() {
  return (
    <div role="status" aria-live="polite">
      <div className="h-7 w-80 max-w-full bg-slate-200 rounded animate-pulse mb-2" />
      <div className="h-4 w-64 bg-slate-200 rounded animate-pulse mb-4" />
      <div className="grid grid-cols-1 lg:grid-cols-2 gap-4">
        {Array.from({ length: 4 }, (_, i) => <div key={i} className="h-48 rounded-lg border border-slate-200 bg-slate-50 animate-pulse" />)}
      </div>
      <span className="sr-only">Đang tải hồ sơ…</span>
    </div>
  );
}

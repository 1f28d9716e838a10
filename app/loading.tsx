export default function Loading() {
  return (
    <div className="p-8" role="status" aria-live="polite">
      <div className="h-6 w-48 bg-slate-200 rounded animate-pulse mb-4" />
      <div className="h-4 w-96 max-w-full bg-slate-200 rounded animate-pulse mb-2" />
      <div className="h-4 w-80 max-w-full bg-slate-200 rounded animate-pulse" />
      <span className="sr-only">Đang tải…</span>
    </div>
  );
}

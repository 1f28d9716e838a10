/** Shown while the leadership view loads: the shapes of its cards, chart and table. */
export default function Loading() {
  const bar = "bg-slate-200 rounded animate-pulse";
  return (
    <div className="p-4 md:p-6 max-w-screen-2xl mx-auto" role="status" aria-live="polite" data-testid="leadership-loading">
      <div className={`h-7 w-80 max-w-full mb-2 ${bar}`} />
      <div className={`h-4 w-96 max-w-full mb-6 ${bar}`} />
      <div className="grid grid-cols-2 lg:grid-cols-4 gap-4 mb-6">
        {[0, 1, 2, 3].map((i) => <div key={i} className={`h-24 ${bar}`} />)}
      </div>
      <div className={`h-72 w-full mb-6 ${bar}`} />
      {[0, 1, 2, 3, 4, 5].map((i) => <div key={i} className={`h-6 w-full mb-2 ${bar}`} />)}
      <span className="sr-only">Đang tải chỉ số 766 của tỉnh…</span>
    </div>
  );
}

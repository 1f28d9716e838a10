// The agency page while its figures load: the shape of the page (title, period, figure cards,
// three charts, tables), so nothing jumps when it arrives.
export default function Loading() {
  const bar = "bg-slate-200 rounded animate-pulse";
  return (
    <div className="p-4 md:p-6 mx-auto max-w-screen-2xl" role="status" aria-live="polite">
      <div className={`h-7 w-96 max-w-full mb-2 ${bar}`} />
      <div className={`h-4 w-80 max-w-full mb-4 ${bar}`} />
      <div className={`h-9 w-[32rem] max-w-full mb-4 ${bar}`} />
      <div className="grid grid-cols-2 lg:grid-cols-5 gap-3 mb-6">
        {Array.from({ length: 5 }, (_, i) => <div key={i} className={`h-20 ${bar}`} />)}
      </div>
      <div className="grid grid-cols-1 lg:grid-cols-2 2xl:grid-cols-3 gap-3 mb-6">
        {Array.from({ length: 3 }, (_, i) => <div key={i} className={`h-72 ${bar}`} />)}
      </div>
      <div className={`h-48 mb-6 ${bar}`} />
      <div className={`h-32 ${bar}`} />
      <span className="sr-only">Đang tải số liệu của cơ quan, đơn vị…</span>
    </div>
  );
}

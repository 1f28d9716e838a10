import Link from "next/link";

// Pieces of the GET filter forms of list pages (state in the URL): the input style, a date range
// of Vietnam calendar days (?tu=&den=), and the submit and clear buttons.

export const FILTER_INPUT = "border border-slate-300 rounded px-2 py-1.5 bg-white";

export function DateRangeFields({ from, to }: { from?: string; to?: string }) {
  return (
    <>
      <div>
        <label htmlFor="tu" className="block text-sm text-slate-700">Từ ngày</label>
        <input id="tu" name="tu" type="date" defaultValue={from ?? ""} className={FILTER_INPUT} />
      </div>
      <div>
        <label htmlFor="den" className="block text-sm text-slate-700">Đến ngày</label>
        <input id="den" name="den" type="date" defaultValue={to ?? ""} className={FILTER_INPUT} />
      </div>
    </>
  );
}

export function FilterActions({ clearHref }: { clearHref: string }) {
  return (
    <>
      <button type="submit" className="bg-brand-600 hover:bg-brand-700 text-white rounded px-4 py-1.5">Lọc</button>
      <Link href={clearHref} className="text-brand-700 underline py-1.5">Xóa bộ lọc</Link>
    </>
  );
}

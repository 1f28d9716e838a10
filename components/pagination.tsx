import Link from "next/link";
import { formatInteger } from "@/lib/format";

/** Previous / next links of a server-paginated table; `href(n)` is page n's URL (filters kept). */
export function Pagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Phân trang" className="flex items-center gap-3 mt-3 text-sm no-print">
      {page > 1 ? <Link className="text-brand-700 underline" href={href(page - 1)}>‹ Trang trước</Link> : null}
      <span>Trang {formatInteger(page)}/{formatInteger(pages)}</span>
      {page < pages ? <Link className="text-brand-700 underline" href={href(page + 1)}>Trang sau ›</Link> : null}
    </nav>
  );
}

import Link from "next/link";
import { canViewProvince, type Viewer } from "@/lib/auth/permissions";

const LINKS = [
  { href: "/bao-cao", label: "Báo cáo và tình hình nộp", province: false },
  { href: "/bao-cao/doi-soat", label: "Đối soát toàn tỉnh", province: true },
  { href: "/bao-cao/tong-hop", label: "Báo cáo tổng hợp của tỉnh", province: true },
  { href: "/bao-cao/han-nop", label: "Hạn nộp theo kỳ", province: true },
] as const;

/** The report section's pages; the province-wide ones only for those who may see the province. */
export function ReportSectionNav({ viewer, current }: { viewer: Viewer; current: string }) {
  const links = LINKS.filter((l) => !l.province || canViewProvince(viewer));
  if (links.length < 2) return null;
  return (
    <nav aria-label="Các trang báo cáo Biểu 06" className="mb-4 no-print">
      <ul className="flex flex-wrap gap-2 text-sm">
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} aria-current={current === l.href ? "page" : undefined}
              className={`inline-block rounded border px-3 py-1 ${current === l.href ? "border-brand-600 bg-brand-50 text-brand-700 font-semibold" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`}>
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}


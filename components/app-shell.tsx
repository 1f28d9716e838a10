import Link from "next/link";
import type { ReactNode } from "react";
import { ROLE_LABELS, type Viewer } from "@/lib/auth/permissions";
import { navItemsFor } from "./nav";
import { SignOutButton } from "./sign-out-button";

export function AppShell({ viewer, current, children }: { viewer: Viewer; current: string; children: ReactNode }) {
  return (
    <div className="min-h-screen flex flex-col">
      <a href="#noi-dung" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 bg-white px-3 py-2 rounded shadow">
        Bỏ qua điều hướng
      </a>
      <header className="bg-brand-900 text-white no-print">
        <div className="mx-auto max-w-screen-2xl px-4 py-3 flex flex-wrap items-center gap-4">
          <Link href="/" className="font-semibold text-lg tracking-tight">TTHC Dashboard</Link>
          <span className="text-brand-100 text-sm">Giám sát giải quyết thủ tục hành chính — tỉnh {viewer.provinceName}</span>
          <div className="ml-auto flex items-center gap-3 text-sm" data-testid="current-user">
            <span>
              <span className="font-semibold">{viewer.displayName}</span>
              <span className="block text-xs text-brand-100" data-testid="current-roles">
                {viewer.roles.map((r) => ROLE_LABELS[r]).join(", ") || "Chưa được phân quyền"}
              </span>
            </span>
            <Link href="/doi-mat-khau" className="underline underline-offset-2 hover:no-underline">Đổi mật khẩu</Link>
            <SignOutButton />
          </div>
        </div>
      </header>
      <div className="mx-auto max-w-screen-2xl w-full flex-1 flex flex-col md:flex-row">
        <nav aria-label="Điều hướng chính" className="md:w-60 shrink-0 border-b md:border-b-0 md:border-r border-slate-200 bg-white no-print">
          <ul className="flex md:flex-col flex-wrap gap-1 p-3">
            {navItemsFor(viewer.roles).map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={current === item.href ? "page" : undefined}
                  className={`block rounded px-3 py-2 text-sm ${current === item.href ? "bg-brand-50 text-brand-700 font-semibold" : "text-slate-700 hover:bg-slate-100"}`}
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <main id="noi-dung" className="flex-1 min-w-0 p-4 md:p-6">
          {children}
        </main>
      </div>
      <footer className="text-xs text-slate-500 px-4 py-3 border-t border-slate-200 bg-white no-print">
        Số liệu theo Hệ thống thông tin giải quyết TTHC của tỉnh. Ngày giờ theo giờ Việt Nam (GMT+7).
      </footer>
    </div>
  );
}

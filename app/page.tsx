import Link from "next/link";
import { db } from "@/lib/db/prisma";
import { AppShell } from "@/components/app-shell";
import { EmptyProvince } from "@/components/empty-province";
import { requireViewer } from "@/lib/auth/viewer";
import { provinceSummary } from "@/lib/services/province";
import { formatDateTime, formatInteger } from "@/lib/format";

export const dynamic = "force-dynamic";

export default async function OverviewPage() {
  const viewer = await requireViewer();
  const summary = await provinceSummary(db(), viewer);
  return (
    <AppShell viewer={viewer} current="/">
      <h1 className="text-2xl font-semibold mb-1">Tổng quan</h1>
      {!summary ? (
        <EmptyProvince />
      ) : (
        <>
          <p className="text-slate-600 mb-6">
            Tỉnh {summary.name} ({summary.code})
            {summary.lastImportAt ? <> · lần nhập dữ liệu gần nhất {formatDateTime(summary.lastImportAt)}</> : null}
            {summary.isDemo ? (
              <span className="ml-2 inline-block rounded bg-amber-100 text-amber-900 px-2 py-0.5 text-xs font-semibold" data-testid="demo-badge">
                Dữ liệu mô phỏng
              </span>
            ) : null}
          </p>
          <dl className="grid grid-cols-2 lg:grid-cols-4 gap-4" data-testid="province-summary">
            <Figure
              label={summary.scoped ? "Cơ quan, đơn vị bạn phụ trách" : "Cơ quan, đơn vị đang hoạt động"}
              value={summary.currentAgencies} href="/co-quan" note={`${formatInteger(summary.agencies)} kể cả đơn vị đã sắp xếp`}
            />
            <Figure label="Thủ tục hành chính" value={summary.procedures} note={`thuộc ${formatInteger(summary.fields)} lĩnh vực`} />
            <Figure
              label={summary.scoped ? "Hồ sơ của các đơn vị bạn phụ trách" : "Hồ sơ trong hệ thống"}
              value={summary.dossiers} href="/co-quan?sap=hoso&chieu=giam" note="theo cơ quan giải quyết"
            />
          </dl>
        </>
      )}
    </AppShell>
  );
}

function Figure({ label, value, href, note }: { label: string; value: number; href?: string; note?: string }) {
  const content = <span className="block text-3xl font-semibold tabular-nums">{formatInteger(value)}</span>;
  return (
    <div className="rounded-lg bg-white border border-slate-200 p-4">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd>
        {href ? <Link href={href} className="text-brand-700 hover:underline">{content}</Link> : content}
        {note ? <span className="block text-xs text-slate-500 mt-1">{note}</span> : null}
      </dd>
    </div>
  );
}

import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { AppShell } from "@/components/app-shell";
import { Forbidden } from "@/components/forbidden";
import { ForbiddenError } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { currentRequestInfo } from "@/lib/auth/request-context";
import { getAgency } from "@/lib/services/agencies";
import { AGENCY_LEVEL_LABELS, formatDate, formatInteger } from "@/lib/format";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Cơ quan, đơn vị" };

const AgencyId = z.coerce.number().int().positive().max(2_147_483_647);

export default async function AgencyPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const id = AgencyId.safeParse((await params).id);
  if (!id.success) notFound();
  let agency;
  try {
    agency = await getAgency(db(), viewer, id.data, await currentRequestInfo());
  } catch (error) {
    if (!(error instanceof ForbiddenError)) throw error;
    return (
      <AppShell viewer={viewer} current="/co-quan">
        <h1 className="text-2xl font-semibold mb-4">Cơ quan, đơn vị</h1>
        <Forbidden message="Cơ quan, đơn vị này nằm ngoài phạm vi bạn được giao." />
      </AppShell>
    );
  }
  if (!agency) notFound();
  return (
    <AppShell viewer={viewer} current="/co-quan">
      <p className="text-sm mb-2"><Link href="/co-quan" className="text-brand-700 underline">‹ Cơ quan, đơn vị</Link></p>
      <h1 className="text-2xl font-semibold mb-1" data-testid="agency-name">{agency.name}</h1>
      <p className="text-slate-600 mb-4">
        <span className="font-mono text-sm">{agency.code}</span> · {AGENCY_LEVEL_LABELS[agency.level]}
        {agency.parentName ? <> · thuộc {agency.parentName}</> : null}
      </p>
      <dl className="grid grid-cols-1 sm:grid-cols-3 gap-4 mb-6 max-w-3xl">
        <div className="rounded-lg bg-white border border-slate-200 p-4">
          <dt className="text-sm text-slate-600">Hồ sơ giải quyết</dt>
          <dd className="text-3xl font-semibold tabular-nums" data-testid="agency-dossier-count">{formatInteger(agency.dossiers)}</dd>
        </div>
        <div className="rounded-lg bg-white border border-slate-200 p-4">
          <dt className="text-sm text-slate-600">Hiệu lực</dt>
          <dd>
            {agency.validFrom ? <>từ {formatDate(agency.validFrom)} </> : null}
            {agency.validTo ? <>đến {formatDate(agency.validTo)}</> : agency.validFrom ? null : "Đang hoạt động"}
            {agency.successorName ? <span className="block text-sm text-slate-500">→ {agency.successorName}</span> : null}
          </dd>
        </div>
      </dl>
      {agency.children.length ? (
        <section aria-labelledby="subunits">
          <h2 id="subunits" className="text-lg font-semibold mb-2">Đơn vị trực thuộc</h2>
          <ul className="list-disc pl-6 space-y-1">
            {agency.children.map((c) => (
              <li key={c.id}>
                <Link href={`/co-quan/${c.id}`} className="text-brand-700 hover:underline">{c.name}</Link>
                {c.validTo ? <span className="text-sm text-slate-500"> (đến {formatDate(c.validTo)})</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </AppShell>
  );
}

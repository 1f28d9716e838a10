import Link from "next/link";
import type { Metadata } from "next";
import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { AppShell } from "@/components/app-shell";
import { Forbidden } from "@/components/forbidden";
import { Pagination } from "@/components/pagination";
import { ForbiddenError } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { currentRequestInfo } from "@/lib/auth/request-context";
import { formatBytes, IMPORT_FORMATS } from "@/lib/ingest";
import { getImportBatch, IMPORT_ISSUES_PAGE_SIZE, ImportIssuesQuery, listImportIssues } from "@/lib/services/import-history";
import { formatDateTime, formatInteger } from "@/lib/format";
import { firstValues } from "@/lib/url-query";
import { batchActor, IssueTable, kindLabel, SOURCE_LABELS, STATUS_LABELS, SummaryCounts } from "../../import-parts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Chi tiết lô nhập dữ liệu" };

type SearchParams = Record<string, string | string[] | undefined>;
const BatchId = z.coerce.number().int().positive().max(2_147_483_647);

export default async function ImportBatchPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const id = BatchId.safeParse((await params).id);
  const query = ImportIssuesQuery.parse(firstValues(await searchParams));
  const info = await currentRequestInfo();
  let batch;
  let issues;
  try {
    batch = id.success ? await getImportBatch(db(), viewer, id.data, info) : null;
    issues = batch ? await listImportIssues(db(), viewer, batch.id, query, info) : null;
  } catch (error) {
    if (!(error instanceof ForbiddenError)) throw error;
    return (
      <AppShell viewer={viewer} current="/nhap-du-lieu">
        <h1 className="text-2xl font-semibold mb-4">Chi tiết lô nhập dữ liệu</h1>
        <Forbidden />
      </AppShell>
    );
  }
  if (!batch || !issues) {
    return (
      <AppShell viewer={viewer} current="/nhap-du-lieu">
        <h1 className="text-2xl font-semibold mb-4">Chi tiết lô nhập dữ liệu</h1>
        <p className="text-slate-700" role="status">Không tìm thấy lô nhập này. <Link href="/nhap-du-lieu/lich-su" className="text-brand-700 underline">Về lịch sử nhập</Link></p>
      </AppShell>
    );
  }
  const pages = Math.max(1, Math.ceil(issues.total / IMPORT_ISSUES_PAGE_SIZE));
  const issuesHref = (change: Partial<ImportIssuesQuery>) => {
    const next = { ...query, ...change };
    const p = new URLSearchParams();
    if (next.loai) p.set("loai", next.loai);
    if (next.trang > 1) p.set("trang", String(next.trang));
    const text = p.toString();
    return `/nhap-du-lieu/lich-su/${batch.id}${text ? `?${text}` : ""}`;
  };
  const keyField = batch.kind ? IMPORT_FORMATS[batch.kind].keyField : "khóa";
  const report = `/nhap-du-lieu/lich-su/${batch.id}/bao-cao-loi`;
  const facts: [string, React.ReactNode][] = [
    ["Loại dữ liệu", kindLabel(batch.kind)],
    ["Nguồn", SOURCE_LABELS[batch.source] ?? batch.source],
    ["Người, hệ thống", batchActor(batch)],
    ["Tệp", <>{batch.fileName ?? "—"}{batch.fileSize !== null ? ` (${formatBytes(batch.fileSize)})` : ""}</>],
    ["SHA-256 của tệp", batch.fileSha256 ? <code className="text-xs break-all">{batch.fileSha256}</code> : "—"],
    ["Bắt đầu", formatDateTime(batch.startedAt)],
    ["Kết thúc", batch.finishedAt ? formatDateTime(batch.finishedAt) : "—"],
    ["Trạng thái", <span className={batch.status === "FAILED" ? "text-red-800 font-semibold" : ""} data-testid="batch-status">{STATUS_LABELS[batch.status] ?? batch.status}</span>],
  ];
  const tab = (loai: ImportIssuesQuery["loai"], label: string) => (
    <Link href={issuesHref({ loai, trang: 1 })} aria-current={query.loai === loai ? "page" : undefined}
      className={`rounded px-3 py-1 text-sm ${query.loai === loai ? "bg-brand-50 text-brand-700 font-semibold" : "text-brand-700 underline"}`}>{label}</Link>
  );
  return (
    <AppShell viewer={viewer} current="/nhap-du-lieu">
      <p className="text-sm mb-1"><Link href="/nhap-du-lieu/lich-su" className="text-brand-700 underline">‹ Lịch sử nhập dữ liệu</Link></p>
      <h1 className="text-2xl font-semibold mb-3">Lô nhập #{batch.id}</h1>
      <dl className="grid grid-cols-1 md:grid-cols-2 gap-x-6 gap-y-1 text-sm mb-4 max-w-5xl" data-testid="batch-facts">
        {facts.map(([label, value]) => (
          <div key={label} className="flex gap-2"><dt className="text-slate-600 w-36 shrink-0">{label}</dt><dd>{value}</dd></div>
        ))}
      </dl>
      {batch.failure ? (
        <p className="rounded px-3 py-2 text-sm border bg-red-50 border-red-200 text-red-900 mb-4 max-w-4xl" data-testid="batch-failure">{batch.failure}</p>
      ) : null}
      <SummaryCounts counts={{ ...batch, duplicates: batch.warnings }} preview={false} testId="batch-counts" />
      <div className="flex flex-wrap items-center gap-3 mt-4 mb-2">
        <h2 className="text-lg font-semibold">Bản ghi bị từ chối và cảnh báo</h2>
        <Link href={`/quan-tri/nhat-ky?doituong=import_batch&madoituong=${batch.id}`} className="text-sm text-brand-700 underline" data-testid="batch-audit-link">Nhật ký hệ thống của lô</Link>
        {batch.errorCount + batch.warnings > 0 ? (
          <span className="ml-auto flex gap-2 text-sm">
            <a href={`${report}?dang=xlsx`} download className="border border-brand-600 text-brand-700 rounded px-3 py-1.5 hover:bg-brand-50" data-testid="batch-report-xlsx">Tải báo cáo lỗi XLSX</a>
            <a href={`${report}?dang=csv`} download className="border border-brand-600 text-brand-700 rounded px-3 py-1.5 hover:bg-brand-50" data-testid="batch-report-csv">Tải báo cáo lỗi CSV</a>
          </span>
        ) : null}
      </div>
      <nav aria-label="Lọc lỗi" className="flex gap-2 mb-2">
        {tab(undefined, `Tất cả (${formatInteger(batch.errorCount + batch.warnings)})`)}
        {tab("loi", `Lỗi từ chối (${formatInteger(batch.errorCount)})`)}
        {tab("canh-bao", `Cảnh báo (${formatInteger(batch.warnings)})`)}
      </nav>
      {issues.total === 0 ? (
        <p className="text-sm text-slate-700" data-testid="no-issues">Không có dòng nào.</p>
      ) : (
        <IssueTable issues={issues.rows} keyField={keyField} caption={`Lỗi và cảnh báo của lô ${batch.id}, theo thứ tự bản ghi`} />
      )}
      <p className="text-xs text-slate-600 mt-2">Bản ghi số là thứ tự dòng dữ liệu trong tệp, không kể dòng tiêu đề (trong Excel: dòng số + 1); với JSON là thứ tự phần tử trong mảng.</p>
      <Pagination page={query.trang} pages={pages} href={(trang) => issuesHref({ trang })} />
    </AppShell>
  );
}

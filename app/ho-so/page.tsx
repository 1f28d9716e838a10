import Link from "next/link";
import type { Metadata } from "next";
import { db, sqlPool } from "@/lib/db/prisma";
import { Forbidden } from "@/components/forbidden";
import { ForbiddenError } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { currentRequestInfo } from "@/lib/auth/request-context";
import { firstValues } from "@/lib/url-query";
import { dossierHref, ExplorerFilter, explorerFilterHref, type ExplorerSort } from "@/lib/links";
import { formatDateTime, formatInteger } from "@/lib/format";
import { formatIsoDate } from "@/lib/domain/periods";
import { CHANNEL_LABELS, STATUS_LABELS } from "@/lib/explorer/labels";
import { explorerOptions, listDossiers, type ExplorerList } from "@/lib/services/dossier-explorer";
import { ExplorerForm } from "./explorer-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Tra cứu hồ sơ" };

type SearchParams = Record<string, string | string[] | undefined>;

const COLUMNS: { label: string; sort?: ExplorerSort; className?: string }[] = [
  { label: "Mã hồ sơ", sort: "ma" },
  { label: "Thủ tục" },
  { label: "Cơ quan giải quyết" },
  { label: "Trạng thái" },
  { label: "Kênh" },
  { label: "Tiếp nhận", sort: "tiepnhan" },
  { label: "Hẹn trả", sort: "hantra" },
  { label: "Kết thúc xử lý", sort: "ketthuc" },
  { label: "Quá hạn (ngày)", sort: "quahan", className: "text-right" },
];

function SortHeader({ column, list, filter }: { column: (typeof COLUMNS)[number]; list: ExplorerList; filter: ExplorerFilter }) {
  const active = column.sort !== undefined && column.sort === list.sort;
  const ariaSort = active ? (list.direction === "tang" ? "ascending" : "descending") : column.sort ? "none" : undefined;
  if (!column.sort) return <th scope="col" className={`px-3 py-2 text-left font-semibold ${column.className ?? ""}`}>{column.label}</th>;
  // the first click sorts the way people look for problems: codes A→Z, dates and days newest/largest first
  const next = active ? (list.direction === "tang" ? "giam" : "tang") : column.sort === "ma" ? "tang" : "giam";
  return (
    <th scope="col" aria-sort={ariaSort} className={`px-3 py-2 text-left font-semibold whitespace-nowrap ${column.className ?? ""}`}>
      <Link href={explorerFilterHref({ ...filter, sap: column.sort, chieu: next, trang: undefined })} className="hover:underline" data-testid={`sort-${column.sort}`}>
        {column.label}
        <span aria-hidden="true" className="ml-1 text-slate-500">{active ? (list.direction === "tang" ? "▲" : "▼") : "↕"}</span>
        <span className="sr-only">{active ? (list.direction === "tang" ? " (đang sắp xếp tăng dần)" : " (đang sắp xếp giảm dần)") : " (bấm để sắp xếp)"}</span>
      </Link>
    </th>
  );
}

function TotalLine({ list }: { list: ExplorerList }) {
  const first = (list.page - 1) * list.pageSize + 1;
  const last = first + list.rows.length - 1;
  return (
    <p className="text-sm text-slate-700 mb-2" aria-live="polite">
      <span className="text-lg font-semibold" data-testid="explorer-total" data-exact={list.total.exact ? "true" : "false"}>
        {list.total.exact ? formatInteger(list.total.count) : `Hơn ${formatInteger(list.total.count)}`}
      </span>{" "}
      hồ sơ
      {list.rows.length ? <> · đang xem {formatInteger(first)}–{formatInteger(last)}</> : null}
      {list.total.source === "summary" ? <span className="text-slate-500"> · bằng số liệu của Biểu 06 và bảng xếp hạng</span> : null}
      {!list.total.exact ? <span className="text-slate-500"> · thu hẹp bộ lọc để biết số chính xác</span> : null}
    </p>
  );
}

function ExplorerPagination({ list, filter }: { list: ExplorerList; filter: ExplorerFilter }) {
  const pages = list.total.exact ? Math.max(1, Math.ceil(list.total.count / list.pageSize)) : null;
  if (list.page === 1 && !list.hasNextPage) return null;
  const href = (trang: number) => explorerFilterHref({ ...filter, trang });
  return (
    <nav aria-label="Phân trang" className="flex flex-wrap items-center gap-3 mt-3 text-sm no-print">
      {list.page > 1 ? <Link className="text-brand-700 underline" href={href(1)}>« Trang đầu</Link> : null}
      {list.page > 1 ? <Link className="text-brand-700 underline" href={href(list.page - 1)} rel="prev">‹ Trang trước</Link> : null}
      <span data-testid="explorer-page">Trang {formatInteger(list.page)}{pages ? `/${formatInteger(pages)}` : ""}</span>
      {list.hasNextPage ? <Link className="text-brand-700 underline" href={href(list.page + 1)} rel="next">Trang sau ›</Link> : null}
    </nav>
  );
}

function EmptyState({ list, filter }: { list: ExplorerList; filter: ExplorerFilter }) {
  const wider = list.period ? explorerFilterHref({ ...filter, ky: String(list.period.year), trang: undefined }) : null;
  const narrowing = filter.trangthai !== undefined || filter.kenh !== undefined || filter.q || filter.tu || filter.den || filter.thutuc !== undefined;
  return (
    <div className="px-3 py-6 text-slate-700" data-testid="explorer-empty">
      <p className="font-semibold mb-1">Không có hồ sơ nào khớp bộ lọc.</p>
      <ul className="list-disc pl-6 text-sm space-y-1">
        {wider && list.period?.kind !== "year" ? <li><Link className="text-brand-700 underline" href={wider}>Mở rộng ra cả năm {list.period!.year}</Link> hoặc chọn kỳ khác.</li> : null}
        {narrowing ? <li><Link className="text-brand-700 underline" href={explorerFilterHref({ ...filter, trangthai: undefined, kenh: undefined, q: undefined, tu: undefined, den: undefined, thutuc: undefined, trang: undefined })}>Bỏ các bộ lọc trạng thái, kênh, mã, ngày, thủ tục</Link>.</li> : null}
        {filter.q ? <li>Kiểm tra lại mã hồ sơ: chỉ cần nhập một phần của mã.</li> : null}
        <li><Link className="text-brand-700 underline" href="/ho-so">Xóa mọi bộ lọc</Link> để xem tất cả hồ sơ được phép xem.</li>
      </ul>
    </div>
  );
}

export default async function ExplorerPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const filter = ExplorerFilter.parse(firstValues(await searchParams));
  let list: ExplorerList;
  try {
    list = await listDossiers(db(), sqlPool(), viewer, filter, await currentRequestInfo());
  } catch (error) {
    if (!(error instanceof ForbiddenError)) throw error;
    return (
      <>
        <h1 className="text-2xl font-semibold mb-4">Tra cứu hồ sơ</h1>
        <Forbidden message="Cơ quan, đơn vị trong đường dẫn nằm ngoài phạm vi bạn được giao, nên không xem được hồ sơ của cơ quan này." />
      </>
    );
  }
  const options = await explorerOptions(sqlPool(), viewer, filter);
  const exportBase = explorerFilterHref({ ...filter, trang: undefined }, "/ho-so/xuat");
  const exportHref = (format: "xlsx" | "csv") => `${exportBase}${exportBase.includes("?") ? "&" : "?"}dinhdang=${format}`;
  return (
    <>
      <h1 className="text-2xl font-semibold mb-1">Tra cứu hồ sơ</h1>
      <p className="text-slate-700 mb-3 max-w-5xl" data-testid="explorer-description">{list.description}</p>
      <ExplorerForm filter={filter} period={list.period} options={options} />
      <div className="flex flex-wrap items-end gap-3 justify-between">
        <TotalLine list={list} />
        <div className="flex gap-2 mb-2 no-print">
          <a href={exportHref("xlsx")} className="border border-brand-600 text-brand-700 rounded px-3 py-1.5 hover:bg-brand-50 text-sm" data-testid="export-xlsx" download>Xuất Excel (XLSX)</a>
          <a href={exportHref("csv")} className="border border-brand-600 text-brand-700 rounded px-3 py-1.5 hover:bg-brand-50 text-sm" data-testid="export-csv" download>Xuất CSV</a>
        </div>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm" data-testid="explorer-table">
          <caption className="sr-only">{list.description}. Số ngày quá hạn tính theo ngày lịch đến ngày {formatIsoDate(list.asOf)}.</caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              {COLUMNS.map((c) => <SortHeader key={c.label} column={c} list={list} filter={filter} />)}
              {list.applicantColumn ? <th scope="col" className="px-3 py-2 text-left font-semibold">Chủ hồ sơ</th> : null}
            </tr>
          </thead>
          <tbody>
            {list.rows.length === 0 ? (
              <tr><td colSpan={COLUMNS.length + (list.applicantColumn ? 1 : 0)}><EmptyState list={list} filter={filter} /></td></tr>
            ) : list.rows.map((r) => (
              <tr key={r.id} className="border-t border-slate-100 align-top hover:bg-slate-50" data-testid="explorer-row">
                <td className="px-3 py-2 font-mono text-xs whitespace-nowrap">
                  <Link href={dossierHref(r.id, list.period ?? undefined)} className="text-brand-700 underline" data-testid="dossier-link">{r.code}</Link>
                </td>
                <td className="px-3 py-2 min-w-48"><span className="font-mono text-xs text-slate-600">{r.procedureCode}</span> {r.procedureName}</td>
                <td className="px-3 py-2 min-w-40">{r.agencyName}</td>
                <td className="px-3 py-2">{STATUS_LABELS[r.status]}</td>
                <td className="px-3 py-2">{CHANNEL_LABELS[r.channel]}</td>
                <td className="px-3 py-2 whitespace-nowrap tabular-nums" data-testid="cell-received">{formatDateTime(r.receivedAt)}</td>
                <td className="px-3 py-2 whitespace-nowrap tabular-nums">{r.dueAt ? formatDateTime(r.dueAt) : r.legalDueAt ? <span title="Không có ngày hẹn trả: hạn theo quy định">{formatDateTime(r.legalDueAt)}*</span> : "—"}</td>
                <td className="px-3 py-2 whitespace-nowrap tabular-nums">{r.finishedAt && r.status >= 7 ? formatDateTime(r.finishedAt) : "—"}</td>
                <td className={`px-3 py-2 text-right tabular-nums ${r.daysOverdue ? "text-red-800 font-semibold" : ""}`} data-testid="cell-overdue">{r.daysOverdue ? formatInteger(r.daysOverdue) : "—"}</td>
                {list.applicantColumn ? <td className="px-3 py-2" data-testid="cell-applicant">{r.applicantName === undefined ? <span className="text-slate-500">(không hiển thị)</span> : r.applicantName ?? "—"}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-xs text-slate-500 mt-2">
        Quá hạn: số ngày lịch trễ so với ngày hẹn trả (hồ sơ đã giải quyết) hoặc tính đến ngày {formatIsoDate(list.asOf)} (hồ sơ đang giải quyết). * Không có ngày hẹn trả: theo hạn tính từ thời gian giải quyết theo quy định.
      </p>
      <ExplorerPagination list={list} filter={filter} />
    </>
  );
}

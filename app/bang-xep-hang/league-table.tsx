"use client";
// The league table's interactive part: TanStack Table in manual mode — the server (the page and
// lib/services/league.ts) has already filtered, sorted and paged the rows; every change of
// sorting, filters, visible columns or page becomes a new URL (router.push), which the page reads
// back. So a link reproduces the table, reload keeps it and the back button walks its states.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition, type FormEvent } from "react";
import {
  columnFilteringFeature, columnVisibilityFeature, createColumnHelper, functionalUpdate, rowPaginationFeature, rowSortingFeature, tableFeatures, useTable,
  type ColumnFiltersState, type ColumnVisibilityState, type PaginationState, type SortingState,
} from "@tanstack/react-table";
import { FILTER_INPUT } from "@/components/filter-fields";
import { PeriodSelect } from "@/components/period-fields";
import { AGENCY_LEVEL_LABELS, formatDecimal, formatInteger, formatPercent } from "@/lib/format";
import { formatIsoDate, type Period } from "@/lib/domain/periods";
import type { AgencyLevel, PenaltyRuleSet } from "@/lib/domain/scorecard";
import {
  BAND_LABELS, DEFAULT_VISIBLE_COLUMNS, LEAGUE_COLUMNS, penaltyPoints, rankChangeText,
  type Band, type LeagueColumn, type LeagueRow, type SortDirection,
} from "@/lib/domain/league";
import { LEAGUE_PATH, PAGE_SIZES, leagueSearch, type LeagueQuery } from "@/lib/league-query";

export interface LeagueViewRow extends LeagueRow {
  /** the agency's page and, per column with a figure, the dossier explorer's address */
  links: Record<string, string>;
}

const features = tableFeatures({ rowSortingFeature, columnFilteringFeature, columnVisibilityFeature, rowPaginationFeature });
const helper = createColumnHelper<typeof features, LeagueViewRow>();

const BAND_STYLES: Record<Band, string> = {
  exceeded: "bg-red-50 text-red-900",
  near: "bg-amber-50 text-amber-900",
  within: "bg-emerald-50 text-emerald-900",
  none: "",
};

const NUMBER_LINK = "text-brand-700 underline decoration-slate-300 underline-offset-2 hover:decoration-brand-700";

function numberText(column: LeagueColumn, row: LeagueRow): string {
  const value = column.value(row);
  if (value === null) return "—";
  if (typeof value === "string") return value;
  if (column.kind === "percent") return formatPercent(value);
  if (column.kind === "decimal") return formatDecimal(value);
  return formatInteger(value);
}

function Cell({ column, row }: { column: LeagueColumn; row: LeagueViewRow }) {
  switch (column.id) {
    case "coquan":
      return (
        <>
          <Link prefetch={false} href={row.links.agency!} className="text-brand-700 hover:underline font-medium" data-testid="league-agency">{row.agency.name}</Link>
          <span className="block text-xs text-slate-500 font-mono">{row.agency.code}</span>
        </>
      );
    case "cap":
      return <span className="whitespace-nowrap">{AGENCY_LEVEL_LABELS[row.agency.level]}</span>;
    case "hang":
      return row.rank === null
        ? <span title="Không có hồ sơ trong kỳ: không xếp hạng">—<span className="sr-only">không xếp hạng (không có hồ sơ trong kỳ)</span></span>
        : <>{formatInteger(row.rank)}<span className="text-slate-500">/{formatInteger(row.rankOf!)}</span></>;
    case "thaydoi": {
      if (row.rank === null) return <>—</>;
      const { symbol, words } = rankChangeText(row.rankChange);
      const tone = row.rankChange === null || row.rankChange === 0 ? "text-slate-600" : row.rankChange > 0 ? "text-emerald-700" : "text-red-700";
      return <span className={tone} title={words}><span aria-hidden="true">{symbol}</span><span className="sr-only">{words}</span></span>;
    }
    case "tyle":
      return (
        <Link prefetch={false} href={row.links.tyle!} className={NUMBER_LINK}>
          {numberText(column, row)}
          {row.hasDossiers ? <span className="block text-xs">{BAND_LABELS[row.band]}</span> : null}
        </Link>
      );
    case "trudiem": {
      const points = penaltyPoints(row.penalty);
      if (points === null) return <span title={BAND_LABELS.none}>—</span>;
      return <Link prefetch={false} href={row.links.trudiem!} className={NUMBER_LINK}>{points > 0 ? `−${formatDecimal(points)}` : formatDecimal(0)}</Link>;
    }
    case "xinloi":
      return row.apologyCoverage === null ? <>—</> : (
        <Link prefetch={false} href={row.links.xinloi!} className={NUMBER_LINK}>
          {formatPercent(row.apologyCoverage)}
          <span className="block text-xs">thiếu {formatInteger(row.lateWithoutApology)}</span>
        </Link>
      );
    case "dongbo":
      return row.syncRate === null ? <>—</> : (
        <Link prefetch={false} href={row.links.dongbo!} className={NUMBER_LINK}>
          {formatPercent(row.syncRate)}
          <span className="block text-xs">chưa {formatInteger(row.unsynced)}</span>
        </Link>
      );
    case "diem766":
      // no computed indicator (no framework, or nothing to compute from): no points to show
      return row.points766 === null || !row.computedMax766 ? <>—</> : (
        <Link prefetch={false} href={row.links.agency!} className={NUMBER_LINK} title="Điểm các chỉ tiêu tính được / tối đa của các chỉ tiêu đó — xem chi tiết trên trang cơ quan">
          {formatDecimal(row.points766)}<span className="text-slate-500 text-xs">/{formatDecimal(row.computedMax766!)}</span>
        </Link>
      );
    default:
      return <Link prefetch={false} href={row.links[column.id]!} className={NUMBER_LINK} data-testid={`league-${column.id}`}>{numberText(column, row)}</Link>;
  }
}

const columns = helper.columns(LEAGUE_COLUMNS.map((column) =>
  helper.accessor((row) => column.value(row), {
    id: column.id,
    header: column.header,
    cell: (info) => <Cell column={column} row={info.row.original} />,
    sortDescFirst: column.descFirst,
    enableHiding: !column.fixed,
  })));

const columnOf = (id: string) => LEAGUE_COLUMNS.find((c) => c.id === id)!;
const ariaSort = (sorted: false | SortDirection) => (sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined);

export interface LeagueTableViewProps {
  rows: LeagueViewRow[];
  query: LeagueQuery;
  period: Period;
  periodText: string;
  levels: AgencyLevel[];
  total: number;
  agencyCount: number;
  page: number;
  pages: number;
  visible: string[];
  sort: { column: string; direction: SortDirection };
  ruleSet: PenaltyRuleSet | null;
  frameworkMissing: boolean;
  exportHrefs: { xlsx: string; csv: string };
}

export function LeagueTableView(props: LeagueTableViewProps) {
  const { rows, query, period, total, page, pages } = props;
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const navigate = (next: LeagueQuery) => startTransition(() => router.push(`${LEAGUE_PATH}${leagueSearch(next)}`));

  const sorting: SortingState = [{ id: props.sort.column, desc: props.sort.direction === "desc" }];
  const visible = new Set(props.visible);
  const columnVisibility: ColumnVisibilityState = Object.fromEntries(LEAGUE_COLUMNS.map((c) => [c.id, visible.has(c.id)]));
  const columnFilters: ColumnFiltersState = [
    ...(query.cap ? [{ id: "cap", value: query.cap }] : []),
    ...(query.q ? [{ id: "coquan", value: query.q }] : []),
    ...(query.vuot ? [{ id: "tyle", value: "vuot" }] : []),
  ];
  const pagination: PaginationState = { pageIndex: page - 1, pageSize: query.so };

  const table = useTable({
    features, columns, data: rows,
    getRowId: (row) => String(row.agency.id),
    state: { sorting, columnVisibility, columnFilters, pagination },
    manualSorting: true, manualFiltering: true, manualPagination: true,
    rowCount: total,
    enableSortingRemoval: false, enableMultiSort: false,
    onSortingChange: (updater) => {
      const [next] = functionalUpdate(updater, sorting);
      if (next) navigate({ ...query, sap: next.id, chieu: next.desc ? "giam" : "tang", trang: 1 });
    },
    onColumnVisibilityChange: (updater) => {
      const next = functionalUpdate(updater, columnVisibility);
      const ids = LEAGUE_COLUMNS.filter((c) => c.fixed || next[c.id] !== false).map((c) => c.id);
      const isDefault = ids.length === DEFAULT_VISIBLE_COLUMNS.length && ids.every((id) => DEFAULT_VISIBLE_COLUMNS.includes(id));
      navigate({ ...query, cot: isDefault ? undefined : ids });
    },
    onColumnFiltersChange: (updater) => {
      const next = functionalUpdate(updater, columnFilters);
      const value = (id: string) => next.find((f) => f.id === id)?.value as string | undefined;
      navigate({ ...query, cap: value("cap") as AgencyLevel | undefined, q: value("coquan") || undefined, vuot: value("tyle") ? "1" : undefined, trang: 1 });
    },
    onPaginationChange: (updater) => {
      const next = functionalUpdate(updater, pagination);
      const size = next.pageSize as LeagueQuery["so"];
      navigate({ ...query, so: size, trang: size === query.so ? next.pageIndex + 1 : 1 });
    },
  });

  // The filter form is a GET form of the page (it works without scripts too); with scripts it
  // becomes one navigation: the period, and the column filters through the table.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const ky = text("ky");
    if (ky !== period.code) {
      navigate({ ...query, ky, cap: (text("cap") || undefined) as AgencyLevel | undefined, q: text("q") || undefined, vuot: form.get("vuot") ? "1" : undefined, trang: 1 });
      return;
    }
    table.setColumnFilters([
      ...(text("cap") ? [{ id: "cap", value: text("cap") }] : []),
      ...(text("q") ? [{ id: "coquan", value: text("q") }] : []),
      ...(form.get("vuot") ? [{ id: "tyle", value: "vuot" }] : []),
    ]);
  };

  const clearHref = `${LEAGUE_PATH}${leagueSearch({ ...query, cap: undefined, q: undefined, vuot: undefined, trang: 1 })}`;
  const filtered = columnFilters.length > 0;
  const first = (page - 1) * query.so + 1;

  return (
    <div>
      <form method="get" action={LEAGUE_PATH} onSubmit={submit} role="search" aria-label="Lọc bảng xếp hạng" className="flex flex-wrap items-end gap-3 mb-3 no-print">
        {/* the options carry their dates: a fixed width keeps the form on one line at 1366 px */}
        <div className="w-80 [&_select]:w-full">
          <PeriodSelect period={period} />
        </div>
        <div>
          <label htmlFor="cap" className="block text-sm text-slate-700">Cấp</label>
          <select id="cap" name="cap" defaultValue={query.cap ?? ""} className={FILTER_INPUT} key={`cap-${query.cap ?? ""}`}>
            <option value="">Tất cả các cấp</option>
            {[...new Set<AgencyLevel>([...props.levels, ...(query.cap ? [query.cap] : [])])].map((level) => (
              <option key={level} value={level}>{AGENCY_LEVEL_LABELS[level]}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="q" className="block text-sm text-slate-700">Tên hoặc mã đơn vị</label>
          <input id="q" name="q" defaultValue={query.q ?? ""} key={`q-${query.q ?? ""}`} className={`${FILTER_INPUT} w-56`} />
        </div>
        <div className="flex items-center gap-2 py-1.5">
          <input id="vuot" name="vuot" type="checkbox" value="1" defaultChecked={!!query.vuot} key={`vuot-${query.vuot ?? ""}`} className="h-4 w-4" />
          <label htmlFor="vuot" className="text-sm text-slate-700">Chỉ đơn vị vượt ngưỡng</label>
        </div>
        {/* without scripts, the form keeps the sorting and the columns */}
        <input type="hidden" name="sap" value={query.sap} />
        {query.chieu ? <input type="hidden" name="chieu" value={query.chieu} /> : null}
        {query.cot ? <input type="hidden" name="cot" value={query.cot.join(",")} /> : null}
        <input type="hidden" name="so" value={query.so} />
        <button type="submit" className="bg-brand-600 hover:bg-brand-700 text-white rounded px-4 py-1.5">Lọc</button>
        {filtered ? <Link prefetch={false} href={clearHref} className="text-brand-700 underline py-1.5">Xóa bộ lọc</Link> : null}
      </form>

      <div className="flex flex-wrap items-center gap-3 mb-2 text-sm no-print">
        <details className="relative">
          <summary className="cursor-pointer rounded border border-slate-300 bg-white px-3 py-1.5">Cột hiển thị</summary>
          <fieldset className="absolute z-30 mt-1 w-72 rounded border border-slate-200 bg-white p-3 shadow-lg">
            <legend className="sr-only">Chọn cột hiển thị</legend>
            {table.getAllLeafColumns().filter((c) => c.getCanHide()).map((c) => (
              <div key={c.id} className="flex items-center gap-2 py-0.5">
                {/* ticks at once; the key puts it back in step with the URL once the page has it */}
                <input
                  id={`cot-${c.id}`} key={`${c.id}-${c.getIsVisible()}`} type="checkbox" className="h-4 w-4" defaultChecked={c.getIsVisible()}
                  onChange={(e) => c.toggleVisibility(e.target.checked)}
                />
                <label htmlFor={`cot-${c.id}`}>{columnOf(c.id).header}</label>
              </div>
            ))}
          </fieldset>
        </details>
        <span className="text-slate-600">Tải bảng đang xem (mọi trang, các cột đang hiển thị):</span>
        <a href={props.exportHrefs.xlsx} className="text-brand-700 underline" data-testid="export-xlsx">Excel (XLSX)</a>
        <a href={props.exportHrefs.csv} className="text-brand-700 underline" data-testid="export-csv">CSV</a>
      </div>

      <p className="text-sm text-slate-600 mb-2" aria-live="polite" data-testid="league-total">
        {pending ? "Đang tải…" : total === 0 ? "Không có cơ quan, đơn vị nào" : `${formatInteger(first)}–${formatInteger(first + rows.length - 1)} trong ${formatInteger(total)} cơ quan, đơn vị`}
        {filtered && total !== props.agencyCount ? ` (lọc từ ${formatInteger(props.agencyCount)})` : null}
      </p>

      {total === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm" data-testid="empty-state">
          {props.agencyCount === 0 ? (
            <>Không có cơ quan, đơn vị nào hoạt động trong kỳ {props.periodText}. Chọn một kỳ khác, hoặc nhập danh mục cơ quan và hồ sơ ở mục <Link prefetch={false} href="/nhap-du-lieu" className="text-brand-700 underline">Nhập dữ liệu</Link>.</>
          ) : query.cap === "HUYEN" ? (
            <>Cấp huyện không còn từ ngày 01/07/2025. Chọn một kỳ trước tháng 7/2025 để xem các huyện, hoặc <Link prefetch={false} href={clearHref} className="text-brand-700 underline">xóa bộ lọc</Link>.</>
          ) : (
            <>Không có cơ quan, đơn vị nào khớp bộ lọc. Đổi điều kiện lọc, hoặc <Link prefetch={false} href={clearHref} className="text-brand-700 underline">xóa bộ lọc</Link>.</>
          )}
        </div>
      ) : (
        <div className={`overflow-x-auto rounded-lg border border-slate-200 bg-white ${pending ? "opacity-60" : ""}`} aria-busy={pending}>
          <table className="min-w-full text-sm" data-testid="league-table">
            <caption className="sr-only">Bảng xếp hạng cơ quan, đơn vị — {props.periodText}. Bấm tiêu đề cột để sắp xếp.</caption>
            <thead className="bg-slate-100 text-slate-700">
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => {
                    const column = columnOf(header.column.id);
                    const sorted = header.column.getIsSorted();
                    const sticky = column.fixed ? "sticky left-0 z-20 bg-slate-100 shadow-[1px_0_0_#cbd5e1]" : "";
                    return (
                      <th key={header.id} scope="col" aria-sort={ariaSort(sorted)} title={column.description}
                        className={`px-2 py-2 font-semibold align-bottom ${column.kind === "text" ? "text-left" : "text-right"} ${sticky}`}>
                        <button type="button" onClick={header.column.getToggleSortingHandler()} data-testid={`sort-${column.id}`}
                          className={`inline-flex items-end gap-1 hover:underline ${column.kind === "text" ? "text-left" : "text-right"}`}>
                          <table.FlexRender header={header} />
                          <span aria-hidden="true">{sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : ""}</span>
                          {header.column.getIsFiltered() ? <span className="sr-only"> (đang lọc)</span> : null}
                        </button>
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody>
              {table.getRowModel().rows.map((row) => (
                <tr key={row.id} className="border-t border-slate-100" data-testid="league-row" data-agency-id={row.original.agency.id}>
                  {row.getVisibleCells().map((cell) => {
                    const column = columnOf(cell.column.id);
                    const band = row.original.hasDossiers && (column.id === "tyle" || column.id === "trudiem") ? BAND_STYLES[row.original.band] : "";
                    if (column.fixed) {
                      return (
                        <th key={cell.id} scope="row" className="sticky left-0 z-10 bg-white px-2 py-1.5 text-left font-normal min-w-56 max-w-72 shadow-[1px_0_0_#e2e8f0]">
                          <table.FlexRender cell={cell} />
                        </th>
                      );
                    }
                    return (
                      <td key={cell.id} className={`px-2 py-1.5 ${column.kind === "text" ? "" : "num"} ${band}`} data-column={column.id}>
                        <table.FlexRender cell={cell} />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {pages > 1 || total > PAGE_SIZES[0] ? (
        <nav aria-label="Phân trang" className="flex flex-wrap items-center gap-3 mt-3 text-sm no-print">
          <button type="button" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()} className="text-brand-700 underline disabled:text-slate-400 disabled:no-underline">‹ Trang trước</button>
          <span>Trang {formatInteger(page)}/{formatInteger(pages)}</span>
          <button type="button" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()} className="text-brand-700 underline disabled:text-slate-400 disabled:no-underline">Trang sau ›</button>
          <label htmlFor="so" className="ml-4">Số dòng mỗi trang</label>
          <select id="so" value={query.so} onChange={(e) => table.setPageSize(Number(e.target.value))} className={FILTER_INPUT}>
            {PAGE_SIZES.map((n) => <option key={n} value={n}>{n}</option>)}
          </select>
        </nav>
      ) : null}

      <Legend ruleSet={props.ruleSet} frameworkMissing={props.frameworkMissing} />
    </div>
  );
}

function Legend({ ruleSet, frameworkMissing }: { ruleSet: PenaltyRuleSet | null; frameworkMissing: boolean }) {
  return (
    <div className="mt-3 text-xs text-slate-600 space-y-1" data-testid="league-legend">
      <p className="flex flex-wrap gap-2 items-center">
        <span>Mức tỷ lệ trễ, quá hạn so với ngưỡng của cấp:</span>
        {(["exceeded", "near", "within"] as const).map((band) => (
          <span key={band} className={`rounded px-2 py-0.5 ${BAND_STYLES[band]}`}>{BAND_LABELS[band]}</span>
        ))}
        <span>(sát ngưỡng: từ 3/4 ngưỡng trở lên)</span>
      </p>
      {ruleSet ? (
        <p>
          Ngưỡng trừ điểm áp dụng từ {formatIsoDate(ruleSet.validFrom)}:{" "}
          {ruleSet.rules.map((r) => `${AGENCY_LEVEL_LABELS[r.level]} vượt ${formatPercent(r.threshold)} trừ ${formatDecimal(r.points)} điểm`).join("; ")}.
        </p>
      ) : (
        <p>Tỉnh chưa cấu hình ngưỡng trừ điểm cho kỳ này (Quản trị › Ngưỡng trừ điểm).</p>
      )}
      {frameworkMissing ? <p>Không có phiên bản Bộ chỉ số 766 nào có hiệu lực trong kỳ: cột Điểm 766 để trống.</p> : null}
    </div>
  );
}

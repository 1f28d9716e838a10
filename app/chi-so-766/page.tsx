import Link from "next/link";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { db, sqlPool } from "@/lib/db/prisma";
import { AppShell } from "@/components/app-shell";
import { Forbidden } from "@/components/forbidden";
import { Pagination } from "@/components/pagination";
import { FILTER_INPUT } from "@/components/filter-fields";
import { PeriodCaption, PeriodSelect } from "@/components/period-fields";
import { ForbiddenError } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { currentRequestInfo } from "@/lib/auth/request-context";
import { AGENCY_LEVEL_LABELS, formatDecimal, formatInteger, formatPercent } from "@/lib/format";
import { agencyHref, explorerHref } from "@/lib/links";
import { formatIsoDate, periodName, type Period } from "@/lib/domain/periods";
import { aheadShare, breakLabel, rankChangeText, rankChartData, rankText, SNAPSHOT_GROUPS, type BasisBreak, type RankPoint } from "@/lib/domain/national-rank";
import type { IndicatorResult } from "@/lib/domain/indicators";
import { INDICATOR_FIGURES, type Figure } from "@/lib/stats/drilldown";
import {
  AGENCY_PAGE_SIZE, defaultDirection, getLeadershipView, leadershipQueryString, LeadershipQuery, MAX_COMPARED,
  type AgencySort, type LeadershipView, type ProvinceHistory,
} from "@/lib/services/leadership";
import { GroupChart, RankChart, ScoreChart, type ChartBreak } from "./charts";
import { CompareChoices, PrintButton, ViewFilterForm } from "./view-controls";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Chỉ số 766 của tỉnh" };

type SearchParams = Record<string, string | string[] | undefined>;

const PATH = "/chi-so-766";
const CARD = "rounded-lg bg-white border border-slate-200 p-4";
const TH = "px-3 py-2 text-left font-semibold";
const TD = "px-3 py-2";

export default async function LeadershipPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const query = LeadershipQuery.parse(await searchParams);
  let view: LeadershipView;
  try {
    view = await getLeadershipView(db(), sqlPool(), viewer, query, await currentRequestInfo());
  } catch (error) {
    if (!(error instanceof ForbiddenError)) throw error;
    return (
      <AppShell viewer={viewer} current={PATH}>
        <h1 className="text-2xl font-semibold mb-4">Chỉ số 766 của tỉnh</h1>
        <Forbidden message="Trang này dành cho lãnh đạo tỉnh, Văn phòng UBND tỉnh và quản trị hệ thống; cơ quan của bạn xem chỉ số của mình ở trang cơ quan, đơn vị." />
      </AppShell>
    );
  }
  const state = { ...query, ky: view.period.code };
  const href = (change: Partial<LeadershipQuery>) => `${PATH}${leadershipQueryString({ ...state, ...change })}`;
  const projector = query["trinh-chieu"] === "1";
  const provinces = [view.own, ...view.compared];
  const chartBreaks: ChartBreak[] = view.breaks.map((b) => ({ label: periodName(b.period), text: `${periodName(b.period)}: ${b.from} → ${b.to} tỉnh` }));
  const hasHistory = view.own.points.some((p) => p.snapshot) || view.compared.some((c) => c.points.some((p) => p.snapshot));

  return (
    <AppShell viewer={viewer} current={PATH}>
      <div className={projector ? "leadership projector" : "leadership"} data-testid="leadership">
        <h1 className="text-2xl font-semibold mb-1">Chỉ số 766 của tỉnh {view.province.name}</h1>
        <PeriodCaption period={view.period} />
        <p className="hidden print:block text-sm text-slate-600">
          {view.compared.length ? `So sánh với: ${view.compared.map((c) => c.name).join(", ")}.` : null}
        </p>

        <ViewFilterForm action={PATH}>
          <PeriodSelect period={view.period} label="Kỳ (theo lịch, như trên Cổng Dịch vụ công quốc gia)" />
          <div>
            <span className="block text-sm text-slate-700" id="compare-label">So sánh với (tối đa {MAX_COMPARED} tỉnh)</span>
            <CompareChoices choices={view.comparable} selected={view.compared.map((c) => c.code)} max={MAX_COMPARED} />
          </div>
          {query.cap ? <input type="hidden" name="cap" value={query.cap} /> : null}
          {projector ? <input type="hidden" name="trinh-chieu" value="1" /> : null}
          <button type="submit" className="bg-brand-600 hover:bg-brand-700 text-white rounded px-4 py-1.5">Xem</button>
          <Link href={href({ "trinh-chieu": projector ? undefined : "1" })} className="text-brand-700 underline py-1.5" data-testid="projector-toggle">
            {projector ? "Cỡ chữ thường" : "Chữ lớn (trình chiếu)"}
          </Link>
          <PrintButton />
        </ViewFilterForm>

        <section aria-labelledby="national" className="mb-8">
          <h2 id="national" className="text-xl font-semibold mb-1">Điểm và thứ hạng trên Cổng Dịch vụ công quốc gia</h2>
          <p className="text-sm text-slate-600 mb-3">
            {periodName(view.periods[0]!)} ({formatIsoDate(view.periods[0]!.start)}) – {periodName(view.period)} ({formatIsoDate(view.period.end)}), theo số liệu đã nhập từ Cổng Dịch vụ công quốc gia.
          </p>
          {view.noSnapshots ? <NoSnapshots /> : !hasHistory ? (
            <p className="rounded border border-dashed border-slate-300 bg-white p-4 text-sm" data-testid="no-history">
              Chưa có điểm, thứ hạng nào của các kỳ này. Chọn kỳ khác, hoặc nhập số liệu các kỳ này ở <Link href="/nhap-du-lieu" className="text-brand-700 underline">Nhập dữ liệu</Link>.
            </p>
          ) : (
            <>
              <Headline view={view} />
              {view.breaks.map((b) => <BreakNote key={b.period.code} basisBreak={b} />)}
              <ExportLinks table="xep-hang" query={leadershipQueryString(state)} label="bảng thứ hạng" />

              <figure className="print-keep mb-4" aria-labelledby="rank-chart-title">
                <figcaption id="rank-chart-title" className="font-semibold mb-1">Thứ hạng qua các kỳ (hạng 1 ở trên cùng)</figcaption>
                <div className="chart" role="img" aria-label={`Biểu đồ thứ hạng của ${provinces.map((p) => p.name).join(", ")} qua các kỳ; số liệu ở bảng dưới.`}>
                  <RankChart data={rankChartData(provinces.map((p) => ({ code: p.code, name: p.name, points: p.points })))} breaks={chartBreaks} provinceCodes={provinces.map((p) => p.code)} />
                </div>
              </figure>
              <HistoryTable history={view.own} breaks={view.breaks} />
              {view.compared.length ? <ComparisonTable provinces={provinces} breaks={view.breaks} /> : null}

              <figure className="print-keep my-6" aria-labelledby="score-chart-title">
                <figcaption id="score-chart-title" className="font-semibold mb-1">Tổng điểm qua các kỳ (thang 100 điểm, so sánh được qua mốc 2025)</figcaption>
                <div className="chart" role="img" aria-label="Biểu đồ tổng điểm qua các kỳ; số liệu ở bảng thứ hạng.">
                  <ScoreChart rows={scoreRows(provinces)} provinces={provinces} breaks={chartBreaks} />
                </div>
              </figure>

              {view.latest ? <Groups view={view} latest={view.latest} /> : null}
            </>
          )}
        </section>

        <LocalIndicators view={view} href={href} />
      </div>
    </AppShell>
  );
}

function NoSnapshots() {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 max-w-3xl" data-testid="empty-state">
      <h3 className="font-semibold mb-2">Chưa có điểm, thứ hạng Bộ chỉ số 766 của các tỉnh</h3>
      <p className="text-sm text-slate-700">
        Tải bảng điểm, thứ hạng các tỉnh từ Cổng Dịch vụ công quốc gia, rồi nhập ở{" "}
        <Link href="/nhap-du-lieu" className="text-brand-700 underline">Nhập dữ liệu › Điểm Bộ chỉ số 766 các tỉnh</Link> (có tệp mẫu CSV, XLSX),
        hoặc bằng lệnh <code className="bg-slate-100 px-1">npx tthc import index-snapshots tep.xlsx</code>. Cần quyền Văn phòng UBND tỉnh hoặc quản trị hệ thống.
        Các chỉ số tính từ dữ liệu hồ sơ của tỉnh vẫn có ở phần dưới.
      </p>
    </div>
  );
}

function Headline({ view }: { view: LeadershipView }) {
  const latest = view.latest;
  if (!latest?.snapshot) {
    return <p className="rounded border border-amber-200 bg-amber-50 p-3 text-sm mb-3">Chưa có điểm, thứ hạng của tỉnh {view.province.name} trong các kỳ này.</p>;
  }
  const s = latest.snapshot;
  const other = latest.period.code !== view.period.code;
  return (
    <>
      {other ? (
        <p className="rounded border border-amber-200 bg-amber-50 p-3 text-sm mb-3" role="status">
          Chưa có số liệu {periodName(view.period)}; số liệu mới nhất là {periodName(latest.period)}.
        </p>
      ) : null}
      <dl className="grid grid-cols-2 lg:grid-cols-4 gap-4 mb-4 print-keep" data-testid="headline">
        <div className={CARD}>
          <dt className="text-sm text-slate-600">Tổng điểm {periodName(latest.period)}</dt>
          <dd className="text-3xl font-semibold tabular-nums" data-testid="headline-total">{formatDecimal(s.total)}<span className="text-base text-slate-500">/100</span></dd>
        </div>
        <div className={CARD}>
          <dt className="text-sm text-slate-600">Thứ hạng</dt>
          <dd className="text-3xl font-semibold tabular-nums" data-testid="headline-rank">{rankText(s.rank, s.provincesRanked)}</dd>
          <dd className="text-xs text-slate-500">trong {s.provincesRanked} tỉnh, thành phố</dd>
        </div>
        <div className={CARD}>
          <dt className="text-sm text-slate-600">Vị trí tương đối</dt>
          <dd className="text-3xl font-semibold tabular-nums">{formatPercent(aheadShare(s.rank, s.provincesRanked))}</dd>
          <dd className="text-xs text-slate-500">số tỉnh khác xếp sau tỉnh (so sánh được qua mốc 2025)</dd>
        </div>
        <div className={CARD}>
          <dt className="text-sm text-slate-600">So với kỳ trước</dt>
          <dd className="text-lg font-semibold" data-testid="headline-change">{rankChangeText(latest.rankChange)}</dd>
          <dd className="text-xs text-slate-500">{latest.totalChange === null ? "không có điểm kỳ trước" : `tổng điểm ${signed(latest.totalChange)}`}</dd>
        </div>
      </dl>
    </>
  );
}

function BreakNote({ basisBreak }: { basisBreak: BasisBreak }) {
  return (
    <aside className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-sm mb-3 max-w-4xl print-keep" role="note" data-testid="break-note">
      <p className="font-semibold text-red-900">{breakLabel(basisBreak)}.</p>
      <p className="text-red-900">
        {basisBreak.from === 63 && basisBreak.to === 34 ? "Từ 01/07/2025 cả nước sắp xếp lại còn 34 tỉnh, thành phố. " : null}
        Thứ hạng hai bên mốc này tính trên hai tập tỉnh khác nhau nên không trừ trực tiếp cho nhau được: biểu đồ ngắt đường tại mốc, bảng ghi “không so sánh được”.
        Để so sánh qua mốc, dùng tổng điểm (cùng thang 100) hoặc vị trí tương đối (tỉ lệ tỉnh xếp sau).
      </p>
    </aside>
  );
}

const signed = (n: number) => (n > 0 ? `+${formatDecimal(n)}` : formatDecimal(n));

function PeriodCell({ period }: { period: Period }) {
  return (
    <th scope="row" className={`${TD} text-left font-normal whitespace-nowrap`}>
      {periodName(period)}
      <span className="block text-xs text-slate-500">{formatIsoDate(period.start)} – {formatIsoDate(period.end)}</span>
    </th>
  );
}

/** A full-width row marking where the number of provinces ranked changes. */
function BreakRow({ basisBreak, columns }: { basisBreak: BasisBreak; columns: number }) {
  return (
    <tr className="bg-red-50" data-testid="break-row">
      <td colSpan={columns} className="px-3 py-1.5 text-sm font-semibold text-red-900">— {breakLabel(basisBreak)}: thứ hạng trước và sau không so sánh trực tiếp —</td>
    </tr>
  );
}

function HistoryTable({ history, breaks }: { history: ProvinceHistory; breaks: readonly BasisBreak[] }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white mb-4">
      <table className="w-full text-sm" data-testid="rank-table">
        <caption className="text-left font-semibold px-3 py-2">Điểm và thứ hạng của tỉnh {history.name} qua các kỳ</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className={TH}>Kỳ</th>
            <th scope="col" className={`${TH} text-right`}>Tổng điểm</th>
            <th scope="col" className={`${TH} text-right`}>Thay đổi điểm</th>
            <th scope="col" className={`${TH} text-right`}>Thứ hạng</th>
            <th scope="col" className={`${TH} text-right`}>Tỉ lệ tỉnh xếp sau</th>
            <th scope="col" className={TH}>Thay đổi hạng so với kỳ trước</th>
          </tr>
        </thead>
        <tbody>
          {history.points.map((p) => (
            <RowsWithBreak key={p.period.code} point={p} breaks={breaks} columns={6}>
              <tr className="border-t border-slate-100" data-testid="rank-row">
                <PeriodCell period={p.period} />
                {p.snapshot ? (
                  <>
                    <td className={`${TD} num`}>{formatDecimal(p.snapshot.total)}</td>
                    <td className={`${TD} num`}>{p.totalChange === null ? "—" : signed(p.totalChange)}</td>
                    <td className={`${TD} num font-semibold`} data-testid="rank-cell">{rankText(p.snapshot.rank, p.snapshot.provincesRanked)}</td>
                    <td className={`${TD} num`}>{formatPercent(aheadShare(p.snapshot.rank, p.snapshot.provincesRanked))}</td>
                    <td className={`${TD} ${p.rankChange.kind === "break" ? "text-red-900" : ""}`} data-testid="rank-change">{rankChangeText(p.rankChange)}</td>
                  </>
                ) : (
                  <td colSpan={5} className={`${TD} text-slate-500`}>Chưa nhập số liệu kỳ này</td>
                )}
              </tr>
            </RowsWithBreak>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RowsWithBreak({ point, breaks, columns, children }: { point: RankPoint; breaks: readonly BasisBreak[]; columns: number; children: ReactNode }) {
  const b = breaks.find((x) => x.period.code === point.period.code);
  return (
    <>
      {b ? <BreakRow basisBreak={b} columns={columns} /> : null}
      {children}
    </>
  );
}

function ComparisonTable({ provinces, breaks }: { provinces: readonly ProvinceHistory[]; breaks: readonly BasisBreak[] }) {
  const [own] = provinces;
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white mb-4">
      <table className="w-full text-sm" data-testid="comparison-table">
        <caption className="text-left font-semibold px-3 py-2">So sánh tổng điểm và thứ hạng với các tỉnh đã chọn</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" rowSpan={2} className={TH}>Kỳ</th>
            {provinces.map((p) => <th key={p.code} scope="colgroup" colSpan={2} className={`${TH} text-center`}>{p.name}</th>)}
          </tr>
          <tr>
            {provinces.flatMap((p) => [
              <th key={`${p.code}-t`} scope="col" className={`${TH} text-right`}>Điểm</th>,
              <th key={`${p.code}-r`} scope="col" className={`${TH} text-right`}>Hạng</th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {own!.points.map((point, i) => (
            <RowsWithBreak key={point.period.code} point={point} breaks={breaks} columns={1 + provinces.length * 2}>
              <tr className="border-t border-slate-100">
                <PeriodCell period={point.period} />
                {provinces.flatMap((p) => {
                  const s = p.points[i]!.snapshot;
                  return [
                    <td key={`${p.code}-t`} className={`${TD} num`}>{s ? formatDecimal(s.total) : "—"}</td>,
                    <td key={`${p.code}-r`} className={`${TD} num`}>{s ? rankText(s.rank, s.provincesRanked) : "—"}</td>,
                  ];
                })}
              </tr>
            </RowsWithBreak>
          ))}
        </tbody>
      </table>
      <p className="px-3 py-2 text-xs text-slate-500">“—”: chưa nhập số liệu, hoặc tỉnh không còn được xếp hạng riêng sau khi sáp nhập (từ 01/07/2025).</p>
    </div>
  );
}

function scoreRows(provinces: readonly ProvinceHistory[]): Record<string, string | number | null>[] {
  return provinces[0]!.points.map((point, i) => ({
    label: periodName(point.period),
    ...Object.fromEntries(provinces.map((p) => [p.code, p.points[i]!.snapshot?.total ?? null])),
  }));
}

function Groups({ view, latest }: { view: LeadershipView; latest: RankPoint }) {
  const provinces = [view.own, ...view.compared];
  const at = view.own.points.indexOf(latest);
  const snapshotOf = (p: ProvinceHistory) => p.points[at]?.snapshot ?? null;
  const hasGroups = SNAPSHOT_GROUPS.some((g) => latest.snapshot!.groups[g.key] !== null);
  if (!hasGroups) return <p className="text-sm text-slate-600 mb-4">Số liệu đã nhập của {periodName(latest.period)} không có điểm từng nhóm chỉ số.</p>;
  const rows = SNAPSHOT_GROUPS.map((g) => ({
    label: g.label,
    ...Object.fromEntries(provinces.map((p) => {
      const v = snapshotOf(p)?.groups[g.key];
      return [p.code, v === null || v === undefined ? null : v / g.maxPoints];
    })),
  }));
  return (
    <div className="mb-4">
      <figure className="print-keep mb-3" aria-labelledby="group-chart-title">
        <figcaption id="group-chart-title" className="font-semibold mb-1">Điểm từng nhóm chỉ số, {periodName(latest.period)} (tỉ lệ so với điểm tối đa của nhóm)</figcaption>
        <div className="chart" role="img" aria-label="Biểu đồ điểm từng nhóm chỉ số; số liệu ở bảng dưới.">
          <GroupChart rows={rows} provinces={provinces} />
        </div>
      </figure>
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white print-keep">
        <table className="w-full text-sm" data-testid="group-table">
          <caption className="text-left font-semibold px-3 py-2">Điểm từng nhóm chỉ số, {periodName(latest.period)}</caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className={TH}>Nhóm chỉ số</th>
              <th scope="col" className={`${TH} text-right`}>Tối đa</th>
              {provinces.map((p) => <th key={p.code} scope="col" className={`${TH} text-right`}>{p.name}</th>)}
            </tr>
          </thead>
          <tbody>
            {SNAPSHOT_GROUPS.map((g) => (
              <tr key={g.key} className="border-t border-slate-100">
                <th scope="row" className={`${TD} text-left font-normal`}>{g.label}</th>
                <td className={`${TD} num`}>{formatInteger(g.maxPoints)}</td>
                {provinces.map((p) => {
                  const v = snapshotOf(p)?.groups[g.key];
                  return <td key={p.code} className={`${TD} num`}>{v === null || v === undefined ? "—" : formatDecimal(v)}</td>;
                })}
              </tr>
            ))}
            <tr className="border-t border-slate-300 font-semibold">
              <th scope="row" className={`${TD} text-left`}>Tổng điểm</th>
              <td className={`${TD} num`}>100</td>
              {provinces.map((p) => {
                const s = snapshotOf(p);
                return <td key={p.code} className={`${TD} num`}>{s ? formatDecimal(s.total) : "—"}</td>;
              })}
            </tr>
          </tbody>
        </table>
      </div>
    </div>
  );
}

function ExportLinks({ table, query, label }: { table: "xep-hang" | "co-quan"; query: string; label: string }) {
  const join = query ? `${query}&` : "?";
  const button = "border border-brand-600 text-brand-700 rounded px-3 py-1 text-sm hover:bg-brand-50";
  return (
    <p className="flex flex-wrap gap-2 mb-3 no-print">
      <a href={`${PATH}/xuat/${table}${join}dinh-dang=xlsx`} className={button} data-testid={`export-${table}-xlsx`} download>Xuất {label} (XLSX)</a>
      <a href={`${PATH}/xuat/${table}${join}dinh-dang=csv`} className={button} data-testid={`export-${table}-csv`} download>Xuất {label} (CSV)</a>
    </p>
  );
}

// ── Indicators computed from the province's own dossiers ─────────────────────────────────────

function FigureLink({ value, figure, period, agencyId, testId }: { value: number; figure: Figure | undefined; period: Period; agencyId?: number; testId?: string }) {
  const text = formatInteger(value);
  if (!figure) return <>{text}</>;
  return (
    <Link href={explorerHref({ period: period.code, family: "calendar", figure, agencyId })} className="text-brand-700 underline" data-testid={testId}>
      {text}
    </Link>
  );
}

function LocalIndicators({ view, href }: { view: LeadershipView; href: (change: Partial<LeadershipQuery>) => string }) {
  const local = view.local;
  return (
    <section aria-labelledby="local" className="mb-8">
      <h2 id="local" className="text-xl font-semibold mb-1">Chỉ số tính từ dữ liệu hồ sơ của tỉnh</h2>
      <p className="text-sm text-slate-600 mb-3 max-w-4xl">
        {periodName(view.period)} ({formatIsoDate(view.period.start)} – {formatIsoDate(view.period.end)}). Tính theo quy tắc của Bộ chỉ số 766 (một số quy tắc gần đúng) từ dữ liệu
        Hệ thống một cửa điện tử của tỉnh, nên có thể khác điểm Cổng quốc gia công bố; chỉ tiêu cần dữ liệu tỉnh chưa có thì ghi rõ lý do, không tính điểm.
      </p>
      {!local ? (
        <p className="rounded border border-amber-200 bg-amber-50 p-3 text-sm">{view.localMissing}</p>
      ) : (
        <>
          <IndicatorTable view={view} />
          <AgencyStakes view={view} href={href} />
        </>
      )}
    </section>
  );
}

function IndicatorTable({ view }: { view: LeadershipView }) {
  const index = view.local!.stakes.index;
  const row = (i: IndicatorResult) => {
    const figures = INDICATOR_FIGURES[i.code];
    return (
      <tr key={i.code} className="border-t border-slate-100" data-testid={`indicator-${i.code}`}>
        <th scope="row" className={`${TD} text-left font-normal`}>
          <span className="font-mono text-xs mr-1">{i.code}</span>{i.name}
          {i.approximate ? <span className="text-xs text-slate-500"> (gần đúng)</span> : null}
        </th>
        {i.status === "computed" || i.numerator !== null ? (
          <>
            <td className={`${TD} num`}>{i.numerator === null ? "—" : <FigureLink value={i.numerator} figure={figures?.numerator} period={view.period} />}</td>
            <td className={`${TD} num`}>{i.denominator === null ? "—" : <FigureLink value={i.denominator} figure={figures?.denominator} period={view.period} />}</td>
          </>
        ) : <td colSpan={2} className={`${TD} text-slate-500`}>—</td>}
        {i.status === "computed" ? (
          <>
            <td className={`${TD} num`}>{i.rate === null ? "—" : formatPercent(i.rate)}</td>
            <td className={`${TD} num font-semibold`}>{formatDecimal(i.points!)}<span className="font-normal text-slate-500">/{formatInteger(i.maxPoints)}</span></td>
            <td className={`${TD} text-xs text-slate-500`}>{figures ? "hồ sơ" : "thủ tục"}</td>
          </>
        ) : (
          <td colSpan={3} className={`${TD} text-sm text-slate-600`} data-testid="not-computed">Chưa tính được (tối đa {formatInteger(i.maxPoints)} điểm): {i.reason}</td>
        )}
      </tr>
    );
  };
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white mb-6">
      <table className="w-full text-sm" data-testid="indicator-table">
        <caption className="text-left font-semibold px-3 py-2">
          Điểm các chỉ tiêu tính được: {formatDecimal(index.points)}/{formatInteger(index.computedMaxPoints)} (Bộ chỉ số tối đa {formatInteger(index.maxPoints)} điểm)
        </caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className={TH}>Chỉ tiêu</th>
            <th scope="col" className={`${TH} text-right`}>Tử số</th>
            <th scope="col" className={`${TH} text-right`}>Mẫu số</th>
            <th scope="col" className={`${TH} text-right`}>Tỉ lệ</th>
            <th scope="col" className={`${TH} text-right`}>Điểm</th>
            <th scope="col" className={TH}>Đếm theo</th>
          </tr>
        </thead>
        {index.groups.map((g) => (
          <tbody key={g.code}>
            <tr className="bg-slate-50 border-t border-slate-200">
              <th scope="rowgroup" colSpan={6} className={`${TD} text-left`}>
                Nhóm {g.code}. {g.name}: {formatDecimal(g.points)}/{formatInteger(g.computedMaxPoints)} điểm tính được (tối đa {formatInteger(g.maxPoints)})
              </th>
            </tr>
            {g.indicators.map(row)}
          </tbody>
        ))}
      </table>
    </div>
  );
}

const SHORT_NAMES: Record<string, string> = {
  "1.4": "Đồng bộ", "2.1": "Đúng hạn", "3.3": "Nộp trực tuyến", "3.6": "Thanh toán TT", "4.1": "Kết quả điện tử",
  "4.2": "Số hóa", "4.5": "VNeID", "5.3": "Hài lòng",
};
const SHORTFALL_NAMES: Record<string, string> = {
  "1.4": "hồ sơ chưa đồng bộ", "2.1": "hồ sơ trễ hạn, quá hạn", "3.3": "hồ sơ nộp trực tiếp, bưu chính", "3.6": "hồ sơ có phí chưa thanh toán trực tuyến",
  "4.1": "kết quả điện tử lỗi, thiếu", "4.2": "hồ sơ chưa số hóa", "4.5": "hồ sơ chưa xác thực VNeID", "5.3": "hồ sơ trễ hạn, quá hạn",
};

function AgencyStakes({ view, href }: { view: LeadershipView; href: (change: Partial<LeadershipQuery>) => string }) {
  const local = view.local!;
  const { query, period } = view;
  const indicators = new Map(local.stakes.indicators.map((d) => [d.code, d]));
  const direction = query.chieu ?? defaultDirection(query.sap);
  const pages = Math.max(1, Math.ceil(local.totalRows / AGENCY_PAGE_SIZE));
  const state = { ...query, ky: period.code };
  const SortHeader = ({ sort, children, className = "" }: { sort: AgencySort; children: ReactNode; className?: string }) => {
    const active = query.sap === sort;
    const next = active ? (direction === "giam" ? "tang" : "giam") : defaultDirection(sort);
    return (
      <th scope="col" className={`${TH} ${className}`} aria-sort={active ? (direction === "giam" ? "descending" : "ascending") : "none"}>
        <Link href={href({ sap: sort, chieu: next, trang: 1 })} className="text-brand-700 hover:underline">
          {children}{active ? (direction === "giam" ? " ▼" : " ▲") : ""}
        </Link>
      </th>
    );
  };
  return (
    <div>
      <h3 className="text-lg font-semibold mb-1" id="agencies">Cơ quan, đơn vị làm giảm điểm nhiều nhất</h3>
      <div className="text-sm text-slate-600 mb-3 max-w-4xl space-y-1">
        <p>
          Mỗi ô: số điểm chỉ số của tỉnh tăng thêm nếu riêng cơ quan đó khắc phục các hồ sơ chưa đạt của chỉ tiêu (hồ sơ trễ hạn, quá hạn được giải quyết đúng hạn;
          hồ sơ chưa đồng bộ được đồng bộ…), các cơ quan khác giữ nguyên; số trong ngoặc là số hồ sơ chưa đạt, bấm để xem danh sách.
        </p>
        <p>
          Điểm = điểm tối đa × tỉ lệ của tỉnh (chỉ tiêu có ngưỡng: đạt đủ điểm khi tỉ lệ chạm ngưỡng, nên khi tỉnh đã đạt ngưỡng thì không tăng thêm).
          Điểm các chỉ tiêu của một cơ quan cộng được với nhau; với chỉ tiêu có ngưỡng (3.3, 5.3), điểm của các cơ quan khác nhau không cộng dồn được.
        </p>
      </div>
      <form method="get" action={PATH} className="flex flex-wrap items-end gap-3 mb-3 no-print" aria-label="Lọc cơ quan theo cấp">
        <input type="hidden" name="ky" value={period.code} />
        {query["so-sanh"].length ? <input type="hidden" name="so-sanh" value={view.compared.map((c) => c.code).join(",")} /> : null}
        {query.sap !== "tong" ? <input type="hidden" name="sap" value={query.sap} /> : null}
        {query.chieu ? <input type="hidden" name="chieu" value={query.chieu} /> : null}
        {query["trinh-chieu"] ? <input type="hidden" name="trinh-chieu" value="1" /> : null}
        <div>
          <label htmlFor="cap" className="block text-sm text-slate-700">Cấp</label>
          <select id="cap" name="cap" defaultValue={query.cap ?? ""} className={FILTER_INPUT}>
            <option value="">Tất cả các cấp</option>
            {local.levels.map((l) => <option key={l} value={l}>{AGENCY_LEVEL_LABELS[l]}</option>)}
          </select>
        </div>
        <button type="submit" className="bg-brand-600 hover:bg-brand-700 text-white rounded px-4 py-1.5">Lọc</button>
      </form>
      <ExportLinks table="co-quan" query={leadershipQueryString({ ...state, trang: 1 })} label="bảng cơ quan" />
      <p className="text-sm text-slate-600 mb-2" aria-live="polite" data-testid="agency-total">{formatInteger(local.totalRows)} cơ quan, đơn vị có hồ sơ trong kỳ</p>
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm" data-testid="stakes-table">
          <caption className="sr-only">Điểm tỉnh có thể tăng nếu từng cơ quan khắc phục hồ sơ chưa đạt, {periodName(period)}</caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <SortHeader sort="ten">Cơ quan, đơn vị</SortHeader>
              <SortHeader sort="tong" className="text-right">Tổng điểm có thể tăng</SortHeader>
              {local.stakeCodes.map((code) => (
                <SortHeader key={code} sort={code as AgencySort} className="text-right">
                  <abbr title={indicators.get(code)?.name} className="no-underline">{code} {SHORT_NAMES[code] ?? ""}</abbr>
                </SortHeader>
              ))}
            </tr>
          </thead>
          <tbody>
            {local.rows.length === 0 ? (
              <tr><td colSpan={2 + local.stakeCodes.length} className={`${TD} text-slate-600`}>Không có cơ quan nào có hồ sơ trong kỳ{query.cap ? " ở cấp đã chọn" : ""}. Chọn kỳ hoặc cấp khác.</td></tr>
            ) : local.rows.map((r) => (
              <tr key={r.agency.id} className="border-t border-slate-100 align-top" data-testid="stake-row">
                <th scope="row" className={`${TD} text-left font-normal min-w-48`}>
                  <Link href={agencyHref(r.agency.id, period.code)} className="text-brand-700 hover:underline">{r.agency.name}</Link>
                  <span className="block text-xs text-slate-500">{AGENCY_LEVEL_LABELS[r.agency.level]}</span>
                </th>
                <td className={`${TD} num font-semibold`} data-testid="stake-total">+{formatDecimal(r.total)}</td>
                {local.stakeCodes.map((code) => {
                  const s = r.stakes[code]!;
                  if (s.status !== "computed") return <td key={code} className={`${TD} text-xs text-slate-500`} title={s.reason}>chưa tính được</td>;
                  return (
                    <td key={code} className={`${TD} num`}>
                      <span className={s.points > 0 ? "font-semibold" : "text-slate-500"}>+{formatDecimal(s.points)}</span>
                      <span className="block text-xs">
                        (<FigureLink value={s.shortfall} figure={INDICATOR_FIGURES[code]?.shortfall} period={period} agencyId={r.agency.id} testId={`shortfall-${code}`} />
                        <span className="sr-only"> {SHORTFALL_NAMES[code]}</span>)
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={query.trang} pages={pages} href={(trang) => href({ trang })} />
    </div>
  );
}

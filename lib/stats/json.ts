// JSON shapes of the figures, shared by the CLI (`tthc form06|scorecard|index766 --json`) and the
// HTTP API (/api/v1/…). The keys listed in the issue are a contract other tools read: extend,
// never rename. Numbers are plain JSON numbers (shares as fractions, 0.0123 = 1.23%).
import { FORM06_COLUMNS, type Form06Columns } from "@/lib/domain/counters";
import type { Period } from "@/lib/domain/periods";
import type { Form06Report, IndexResult, Scorecard } from "./engine";
import { INDICATOR_FIGURES } from "./drilldown";

function columnsJson(columns: Form06Columns): Record<string, number> {
  return Object.fromEntries(FORM06_COLUMNS.map((c) => [c, columns[c]]));
}

const windowJson = (period: Period) => [period.start, period.end];

/** `{"period","window","agencies":{"<MaDonVi>":{c3…c13}},"province":{c3…c13}}` */
export function form06Json(report: Form06Report, onlyAgencyId?: number) {
  const agencies = report.agencies.filter((a) => onlyAgencyId === undefined || a.agency.id === onlyAgencyId);
  return {
    period: report.period.code,
    window: windowJson(report.period),
    agencies: Object.fromEntries(agencies.map((a) => [a.agency.code, columnsJson(a.total)])),
    province: columnsJson(report.province),
  };
}

/** Biểu 06 of one agency with its rows per lĩnh vực (API detail). */
export function form06DetailJson(report: Form06Report, agencyId: number) {
  const agency = report.agencies.find((a) => a.agency.id === agencyId);
  return {
    period: report.period.code,
    window: windowJson(report.period),
    agency: agency ? agency.agency.code : null,
    rows: (agency?.rows ?? []).map((r) => ({ field: r.field.code, field_name: r.field.name, ...columnsJson(r.columns) })),
    total: agency ? columnsJson(agency.total) : null,
    identity_violations: agency?.violations ?? [],
  };
}

/**
 * `{"period","agencies":{"<MaDonVi>":{c3…c13,"overdue_share","penalty","apology_coverage",
 * "sync_rate","result_file_defects","rank"}}}` plus extensions.
 */
export function scorecardJson(card: Scorecard) {
  return {
    period: card.period.code,
    window: windowJson(card.period),
    previous_period: card.previous.code,
    penalty_rules_valid_from: card.ruleSet?.validFrom ?? null,
    agencies: Object.fromEntries(card.rows.map((r) => [r.agency.code, {
      ...columnsJson(r.columns),
      overdue_share: r.overdueShare,
      penalty: r.penalty?.exceeded ?? false,
      apology_coverage: r.apologyCoverage,
      sync_rate: r.syncRate,
      result_file_defects: r.resultFileDefects,
      rank: r.rank,
      // extensions
      name: r.agency.name,
      level: r.agency.level,
      rank_of: r.rankOf,
      previous_rank: r.previousRank,
      rank_change: r.rankChange,
      penalty_threshold: r.penalty?.threshold ?? null,
      penalty_points: r.penalty?.exceeded ? r.penalty.points : 0,
      late: r.late,
      late_without_apology: r.lateWithoutApology,
      unsynced: r.unsynced,
      history_gaps: r.historyGaps,
      due_beyond_legal: r.dueBeyondLegal,
      result_missing: r.counters.resultMissing,
      result_blank: r.counters.resultBlank,
      result_archive: r.counters.resultArchive,
      result_identical: r.counters.resultIdentical,
    }])),
  };
}

export function index766Json(result: IndexResult) {
  return {
    period: result.period.code,
    window: windowJson(result.period),
    framework: { code: result.framework.code, version: result.framework.version },
    agency: result.agency?.code ?? null,
    points: result.points,
    computed_max_points: result.computedMaxPoints,
    max_points: result.maxPoints,
    groups: result.groups.map((g) => ({ code: g.code, name: g.name, points: g.points, computed_max_points: g.computedMaxPoints, max_points: g.maxPoints })),
    indicators: result.groups.flatMap((g) => g.indicators.map((i) => ({
      code: i.code,
      group: i.groupCode,
      name: i.name,
      status: i.status === "computed" ? "computed" : "not_computed",
      numerator: i.numerator,
      denominator: i.denominator,
      rate: i.rate,
      points: i.points,
      max_points: i.maxPoints,
      reason: i.reason,
      approximate: i.approximate,
      // the drill-down figures (GET /api/v1/figures/dossiers?family=calendar&figure=…) behind a
      // dossier-based indicator; null for those that count procedures
      numerator_figure: INDICATOR_FIGURES[i.code]?.numerator ?? null,
      denominator_figure: INDICATOR_FIGURES[i.code]?.denominator ?? null,
    }))),
  };
}

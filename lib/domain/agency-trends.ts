// The trends of an agency's page (issue 6): per period, dossiers received against resolved, the
// overdue share against the penalty threshold in force for the agency's level, and its Bộ chỉ số
// 766 group points. Pure assembly of counters already computed per period.
//
// Readings:
// - "Received" is what the period newly received (Biểu 06 cols 4 + 5), "resolved" what it
//   resolved (col 7): the flow of the period. Carried-over dossiers are in the overdue share's
//   denominator (col 3) as in the scorecard, not in "received".
// - A period without a counted dossier has no overdue share (null, not 0%): nothing was at stake.
// - The threshold of a period is the one in force on its last day (lib/domain/scorecard.ts), so a
//   new rule version moves the threshold line from the first period it applies to, not before.
// - Bands: "exceeded" when the share is strictly above the threshold (the penalty applies),
//   "near" from NEAR_THRESHOLD of the threshold up to it (a warning: one more bad week tips it),
//   "within" below; "no-rule" when no threshold applies to the level.
import { form06Columns, type Counters } from "./counters";
import { periodName, type Period } from "./periods";
import { overdueShare, penaltyFor, ruleSetInForce, type AgencyLevel, type PenaltyRuleSet } from "./scorecard";

export type ThresholdBand = "exceeded" | "near" | "within" | "no-rule";

/** The share of the threshold from which an agency is "near" it. */
export const NEAR_THRESHOLD = 0.75;

export function thresholdBand(share: number, threshold: number | null): ThresholdBand {
  if (threshold === null) return "no-rule";
  if (share > threshold) return "exceeded";
  if (share >= threshold * NEAR_THRESHOLD && share > 0) return "near";
  return "within";
}

export const THRESHOLD_BAND_LABELS: Record<ThresholdBand, string> = {
  exceeded: "Vượt ngưỡng",
  near: "Sát ngưỡng",
  within: "Trong ngưỡng",
  "no-rule": "Không có ngưỡng",
};

export interface TrendPoint {
  period: Period;
  label: string;
  /** newly received (c4 + c5) and resolved (c7) */
  received: number;
  resolved: number;
  /** counted (c3) and late (c10 + c13) */
  counted: number;
  late: number;
  overdueShare: number | null;
  threshold: number | null;
  band: ThresholdBand | null;
}

/** The trend points of an agency of `level`, oldest period first. */
export function trendSeries(windows: readonly { period: Period; counters: Counters }[], level: AgencyLevel, ruleSets: readonly PenaltyRuleSet[]): TrendPoint[] {
  return [...windows]
    .sort((a, b) => a.period.start.localeCompare(b.period.start))
    .map(({ period, counters }) => {
      const columns = form06Columns(counters);
      const share = columns.c3 > 0 ? overdueShare(columns) : null;
      const threshold = penaltyFor(share ?? 0, level, ruleSetInForce(ruleSets, period.end))?.threshold ?? null;
      return {
        period, label: periodName(period),
        received: columns.c4 + columns.c5, resolved: columns.c7,
        counted: columns.c3, late: columns.c10 + columns.c13,
        overdueShare: share, threshold, band: share === null ? null : thresholdBand(share, threshold),
      };
    });
}

export interface IndexTrendPoint {
  period: Period;
  label: string;
  /** points of the computed indicators, and the most they could earn */
  points: number;
  computedMaxPoints: number;
  /** group code → points */
  groups: Record<string, number>;
}

/** Bộ chỉ số 766 results as chart rows, oldest period first. */
export function indexSeries(results: readonly { period: Period; points: number; computedMaxPoints: number; groups: readonly { code: string; points: number }[] }[]): IndexTrendPoint[] {
  return [...results]
    .sort((a, b) => a.period.start.localeCompare(b.period.start))
    .map((r) => ({
      period: r.period, label: periodName(r.period), points: r.points, computedMaxPoints: r.computedMaxPoints,
      groups: Object.fromEntries(r.groups.map((g) => [g.code, g.points])),
    }));
}

// Agency scorecard for a window (DOMAIN.md §3, §5, §7): Biểu 06 columns, overdue share and the
// local penalty rule, apology coverage, sync rate and data-quality defects; rank among agencies
// of the same level.
//
// Readings:
// - Overdue share = (resolved late + in progress past due) ÷ received total = (c10 + c13) ÷ c3.
//   "Exceeds" is strictly greater: a share exactly at the threshold is not penalised.
// - The penalty rule set is the one in force on the window's last day (latest valid_from ≤ end),
//   so a new rule set never rewrites the result of a window that ended before it.
// - Apology coverage = late dossiers with an apology letter ÷ late dossiers, late meaning
//   resolved late (c10) or still in progress past due (c13): both must have a letter (NĐ 61/2018
//   art. 19 requires it before the due date passes). No late dossier: no coverage figure (null).
// - Sync rate = newly received dossiers synced to the national portal ÷ newly received (c4 + c5).
// - Rank: 1 = lowest overdue share among agencies of the same level; equal shares share a rank
//   ("1, 2, 2, 4"). Rank change = previous rank − current rank (positive = improved).
import { form06Columns, type Counters, type Form06Columns } from "./counters";

export type AgencyLevel = "TINH" | "SO" | "HUYEN" | "XA" | "CHINHANH" | "NGANHDOC";

export interface PenaltyRule {
  level: AgencyLevel;
  /** overdue share that must be strictly exceeded (0.02 = 2%) */
  threshold: number;
  /** points deducted each time */
  points: number;
}

export interface PenaltyRuleSet {
  id: number;
  /** yyyy-MM-dd */
  validFrom: string;
  rules: PenaltyRule[];
}

/** The rule set in force on a date: the latest whose valid_from is on or before it. */
export function ruleSetInForce<T extends Pick<PenaltyRuleSet, "validFrom">>(sets: readonly T[], date: string): T | null {
  let chosen: T | null = null;
  for (const set of sets) if (set.validFrom <= date && (!chosen || set.validFrom > chosen.validFrom)) chosen = set;
  return chosen;
}

export interface PenaltyOutcome {
  threshold: number;
  points: number;
  exceeded: boolean;
}

export function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

export function overdueShare(columns: Pick<Form06Columns, "c3" | "c10" | "c13">): number {
  return columns.c3 > 0 ? (columns.c10 + columns.c13) / columns.c3 : 0;
}

export function penaltyFor(share: number, level: AgencyLevel, rules: PenaltyRuleSet | null): PenaltyOutcome | null {
  const rule = rules?.rules.find((r) => r.level === level);
  if (!rule) return null;
  return { threshold: rule.threshold, points: rule.points, exceeded: share > rule.threshold };
}

export interface ScorecardMetrics {
  columns: Form06Columns;
  overdueShare: number;
  /** resolved late + in progress past due */
  late: number;
  lateWithoutApology: number;
  apologyCoverage: number | null;
  syncRate: number | null;
  unsynced: number;
  resultFileDefects: number;
  historyGaps: number;
  dueBeyondLegal: number;
}

export function scorecardMetrics(c: Counters): ScorecardMetrics {
  const columns = form06Columns(c);
  const late = columns.c10 + columns.c13;
  const received = columns.c4 + columns.c5;
  return {
    columns,
    overdueShare: overdueShare(columns),
    late,
    lateWithoutApology: late - c.lateWithApology,
    apologyCoverage: ratio(c.lateWithApology, late),
    syncRate: ratio(c.synced, received),
    unsynced: received - c.synced,
    resultFileDefects: c.resultDefective,
    historyGaps: c.historyGap,
    dueBeyondLegal: c.dueBeyondLegal,
  };
}

/** Competition ranks ("1, 2, 2, 4") by overdue share within each level. */
export function rankWithinLevels<K>(rows: readonly { key: K; level: AgencyLevel; overdueShare: number }[]): Map<K, number> {
  const ranks = new Map<K, number>();
  const byLevel = new Map<AgencyLevel, { key: K; overdueShare: number }[]>();
  for (const row of rows) {
    const list = byLevel.get(row.level) ?? [];
    list.push(row);
    byLevel.set(row.level, list);
  }
  for (const list of byLevel.values()) {
    list.sort((a, b) => a.overdueShare - b.overdueShare);
    list.forEach((row, i) => {
      const previous = list[i - 1];
      ranks.set(row.key, previous && previous.overdueShare === row.overdueShare ? ranks.get(previous.key)! : i + 1);
    });
  }
  return ranks;
}

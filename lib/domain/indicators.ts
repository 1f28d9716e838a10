// Bộ chỉ số 766 (DOMAIN.md §6) computed from the province's own dossier and procedure data.
// The framework (groups, weights, rules, thresholds, which indicators the data cannot support)
// is versioned data in the database; this module knows, per indicator code, which counts make
// its numerator and denominator, and applies the stored rule.
//
// Readings (the official formula document was not available; the framework marks them approximate):
// - 1.1 "published on time": the ministries' publication dates are not in the data, so the share
//   of procedures in competence that the province has published (DaCongBo) stands for it.
// - 1.4: synced ÷ received in the period; the national portal's own count is not in the data, so
//   max(reporting system, portal) is our count.
// - 2.1: (resolved before or on due + in progress within due) ÷ all dossiers received or
//   processed in the period (Biểu 06 col 3).
// - 3.3: online share of newly received dossiers × sync rate, full at the stored threshold.
// - 4.1: resolved dossiers with a valid electronic result (present, not blank, not an archive,
//   not a copy of an input) ÷ resolved dossiers whose procedure returns a result.
// - 4.5: only the dossier half (VNeID-verified applicants ÷ newly received) is in the data; it
//   is scored against the indicator's full weight.
// - 5.3: 100% − (overdue rate + complained rate); complaints are not in the data, so the overdue
//   share (c10 + c13) ÷ c3 alone is subtracted.
// An indicator whose denominator is zero is "not computed" (never zero or full points), except
// under the rule LINEAR_FULL_IF_NONE, which gives full points by definition.
import { form06Columns, type Counters } from "./counters";

export type ScoringRule = "LINEAR" | "FULL_AT_THRESHOLD" | "LINEAR_FULL_IF_NONE";

export interface IndicatorDefinition {
  code: string;
  name: string;
  groupCode: string;
  maxPoints: number;
  rule: ScoringRule;
  threshold: number | null;
  notComputedReason: string | null;
  approximate: boolean;
}

/** Procedure counts of the agency's (or province's) competence, for catalogue indicators. */
export interface ProcedureCounts {
  inCompetence: number;
  published: number;
  online: number;
  onlineWithOnlineDossier: number;
  feeBearing: number;
  feeDataPublished: number;
  feeBearingWithOnlinePayment: number;
}

export interface IndicatorInputs {
  counters: Counters;
  procedures: ProcedureCounts;
}

export interface IndicatorResult {
  code: string;
  name: string;
  groupCode: string;
  status: "computed" | "not-computed";
  numerator: number | null;
  denominator: number | null;
  rate: number | null;
  points: number | null;
  maxPoints: number;
  reason: string | null;
  approximate: boolean;
}

interface Fraction {
  numerator: number;
  denominator: number;
  /** when the rate is not numerator ÷ denominator (3.3 multiplies by the sync rate) */
  rate?: number;
}

/** Which counts make each indicator that the data supports. */
export const INDICATOR_COMPUTATIONS: Readonly<Record<string, (inputs: IndicatorInputs) => Fraction>> = {
  "1.1": ({ procedures }) => ({ numerator: procedures.published, denominator: procedures.inCompetence }),
  "1.4": ({ counters }) => ({ numerator: counters.synced, denominator: counters.c4 + counters.c5 }),
  "2.1": ({ counters }) => {
    const columns = form06Columns(counters);
    return { numerator: columns.c8 + columns.c9 + columns.c12, denominator: columns.c3 };
  },
  "3.1": ({ procedures }) => ({ numerator: procedures.online, denominator: procedures.inCompetence }),
  "3.2": ({ procedures }) => ({ numerator: procedures.onlineWithOnlineDossier, denominator: procedures.online }),
  // online share × sync rate: online ÷ received, times synced ÷ received
  "3.3": ({ counters }) => {
    const received = counters.c4 + counters.c5;
    return { numerator: counters.c4, denominator: received, rate: received > 0 ? (counters.c4 / received) * (counters.synced / received) : undefined };
  },
  "3.4": ({ procedures }) => ({ numerator: procedures.feeDataPublished, denominator: procedures.feeBearing }),
  "3.5": ({ procedures }) => ({ numerator: procedures.feeBearingWithOnlinePayment, denominator: procedures.feeBearing }),
  "3.6": ({ counters }) => ({ numerator: counters.paidOnline, denominator: counters.feeBearing }),
  "4.1": ({ counters }) => ({ numerator: counters.resultExpected - counters.resultDefective, denominator: counters.resultExpected }),
  "4.2": ({ counters }) => ({ numerator: counters.digitisedWithResult, denominator: counters.resultExpected }),
  "4.5": ({ counters }) => ({ numerator: counters.vneidVerified, denominator: counters.c4 + counters.c5 }),
  "5.3": ({ counters }) => {
    const columns = form06Columns(counters);
    return { numerator: columns.c3 - columns.c10 - columns.c13, denominator: columns.c3 };
  },
};

export const NO_COMPUTATION_REASON = "Chưa có cách tính chỉ tiêu này từ dữ liệu hồ sơ, thủ tục của tỉnh.";
export const EMPTY_DENOMINATOR_REASON = "Không có hồ sơ hoặc thủ tục nào thuộc mẫu số trong kỳ.";

/** Points of a rate under a rule: linear = max × rate; full at threshold = max × min(1, rate ÷ threshold). */
export function pointsFor(rule: ScoringRule, maxPoints: number, rate: number, threshold: number | null): number {
  const clamped = Math.min(1, Math.max(0, rate));
  if (rule === "FULL_AT_THRESHOLD" && threshold !== null && threshold > 0) return maxPoints * Math.min(1, clamped / threshold);
  return maxPoints * clamped;
}

export function computeIndicator(def: IndicatorDefinition, inputs: IndicatorInputs): IndicatorResult {
  const base = { code: def.code, name: def.name, groupCode: def.groupCode, maxPoints: def.maxPoints, approximate: def.approximate };
  const notComputed = (reason: string, fraction?: Fraction): IndicatorResult => ({
    ...base, status: "not-computed", numerator: fraction?.numerator ?? null, denominator: fraction?.denominator ?? null, rate: null, points: null, reason,
  });
  if (def.notComputedReason) return notComputed(def.notComputedReason);
  const computation = INDICATOR_COMPUTATIONS[def.code];
  if (!computation) return notComputed(NO_COMPUTATION_REASON);
  const fraction = computation(inputs);
  if (fraction.denominator <= 0) {
    if (def.rule === "LINEAR_FULL_IF_NONE") return { ...base, status: "computed", numerator: fraction.numerator, denominator: fraction.denominator, rate: null, points: def.maxPoints, reason: null };
    return notComputed(EMPTY_DENOMINATOR_REASON, fraction);
  }
  const rate = fraction.rate ?? fraction.numerator / fraction.denominator;
  return { ...base, status: "computed", numerator: fraction.numerator, denominator: fraction.denominator, rate, points: pointsFor(def.rule, def.maxPoints, rate, def.threshold), reason: null };
}

export interface GroupResult {
  code: string;
  name: string;
  maxPoints: number;
  /** points of the computed indicators, and the most they could earn */
  points: number;
  computedMaxPoints: number;
  indicators: IndicatorResult[];
}

export interface IndicatorGroupDefinition {
  code: string;
  name: string;
  maxPoints: number;
}

export function computeIndicatorGroups(groups: readonly IndicatorGroupDefinition[], defs: readonly IndicatorDefinition[], inputs: IndicatorInputs): GroupResult[] {
  return groups.map((group) => {
    const indicators = defs.filter((d) => d.groupCode === group.code).map((d) => computeIndicator(d, inputs));
    const computed = indicators.filter((i) => i.status === "computed");
    return {
      code: group.code,
      name: group.name,
      maxPoints: group.maxPoints,
      points: computed.reduce((sum, i) => sum + (i.points ?? 0), 0),
      computedMaxPoints: computed.reduce((sum, i) => sum + i.maxPoints, 0),
      indicators,
    };
  });
}

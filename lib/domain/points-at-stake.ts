// "Points at stake": how many points of the province's Bộ chỉ số 766 (as computed from its own
// dossiers, lib/domain/indicators.ts) one agency's shortfall costs, i.e. what the province would
// gain if that agency's shortfall on one indicator were fixed and nothing else changed.
//
// Reading of the scoring rules (pointsFor): an indicator earns max × rate (LINEAR) or
// max × min(1, rate ÷ threshold) (FULL_AT_THRESHOLD) of the PROVINCE's rate; an agency's dossiers
// enter the province's numerator and denominator like everyone else's. Fixing an agency's
// shortfall moves its dossiers from the denominator-only part into the numerator, the denominator
// unchanged, so the gain is
//   pointsFor(province rate with the agency fixed) − pointsFor(province rate as it is).
// Consequences stated in the page and tests:
// - under FULL_AT_THRESHOLD a province already at the threshold gains nothing (0 points), however
//   large the agency's shortfall; below it the gain is capped at the points still missing;
// - gains of different agencies are each computed alone, so under a threshold they do not add up
//   (two agencies may each be able to close the same remaining gap);
// - gains of one agency over different indicators do add up: each indicator is scored on its own.
//
// What "fixed" means, per dossier indicator (the complement of its numerator in its denominator,
// the same dossiers the explorer lists with INDICATOR_FIGURES[code].shortfall):
// - 1.4: its unsynced newly received dossiers synced to the national portal;
// - 2.1 and 5.3: its late dossiers (resolved late, c10; in progress past due, c13) resolved or
//   still in progress on time (c9, c12);
// - 3.3: its newly received dossiers filed in person or by post (c5) filed online; the sync
//   factor of 3.3 is held as it is (fixing sync is counted under 1.4, once);
// - 3.6: its fee-bearing dossiers paid online;
// - 4.1: its defective result files (missing, blank, archive, copy of an input) valid;
// - 4.2: its resolved dossiers with a result digitised with their components;
// - 4.5: its newly received dossiers' applicants verified with VNeID.
// Catalogue indicators (1.1, 3.1, 3.2, 3.4, 3.5) count procedures, not dossiers: not here.
import { addCounters, emptyCounters, COUNTER_NAMES, type Counters } from "./counters";
import { computeIndicator, EMPTY_DENOMINATOR_REASON, INDICATOR_COMPUTATIONS, type IndicatorDefinition, type IndicatorInputs } from "./indicators";

/** The agency's counters with its shortfall on one indicator fixed. */
export const SHORTFALL_FIXES: Readonly<Record<string, (c: Counters) => Counters>> = {
  "1.4": (c) => ({ ...c, synced: c.c4 + c.c5 }),
  "2.1": (c) => ({ ...c, c9: c.c9 + c.c10, c10: 0, c12: c.c12 + c.c13, c13: 0 }),
  "3.3": (c) => ({ ...c, c4: c.c4 + c.c5, c5: 0 }),
  "3.6": (c) => ({ ...c, paidOnline: c.feeBearing }),
  "4.1": (c) => ({ ...c, resultDefective: 0 }),
  "4.2": (c) => ({ ...c, digitisedWithResult: c.resultExpected }),
  "4.5": (c) => ({ ...c, vneidVerified: c.c4 + c.c5 }),
  "5.3": (c) => ({ ...c, c9: c.c9 + c.c10, c10: 0, c12: c.c12 + c.c13, c13: 0 }),
};

/** The dossier indicators whose points at stake can be computed, in framework order. */
export const STAKE_INDICATORS = Object.keys(SHORTFALL_FIXES);

export function subtractCounters(from: Counters, minus: Counters): Counters {
  const result = emptyCounters();
  for (const name of COUNTER_NAMES) result[name] = from[name] - minus[name];
  return result;
}

export const NOT_A_DOSSIER_INDICATOR = "Chỉ tiêu này đếm thủ tục, không đếm hồ sơ của từng cơ quan.";

export type Stake =
  | {
      status: "computed";
      /** the agency's dossiers in the indicator's denominator that are not in its numerator */
      shortfall: number;
      /** points the province would gain (≥ 0); 0 when the shortfall is 0 or the province is already at the threshold */
      points: number;
    }
  | { status: "not-computed"; shortfall: number | null; reason: string };

/**
 * Points the province would gain on indicator `def` if the agency whose counters are `agency`
 * (part of `province`) fixed its shortfall. Not computed when the province's indicator is not
 * (no data, empty denominator) or the indicator is not a dossier indicator.
 */
export function pointsAtStake(def: IndicatorDefinition, province: IndicatorInputs, agency: Counters): Stake {
  const now = computeIndicator(def, province);
  const fix = SHORTFALL_FIXES[def.code];
  if (!fix) return { status: "not-computed", shortfall: null, reason: now.reason ?? NOT_A_DOSSIER_INDICATOR };
  const shortfall = shortfallOf(def.code, agency);
  if (now.status !== "computed" || now.points === null) return { status: "not-computed", shortfall, reason: now.reason ?? EMPTY_DENOMINATOR_REASON };
  if (shortfall === 0) return { status: "computed", shortfall, points: 0 };
  const fixedProvince = addCounters(subtractCounters(province.counters, agency), fix(agency));
  const after = computeIndicator(def, { ...province, counters: fixedProvince });
  // the denominator is unchanged by a fix, so `after` is computed whenever `now` is
  return { status: "computed", shortfall, points: Math.max(0, (after.points ?? now.points) - now.points) };
}

const NO_PROCEDURES = { inCompetence: 0, published: 0, online: 0, onlineWithOnlineDossier: 0, feeBearing: 0, feeDataPublished: 0, feeBearingWithOnlinePayment: 0 };

/** Dossiers of the agency in the indicator's denominator and not in its numerator. */
export function shortfallOf(code: string, c: Counters): number {
  const computation = INDICATOR_COMPUTATIONS[code];
  if (!computation || !SHORTFALL_FIXES[code]) throw new Error(`not a dossier indicator: ${code}`);
  const { numerator, denominator } = computation({ counters: c, procedures: NO_PROCEDURES });
  return denominator - numerator;
}

export interface AgencyStakes<A> {
  agency: A;
  /** indicator code → stake */
  stakes: Record<string, Stake>;
  /** sum of the computed stakes over the indicators (each indicator is scored on its own) */
  total: number;
}

/** Points at stake of every agency on every dossier indicator of `defs` that SHORTFALL_FIXES knows. */
export function agencyStakes<A>(defs: readonly IndicatorDefinition[], province: IndicatorInputs, agencies: readonly { agency: A; counters: Counters }[]): AgencyStakes<A>[] {
  const stakeDefs = defs.filter((d) => SHORTFALL_FIXES[d.code]);
  return agencies.map(({ agency, counters }) => {
    const stakes = Object.fromEntries(stakeDefs.map((d) => [d.code, pointsAtStake(d, province, counters)]));
    const total = Object.values(stakes).reduce((sum, s) => sum + (s.status === "computed" ? s.points : 0), 0);
    return { agency, stakes, total };
  });
}

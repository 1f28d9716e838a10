// A figure of lib/stats/drilldown.ts read from a window's counters (the exact summary), so that a
// page can show the number of dossiers behind a figure without counting them one by one. Each
// entry is the counter population its FIGURES predicate selects (tests hold the two together).
import { form06Columns, type Counters, type Form06Columns } from "@/lib/domain/counters";
import type { Figure } from "./drilldown";

const FROM_COUNTERS: Record<Figure, (c: Counters, f: Form06Columns) => number> = {
  c3: (_, f) => f.c3, c4: (_, f) => f.c4, c5: (_, f) => f.c5, c6: (_, f) => f.c6, c7: (_, f) => f.c7, c8: (_, f) => f.c8,
  c9: (_, f) => f.c9, c10: (_, f) => f.c10, c11: (_, f) => f.c11, c12: (_, f) => f.c12, c13: (_, f) => f.c13,
  received: (_, f) => f.c4 + f.c5,
  late: (_, f) => f.c10 + f.c13,
  lateWithApology: (c) => c.lateWithApology,
  lateWithoutApology: (c, f) => f.c10 + f.c13 - c.lateWithApology,
  onTimeOrWithin: (_, f) => f.c8 + f.c9 + f.c12,
  synced: (c) => c.synced,
  unsynced: (c, f) => f.c4 + f.c5 - c.synced,
  dueBeyondLegal: (c) => c.dueBeyondLegal,
  feeBearing: (c) => c.feeBearing,
  paidOnline: (c) => c.paidOnline,
  notPaidOnline: (c) => c.feeBearing - c.paidOnline,
  vneidVerified: (c) => c.vneidVerified,
  vneidUnverified: (c, f) => f.c4 + f.c5 - c.vneidVerified,
  historyGap: (c) => c.historyGap,
  resultExpected: (c) => c.resultExpected,
  resultValid: (c) => c.resultExpected - c.resultDefective,
  digitisedWithResult: (c) => c.digitisedWithResult,
  notDigitisedWithResult: (c) => c.resultExpected - c.digitisedWithResult,
  resultMissing: (c) => c.resultMissing,
  resultBlank: (c) => c.resultBlank,
  resultArchive: (c) => c.resultArchive,
  resultIdentical: (c) => c.resultIdentical,
  resultDefective: (c) => c.resultDefective,
};

/** The number of dossiers behind `figure` in a window with these counters. */
export function figureFromCounters(figure: Figure, counters: Counters): number {
  return FROM_COUNTERS[figure](counters, form06Columns(counters));
}

// Counters of a window: the Biểu 06 columns (DOMAIN.md §5) plus the counts every scorecard and
// indicator divides, each over a stated population of the window's counted dossiers. The SQL
// aggregate (lib/stats/summary.ts) returns the same counters; tests hold both to each other.
import { classify, dossierFlags, type DossierRecord } from "./classification";
import type { DateWindow } from "./periods";

/** The independent Biểu 06 columns; 3, 7 and 11 are sums of these. */
export const FORM06_BASE_COLUMNS = ["c4", "c5", "c6", "c8", "c9", "c10", "c12", "c13"] as const;
export const FORM06_COLUMNS = ["c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10", "c11", "c12", "c13"] as const;
export type Form06Column = (typeof FORM06_COLUMNS)[number];
export type Form06Columns = Record<Form06Column, number>;

export const COUNTER_NAMES = [
  ...FORM06_BASE_COLUMNS,
  // among newly received dossiers (c4 + c5)
  "synced",
  "dueBeyondLegal",
  "feeBearing",
  "paidOnline",
  "vneidVerified",
  // among late dossiers: resolved late (c10) and in progress past due (c13)
  "lateWithApology",
  // among all counted dossiers (c3)
  "historyGap",
  // among dossiers resolved in the window (c7)
  "resultExpected",
  "resultPresent",
  "resultMissing",
  "resultBlank",
  "resultArchive",
  "resultIdentical",
  "resultDefective",
  "digitisedWithResult",
] as const;
export type CounterName = (typeof COUNTER_NAMES)[number];
export type Counters = Record<CounterName, number>;

export function emptyCounters(): Counters {
  return Object.fromEntries(COUNTER_NAMES.map((name) => [name, 0])) as Counters;
}

export function addCounters(into: Counters, from: Counters): Counters {
  for (const name of COUNTER_NAMES) into[name] += from[name];
  return into;
}

/** Adds one dossier to the counters of a window; returns whether it was counted. */
export function countDossier(counters: Counters, d: DossierRecord, window: DateWindow): boolean {
  const c = classify(d, window);
  if (!c.counted) return false;
  const flags = dossierFlags(d);
  if (c.reception === "carried") counters.c6++;
  else {
    if (c.reception === "online") counters.c4++;
    else counters.c5++;
    if (flags.synced) counters.synced++;
    if (flags.dueBeyondLegal) counters.dueBeyondLegal++;
    if (flags.feeBearing) counters.feeBearing++;
    if (flags.paidOnline) counters.paidOnline++;
    if (flags.vneidVerified) counters.vneidVerified++;
  }
  if (flags.historyGap) counters.historyGap++;
  switch (c.outcome) {
    case "before": counters.c8++; break;
    case "on": counters.c9++; break;
    case "late": counters.c10++; break;
    case "within": counters.c12++; break;
    case "overdue": counters.c13++; break;
  }
  if ((c.outcome === "late" || c.outcome === "overdue") && flags.apologyLetter) counters.lateWithApology++;
  if (c.outcome === "before" || c.outcome === "on" || c.outcome === "late") {
    if (flags.resultExpected) counters.resultExpected++;
    if (flags.resultPresent) counters.resultPresent++;
    if (flags.resultMissing) counters.resultMissing++;
    if (flags.resultBlank) counters.resultBlank++;
    if (flags.resultArchive) counters.resultArchive++;
    if (flags.resultIdentical) counters.resultIdentical++;
    if (flags.resultDefective) counters.resultDefective++;
    if (flags.digitisedWithResult) counters.digitisedWithResult++;
  }
  return true;
}

/** Counters of a window per key (e.g. per agency, or per agency and field); uncounted keys are absent. */
export function aggregateCounters<K>(records: Iterable<DossierRecord>, window: DateWindow, keyOf: (d: DossierRecord) => K): Map<K, Counters> {
  const result = new Map<K, Counters>();
  for (const d of records) {
    const key = keyOf(d);
    let counters = result.get(key);
    const fresh = counters === undefined;
    counters ??= emptyCounters();
    if (countDossier(counters, d, window) && fresh) result.set(key, counters);
  }
  return result;
}

/** The eleven Biểu 06 columns from the counters (3 = 4+5+6, 7 = 8+9+10, 11 = 12+13). */
export function form06Columns(c: Pick<Counters, (typeof FORM06_BASE_COLUMNS)[number]>): Form06Columns {
  const c7 = c.c8 + c.c9 + c.c10;
  const c11 = c.c12 + c.c13;
  return { c3: c.c4 + c.c5 + c.c6, c4: c.c4, c5: c.c5, c6: c.c6, c7, c8: c.c8, c9: c.c9, c10: c.c10, c11, c12: c.c12, c13: c.c13 };
}

export interface IdentityViolation {
  identity: "3=4+5+6" | "3=7+11" | "7=8+9+10" | "11=12+13";
  left: number;
  right: number;
}

/** The identities every valid Biểu 06 row satisfies (DOMAIN.md §5), and which ones a row breaks. */
export function identityViolations(row: Form06Columns): IdentityViolation[] {
  const checks: IdentityViolation[] = [
    { identity: "3=4+5+6", left: row.c3, right: row.c4 + row.c5 + row.c6 },
    { identity: "3=7+11", left: row.c3, right: row.c7 + row.c11 },
    { identity: "7=8+9+10", left: row.c7, right: row.c8 + row.c9 + row.c10 },
    { identity: "11=12+13", left: row.c11, right: row.c12 + row.c13 },
  ];
  return checks.filter((c) => c.left !== c.right);
}

export function sumColumns(rows: Iterable<Form06Columns>): Form06Columns {
  const total = Object.fromEntries(FORM06_COLUMNS.map((c) => [c, 0])) as Form06Columns;
  for (const row of rows) for (const c of FORM06_COLUMNS) total[c] += row[c];
  return total;
}

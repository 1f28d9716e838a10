// Reconciliation of an agency's Biểu 06 with the provincial one-stop system (the authoritative
// source, DOMAIN.md §1): for every cell, reported vs system value, and for each disagreement a
// finding with its likely cause. Pure: the caller loads the system's counts and the catalogue.
//
// Readings (the domain documents name the errors, not a procedure to detect them):
//
// Cells compared. The eight independent cells (c4 c5 c6 c8 c9 c10 c12 c13) of every lĩnh vực
// present in the report or in the system's counts for the agency; a lĩnh vực missing from one
// side counts 0 there. The totals (c3, c7, c11) are sums of those cells, so a finding on them
// would only repeat the cells' findings; they carry the identity findings instead.
//
// Causes of a cell whose reported value is not the system's, the first that applies wins:
// 1. not_in_catalogue — the row's MaLinhVuc is not a field of the procedure catalogue: its
//    figures cannot be TTHC dossiers (other administrative records mixed in). Every non-zero
//    cell of such a row is a finding (the system necessarily counts 0 there).
// 2. out_of_competence — the field is in the catalogue but none of its procedures is within the
//    agency's competence (linked to the agency by CoQuanThucHien, or of a competent level that
//    includes the agency's level when no agency of that level is linked: agencyCompetenceSql in
//    lib/stats/engine.ts). Every non-zero reported
//    cell of such a row is a finding, even when the system agrees: the agency should not be
//    resolving those dossiers at all, so the office must look at them either way.
// 3. double_counted — the reported value exceeds the system's, and either another agency
//    resolves dossiers of the same field and column in the system (the excess are probably
//    those), or other agencies also reported the cell and the sum of every agency's reported
//    value of it (this report and the other agencies' reports the caller passes) exceeds the
//    province's system total of the cell. The sum test alone would blame agencies that report
//    exactly, so an excess of this agency is required for both; and without another agency
//    reporting the cell, an excess is this agency's own over-count (differs), not a double count.
// 4. differs — any other difference (also a cell reported 0 where the system counts dossiers,
//    whatever the row's field).
// A field present only in the system's counts (the report has no row for it) is reported 0 in
// every cell: its findings are `differs` (the agency left out dossiers the system attributes to it).
//
// identity_violated — independent of the above: a reported row that breaks an identity of
// DOMAIN.md §5 (with totals derived, 3 = 7 + 11 is the one that can break) gives one finding on
// the identity's total column (c3 for 3 = 7 + 11), with the row's total and the system's value
// of that column. Such a report cannot be submitted (SubmittableReportSchema), but drafts and
// files given to `tthc reconcile` can break it.
import { FORM06_BASE_COLUMNS, form06Columns, identityViolations, type Form06Column, type IdentityViolation } from "./counters";
import { IDENTITY_COLUMN } from "./report-form";

export const FINDING_CAUSES = ["differs", "out_of_competence", "double_counted", "not_in_catalogue", "identity_violated"] as const;
export type FindingCause = (typeof FINDING_CAUSES)[number];

export const FINDING_CAUSE_LABELS: Record<FindingCause, string> = {
  differs: "Khác số liệu Hệ thống một cửa",
  out_of_competence: "Lĩnh vực ngoài thẩm quyền của cơ quan",
  double_counted: "Có thể trùng với hồ sơ cơ quan khác đã tính",
  not_in_catalogue: "Không phải hồ sơ TTHC (mã lĩnh vực không có trong danh mục)",
  identity_violated: "Sai đẳng thức giữa các cột",
};

/** Name of the cause in the database enum (FindingCause of prisma/schema.prisma). */
export const FINDING_CAUSE_DB = {
  differs: "DIFFERS",
  out_of_competence: "OUT_OF_COMPETENCE",
  double_counted: "DOUBLE_COUNTED",
  not_in_catalogue: "NOT_IN_CATALOGUE",
  identity_violated: "IDENTITY_VIOLATED",
} as const satisfies Record<FindingCause, string>;
export type FindingCauseDb = (typeof FINDING_CAUSE_DB)[FindingCause];

export function causeFromDb(value: FindingCauseDb): FindingCause {
  return (Object.keys(FINDING_CAUSE_DB) as FindingCause[]).find((c) => FINDING_CAUSE_DB[c] === value)!;
}

export type BaseColumn = (typeof FORM06_BASE_COLUMNS)[number];
export type BaseCells = Record<BaseColumn, number>;

export interface ReportedRow extends BaseCells {
  fieldCode: string;
}

export interface ReconciliationContext {
  /** the agency's system counts per field code (fields without counted dossiers may be absent) */
  system: ReadonlyMap<string, BaseCells>;
  /** field codes of the procedure catalogue */
  catalogue: ReadonlySet<string>;
  /** field codes with at least one procedure within the agency's competence */
  competentFields: ReadonlySet<string>;
  /** the other agencies' system counts per field, summed */
  othersSystem: ReadonlyMap<string, BaseCells>;
  /** the other agencies' reported values per field, summed over their reports (submitted or approved) */
  othersReported: ReadonlyMap<string, BaseCells>;
  /**
   * the province's system total per field; absent fields default to the agency's plus the
   * others' system counts (every dossier is counted under exactly one resolving agency)
   */
  provinceSystem?: ReadonlyMap<string, BaseCells>;
}

export interface Finding {
  field: string;
  column: Form06Column;
  reported: number;
  system: number;
  cause: FindingCause;
  /** for identity_violated: the identity and its two sides as reported */
  identity?: IdentityViolation;
}

/** One cell of the comparison table: reported, system and their difference. */
export interface CellComparison {
  field: string;
  column: Form06Column;
  reported: number;
  system: number;
  /** reported − system */
  difference: number;
}

export interface Reconciliation {
  /** every column (c3 … c13) of every field on either side, sorted by field then column */
  cells: CellComparison[];
  findings: Finding[];
}

const ZERO: BaseCells = { c4: 0, c5: 0, c6: 0, c8: 0, c9: 0, c10: 0, c12: 0, c13: 0 };
const COLUMN_ORDER: readonly Form06Column[] = ["c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10", "c11", "c12", "c13"];
const columnRank = (c: Form06Column) => COLUMN_ORDER.indexOf(c);

function cellCause(field: string, column: BaseColumn, reported: number, system: number, context: ReconciliationContext, reportedRow: boolean): FindingCause | null {
  if (reportedRow && reported !== 0) {
    if (!context.catalogue.has(field)) return "not_in_catalogue";
    if (!context.competentFields.has(field)) return "out_of_competence";
  }
  if (reported === system) return null;
  if (reported > system) {
    const others = context.othersSystem.get(field)?.[column] ?? 0;
    const province = context.provinceSystem?.get(field)?.[column] ?? system + others;
    const reportedByOthers = context.othersReported.get(field)?.[column] ?? 0;
    if (others > 0 || (reportedByOthers > 0 && reported + reportedByOthers > province)) return "double_counted";
  }
  return "differs";
}

const fieldsOf = (rows: readonly ReportedRow[], system: ReadonlyMap<string, BaseCells>) =>
  [...new Set([...rows.map((r) => r.fieldCode), ...system.keys()])].sort((a, b) => a.localeCompare(b));

/** Every column (c3 … c13) of every field on either side: reported, system, difference. */
export function compareCells(rows: readonly ReportedRow[], system: ReadonlyMap<string, BaseCells>): CellComparison[] {
  const reportedByField = new Map(rows.map((r) => [r.fieldCode, r]));
  return fieldsOf(rows, system).flatMap((field) => {
    const reported = form06Columns(reportedByField.get(field) ?? ZERO);
    const counted = form06Columns(system.get(field) ?? ZERO);
    return COLUMN_ORDER.map((column) => ({ field, column, reported: reported[column], system: counted[column], difference: reported[column] - counted[column] }));
  });
}

/** Compares reported rows with the system's counts; see the readings at the top of this file. */
export function reconcile(rows: readonly ReportedRow[], context: ReconciliationContext): Reconciliation {
  const reportedByField = new Map(rows.map((r) => [r.fieldCode, r]));
  const findings: Finding[] = [];
  for (const field of fieldsOf(rows, context.system)) {
    const row = reportedByField.get(field);
    const reported = row ?? ZERO;
    const system = context.system.get(field) ?? ZERO;
    const reportedColumns = form06Columns(reported);
    const systemColumns = form06Columns(system);
    for (const column of FORM06_BASE_COLUMNS) {
      const cause = cellCause(field, column, reported[column], system[column], context, row !== undefined);
      if (cause) findings.push({ field, column, reported: reported[column], system: system[column], cause });
    }
    if (row) {
      for (const identity of identityViolations(reportedColumns)) {
        const column = IDENTITY_COLUMN[identity.identity];
        findings.push({ field, column, reported: reportedColumns[column], system: systemColumns[column], cause: "identity_violated", identity });
      }
    }
  }
  findings.sort((a, b) => a.field.localeCompare(b.field) || columnRank(a.column) - columnRank(b.column));
  return { cells: compareCells(rows, context.system), findings };
}

/** Sums cells per field over several sources (e.g. the other agencies' counts). */
export function sumByField(sources: Iterable<ReadonlyMap<string, BaseCells>>): Map<string, BaseCells> {
  const total = new Map<string, BaseCells>();
  for (const source of sources) {
    for (const [field, cells] of source) {
      const into = total.get(field) ?? { ...ZERO };
      for (const c of FORM06_BASE_COLUMNS) into[c] += cells[c];
      total.set(field, into);
    }
  }
  return total;
}

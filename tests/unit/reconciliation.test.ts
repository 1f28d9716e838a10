import { describe, expect, it } from "vitest";
import { causeFromDb, FINDING_CAUSE_DB, FINDING_CAUSES, reconcile, sumByField, type BaseCells, type ReconciliationContext, type ReportedRow } from "@/lib/domain/reconciliation";

// A field's cells with the identity 3 = 7 + 11 holding: 4+5+6 = 8+9+10+12+13.
const cells = (c: Partial<BaseCells> = {}): BaseCells => ({ c4: 0, c5: 0, c6: 0, c8: 0, c9: 0, c10: 0, c12: 0, c13: 0, ...c });
const row = (fieldCode: string, c: Partial<BaseCells>): ReportedRow => ({ fieldCode, ...cells(c) });
const SYSTEM_A = cells({ c4: 10, c5: 5, c6: 2, c8: 8, c9: 3, c10: 1, c12: 4, c13: 1 });

function context(overrides: Partial<ReconciliationContext> = {}): ReconciliationContext {
  return {
    system: new Map([["A", SYSTEM_A]]),
    catalogue: new Set(["A", "B", "C"]),
    competentFields: new Set(["A", "B"]),
    othersSystem: new Map(),
    othersReported: new Map(),
    ...overrides,
  };
}

const causesOf = (rows: ReportedRow[], ctx: ReconciliationContext) => reconcile(rows, ctx).findings.map((f) => `${f.field}.${f.column}:${f.cause}`);

describe("reconcile", () => {
  it("finds nothing when the report equals the system", () => {
    const result = reconcile([row("A", SYSTEM_A)], context());
    expect(result.findings).toEqual([]);
    // every one of the eleven columns compared, totals derived
    expect(result.cells).toHaveLength(11);
    expect(result.cells.find((c) => c.column === "c3")).toEqual({ field: "A", column: "c3", reported: 17, system: 17, difference: 0 });
    expect(result.cells.every((c) => c.difference === 0)).toBe(true);
  });

  it("differs: a cell below or above the system's value without another explanation", () => {
    const reported = row("A", { ...SYSTEM_A, c10: 0, c8: 9, c4: 11, c12: 5 });
    const result = reconcile([reported], context());
    expect(result.findings).toEqual([
      { field: "A", column: "c4", reported: 11, system: 10, cause: "differs" },
      { field: "A", column: "c8", reported: 9, system: 8, cause: "differs" },
      { field: "A", column: "c10", reported: 0, system: 1, cause: "differs" },
      { field: "A", column: "c12", reported: 5, system: 4, cause: "differs" },
    ]);
    expect(result.cells.find((c) => c.column === "c3")).toMatchObject({ reported: 18, system: 17, difference: 1 });
  });

  it("differs: a field the system counts for the agency but the report leaves out is reported 0", () => {
    const findings = reconcile([], context()).findings;
    expect(findings.map((f) => f.column)).toEqual(["c4", "c5", "c6", "c8", "c9", "c10", "c12", "c13"]);
    expect(findings.every((f) => f.cause === "differs" && f.reported === 0)).toBe(true);
  });

  it("not_in_catalogue: every non-zero cell of a row whose MaLinhVuc the catalogue lacks", () => {
    const result = reconcile([row("A", SYSTEM_A), row("XX-99", { c5: 3, c8: 3 })], context());
    expect(result.findings).toEqual([
      { field: "XX-99", column: "c5", reported: 3, system: 0, cause: "not_in_catalogue" },
      { field: "XX-99", column: "c8", reported: 3, system: 0, cause: "not_in_catalogue" },
    ]);
  });

  it("not_in_catalogue wins over out_of_competence and double_counted", () => {
    // not in the catalogue, not competent, and another agency's system 'has' the code
    const ctx = context({ catalogue: new Set(["A"]), competentFields: new Set(["A"]), othersSystem: new Map([["Z", cells({ c5: 10, c8: 10 })]]) });
    expect(causesOf([row("A", SYSTEM_A), row("Z", { c5: 2, c8: 2 })], ctx)).toEqual(["Z.c5:not_in_catalogue", "Z.c8:not_in_catalogue"]);
  });

  it("out_of_competence: a catalogue field none of whose procedures the agency may resolve, even where the system agrees", () => {
    const ctx = context({ system: new Map([["A", SYSTEM_A], ["C", cells({ c5: 2, c8: 2 })]]) });
    expect(causesOf([row("A", SYSTEM_A), row("C", { c5: 2, c8: 1, c13: 1 })], ctx)).toEqual(["C.c5:out_of_competence", "C.c8:out_of_competence", "C.c13:out_of_competence"]);
  });

  it("out_of_competence wins over double_counted", () => {
    const ctx = context({ othersSystem: new Map([["C", cells({ c5: 5, c8: 5 })]]) });
    expect(causesOf([row("A", SYSTEM_A), row("C", { c5: 5, c8: 5 })], ctx)).toEqual(["C.c5:out_of_competence", "C.c8:out_of_competence"]);
  });

  it("a field out of competence the system counts but the report leaves at 0 differs", () => {
    const ctx = context({ system: new Map([["A", SYSTEM_A], ["C", cells({ c5: 2, c8: 2 })]]) });
    expect(causesOf([row("A", SYSTEM_A), row("C", {})], ctx)).toEqual(["C.c5:differs", "C.c8:differs"]);
  });

  it("double_counted: reported above the system while another agency resolves dossiers of that field and column", () => {
    const ctx = context({ othersSystem: new Map([["A", cells({ c4: 3, c8: 3 })]]) });
    const result = reconcile([row("A", { ...SYSTEM_A, c4: 13, c8: 11 })], ctx);
    expect(result.findings).toEqual([
      { field: "A", column: "c4", reported: 13, system: 10, cause: "double_counted" },
      { field: "A", column: "c8", reported: 11, system: 8, cause: "double_counted" },
    ]);
  });

  it("double_counted: the sum of every agency's reports of a cell exceeds the province's system total", () => {
    // no other agency resolves field A's c5 in the system, but another agency reported 5 of them
    const ctx = context({ othersReported: new Map([["A", cells({ c5: 5, c8: 5 })]]), provinceSystem: new Map([["A", SYSTEM_A]]) });
    expect(causesOf([row("A", { ...SYSTEM_A, c5: 6, c8: 9 })], ctx)).toEqual(["A.c5:double_counted", "A.c8:double_counted"]);
  });

  it("the province's total defaults to the agency's plus the others' system counts", () => {
    const ctx = context({ othersReported: new Map([["A", cells({ c5: 1 })]]) });
    // 6 + 1 = 7 reported against a province total of 5 + 0
    expect(causesOf([row("A", { ...SYSTEM_A, c5: 6, c8: 9 })], ctx)).toEqual(["A.c5:double_counted", "A.c8:differs"]);
  });

  it("an excess nobody else resolves or reports is the agency's own over-count: differs", () => {
    expect(causesOf([row("A", { ...SYSTEM_A, c5: 6, c8: 9 })], context())).toEqual(["A.c5:differs", "A.c8:differs"]);
  });

  it("not double_counted when the reports of all agencies fit within the province's total", () => {
    const ctx = context({ othersReported: new Map([["A", cells({ c5: 2 })]]), provinceSystem: new Map([["A", cells({ ...SYSTEM_A, c5: 10 })]]) });
    expect(causesOf([row("A", { ...SYSTEM_A, c5: 6, c8: 9 })], ctx)).toEqual(["A.c5:differs", "A.c8:differs"]);
  });

  it("not double_counted when reported is below the system, even though others resolve the field", () => {
    const ctx = context({ othersSystem: new Map([["A", cells({ c4: 50 })]]), othersReported: new Map([["A", cells({ c4: 100 })]]) });
    expect(causesOf([row("A", { ...SYSTEM_A, c4: 9, c8: 7 })], ctx)).toEqual(["A.c4:differs", "A.c8:differs"]);
  });

  it("not double_counted when the excess is in a column no other agency has and the reports fit the province's total", () => {
    const ctx = context({ othersSystem: new Map([["A", cells({ c4: 3 })]]), othersReported: new Map([["A", cells({ c5: 0 })]]) });
    expect(causesOf([row("A", { ...SYSTEM_A, c5: 6, c8: 9 })], ctx)).toEqual(["A.c5:differs", "A.c8:differs"]);
  });

  it("identity_violated: a row whose 3 ≠ 7 + 11, on column 3 with the system's value, alongside the cells' own findings", () => {
    const result = reconcile([row("A", { ...SYSTEM_A, c13: 3 })], context());
    expect(result.findings).toEqual([
      { field: "A", column: "c3", reported: 17, system: 17, cause: "identity_violated", identity: { identity: "3=7+11", left: 17, right: 19 } },
      { field: "A", column: "c13", reported: 3, system: 1, cause: "differs" },
    ]);
  });

  it("identity_violated also on rows not in the catalogue", () => {
    expect(causesOf([row("A", SYSTEM_A), row("XX", { c4: 2 })], context())).toEqual(["XX.c3:identity_violated", "XX.c4:not_in_catalogue"]);
  });

  it("zero rows out of the catalogue or competence give no finding", () => {
    expect(reconcile([row("A", SYSTEM_A), row("XX", {}), row("C", {})], context()).findings).toEqual([]);
  });

  it("sorts findings by field then column order (c3 before c10)", () => {
    const findings = reconcile([row("B", { c4: 1, c10: 1 }), row("A", { ...SYSTEM_A, c10: 2, c12: 3 })], context()).findings;
    expect(findings.map((f) => `${f.field}.${f.column}`)).toEqual(["A.c10", "A.c12", "B.c4", "B.c10"]);
  });

  it("database names of causes round-trip", () => {
    for (const cause of FINDING_CAUSES) expect(causeFromDb(FINDING_CAUSE_DB[cause])).toBe(cause);
  });
});

describe("sumByField", () => {
  it("adds the cells of each field across sources", () => {
    const total = sumByField([new Map([["A", cells({ c4: 1 })], ["B", cells({ c8: 2 })]]), new Map([["A", cells({ c4: 2, c13: 1 })]])]);
    expect(total.get("A")).toEqual(cells({ c4: 3, c13: 1 }));
    expect(total.get("B")).toEqual(cells({ c8: 2 }));
  });
});

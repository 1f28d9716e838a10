// The dossier explorer through its service: with a figure the list is exactly the dossiers the
// figure counts and its total is the engine's number; sorting and paging are stable and agree
// with the export; a focal officer cannot list, open or export another agency's dossiers (each
// refusal audited); applicants' names only reach the roles allowed to see them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { seedDemo } from "@/lib/seed/seed-demo";
import { ForbiddenError, type Viewer } from "@/lib/auth/permissions";
import { aggregateCounters, emptyCounters, type Counters } from "@/lib/domain/counters";
import { classify, type DossierRecord } from "@/lib/domain/classification";
import { daysOverdue } from "@/lib/domain/dossier-checks";
import { parsePeriod } from "@/lib/domain/periods";
import { DOSSIER_FROM_SQL } from "@/lib/stats/summary";
import { drilldownWhere, FIGURE_NAMES, type Figure } from "@/lib/stats/drilldown";
import { form06Report } from "@/lib/stats/engine";
import { ExplorerFilter, EXPLORER_SORTS } from "@/lib/links";
import { EXPLORER_PAGE_SIZE, exportDossiers, getDossierDetail, listDossiers, type ExplorerRow } from "@/lib/services/dossier-explorer";
import { DB_KINDS, openTestDb, type TestDb } from "../helpers/test-db";
import { expectedFigure } from "../helpers/stats";
import { viewerOf } from "../helpers/viewers";

const FROM = { ip: "198.51.100.7", userAgent: "vitest" };
const PERIOD = parsePeriod("2026-Q1", "reporting");
const NOW = new Date("2026-04-20T09:00:00+07:00");

async function all<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const r of rows) out.push(r);
  return out;
}

describe.each(DB_KINDS)("dossier explorer on %s", (kind) => {
  let t: TestDb;
  let sql: pg.Client;
  let provinceId: number;
  let office: Viewer, leadership: Viewer, admin: Viewer, focal: Viewer;
  let records: (DossierRecord & { id: string })[];
  let landId: number;
  let justiceId: number;

  beforeAll(async () => {
    t = await openTestDb(kind);
    await seedDemo(t.url, { dossiers: 5000, seed: "explorer" });
    sql = new pg.Client({ connectionString: t.url });
    await sql.connect();
    provinceId = (await t.db.province.findFirstOrThrow()).id;
    office = await viewerOf(t.db, "vanphong");
    leadership = await viewerOf(t.db, "lanhdao");
    admin = await viewerOf(t.db, "admin");
    focal = await viewerOf(t.db, "daumoi.nnmt");
    records = await loadRecords();
    landId = (await t.db.agency.findFirstOrThrow({ where: { name: { contains: "Nông nghiệp và Môi trường" }, validTo: null } })).id;
    justiceId = (await t.db.agency.findFirstOrThrow({ where: { name: { contains: "Tư pháp" } } })).id;
  }, 180_000);
  afterAll(async () => {
    await sql?.end();
    await t?.close();
  });

  /** Every dossier as the pure rules read it (tests/helpers/stats.ts loadDossierRecords), with its id. */
  async function loadRecords(): Promise<(DossierRecord & { id: string })[]> {
    const { rows } = await sql.query(
      `SELECT d.id::text AS id, d.resolving_agency_id AS agency_id, p.field_id, d.status, d.channel,
              to_char(d.received_on, 'YYYY-MM-DD') AS received_on, to_char(d.due_on, 'YYYY-MM-DD') AS due_on,
              to_char(d.legal_due_on, 'YYYY-MM-DD') AS legal_due_on, to_char(d.finished_on, 'YYYY-MM-DD') AS finished_on,
              d.synced_to_national, d.apology_letter, d.processing_steps, d.supplement_count, d.online_payment, d.components_digitised,
              d.vneid_verified, d.result_file_name, d.result_file_type, d.result_file_size::float8 AS result_file_size, d.result_file_blank,
              d.result_file_sha256, d.component_sha256, p.returns_result, p.has_fees
       FROM dossier d JOIN procedure p ON p.province_id = d.province_id AND p.id = d.procedure_id WHERE d.province_id = $1`,
      [provinceId],
    );
    return rows.map((r) => ({
      id: r.id, agencyId: r.agency_id, fieldId: r.field_id, status: r.status, channel: r.channel,
      receivedOn: r.received_on, dueOn: r.due_on, legalDueOn: r.legal_due_on, finishedOn: r.finished_on,
      synced: r.synced_to_national, apologyLetter: r.apology_letter, processingSteps: r.processing_steps, supplementCount: r.supplement_count,
      onlinePayment: r.online_payment, componentsDigitised: r.components_digitised, vneidVerified: r.vneid_verified,
      resultFileName: r.result_file_name, resultFileType: r.result_file_type, resultFileSize: r.result_file_size, resultFileBlank: r.result_file_blank,
      resultFileSha256: r.result_file_sha256, componentSha256: r.component_sha256, procedureReturnsResult: r.returns_result, procedureHasFees: r.has_fees,
    }));
  }

  const pureCounters = (keep: (d: DossierRecord) => boolean): Counters =>
    aggregateCounters(records.filter(keep), PERIOD, () => "all").get("all") ?? emptyCounters();

  async function figureIds(figure: Figure, agencyIds?: number[], fieldId?: number): Promise<string[]> {
    const { where, params } = drilldownWhere({ provinceId, window: PERIOD, figure, agencyIds, fieldId });
    return (await sql.query<{ id: string }>(`SELECT d.id::text AS id ${DOSSIER_FROM_SQL} WHERE ${where}`, params)).rows.map((r) => r.id).sort();
  }

  const filterOf = (raw: Record<string, string>) => ExplorerFilter.parse(raw);

  it.each(FIGURE_NAMES)("lists exactly the dossiers behind %s, with the engine's total, province-wide and for one agency and field", async (figure) => {
    const province = await listDossiers(t.db, sql, office, filterOf({ ky: "2026-Q1", chitieu: figure }), FROM, NOW);
    expect(province.total).toEqual({ count: expectedFigure(figure, pureCounters(() => true)), exact: true, source: "summary" });
    const listed = (await all((await exportDossiers(t.db, sql, office, filterOf({ ky: "2026-Q1", chitieu: figure }), FROM, NOW)).rows)).map((r) => r.id);
    expect(listed.length).toBe(province.total.count);
    expect([...listed].sort()).toEqual(await figureIds(figure));

    const agency = await listDossiers(t.db, sql, office, filterOf({ ky: "2026-Q1", chitieu: figure, coquan: String(landId) }), FROM, NOW);
    expect(agency.total.count).toBe(expectedFigure(figure, pureCounters((d) => d.agencyId === landId)));
    const agencyRows = await all((await exportDossiers(t.db, sql, office, filterOf({ ky: "2026-Q1", chitieu: figure, coquan: String(landId) }), FROM, NOW)).rows);
    expect(agencyRows.map((r) => r.id).sort()).toEqual(await figureIds(figure, [landId]));
    expect(agencyRows.every((r) => r.agencyId === landId)).toBe(true);

    const fieldId = records.find((d) => d.agencyId === landId)!.fieldId;
    const byField = await listDossiers(t.db, sql, office, filterOf({ ky: "2026-Q1", chitieu: figure, coquan: String(landId), linhvuc: String(fieldId) }), FROM, NOW);
    expect(byField.total.count).toBe(expectedFigure(figure, pureCounters((d) => d.agencyId === landId && d.fieldId === fieldId)));
  });

  it("matches the Biểu 06 columns of the engine, and each listed dossier is classified in its column", async () => {
    const report = await form06Report(sql, provinceId, PERIOD);
    const byId = new Map(records.map((r) => [r.id, r]));
    const outcomes: Partial<Record<Figure, string>> = { c8: "before", c9: "on", c10: "late", c12: "within", c13: "overdue" };
    for (const column of ["c3", "c4", "c6", "c7", "c10", "c11", "c13"] as const) {
      const list = await listDossiers(t.db, sql, office, filterOf({ ky: "2026-Q1", chitieu: column }), FROM, NOW);
      expect(list.total.count, column).toBe(report.province[column]);
    }
    for (const [figure, outcome] of Object.entries(outcomes)) {
      const rows = await all((await exportDossiers(t.db, sql, office, filterOf({ ky: "2026-Q1", chitieu: figure }), FROM, NOW)).rows);
      for (const r of rows) {
        const c = classify(byId.get(r.id)!, PERIOD);
        expect(c.counted && c.outcome, `${figure} ${r.code}`).toBe(outcome);
      }
    }
  });

  it("computes days overdue in SQL as the pure rule does, as of the window's end", async () => {
    const rows = await all((await exportDossiers(t.db, sql, office, filterOf({ ky: "2026-Q1", chitieu: "c3" }), FROM, NOW)).rows);
    const byId = new Map(records.map((r) => [r.id, r]));
    expect(rows.some((r) => r.daysOverdue !== null)).toBe(true);
    for (const r of rows) expect(r.daysOverdue, r.code).toBe(daysOverdue(byId.get(r.id)!, PERIOD.end));
    const late = await all((await exportDossiers(t.db, sql, office, filterOf({ ky: "2026-Q1", chitieu: "late" }), FROM, NOW)).rows);
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((r) => (r.daysOverdue ?? 0) > 0)).toBe(true);
  });

  it("pages through every sort without losing or repeating a dossier, in the export's order", async () => {
    const base = { ky: "2026-Q1", chitieu: "c3" };
    for (const sap of EXPLORER_SORTS) {
      for (const chieu of ["tang", "giam"] as const) {
        const exported = (await all((await exportDossiers(t.db, sql, office, filterOf({ ...base, sap, chieu }), FROM, NOW)).rows)).map((r) => r.id);
        const paged: string[] = [];
        const first = await listDossiers(t.db, sql, office, filterOf({ ...base, sap, chieu }), FROM, NOW);
        const total = first.total.count;
        expect(total).toBeGreaterThan(EXPLORER_PAGE_SIZE * 2);
        for (let page = 1; ; page++) {
          const list = page === 1 ? first : await listDossiers(t.db, sql, office, filterOf({ ...base, sap, chieu, trang: String(page) }), FROM, NOW);
          paged.push(...list.rows.map((r) => r.id));
          if (!list.hasNextPage) break;
        }
        expect(paged.length, `${sap} ${chieu}`).toBe(total);
        expect(new Set(paged).size).toBe(total);
        expect(exported, `${sap} ${chieu}`).toEqual(paged);
      }
    }
    // the whole province: more than one chunk of the export's keyset, in every order
    for (const sap of EXPLORER_SORTS) {
      for (const chieu of ["tang", "giam"] as const) {
        const everything = (await all((await exportDossiers(t.db, sql, office, filterOf({ sap, chieu }), FROM, NOW)).rows)).map((r) => r.id);
        expect(everything.length, `${sap} ${chieu}`).toBe(records.length);
        expect(new Set(everything).size).toBe(records.length);
      }
    }
    const byReceived = await all((await exportDossiers(t.db, sql, office, filterOf({ ...base, sap: "tiepnhan", chieu: "tang" }), FROM, NOW)).rows);
    for (let i = 1; i < byReceived.length; i++) expect(byReceived[i]!.receivedAt.getTime()).toBeGreaterThanOrEqual(byReceived[i - 1]!.receivedAt.getTime());
    const byOverdue = await all((await exportDossiers(t.db, sql, office, filterOf({ ...base, sap: "quahan", chieu: "giam" }), FROM, NOW)).rows);
    const days = byOverdue.map((r) => r.daysOverdue);
    const firstNull = days.indexOf(null);
    expect(firstNull).toBeGreaterThan(0);
    expect(days.slice(firstNull).every((d) => d === null)).toBe(true);
    const numbers = days.slice(0, firstNull) as number[];
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  });

  it("searches without a figure: by code, status, channel, received dates and period", async () => {
    const sample = records.find((d) => d.agencyId === landId && d.receivedOn >= PERIOD.start && d.receivedOn <= PERIOD.end)!;
    const code = (await sql.query<{ code: string }>(`SELECT code FROM dossier WHERE id = $1`, [sample.id])).rows[0]!.code;
    const exact = await listDossiers(t.db, sql, office, filterOf({ q: code }), FROM, NOW);
    expect(exact.rows.map((r) => r.id)).toEqual([sample.id]);
    const part = code.slice(-7);
    const partial = await listDossiers(t.db, sql, office, filterOf({ q: part }), FROM, NOW);
    expect(partial.rows.length).toBeGreaterThan(0);
    expect(partial.rows.every((r) => r.code.includes(part))).toBe(true);

    const period = await all((await exportDossiers(t.db, sql, office, filterOf({ ky: "2026-Q1", coquan: String(landId) }), FROM, NOW)).rows);
    const expected = records.filter((d) => d.agencyId === landId && d.receivedOn >= PERIOD.start && d.receivedOn <= PERIOD.end);
    expect(period.map((r) => r.id).sort()).toEqual(expected.map((d) => d.id).sort());
    const list = await listDossiers(t.db, sql, office, filterOf({ ky: "2026-Q1", coquan: String(landId) }), FROM, NOW);
    expect(list.total).toEqual({ count: expected.length, exact: true, source: "count" });
    expect(list.description).toContain("Hồ sơ tiếp nhận trong kỳ");
    expect(list.description).toContain("15/12/2025 – 14/03/2026");

    const narrowed = await all((await exportDossiers(t.db, sql, office, filterOf({ coquan: String(landId), trangthai: "4", kenh: "2", tu: "2026-01-01", den: "2026-02-28" }), FROM, NOW)).rows);
    const wanted = records.filter((d) => d.agencyId === landId && d.status === 4 && d.channel === 2 && d.receivedOn >= "2026-01-01" && d.receivedOn <= "2026-02-28");
    expect(narrowed.map((r) => r.id).sort()).toEqual(wanted.map((d) => d.id).sort());

    const figureNarrowed = await listDossiers(t.db, sql, office, filterOf({ ky: "2026-Q1", chitieu: "c13", trangthai: "4" }), FROM, NOW);
    expect(figureNarrowed.total.source).toBe("count");
    expect(figureNarrowed.total.count).toBe(records.filter((d) => d.status === 4 && (() => { const c = classify(d, PERIOD); return c.counted && c.outcome === "overdue"; })()).length);
    expect(figureNarrowed.description).toMatch(/^Hồ sơ đang giải quyết quá hạn \(cột 13\) — toàn tỉnh — trạng thái “Đang xử lý” — Quý I\/2026/);
  });

  it("keeps a focal officer inside their agencies and audits every refusal", async () => {
    const scope = focal.agencyScope as ReadonlySet<number>;
    expect(scope.has(justiceId)).toBe(false);
    const own = await listDossiers(t.db, sql, focal, filterOf({ ky: "2026-Q1", chitieu: "c3" }), FROM, NOW);
    expect(own.total.count).toBe(expectedFigure("c3", pureCounters((d) => scope.has(d.agencyId))));
    expect(own.rows.every((r) => scope.has(r.agencyId))).toBe(true);
    expect(own.description).toContain("các cơ quan, đơn vị được giao");
    const plain = await all((await exportDossiers(t.db, sql, focal, filterOf({}), FROM, NOW)).rows);
    expect(plain.length).toBe(records.filter((d) => scope.has(d.agencyId)).length);

    const before = await t.db.auditLog.count({ where: { action: "auth.denied", userId: focal.userId } });
    await expect(listDossiers(t.db, sql, focal, filterOf({ ky: "2026-Q1", chitieu: "c13", coquan: String(justiceId) }), FROM, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(exportDossiers(t.db, sql, focal, filterOf({ coquan: String(justiceId) }), FROM, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    const foreign = records.find((d) => d.agencyId === justiceId)!;
    await expect(getDossierDetail(t.db, sql, focal, BigInt(foreign.id), PERIOD, FROM)).rejects.toBeInstanceOf(ForbiddenError);
    const denied = await t.db.auditLog.findMany({ where: { action: "auth.denied", userId: focal.userId }, orderBy: { id: "asc" } });
    expect(denied.length - before).toBe(3);
    expect(denied.slice(-3).map((d) => (d.after as { attempted: string }).attempted)).toEqual(["dossier.list", "dossier.export", "dossier.view"]);
    expect(denied.at(-1)!.entityId).toBe(foreign.id);
    expect(denied.at(-2)!.entityId).toBe(String(justiceId));

    const mine = records.find((d) => d.agencyId === landId)!;
    const detail = await getDossierDetail(t.db, sql, focal, BigInt(mine.id), PERIOD, FROM);
    expect(detail!.agency.id).toBe(landId);
    expect(await getDossierDetail(t.db, sql, focal, 987654321n, PERIOD, FROM)).toBeNull();
  });

  it("shows applicants' names to office staff and the focal officer of the agency only", async () => {
    const filter = filterOf({ ky: "2026-Q1", chitieu: "c3", coquan: String(landId) });
    const forOffice = await listDossiers(t.db, sql, office, filter, FROM, NOW);
    expect(forOffice.applicantColumn).toBe(true);
    expect(forOffice.rows.some((r) => typeof r.applicantName === "string" && r.applicantName.length > 0)).toBe(true);
    const forFocal = await listDossiers(t.db, sql, focal, filter, FROM, NOW);
    expect(forFocal.applicantColumn).toBe(true);
    expect(forFocal.rows.map((r) => r.applicantName)).toEqual(forOffice.rows.map((r) => r.applicantName));
    for (const viewer of [leadership, admin]) {
      const list = await listDossiers(t.db, sql, viewer, filter, FROM, NOW);
      expect(list.applicantColumn).toBe(false);
      expect(list.rows.every((r) => !("applicantName" in r))).toBe(true);
      const exported = await exportDossiers(t.db, sql, viewer, filter, FROM, NOW);
      expect(exported.applicantColumn).toBe(false);
      expect((await all(exported.rows)).every((r: ExplorerRow) => r.applicantName === undefined)).toBe(true);
      const detail = await getDossierDetail(t.db, sql, viewer, BigInt(forOffice.rows[0]!.id), PERIOD, FROM);
      expect(detail!.applicantName).toBeUndefined();
    }
    const detail = await getDossierDetail(t.db, sql, office, BigInt(forOffice.rows[0]!.id), PERIOD, FROM);
    expect(detail!.applicantName).toBe(forOffice.rows[0]!.applicantName);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "dossier.export", userId: leadership.userId } });
    expect(audit.after).toMatchObject({ applicantData: false, filters: { chitieu: "c3", coquan: landId } });
  });

  it("gives a dossier's detail: its classification in the period, flags and the due-date check", async () => {
    const byId = new Map(records.map((r) => [r.id, r]));
    const late = await listDossiers(t.db, sql, office, filterOf({ ky: "2026-Q1", chitieu: "c13", coquan: String(landId) }), FROM, NOW);
    const one = late.rows[0]!;
    const detail = (await getDossierDetail(t.db, sql, office, BigInt(one.id), PERIOD, FROM))!;
    expect(detail.classification).toEqual(classify(byId.get(one.id)!, PERIOD));
    expect(detail.classification).toMatchObject({ counted: true, outcome: "overdue" });
    expect(detail.daysOverdue).toBe(one.daysOverdue);
    expect(detail.legalDueAt?.getTime()).toBe(detail.computedLegalDueAt.getTime());
    const beyond = await listDossiers(t.db, sql, office, filterOf({ ky: "2026-Q1", chitieu: "dueBeyondLegal" }), FROM, NOW);
    if (beyond.rows.length) {
      const d = (await getDossierDetail(t.db, sql, office, BigInt(beyond.rows[0]!.id), PERIOD, FROM))!;
      expect(d.flags.dueBeyondLegal).toBe(true);
      expect(d.dueCheck).toMatchObject({ kind: "beyond-legal", explainedBySupplement: false });
    }
    const missing = await listDossiers(t.db, sql, office, filterOf({ ky: "2026-Q1", chitieu: "resultMissing" }), FROM, NOW);
    expect(missing.rows.length).toBeGreaterThan(0);
    const m = (await getDossierDetail(t.db, sql, office, BigInt(missing.rows[0]!.id), PERIOD, FROM))!;
    expect(m.flags).toMatchObject({ resultExpected: true, resultMissing: true, resultPresent: false });
  });
});

// Property: for any dossiers (including the odd ones a one-stop export contains — no due date,
// finished statuses without an end date, defects of every kind) and any window of either family,
// the SQL summary gives exactly the pure counters.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import pg from "pg";
import { aggregateCounters, emptyCounters } from "@/lib/domain/counters";
import { countFigure, FIGURE_NAMES } from "@/lib/stats/drilldown";
import { expectedFigure } from "../helpers/stats";
import { dayFromIso, instantAt } from "@/lib/domain/local-time";
import { makePeriod, type PeriodKind } from "@/lib/domain/periods";
import { refreshDossierSummary, windowCounters } from "@/lib/stats/summary";
import { DB_KINDS, openTestDb, type TestDb } from "../helpers/test-db";
import { loadDossierRecords } from "../helpers/stats";
import { createFixtureProvince, insertFixtureDossiers } from "../helpers/fixtures";

const FIRST_DAY = dayFromIso("2024-11-20");
const SHA = ["aa", "bb", "cc"].map((s) => s.repeat(32));

const dossierArb = fc.record({
  received: fc.integer({ min: 0, max: 160 }),
  due: fc.option(fc.integer({ min: 0, max: 45 }), { nil: null }),
  legalDue: fc.option(fc.integer({ min: 0, max: 45 }), { nil: null }),
  finished: fc.option(fc.integer({ min: 0, max: 70 }), { nil: null }),
  status: fc.integer({ min: 1, max: 10 }),
  channel: fc.integer({ min: 1, max: 3 }),
  agency: fc.integer({ min: 0, max: 1 }),
  procedure: fc.integer({ min: 0, max: 2 }),
  synced: fc.boolean(),
  apology: fc.boolean(),
  steps: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
  supplements: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
  payment: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
  digitised: fc.option(fc.boolean(), { nil: null }),
  vneid: fc.option(fc.boolean(), { nil: null }),
  file: fc.constantFrom("none", "pdf", "zip-type", "zip-name", "blank", "empty", "component", "COMPONENT"),
});
type GeneratedDossier = typeof dossierArb extends fc.Arbitrary<infer T> ? T : never;

const windowArb = fc.record({
  family: fc.constantFrom("reporting" as const, "calendar" as const),
  kind: fc.constantFrom<PeriodKind>("month", "quarter"),
  month: fc.integer({ min: 0, max: 5 }),
});

describe.each(DB_KINDS)("summary property on %s", (kind) => {
  let t: TestDb;
  let client: pg.Client;
  let provinceId: number;
  let agencies: number[];
  let procedures: number[];
  beforeAll(async () => {
    t = await openTestDb(kind);
    client = new pg.Client({ connectionString: t.url });
    await client.connect();
    const fixture = await createFixtureProvince(client, {
      code: "H99",
      agencies: [{ code: "A1", name: "Sở A", level: "SO" }, { code: "A2", name: "Xã B", level: "XA" }],
      fields: [{ code: "F1", name: "Lĩnh vực 1" }, { code: "F2", name: "Lĩnh vực 2" }],
      procedures: [
        { code: "P1", field: "F1", legalDays: 5, levels: ["SO"], returnsResult: true, hasFees: true },
        { code: "P2", field: "F1", legalDays: 3, levels: ["XA"], returnsResult: false },
        { code: "P3", field: "F2", legalDays: 1, levels: ["SO", "XA"], returnsResult: true },
      ],
    });
    provinceId = fixture.provinceId;
    agencies = [fixture.agency.A1!, fixture.agency.A2!];
    procedures = [fixture.procedure.P1!, fixture.procedure.P2!, fixture.procedure.P3!];
  });
  afterAll(async () => {
    await client?.end();
    await t?.close();
  });

  async function store(dossiers: GeneratedDossier[]) {
    await client.query(`DELETE FROM dossier WHERE province_id = $1`, [provinceId]);
    const at = (offset: number | null) => (offset === null ? null : instantAt(FIRST_DAY + offset, 9 * 60));
    const files = {
      none: undefined,
      pdf: { name: "kq.pdf", type: "application/pdf", size: 1000, blank: false, sha256: SHA[0]! },
      "zip-type": { name: "kq", type: "application/zip", size: 1000, blank: null, sha256: SHA[0]! },
      "zip-name": { name: " KQ.ZIP ", type: null, size: 1000, blank: null, sha256: null },
      blank: { name: "kq.pdf", type: "application/pdf", size: 1000, blank: true, sha256: SHA[0]! },
      empty: { name: "kq.pdf", type: null, size: 0, blank: null, sha256: null },
      component: { name: "kq.pdf", type: "application/pdf", size: 1000, blank: false, sha256: SHA[1]! },
      COMPONENT: { name: "kq.pdf", type: "application/pdf", size: 1000, blank: false, sha256: SHA[2]!.toUpperCase() },
    };
    await insertFixtureDossiers(client, provinceId, dossiers.map((d, i) => ({
      code: `HS-${i}`, procedureId: procedures[d.procedure]!, agencyId: agencies[d.agency]!, status: d.status, channel: d.channel,
      receivedAt: at(d.received)!, dueAt: at(d.due === null ? null : d.received + d.due),
      legalDueAt: at(d.legalDue === null ? null : d.received + d.legalDue), finishedAt: at(d.finished === null ? null : d.received + d.finished),
      synced: d.synced, apologyLetter: d.apology, processingSteps: d.steps, supplementCount: d.supplements, onlinePayment: d.payment,
      componentsDigitised: d.digitised, vneidVerified: d.vneid, resultFile: files[d.file], componentSha256: [SHA[1]!, SHA[2]!],
    })));
    await refreshDossierSummary(client, provinceId);
  }

  it("matches the pure counters for any dossiers and window", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(dossierArb, { minLength: 1, maxLength: 60 }), fc.array(windowArb, { minLength: 1, maxLength: 4 }), async (dossiers, windows) => {
        await store(dossiers);
        const records = await loadDossierRecords(t.url, provinceId);
        for (const w of windows) {
          const period = makePeriod(w.family, w.kind, 2025, w.kind === "month" ? w.month + 1 : Math.floor(w.month / 3) + 1);
          const pure = aggregateCounters(records, period, (d) => `${d.agencyId}/${d.fieldId}`);
          const sql = await windowCounters(client, provinceId, period, "agency-field");
          expect(new Map(sql.map((g) => [`${g.agencyId}/${g.fieldId}`, g.counters]))).toEqual(pure);
        }
        // and the drill-down of every figure lists exactly the dossiers counted
        const period = makePeriod(windows[0]!.family, "quarter", 2025, 1);
        const province = aggregateCounters(records, period, () => "all").get("all") ?? emptyCounters();
        for (const figure of FIGURE_NAMES) {
          expect(await countFigure(client, { provinceId, window: period, figure }), figure).toBe(expectedFigure(figure, province));
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});

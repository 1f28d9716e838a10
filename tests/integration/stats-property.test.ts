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
import { makePeriod, type Period, type PeriodFamily, type PeriodKind } from "@/lib/domain/periods";
import type { DossierRecord } from "@/lib/domain/classification";
import { refreshDossierSummary, windowCounters, type CounterGrouping, type GroupedCounters } from "@/lib/stats/summary";
import { DB_KINDS, openTestDb, type TestDb } from "../helpers/test-db";
import { loadDossierRecords } from "../helpers/stats";
import { PROPERTY_CATALOGUE, createFixtureProvince, insertFixtureDossiers } from "../helpers/fixtures";

const FIRST_DAY = dayFromIso("2024-11-20");
const SHA = ["aa", "bb", "cc"].map((s) => s.repeat(32));

// Over ~19 months, so that windows of every kind from 2024 to 2026 see dossiers received before,
// in and after them; a missing due date is frequent (every third), as in one-stop exports.
const dossierArb = fc.record({
  received: fc.integer({ min: 0, max: 500 }),
  due: fc.option(fc.integer({ min: 0, max: 45 }), { nil: null, freq: 2 }),
  legalDue: fc.option(fc.integer({ min: 0, max: 45 }), { nil: null, freq: 2 }),
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

/** Any period of either family from 2024 to 2026: before, around and after the generated dossiers. */
const windowArb = fc
  .record({
    family: fc.constantFrom<PeriodFamily>("reporting", "calendar"),
    kind: fc.constantFrom<PeriodKind>("month", "quarter", "half", "nine-months", "year"),
    year: fc.integer({ min: 2024, max: 2026 }),
    index: fc.integer({ min: 1, max: 12 }),
  })
  .map(({ family, kind, year, index }): Period => {
    const k = family === "calendar" && (kind === "half" || kind === "nine-months") ? "quarter" : kind;
    return makePeriod(family, k, year, k === "month" ? index : k === "quarter" ? ((index - 1) % 4) + 1 : 1);
  });

const GROUPINGS: { grouping: CounterGrouping; key: (d: DossierRecord) => string }[] = [
  { grouping: "agency-field", key: (d) => `${d.agencyId}/${d.fieldId}` },
  { grouping: "agency", key: (d) => `${d.agencyId}/` },
  { grouping: "field", key: (d) => `/${d.fieldId}` },
];
const keyOf = (g: GroupedCounters) => `${g.agencyId ?? ""}/${g.fieldId ?? ""}`;

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
      ...PROPERTY_CATALOGUE,
    });
    provinceId = fixture.provinceId;
    agencies = [fixture.agency.A1!, fixture.agency.A2!];
    procedures = [fixture.procedure.P1!, fixture.procedure.P2!, fixture.procedure.P3!];
  });
  afterAll(async () => {
    await client?.end();
    await t?.close();
  });

  /** Replaces the dossiers (of one agency only, when given), then refreshes the summary of that agency or of the province. */
  async function store(dossiers: GeneratedDossier[], onlyAgency?: number) {
    if (onlyAgency === undefined) await client.query(`DELETE FROM dossier WHERE province_id = $1`, [provinceId]);
    else await client.query(`DELETE FROM dossier WHERE province_id = $1 AND resolving_agency_id = $2`, [provinceId, agencies[onlyAgency]]);
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
      code: `HS-${onlyAgency ?? "all"}-${i}`, procedureId: procedures[d.procedure]!, agencyId: agencies[onlyAgency ?? d.agency]!, status: d.status, channel: d.channel,
      receivedAt: at(d.received)!, dueAt: at(d.due === null ? null : d.received + d.due),
      legalDueAt: at(d.legalDue === null ? null : d.received + d.legalDue), finishedAt: at(d.finished === null ? null : d.received + d.finished),
      synced: d.synced, apologyLetter: d.apology, processingSteps: d.steps, supplementCount: d.supplements, onlinePayment: d.payment,
      componentsDigitised: d.digitised, vneidVerified: d.vneid, resultFile: files[d.file], componentSha256: [SHA[1]!, SHA[2]!],
    })));
    await refreshDossierSummary(client, provinceId, onlyAgency === undefined ? undefined : [agencies[onlyAgency]!]);
  }

  /** The SQL counters equal the pure ones in every grouping and every window. */
  async function expectAgreement(windows: Period[]) {
    const records = await loadDossierRecords(t.url, provinceId);
    for (const period of windows) {
      for (const { grouping, key } of GROUPINGS) {
        const pure = aggregateCounters(records, period, key);
        const sql = await windowCounters(client, provinceId, period, grouping);
        expect(new Map(sql.map((g) => [keyOf(g), g.counters])), `${grouping} ${period.family} ${period.code}`).toEqual(pure);
      }
    }
    return records;
  }

  it("matches the pure counters for any dossiers and window, per agency and field, per agency and per field", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(dossierArb, { minLength: 1, maxLength: 80 }), fc.array(windowArb, { minLength: 1, maxLength: 6 }), async (dossiers, windows) => {
        await store(dossiers);
        const records = await expectAgreement(windows);
        // and the drill-down of every figure lists exactly the dossiers counted
        const period = windows[0]!;
        const province = aggregateCounters(records, period, () => "all").get("all") ?? emptyCounters();
        for (const figure of FIGURE_NAMES) {
          expect(await countFigure(client, { provinceId, window: period, figure }), figure).toBe(expectedFigure(figure, province));
        }
      }),
      { numRuns: 100 },
    );
  }, 180_000);

  it("stays exact when a writer replaces one agency's dossiers and refreshes that agency only", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(dossierArb, { minLength: 1, maxLength: 40 }), fc.array(dossierArb, { maxLength: 40 }), fc.integer({ min: 0, max: 1 }), fc.array(windowArb, { minLength: 1, maxLength: 3 }),
        async (before, after, agency, windows) => {
          await store(before);
          await store(after, agency);
          await expectAgreement(windows);
        },
      ),
      { numRuns: 30 },
    );
  }, 180_000);
});

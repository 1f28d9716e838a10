// Property: for any dossiers (including the odd ones a one-stop export contains — no due date,
// finished statuses without an end date, defects of every kind) and any window of either family,
// the SQL summary gives exactly the pure counters.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import pg from "pg";
import { bulkInsert } from "@/lib/db/bulk";
import { aggregateCounters, emptyCounters } from "@/lib/domain/counters";
import { countFigure, FIGURE_NAMES } from "@/lib/stats/drilldown";
import { expectedFigure } from "../helpers/stats";
import { dayFromIso, instantAt, isoDate } from "@/lib/domain/local-time";
import { makePeriod, type PeriodKind } from "@/lib/domain/periods";
import { refreshDossierSummary, windowCounters } from "@/lib/stats/summary";
import { DB_KINDS, openTestDb, type TestDb } from "../helpers/test-db";
import { loadDossierRecords } from "../helpers/stats";

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
    provinceId = (await client.query(`INSERT INTO province (code, name) VALUES ('H99', 'Tỉnh thử') RETURNING id`)).rows[0].id;
    agencies = (await client.query(`INSERT INTO agency (province_id, code, name, level) VALUES ($1, 'A1', 'Sở A', 'SO'), ($1, 'A2', 'Xã B', 'XA') RETURNING id`, [provinceId])).rows.map((r) => r.id);
    const fields = (await client.query(`INSERT INTO field (province_id, code, name) VALUES ($1, 'F1', 'Lĩnh vực 1'), ($1, 'F2', 'Lĩnh vực 2') RETURNING id`, [provinceId])).rows.map((r) => r.id);
    procedures = (await client.query(
      `INSERT INTO procedure (province_id, code, name, field_id, legal_days, competent_levels, returns_result, has_fees)
       VALUES ($1, 'P1', 'TTHC 1', $2, 5, '{SO}', true, true), ($1, 'P2', 'TTHC 2', $2, 3, '{XA}', false, false), ($1, 'P3', 'TTHC 3', $3, 1, '{SO,XA}', true, false) RETURNING id`,
      [provinceId, fields[0], fields[1]])).rows.map((r) => r.id);
  });
  afterAll(async () => {
    await client?.end();
    await t?.close();
  });

  async function store(dossiers: GeneratedDossier[]) {
    await client.query(`DELETE FROM dossier WHERE province_id = $1`, [provinceId]);
    const day = (offset: number) => isoDate(FIRST_DAY + offset);
    const at = (offset: number) => instantAt(FIRST_DAY + offset, 9 * 60).toISOString();
    const columns = {
      province_id: [] as number[], code: [] as string[], procedure_id: [] as number[], resolving_agency_id: [] as number[], channel: [] as number[], status: [] as number[],
      received_at: [] as string[], received_on: [] as string[], due_at: [] as (string | null)[], due_on: [] as (string | null)[],
      legal_due_at: [] as (string | null)[], legal_due_on: [] as (string | null)[], finished_at: [] as (string | null)[], finished_on: [] as (string | null)[],
      synced_to_national: [] as boolean[], apology_letter: [] as boolean[], processing_steps: [] as (number | null)[], supplement_count: [] as (number | null)[],
      online_payment: [] as (number | null)[], components_digitised: [] as (boolean | null)[], vneid_verified: [] as (boolean | null)[],
      result_file_name: [] as (string | null)[], result_file_type: [] as (string | null)[], result_file_size: [] as (number | null)[],
      result_file_blank: [] as (boolean | null)[], result_file_sha256: [] as (string | null)[], component_sha256: [] as string[],
    };
    dossiers.forEach((d, i) => {
      const due = d.due === null ? null : d.received + d.due;
      const legal = d.legalDue === null ? null : d.received + d.legalDue;
      const finished = d.finished === null ? null : d.received + d.finished;
      columns.province_id.push(provinceId); columns.code.push(`HS-${i}`); columns.procedure_id.push(procedures[d.procedure]!);
      columns.resolving_agency_id.push(agencies[d.agency]!); columns.channel.push(d.channel); columns.status.push(d.status);
      columns.received_at.push(at(d.received)); columns.received_on.push(day(d.received));
      columns.due_at.push(due === null ? null : at(due)); columns.due_on.push(due === null ? null : day(due));
      columns.legal_due_at.push(legal === null ? null : at(legal)); columns.legal_due_on.push(legal === null ? null : day(legal));
      columns.finished_at.push(finished === null ? null : at(finished)); columns.finished_on.push(finished === null ? null : day(finished));
      columns.synced_to_national.push(d.synced); columns.apology_letter.push(d.apology); columns.processing_steps.push(d.steps);
      columns.supplement_count.push(d.supplements); columns.online_payment.push(d.payment); columns.components_digitised.push(d.digitised);
      columns.vneid_verified.push(d.vneid);
      const file = {
        none: [null, null, null, null, null], pdf: ["kq.pdf", "application/pdf", 1000, false, SHA[0]], "zip-type": ["kq", "application/zip", 1000, null, SHA[0]],
        "zip-name": [" KQ.ZIP ", null, 1000, null, null], blank: ["kq.pdf", "application/pdf", 1000, true, SHA[0]], empty: ["kq.pdf", null, 0, null, null],
        component: ["kq.pdf", "application/pdf", 1000, false, SHA[1]], COMPONENT: ["kq.pdf", "application/pdf", 1000, false, SHA[2]!.toUpperCase()],
      }[d.file] as [string | null, string | null, number | null, boolean | null, string | null];
      columns.result_file_name.push(file[0]); columns.result_file_type.push(file[1]); columns.result_file_size.push(file[2]);
      columns.result_file_blank.push(file[3]); columns.result_file_sha256.push(file[4]); columns.component_sha256.push(`${SHA[1]};${SHA[2]}`);
    });
    const types: Record<string, string> = {
      province_id: "int", code: "text", procedure_id: "int", resolving_agency_id: "int", channel: "int2", status: "int2", received_at: "timestamptz", received_on: "date",
      due_at: "timestamptz", due_on: "date", legal_due_at: "timestamptz", legal_due_on: "date", finished_at: "timestamptz", finished_on: "date",
      synced_to_national: "bool", apology_letter: "bool", processing_steps: "int", supplement_count: "int", online_payment: "int2", components_digitised: "bool",
      vneid_verified: "bool", result_file_name: "text", result_file_type: "text", result_file_size: "int8", result_file_blank: "bool", result_file_sha256: "text", component_sha256: "text",
    };
    await bulkInsert(client, "dossier",
      Object.keys(columns).map((name) => ({ name, type: types[name]!, ...(name === "component_sha256" ? { transform: "string_to_array($, ';')" } : {}) })),
      Object.values(columns));
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

// DOMAIN.md §8: Đồng Tháp, reporting window 15/12/2023 – 14/03/2024 (Q1 2024): 701 dossiers
// resolved late and 9,198 in progress past due in the province; the Department of Natural
// Resources and Environment alone 326 late and 8,694 overdue. The fixture builds a province whose
// dossiers, read by the rules, give exactly those figures — among look-alikes that must not
// count (withdrawn, waiting for the applicant, due on the window's last day, finished on the due
// date, finished before the window, received after it, never received) and with instants around
// midnight Vietnam time at both window ends.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { aggregateCounters, form06Columns } from "@/lib/domain/counters";
import { parsePeriod } from "@/lib/domain/periods";
import { form06Report, scorecard } from "@/lib/stats/engine";
import { refreshDossierSummary } from "@/lib/stats/summary";
import { DB_KINDS, openTestDb, type TestDb } from "../helpers/test-db";
import { failureOf, tthcOn } from "../helpers/cli";
import { createFixtureProvince, insertFixtureDossiers, type FixtureDossier } from "../helpers/fixtures";
import { loadDossierRecords } from "../helpers/stats";

const Q1_2024 = parsePeriod("2024-Q1", "reporting");
/** an instant given in Vietnam local time */
const vn = (local: string) => new Date(`${local}+07:00`);

function fixtureDossiers(ids: { land: number; justice: number; commune: number; procedure: number }): FixtureDossier[] {
  const out: FixtureDossier[] = [];
  let n = 0;
  const add = (agencyId: number, count: number, d: Omit<FixtureDossier, "code" | "agencyId" | "procedureId" | "channel"> & { channel?: number }) => {
    for (let i = 0; i < count; i++) out.push({ channel: i % 3 === 0 ? 2 : 1, ...d, code: `000.00.15.H87-${String(++n).padStart(6, "0")}`, agencyId, procedureId: ids.procedure });
  };
  const late = (agencyId: number, count: number) => {
    // received in the window, finished in it after the due date
    add(agencyId, count - 3, { status: 10, receivedAt: vn("2024-01-08T09:00:00"), dueAt: vn("2024-01-22T17:00:00"), finishedAt: vn("2024-02-01T10:00:00") });
    // carried over from the previous window, finished late in this one
    add(agencyId, 1, { status: 9, receivedAt: vn("2023-11-20T09:00:00"), dueAt: vn("2023-12-05T17:00:00"), finishedAt: vn("2023-12-15T00:10:00") });
    // finished at 23:30 on the window's last day: inside the window (in UTC it is already 16:30 of the 14th, in New York the 14th too — the local date decides)
    add(agencyId, 1, { status: 9, receivedAt: vn("2024-03-01T09:00:00"), dueAt: vn("2024-03-13T17:00:00"), finishedAt: vn("2024-03-14T23:30:00") });
    // stopped (8) after the due date: a finished dossier, late
    add(agencyId, 1, { status: 8, receivedAt: vn("2024-02-01T09:00:00"), dueAt: vn("2024-02-10T17:00:00"), finishedAt: vn("2024-02-20T09:00:00") });
  };
  const overdue = (agencyId: number, count: number) => {
    add(agencyId, count - 3, { status: 4, receivedAt: vn("2024-01-10T09:00:00"), dueAt: vn("2024-02-05T17:00:00"), finishedAt: null });
    // finished 30 minutes after the window's end: still in progress at its end, and past due
    add(agencyId, 1, { status: 10, receivedAt: vn("2024-02-20T09:00:00"), dueAt: vn("2024-03-13T17:00:00"), finishedAt: vn("2024-03-15T00:30:00") });
    // no due date from the system: held to the legal due date (before the window's end)
    add(agencyId, 1, { status: 2, receivedAt: vn("2024-02-26T09:00:00"), dueAt: null, legalDueAt: vn("2024-03-04T09:00:00"), finishedAt: null });
    // carried over since the autumn
    add(agencyId, 1, { status: 4, receivedAt: vn("2023-09-10T09:00:00"), dueAt: vn("2023-10-10T17:00:00"), finishedAt: null });
  };
  const lookAlikes = (agencyId: number) => {
    add(agencyId, 40, { status: 7, receivedAt: vn("2024-01-08T09:00:00"), dueAt: vn("2024-01-12T17:00:00"), finishedAt: vn("2024-02-01T09:00:00") }); // withdrawn: on time
    add(agencyId, 30, { status: 5, receivedAt: vn("2024-01-08T09:00:00"), dueAt: vn("2024-01-12T17:00:00"), finishedAt: null }); // waiting for a supplement: within
    add(agencyId, 20, { status: 6, receivedAt: vn("2024-01-08T09:00:00"), dueAt: vn("2024-01-12T17:00:00"), finishedAt: null }); // waiting for payment: within
    add(agencyId, 25, { status: 4, receivedAt: vn("2024-03-01T09:00:00"), dueAt: vn("2024-03-14T17:00:00"), finishedAt: null }); // due on the last day: within
    add(agencyId, 25, { status: 9, receivedAt: vn("2024-03-01T09:00:00"), dueAt: vn("2024-03-08T08:00:00"), finishedAt: vn("2024-03-08T16:45:00") }); // same day, later hour: on time
    add(agencyId, 25, { status: 10, receivedAt: vn("2024-01-02T09:00:00"), dueAt: vn("2024-01-20T09:00:00"), finishedAt: vn("2024-01-10T09:00:00") }); // before the due date
    add(agencyId, 15, { status: 10, receivedAt: vn("2023-11-01T09:00:00"), dueAt: vn("2023-11-20T09:00:00"), finishedAt: vn("2023-12-14T23:59:00") }); // late, but before the window
    add(agencyId, 15, { status: 4, receivedAt: vn("2024-03-15T00:05:00"), dueAt: vn("2024-03-15T17:00:00"), finishedAt: null }); // received after the window
    add(agencyId, 10, { status: 1, channel: 2, receivedAt: vn("2024-01-08T09:00:00"), dueAt: null, finishedAt: null }); // filed online, never received
    add(agencyId, 10, { status: 3, receivedAt: vn("2024-01-08T09:00:00"), dueAt: vn("2024-01-09T09:00:00"), finishedAt: null }); // refused at reception
  };
  late(ids.land, 326);
  overdue(ids.land, 8694);
  late(ids.justice, 200);
  overdue(ids.justice, 300);
  late(ids.commune, 175);
  overdue(ids.commune, 204);
  for (const agencyId of [ids.land, ids.justice, ids.commune]) lookAlikes(agencyId);
  return out;
}

describe.each(DB_KINDS)("Đồng Tháp Q1 2024 on %s", (kind) => {
  let t: TestDb;
  let client: pg.Client;
  let provinceId: number;
  let land: number;
  beforeAll(async () => {
    t = await openTestDb(kind);
    client = new pg.Client({ connectionString: t.url });
    await client.connect();
    const f = await createFixtureProvince(client, {
      code: "H87",
      agencies: [
        { code: "000.00.15.H87", name: "Sở Tài nguyên và Môi trường", level: "SO" },
        { code: "000.00.16.H87", name: "Sở Tư pháp", level: "SO" },
        { code: "000.01.23.H87", name: "UBND xã Mỹ An", level: "XA" },
      ],
      fields: [{ code: "G09-DD", name: "Đất đai" }],
      procedures: [{ code: "1.004227", field: "G09-DD", legalDays: 10, levels: ["SO", "XA"] }],
    });
    provinceId = f.provinceId;
    land = f.agency["000.00.15.H87"]!;
    await insertFixtureDossiers(client, provinceId, fixtureDossiers({
      land, justice: f.agency["000.00.16.H87"]!, commune: f.agency["000.01.23.H87"]!, procedure: f.procedure["1.004227"]!,
    }));
    await refreshDossierSummary(client, provinceId);
  }, 60_000);
  afterAll(async () => {
    await client?.end();
    await t?.close();
  });

  it("the window is 15/12/2023 – 14/03/2024", () => {
    expect([Q1_2024.start, Q1_2024.end]).toEqual(["2023-12-15", "2024-03-14"]);
  });

  it("pure rules: 701 late and 9,198 overdue; the land department 326 and 8,694", async () => {
    const records = await loadDossierRecords(t.url, provinceId);
    const byAgency = aggregateCounters(records, Q1_2024, (d) => d.agencyId);
    const province = aggregateCounters(records, Q1_2024, () => 0).get(0)!;
    expect([province.c10, province.c13]).toEqual([701, 9198]);
    expect([byAgency.get(land)!.c10, byAgency.get(land)!.c13]).toEqual([326, 8694]);
  });

  it("SQL figures: the same, and every Biểu 06 identity holds", async () => {
    const report = await form06Report(client, provinceId, Q1_2024);
    expect([report.province.c10, report.province.c13]).toEqual([701, 9198]);
    const landForm = report.agencies.find((a) => a.agency.id === land)!;
    expect([landForm.total.c10, landForm.total.c13]).toEqual([326, 8694]);
    expect(report.agencies.flatMap((a) => a.violations)).toEqual([]);
    // look-alikes: 40 withdrawn + 25 same-day count on time in each agency, the waiting and due-on-the-last-day ones within
    expect(landForm.total.c9).toBe(65);
    expect(landForm.total.c12).toBe(30 + 20 + 25);
  });

  it("the scorecard ranks the land department last among departments, over the 2% threshold", async () => {
    await client.query(`INSERT INTO penalty_rule_set (province_id, valid_from) VALUES ($1, '2020-01-01')`, [provinceId]);
    await client.query(`INSERT INTO penalty_rule (province_id, rule_set_id, level, threshold, points) SELECT $1, id, 'SO', 0.02, 0.5 FROM penalty_rule_set WHERE province_id = $1`, [provinceId]);
    const card = await scorecard(client, provinceId, Q1_2024);
    const row = card.rows.find((r) => r.agency.id === land)!;
    expect(row.rank).toBe(2);
    expect(row.rankOf).toBe(2);
    expect(row.overdueShare).toBeCloseTo((326 + 8694) / form06Columns(row.counters).c3, 12);
    expect(row.penalty).toEqual({ threshold: 0.02, points: 0.5, exceeded: true });
  });

  const tthc = (args: string[]) => tthcOn(t.url, "H87")(args);

  it("the CLI prints the contract shape with the same figures", async () => {
    const run = await tthc(["form06", "--period", "2024-Q1", "--json"]);
    expect(run.stderr).toBe("");
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(["period", "window", "agencies", "province"]);
    expect(json.period).toBe("2024-Q1");
    expect(json.window).toEqual(["2023-12-15", "2024-03-14"]);
    expect(Object.keys(json.agencies).sort()).toEqual(["000.00.15.H87", "000.00.16.H87", "000.01.23.H87"]);
    expect(Object.keys(json.province)).toEqual(["c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10", "c11", "c12", "c13"]);
    expect([json.province.c10, json.province.c13]).toEqual([701, 9198]);
    expect([json.agencies["000.00.15.H87"].c10, json.agencies["000.00.15.H87"].c13]).toEqual([326, 8694]);

    const one = JSON.parse((await tthc(["form06", "--period", "2024-Q1", "--agency", "000.00.15.H87", "--json"])).stdout);
    expect(Object.keys(one.agencies)).toEqual(["000.00.15.H87"]);
    expect(one.agencies["000.00.15.H87"]).toEqual(json.agencies["000.00.15.H87"]);
    expect(one.province).toEqual(json.province);

    // the scorecard contract: "period" then "agencies" keyed by MaDonVi, each starting with
    // c3…c13, overdue_share, penalty, apology_coverage, sync_rate, result_file_defects, rank
    // (further keys are extensions after those)
    const card = JSON.parse((await tthc(["scorecard", "--period", "2024-Q1", "--json"])).stdout);
    expect(card.period).toBe("2024-Q1");
    expect(Object.keys(card.agencies).sort()).toEqual(["000.00.15.H87", "000.00.16.H87", "000.01.23.H87"]);
    const CONTRACT = ["c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10", "c11", "c12", "c13", "overdue_share", "penalty", "apology_coverage", "sync_rate", "result_file_defects", "rank"];
    for (const [code, agency] of Object.entries<Record<string, unknown>>(card.agencies)) {
      expect(Object.keys(agency).slice(0, CONTRACT.length), code).toEqual(CONTRACT);
      for (const c of CONTRACT.slice(0, 11)) expect(agency[c], `${code} ${c}`).toBe(json.agencies[code][c]);
      expect(typeof agency.overdue_share).toBe("number");
      expect(typeof agency.penalty).toBe("boolean");
      expect(Number.isInteger(agency.rank)).toBe(true);
    }
    const landCard = card.agencies["000.00.15.H87"];
    expect(landCard.c10).toBe(326);
    expect(landCard.overdue_share).toBeCloseTo((326 + 8694) / landCard.c3, 12);
    expect(landCard.penalty).toBe(true);
    expect(landCard.rank).toBe(2);
    const alone = JSON.parse((await tthc(["scorecard", "--period", "2024-Q1", "--agency", "000.00.15.H87", "--json"])).stdout);
    expect(Object.keys(alone.agencies)).toEqual(["000.00.15.H87"]);
    expect(alone.agencies["000.00.15.H87"]).toEqual(landCard);

    const unknown = await failureOf(tthc(["scorecard", "--period", "2024-Q1", "--agency", "KHONG-CO", "--json"]));
    expect(unknown?.code).toBe(3);
    expect(JSON.parse(unknown!.stdout).error).toMatch(/KHONG-CO/);
  }, 90_000);
});

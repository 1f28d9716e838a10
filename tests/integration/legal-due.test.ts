// Legal due dates are stored per dossier and follow the calendar: a new day off moves them, the
// summary follows, and a database from before the summary gets both built once at migration.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { parsePeriod } from "@/lib/domain/periods";
import { rebuildMissingStatistics, recomputeLegalDueDates } from "@/lib/stats/calendar";
import { refreshDossierSummary, windowCounters } from "@/lib/stats/summary";
import { DB_KINDS, openTestDb, type TestDb } from "../helpers/test-db";
import { createFixtureProvince, insertFixtureDossiers } from "../helpers/fixtures";

const vn = (local: string) => new Date(`${local}+07:00`);

describe.each(DB_KINDS)("legal due dates on %s", (kind) => {
  let t: TestDb;
  let client: pg.Client;
  let provinceId: number;
  beforeAll(async () => {
    t = await openTestDb(kind);
    client = new pg.Client({ connectionString: t.url });
    await client.connect();
    const f = await createFixtureProvince(client, {
      code: "H98",
      agencies: [{ code: "S1", name: "Sở Một", level: "SO" }],
      fields: [{ code: "F", name: "Lĩnh vực" }],
      procedures: [{ code: "P", field: "F", legalDays: 3, levels: ["SO"] }],
    });
    provinceId = f.provinceId;
    // received Monday 2026-11-16 08:00, no due date from the system, still open; another with a
    // system due date later than 3 working days allow and no supplement request
    await insertFixtureDossiers(client, provinceId, [
      { code: "HS-1", procedureId: f.procedure.P!, agencyId: f.agency.S1!, status: 4, channel: 1, receivedAt: vn("2026-11-16T08:00:00"), dueAt: null, finishedAt: null },
      { code: "HS-2", procedureId: f.procedure.P!, agencyId: f.agency.S1!, status: 4, channel: 1, receivedAt: vn("2026-11-16T08:00:00"), dueAt: vn("2026-11-25T08:00:00"), finishedAt: null },
    ]);
  });
  afterAll(async () => {
    await client?.end();
    await t?.close();
  });

  const legalDue = async (code: string) =>
    (await client.query(`SELECT to_char(legal_due_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD HH24:MI') AS due FROM dossier WHERE code = $1`, [code])).rows[0].due;

  it("builds legal due dates and the summary once for dossiers stored without them", async () => {
    expect(await legalDue("HS-1")).toBeNull();
    expect(await rebuildMissingStatistics(client)).toEqual([provinceId]);
    expect(await legalDue("HS-1")).toBe("2026-11-19 08:00");
    expect(await rebuildMissingStatistics(client)).toEqual([]);
    const [agency] = await windowCounters(client, provinceId, parsePeriod("2026-11", "calendar"), "agency");
    expect(agency!.counters.c5).toBe(2);
    expect(agency!.counters.dueBeyondLegal).toBe(1);
    // on 30/11 both are past due: HS-2 by its system due date, HS-1 — which has none — by its
    // legal due date (without one it would count within)
    expect(agency!.counters.c13).toBe(2);
  });

  it("moves legal due dates when a day off is added, and leaves unchanged ones alone", async () => {
    await client.query(`INSERT INTO holiday (date, kind, note) VALUES ('2026-11-18', 'NGHI', 'thử nghiệm') ON CONFLICT (date) DO NOTHING`);
    expect(await recomputeLegalDueDates(client, provinceId)).toBe(2);
    expect(await legalDue("HS-1")).toBe("2026-11-20 08:00");
    expect(await recomputeLegalDueDates(client, provinceId)).toBe(0);
    await client.query(`DELETE FROM holiday WHERE date = '2026-11-18'`);
    expect(await recomputeLegalDueDates(client, provinceId)).toBe(2);
    await refreshDossierSummary(client, provinceId);
  });
});

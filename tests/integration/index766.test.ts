// Bộ chỉ số 766 end to end on a small hand-made province whose every indicator is worked out
// by hand below: procedure counts from the catalogue (competence by CoQuanThucHien links, else by
// level), dossier counts from the summary for a calendar quarter, the framework read from the
// database (a newer version applies from its first day only), the figures behind each dossier
// indicator, and the CLI's JSON.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { parsePeriod } from "@/lib/domain/periods";
import { EMPTY_DENOMINATOR_REASON } from "@/lib/domain/indicators";
import { FRAMEWORK_766 } from "@/lib/domain/framework-766";
import { index766, type IndexResult } from "@/lib/stats/engine";
import { countFigure, INDICATOR_FIGURES } from "@/lib/stats/drilldown";
import { refreshDossierSummary } from "@/lib/stats/summary";
import { seedReferenceData } from "@/lib/seed/reference";
import { DB_KINDS, openTestDb, type TestDb } from "../helpers/test-db";
import { failureOf, tthcOn } from "../helpers/cli";
import { createFixtureProvince, insertFixtureDossiers } from "../helpers/fixtures";

const Q1 = parsePeriod("2025-Q1", "calendar"); // 01/01/2025 – 31/03/2025
const vn = (local: string) => new Date(`${local}T09:00:00+07:00`);
const PDF = { name: "kq.pdf", type: "application/pdf", size: 2000, blank: false, sha256: "a".repeat(64) };
const ZIP = { name: "kq.zip", type: "application/zip", size: 2000, blank: false, sha256: "b".repeat(64) };

/** numerator, denominator and points of each computed indicator, by hand */
type Expected = Record<string, [numerator: number, denominator: number, points: number]>;

// Department S1: P1, P2 by CoQuanThucHien links, P4 by its level (P4 has no links); commune X1:
// P3, P4 by level. P1 fully online with fees published, P2 offline with fees not published and
// not localised, P3 partly online without fees, P4 partly online with fees published.
const S1: Expected = {
  "1.1": [2, 3, 6 * (2 / 3)], // published: P1, P4
  "1.4": [2, 4, 6 * (2 / 4)], // synced: d1, d3 of d1–d4
  "2.1": [2, 5, 20 * (2 / 5)], // d1 before + d4 waiting, of 5 counted
  "3.1": [2, 3, 2 * ((2 / 3) / 0.8)], // online: P1, P4; full at 80%
  "3.2": [1, 2, 4 * (1 / 2)], // of P1, P4 only P1 had an online dossier (d1)
  "3.3": [1, 4, 6 * (((1 / 4) * (2 / 4)) / 0.5)], // online share × sync rate, full at 50%
  "3.4": [2, 3, 2 * ((2 / 3) / 0.8)], // fee data: P1, P4 of P1, P2, P4
  "3.5": [1, 3, 2 * ((1 / 3) / 0.8)], // paid online: P1 (d1)
  "3.6": [1, 4, 6 * (1 / 4)], // d1 of the fee-bearing d1–d4
  "4.1": [2, 3, 6 * (2 / 3)], // d1, d6 sound; d2 has no result file
  "4.2": [1, 3, 4 * (1 / 3)], // d1 digitised with its result
  "4.5": [1, 4, 4 * (1 / 4)], // d1 VNeID
  "5.3": [2, 5, 6 * ((2 / 5) / 0.9)], // 5 − 2 late − 1 overdue; full at 90%
};
const X1: Expected = {
  "1.1": [2, 2, 6], "1.4": [2, 2, 6], "2.1": [2, 2, 20], "3.1": [2, 2, 2], "3.2": [1, 2, 2], "3.3": [1, 2, 6 * (((1 / 2) * 1) / 0.5)],
  "3.4": [1, 1, 2], "3.5": [1, 1, 2], "3.6": [1, 1, 6], "4.1": [1, 2, 3], "4.2": [0, 2, 0], "4.5": [0, 2, 0], "5.3": [2, 2, 6],
};
// the whole catalogue P1–P4 and both agencies' dossiers
const PROVINCE: Expected = {
  "1.1": [3, 4, 6 * (3 / 4)], "1.4": [4, 6, 6 * (4 / 6)], "2.1": [4, 7, 20 * (4 / 7)], "3.1": [3, 4, 2 * ((3 / 4) / 0.8)],
  "3.2": [2, 3, 4 * (2 / 3)], "3.3": [2, 6, 6 * (((2 / 6) * (4 / 6)) / 0.5)], "3.4": [2, 3, 2 * ((2 / 3) / 0.8)], "3.5": [2, 3, 2 * ((2 / 3) / 0.8)],
  "3.6": [2, 5, 6 * (2 / 5)], "4.1": [3, 5, 6 * (3 / 5)], "4.2": [1, 5, 4 * (1 / 5)], "4.5": [1, 6, 4 * (1 / 6)], "5.3": [4, 7, 6 * ((4 / 7) / 0.9)],
};
const NOT_COMPUTED = ["1.2", "1.3", "4.3", "4.4", "4.6", "5.1", "5.2"];
const REASONS = new Map<string, string | undefined>(
  FRAMEWORK_766.groups.flatMap((g) => g.indicators.map((i): [string, string | undefined] => [i.code, (i as { notComputedReason?: string }).notComputedReason])),
);

describe.each(DB_KINDS)("Bộ chỉ số 766 on %s", (kind) => {
  let t: TestDb;
  let client: pg.Client;
  let provinceId: number;
  let s1: number;
  let x1: number;
  beforeAll(async () => {
    t = await openTestDb(kind);
    client = new pg.Client({ connectionString: t.url });
    await client.connect();
    await seedReferenceData(client);
    const f = await createFixtureProvince(client, {
      code: "H97",
      agencies: [{ code: "S1", name: "Sở Một", level: "SO" }, { code: "X1", name: "Xã Một", level: "XA" }],
      fields: [{ code: "F1", name: "Lĩnh vực 1" }, { code: "F2", name: "Lĩnh vực 2" }],
      procedures: [
        { code: "P1", field: "F1", legalDays: 5, levels: ["SO"], hasFees: true },
        { code: "P2", field: "F1", legalDays: 5, levels: ["SO"], hasFees: true },
        { code: "P3", field: "F2", legalDays: 3, levels: ["XA"] },
        { code: "P4", field: "F2", legalDays: 3, levels: ["XA", "SO"], hasFees: true },
      ],
    });
    provinceId = f.provinceId;
    s1 = f.agency.S1!;
    x1 = f.agency.X1!;
    const catalogue = [["P1", "TOAN_TRINH", true, true], ["P2", "KHONG", false, false], ["P3", "MOT_PHAN", false, true], ["P4", "MOT_PHAN", true, true]] as const;
    for (const [code, online, feeData, published] of catalogue) {
      await client.query(`UPDATE procedure SET online_level = $3::online_level, fee_data_published = $4, published = $5 WHERE province_id = $1 AND code = $2`,
        [provinceId, code, online, feeData, published]);
    }
    await client.query(`INSERT INTO procedure_agency (province_id, procedure_id, agency_id) VALUES ($1, $2, $4), ($1, $3, $4)`, [provinceId, f.procedure.P1, f.procedure.P2, s1]);
    const P = f.procedure;
    await insertFixtureDossiers(client, provinceId, [
      // S1
      { code: "d1", procedureId: P.P1!, agencyId: s1, channel: 2, status: 10, receivedAt: vn("2025-01-06"), dueAt: vn("2025-01-13"), finishedAt: vn("2025-01-10"), synced: true, onlinePayment: 1, componentsDigitised: true, vneidVerified: true, resultFile: PDF },
      { code: "d2", procedureId: P.P1!, agencyId: s1, channel: 1, status: 10, receivedAt: vn("2025-01-06"), dueAt: vn("2025-01-13"), finishedAt: vn("2025-01-20"), apologyLetter: true, onlinePayment: 0 },
      { code: "d3", procedureId: P.P2!, agencyId: s1, channel: 1, status: 4, receivedAt: vn("2025-02-03"), dueAt: vn("2025-02-10"), finishedAt: null, synced: true },
      { code: "d4", procedureId: P.P4!, agencyId: s1, channel: 1, status: 5, receivedAt: vn("2025-03-03"), dueAt: vn("2025-03-05"), finishedAt: null },
      { code: "d6", procedureId: P.P1!, agencyId: s1, channel: 1, status: 9, receivedAt: vn("2024-12-20"), dueAt: vn("2024-12-27"), finishedAt: vn("2025-01-02"), synced: true, componentsDigitised: false, resultFile: PDF },
      { code: "d7", procedureId: P.P2!, agencyId: s1, channel: 2, status: 4, receivedAt: vn("2025-04-02"), dueAt: vn("2025-04-09"), finishedAt: null, onlinePayment: 1 }, // after the quarter
      { code: "d8", procedureId: P.P4!, agencyId: s1, channel: 2, status: 1, receivedAt: vn("2025-02-05"), dueAt: null, finishedAt: null, onlinePayment: 1 }, // never received
      // X1
      { code: "x1", procedureId: P.P3!, agencyId: x1, channel: 2, status: 10, receivedAt: vn("2025-02-10"), dueAt: vn("2025-02-14"), finishedAt: vn("2025-02-14"), synced: true, resultFile: PDF },
      { code: "x2", procedureId: P.P4!, agencyId: x1, channel: 1, status: 9, receivedAt: vn("2025-03-10"), dueAt: vn("2025-03-12"), finishedAt: vn("2025-03-11"), synced: true, onlinePayment: 2, resultFile: ZIP },
    ]);
    await refreshDossierSummary(client, provinceId);
  }, 60_000);
  afterAll(async () => {
    await client?.end();
    await t?.close();
  });

  const expectIndex = (result: IndexResult, expected: Expected) => {
    const indicators = result.groups.flatMap((g) => g.indicators);
    expect(indicators.map((i) => i.code)).toEqual(FRAMEWORK_766.groups.flatMap((g) => g.indicators.map((i) => i.code)));
    for (const i of indicators) {
      if (NOT_COMPUTED.includes(i.code)) {
        expect(i, i.code).toMatchObject({ status: "not-computed", points: null, rate: null, reason: REASONS.get(i.code) });
        continue;
      }
      const [numerator, denominator, points] = expected[i.code]!;
      expect({ code: i.code, status: i.status, numerator: i.numerator, denominator: i.denominator }).toEqual({ code: i.code, status: "computed", numerator, denominator });
      expect(i.points, i.code).toBeCloseTo(Math.min(points, i.maxPoints), 10);
    }
    for (const g of result.groups) {
      const computed = g.indicators.filter((i) => i.status === "computed");
      expect(g.points).toBeCloseTo(computed.reduce((s, i) => s + i.points!, 0), 10);
      expect(g.computedMaxPoints).toBe(computed.reduce((s, i) => s + i.maxPoints, 0));
    }
    expect(result.maxPoints).toBe(100);
  };

  it("computes every supported indicator of a department, a commune and the province, and says why the others are not computed", async () => {
    expectIndex(await index766(client, provinceId, Q1, s1), S1);
    expectIndex(await index766(client, provinceId, Q1, x1), X1);
    const province = await index766(client, provinceId, Q1, null);
    expect(province.agency).toBeNull();
    expectIndex(province, PROVINCE);
  });

  it("lists the dossiers behind the numerator, the denominator and the shortfall of every dossier indicator", async () => {
    for (const [agencyIds, result] of [[[s1], await index766(client, provinceId, Q1, s1)], [undefined, await index766(client, provinceId, Q1, null)]] as const) {
      const indicators = result.groups.flatMap((g) => g.indicators);
      for (const [code, figures] of Object.entries(INDICATOR_FIGURES)) {
        const indicator = indicators.find((i) => i.code === code)!;
        expect(await countFigure(client, { provinceId, window: Q1, figure: figures.numerator, agencyIds }), `${code} numerator`).toBe(indicator.numerator);
        expect(await countFigure(client, { provinceId, window: Q1, figure: figures.denominator, agencyIds }), `${code} denominator`).toBe(indicator.denominator);
        expect(await countFigure(client, { provinceId, window: Q1, figure: figures.shortfall, agencyIds }), `${code} shortfall`).toBe(indicator.denominator! - indicator.numerator!);
      }
    }
  });

  it("gives 'not computed' with the reason, never zero or full points, when a window has no dossier", async () => {
    const empty = await index766(client, provinceId, parsePeriod("2024-06", "calendar"), s1);
    const byCode = new Map(empty.groups.flatMap((g) => g.indicators).map((i) => [i.code, i]));
    for (const code of ["1.4", "2.1", "3.3", "3.6", "4.1", "4.2", "4.5", "5.3"]) {
      expect(byCode.get(code), code).toMatchObject({ status: "not-computed", points: null, reason: EMPTY_DENOMINATOR_REASON, denominator: 0 });
    }
    // the catalogue indicators still have procedures to count
    expect(byCode.get("1.1")).toMatchObject({ status: "computed", numerator: 2, denominator: 3 });
  });

  it("reads the framework version in force: a new version applies from its first day, earlier periods keep theirs", async () => {
    const v2 = (await client.query<{ id: number }>(
      `INSERT INTO indicator_framework (code, version, name, valid_from) VALUES ('766', 2, 'Bộ chỉ số 766 (thử nghiệm)', '2025-04-01') RETURNING id`)).rows[0]!.id;
    const group = (await client.query<{ id: number }>(
      `INSERT INTO indicator_group (framework_id, code, name, max_points, sort_order) VALUES ($1, '2', 'Tiến độ', 40, 0) RETURNING id`, [v2])).rows[0]!.id;
    await client.query(
      `INSERT INTO indicator (framework_id, group_id, code, name, max_points, rule, threshold, approximate, sort_order)
       VALUES ($1, $2, '2.1', 'Đúng hạn', 40, 'FULL_AT_THRESHOLD', 0.5, false, 0)`, [v2, group]);
    try {
      const q1 = await index766(client, provinceId, Q1, s1);
      expect(q1.framework.version).toBe(1);
      expectIndex(q1, S1);
      const q2 = await index766(client, provinceId, parsePeriod("2025-Q2", "calendar"), s1);
      expect(q2.framework.version).toBe(2);
      expect(q2.maxPoints).toBe(40);
      // Q2: d3 still past due, d4 still waiting (within), d7 received and past due by 30/06: 1 of 3 → (1/3 ÷ 50%) of 40
      const [only] = q2.groups.flatMap((g) => g.indicators);
      expect(only).toMatchObject({ code: "2.1", numerator: 1, denominator: 3 });
      expect(only!.points).toBeCloseTo(40 * ((1 / 3) / 0.5), 10);
    } finally {
      await client.query(`DELETE FROM indicator WHERE framework_id = $1`, [v2]);
      await client.query(`DELETE FROM indicator_group WHERE framework_id = $1`, [v2]);
      await client.query(`DELETE FROM indicator_framework WHERE id = $1`, [v2]);
    }
  });

  const tthc = (args: string[]) => tthcOn(t.url, "H97")(args);

  it("the CLI prints the indicator values of the province and of one agency", async () => {
    const province = JSON.parse((await tthc(["index766", "--period", "2025-Q1", "--json"])).stdout);
    expect(province).toMatchObject({ period: "2025-Q1", window: ["2025-01-01", "2025-03-31"], agency: null, max_points: 100 });
    const s21 = province.indicators.find((i: { code: string }) => i.code === "2.1");
    expect(s21).toEqual({
      code: "2.1", group: "2", name: expect.any(String), status: "computed", numerator: 4, denominator: 7, rate: 4 / 7, points: 20 * (4 / 7),
      max_points: 20, reason: null, approximate: true, numerator_figure: "onTimeOrWithin", denominator_figure: "c3",
    });
    expect(province.indicators.find((i: { code: string }) => i.code === "5.1")).toMatchObject({ status: "not_computed", points: null, numerator_figure: null });
    const agency = JSON.parse((await tthc(["index766", "--period", "2025-Q1", "--agency", "S1", "--json"])).stdout);
    expect(agency.agency).toBe("S1");
    expect(agency.indicators.find((i: { code: string }) => i.code === "3.6")).toMatchObject({ numerator: 1, denominator: 4, points: 1.5 });
    const refused = await failureOf(tthc(["index766", "--period", "2025-H1", "--json"]));
    expect(refused?.code).toBe(2);
    expect(JSON.parse(refused!.stdout).error).toMatch(/theo lịch/);
  }, 60_000);
});

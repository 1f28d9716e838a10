// The SQL summary and drill-down predicates give exactly what the pure rules give, on the
// generated demo province (realistic mix: every status, late and overdue dossiers, carried
// over, defects) and for windows of both families.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { seedDemo } from "@/lib/seed/seed-demo";
import { aggregateCounters, COUNTER_NAMES, form06Columns } from "@/lib/domain/counters";
import { parsePeriod, previousPeriod, type Period } from "@/lib/domain/periods";
import { windowCounters } from "@/lib/stats/summary";
import { loadAgencies, loadPenaltyRuleSets, scorecard } from "@/lib/stats/engine";
import { penaltyFor, rankWithinLevels, ruleSetInForce, scorecardMetrics } from "@/lib/domain/scorecard";
import { countFigure, FIGURE_NAMES } from "@/lib/stats/drilldown";
import { DB_KINDS, openTestDb, type TestDb } from "../helpers/test-db";
import { expectedFigure, loadDossierRecords } from "../helpers/stats";
import type { DossierRecord } from "@/lib/domain/classification";

const PERIODS: Period[] = [
  parsePeriod("2025-Q1", "reporting"),
  parsePeriod("2025-H1", "reporting"),
  parsePeriod("2026-9M", "reporting"),
  parsePeriod("2025", "reporting"),
  parsePeriod("2026-02", "reporting"),
  parsePeriod("2025-Q3", "calendar"),
  parsePeriod("2026-11", "calendar"),
  parsePeriod("2025", "calendar"),
];

describe.each(DB_KINDS)("statistics on %s agree with the pure rules", (kind) => {
  let t: TestDb;
  let client: pg.Client;
  let provinceId: number;
  let records: DossierRecord[];
  beforeAll(async () => {
    t = await openTestDb(kind);
    await seedDemo(t.url, { dossiers: 6000, seed: "agreement" });
    provinceId = (await t.db.province.findFirstOrThrow()).id;
    records = await loadDossierRecords(t.url, provinceId);
    client = new pg.Client({ connectionString: t.url });
    await client.connect();
  }, 120_000);
  afterAll(async () => {
    await client?.end();
    await t?.close();
  });

  it.each(PERIODS.map((p) => [`${p.family} ${p.code}`, p] as const))("per agency and field, per agency and per field, %s", async (_, period) => {
    const groupings = [
      { grouping: "agency-field", key: (d: DossierRecord) => `${d.agencyId}/${d.fieldId}` },
      { grouping: "agency", key: (d: DossierRecord) => `${d.agencyId}/` },
      { grouping: "field", key: (d: DossierRecord) => `/${d.fieldId}` },
    ] as const;
    for (const { grouping, key } of groupings) {
      const pure = aggregateCounters(records, period, key);
      const sql = await windowCounters(client, provinceId, period, grouping);
      expect(sql.length).toBeGreaterThan(0);
      const fromSql = new Map(sql.map((g) => [`${g.agencyId ?? ""}/${g.fieldId ?? ""}`, g.counters]));
      expect([...fromSql.keys()].sort(), grouping).toEqual([...pure.keys()].sort());
      for (const [k, counters] of pure) expect(fromSql.get(k), `${grouping} ${k}`).toEqual(counters);
    }
  });

  it.each(["2026-Q1", "2025", "2025-H1", "2026-03"])("scorecard %s: every agency's figures, penalty, rank and change of rank as the pure rules give them", async (code) => {
    const period = parsePeriod(code, "reporting");
    const agencies = await loadAgencies(client, provinceId);
    const ruleSet = ruleSetInForce(await loadPenaltyRuleSets(client, provinceId), period.end);
    const ranked = (p: Period) => {
      const counters = aggregateCounters(records, p, (d) => d.agencyId);
      const ranks = rankWithinLevels([...counters].map(([id, c]) => ({ key: id, level: agencies.get(id)!.level, overdueShare: scorecardMetrics(c).overdueShare })));
      return { counters, ranks };
    };
    const now = ranked(period);
    const before = ranked(previousPeriod(period));
    const card = await scorecard(client, provinceId, period);
    expect(card.rows.map((r) => r.agency.id).sort()).toEqual([...now.counters.keys()].sort());
    for (const row of card.rows) {
      const id = row.agency.id;
      const counters = now.counters.get(id)!;
      const metrics = scorecardMetrics(counters);
      const sameLevel = [...now.counters.keys()].filter((other) => agencies.get(other)!.level === row.agency.level).length;
      const previousRank = before.ranks.get(id) ?? null;
      expect(row.counters, row.agency.code).toEqual(counters);
      expect({ ...row, agency: undefined, counters: undefined }, row.agency.code).toEqual({
        ...metrics, agency: undefined, counters: undefined,
        penalty: penaltyFor(metrics.overdueShare, row.agency.level, ruleSet),
        rank: now.ranks.get(id), rankOf: sameLevel, previousRank, rankChange: previousRank === null ? null : previousRank - now.ranks.get(id)!,
      });
    }
    // not vacuous: agencies move in rank, some are penalised and some are not
    if (code === "2026-Q1") {
      expect(card.rows.some((r) => r.rankChange !== null && r.rankChange !== 0)).toBe(true);
      expect(card.rows.some((r) => r.penalty?.exceeded)).toBe(true);
      expect(card.rows.some((r) => r.penalty && !r.penalty.exceeded)).toBe(true);
    }
  });

  it("counts every kind of figure in the demo data (the comparison is not vacuous)", async () => {
    const all = aggregateCounters(records, PERIODS[3]!, () => "all").get("all")!;
    for (const name of COUNTER_NAMES) expect(all[name], name).toBeGreaterThan(0);
    // agencies merged or abolished in 2025 keep their own dossiers, next to their successors
    const { rows: merged } = await client.query<{ id: number; successor_id: number }>(
      `SELECT id, successor_id FROM agency WHERE province_id = $1 AND valid_to IS NOT NULL AND successor_id IS NOT NULL`, [provinceId]);
    const counted = aggregateCounters(records, PERIODS[3]!, (d) => d.agencyId);
    expect(merged.filter((a) => counted.has(a.id) && counted.has(a.successor_id)).length).toBeGreaterThan(0);
  });

  it("lists exactly the dossiers behind each figure", async () => {
    const period = PERIODS[0]!;
    const pure = aggregateCounters(records, period, (d) => d.agencyId);
    const [busiest] = [...pure].sort((a, b) => form06Columns(b[1]).c3 - form06Columns(a[1]).c3);
    const province = aggregateCounters(records, period, () => "all").get("all")!;
    for (const figure of FIGURE_NAMES) {
      expect(await countFigure(client, { provinceId, window: period, figure }), figure).toBe(expectedFigure(figure, province));
      expect(await countFigure(client, { provinceId, window: period, figure, agencyIds: [busiest![0]] }), `${figure} of one agency`).toBe(expectedFigure(figure, busiest![1]));
    }
  });
});

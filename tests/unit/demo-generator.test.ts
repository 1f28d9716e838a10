import { describe, expect, it } from "vitest";
import { buildAgencies, DEMO_SNAPSHOT, generateDemoProvince } from "@/lib/seed/demo-generator";
import { localDayOf } from "@/lib/domain/local-time";
import { createRandom } from "@/lib/seed/random";
import { PROCEDURES } from "@/lib/seed/catalogue";
import { allDossiers } from "../helpers/demo";

describe("demo province generator", () => {
  const demo = generateDemoProvince({ dossiers: 20_000, seed: "test" });
  const d = allDossiers(demo);

  it("is deterministic for a given seed, whatever the chunk size, and differs for another", () => {
    const again = generateDemoProvince({ dossiers: 20_000, seed: "test" });
    expect(again.agencies).toEqual(demo.agencies);
    expect(again.snapshots).toEqual(demo.snapshots);
    expect(allDossiers(again, 777)).toEqual(d);
    const other = generateDemoProvince({ dossiers: 200, seed: "other" });
    expect(allDossiers(other).code.slice(0, 50)).not.toEqual(d.code.slice(0, 50));
  });

  it("streams dossiers in chunks of the size asked for", () => {
    const sizes = [...generateDemoProvince({ dossiers: 2_500, seed: "chunks" }).dossierChunks(1_000)].map((c) => c.code.length);
    expect(sizes).toEqual([1_000, 1_000, 500]);
  });

  it("builds the 2025 reform: ~20 departments, ~100 communes, historic districts and communes with successors", () => {
    const agencies = buildAgencies();
    const byKey = new Map(agencies.map((a) => [a.key, a]));
    const current = agencies.filter((a) => !a.validTo);
    expect(current.filter((a) => a.level === "XA")).toHaveLength(100);
    expect(current.filter((a) => ["SO", "CHINHANH", "NGANHDOC"].includes(a.level)).length).toBeGreaterThanOrEqual(18);
    const districts = agencies.filter((a) => a.level === "HUYEN");
    expect(districts.length).toBeGreaterThanOrEqual(8);
    for (const a of agencies.filter((x) => x.validTo)) {
      expect(a.successorKey, a.name).not.toBeNull();
      const successor = byKey.get(a.successorKey!)!;
      expect(successor.validTo, `${a.name} → ${successor.name}`).toBeNull();
      expect(successor.validFrom === null || successor.validFrom > a.validTo!).toBe(true);
    }
    expect(new Set(agencies.map((a) => a.code)).size).toBe(agencies.length);
  });

  it("produces valid dossiers: unique codes, known procedures, national code lists, dates in order", () => {
    const procedures = new Set(PROCEDURES.map((p) => p.code));
    expect(new Set(d.code).size).toBe(d.code.length);
    for (let i = 0; i < d.code.length; i++) {
      expect(procedures.has(d.procedureCode[i]!)).toBe(true);
      expect(d.status[i]).toBeGreaterThanOrEqual(1);
      expect(d.status[i]).toBeLessThanOrEqual(10);
      expect([1, 2, 3]).toContain(d.channel[i]);
      const received = d.receivedAt[i]!.getTime();
      expect(received).toBeLessThanOrEqual(DEMO_SNAPSHOT.getTime());
      if (d.dueAt[i]) expect(d.dueAt[i]!.getTime()).toBeGreaterThanOrEqual(received);
      if (d.finishedAt[i]) {
        expect(d.finishedAt[i]!.getTime()).toBeGreaterThanOrEqual(received);
        expect([7, 8, 9, 10]).toContain(d.status[i]);
      } else {
        expect([1, 2, 3, 4, 5, 6]).toContain(d.status[i]);
      }
      if (d.status[i] === 1 || d.status[i] === 3) expect(d.dueAt[i]).toBeNull();
    }
  });

  it("makes land administration clearly the worst agency for overdue dossiers", () => {
    const overdueBy = new Map<string, number>();
    const totalBy = new Map<string, number>();
    const snapshotDay = localDayOf(DEMO_SNAPSHOT);
    for (let i = 0; i < d.code.length; i++) {
      const key = d.resolvingAgencyKey[i]!;
      totalBy.set(key, (totalBy.get(key) ?? 0) + 1);
      const late = d.dueAt[i] && (d.finishedAt[i] ? localDayOf(d.finishedAt[i]!) > localDayOf(d.dueAt[i]!) : localDayOf(d.dueAt[i]!) < snapshotDay);
      if (late) overdueBy.set(key, (overdueBy.get(key) ?? 0) + 1);
    }
    const shares = [...totalBy].filter(([, n]) => n >= 200).map(([key, n]) => [key, (overdueBy.get(key) ?? 0) / n] as const).sort((a, b) => b[1] - a[1]);
    const names = new Map(buildAgencies().map((a) => [a.key, a.name]));
    expect(names.get(shares[0]![0])).toMatch(/đất đai|môi trường/i);
    expect(shares[0]![1]).toBeGreaterThan(2 * shares[Math.floor(shares.length / 2)]![1]);
  });

  it("carries the data-quality defects the seed documents complain about", () => {
    const counted = d.status.filter((s) => s !== 1 && s !== 3).length;
    const unsynced = d.synced.filter((s, i) => !s && d.status[i] !== 1 && d.status[i] !== 3).length;
    expect(unsynced / counted).toBeGreaterThan(0.05);
    expect(d.resultFileType.filter((t) => t === "application/zip").length).toBeGreaterThan(0);
    expect(d.resultFileBlank.filter(Boolean).length).toBeGreaterThan(0);
    expect(d.resultFileSha256.filter((h, i) => h !== null && d.componentSha256[i]!.includes(h)).length).toBeGreaterThan(0);
    expect(d.processingSteps.filter((n, i) => n === 0 && d.status[i]! >= 7).length).toBeGreaterThan(0);
    const late = d.code.map((_, i) => i).filter((i) => d.finishedAt[i] && d.dueAt[i] && localDayOf(d.finishedAt[i]!) > localDayOf(d.dueAt[i]!));
    const withApology = late.filter((i) => d.apologyLetter[i]).length;
    expect(withApology).toBeGreaterThan(0);
    expect(withApology).toBeLessThan(late.length);
  });

  it("ranks 63 provinces before July 2025 and 34 after, with consistent ranks", () => {
    const byPeriod = new Map<string, typeof demo.snapshots>();
    for (const s of demo.snapshots) byPeriod.set(s.period, [...(byPeriod.get(s.period) ?? []), s]);
    expect(byPeriod.get("2025-06")).toHaveLength(63);
    expect(byPeriod.get("2025-07")).toHaveLength(34);
    for (const rows of byPeriod.values()) {
      expect(rows.map((r) => r.rank).sort((a, b) => a - b)).toEqual(rows.map((_, i) => i + 1));
      for (const r of rows) expect(r.total).toBeCloseTo(r.transparency + r.progress + r.onlineService + r.onlinePayment + r.satisfaction + r.digitisation, 1);
    }
    expect(demo.snapshots.some((s) => s.provinceCode === "H87" && s.period === "2026-10")).toBe(true);
  });
});

describe("seeded random numbers", () => {
  it("repeat for a seed and stay in range", () => {
    const a = createRandom("x"), b = createRandom("x");
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const r = createRandom("y");
    for (let i = 0; i < 1000; i++) {
      const n = r.int(3, 5);
      expect(n >= 3 && n <= 5).toBe(true);
    }
    expect(createRandom("z").shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

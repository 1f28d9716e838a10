// Reference data every deployment needs, whatever its provinces: the official holiday tables and
// the first version of the 766 indicator framework. Idempotent: inserts what is missing, never
// overwrites what an office has corrected since.
import type { Db } from "@/lib/db/client";
import { bulkInsert } from "@/lib/db/bulk";
import { VIETNAM_HOLIDAYS } from "@/lib/domain/holidays-vn";
import { FRAMEWORK_766 } from "@/lib/domain/framework-766";

type Tx = Pick<Db, "$executeRawUnsafe" | "indicatorFramework" | "indicatorGroup" | "indicator">;

export async function seedReferenceData(db: Tx): Promise<{ holidays: number; frameworkCreated: boolean }> {
  const holidays = await bulkInsert(
    db,
    "holiday",
    [{ name: "date", type: "date" }, { name: "kind", type: "holiday_kind" }, { name: "note", type: "text" }],
    [VIETNAM_HOLIDAYS.map((h) => h.date), VIETNAM_HOLIDAYS.map((h) => h.kind), VIETNAM_HOLIDAYS.map((h) => h.note)],
    { onConflict: "ON CONFLICT (date) DO NOTHING" },
  );
  const existing = await db.indicatorFramework.findUnique({ where: { code_version: { code: FRAMEWORK_766.code, version: FRAMEWORK_766.version } } });
  if (existing) return { holidays, frameworkCreated: false };
  const framework = await db.indicatorFramework.create({
    data: { code: FRAMEWORK_766.code, version: FRAMEWORK_766.version, name: FRAMEWORK_766.name, validFrom: new Date(FRAMEWORK_766.validFrom), source: FRAMEWORK_766.source },
  });
  let order = 0;
  for (const [g, group] of FRAMEWORK_766.groups.entries()) {
    const created = await db.indicatorGroup.create({ data: { frameworkId: framework.id, code: group.code, name: group.name, maxPoints: group.maxPoints, sortOrder: g } });
    for (const indicator of group.indicators) {
      const spec: { threshold?: number; computation?: string; notComputedReason?: string } = indicator;
      await db.indicator.create({
        data: {
          frameworkId: framework.id, groupId: created.id, code: indicator.code, name: indicator.name, maxPoints: indicator.maxPoints,
          rule: indicator.rule, threshold: spec.threshold ?? null, computation: spec.computation ?? null,
          notComputedReason: spec.notComputedReason ?? null, approximate: true, sortOrder: order++,
        },
      });
    }
  }
  return { holidays, frameworkCreated: true };
}

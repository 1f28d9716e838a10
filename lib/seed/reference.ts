// Reference data every deployment needs, whatever its provinces: the official holiday tables and
// the first version of the 766 indicator framework. Idempotent: inserts what is missing, never
// overwrites what an office has corrected since.
import { bulkInsert } from "@/lib/db/bulk";
import type { SqlClient } from "@/lib/db/sql";
import { VIETNAM_HOLIDAYS } from "@/lib/domain/holidays-vn";
import { FRAMEWORK_766 } from "@/lib/domain/framework-766";

export async function seedReferenceData(client: SqlClient): Promise<{ holidays: number; frameworkCreated: boolean }> {
  const holidays = await bulkInsert(
    client,
    "holiday",
    [{ name: "date", type: "date" }, { name: "kind", type: "holiday_kind" }, { name: "note", type: "text" }],
    [VIETNAM_HOLIDAYS.map((h) => h.date), VIETNAM_HOLIDAYS.map((h) => h.kind), VIETNAM_HOLIDAYS.map((h) => h.note)],
    { onConflict: "ON CONFLICT (date) DO NOTHING" },
  );
  const framework = await client.query<{ id: number }>(
    `INSERT INTO indicator_framework (code, version, name, valid_from, source) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (code, version) DO NOTHING RETURNING id`,
    [FRAMEWORK_766.code, FRAMEWORK_766.version, FRAMEWORK_766.name, FRAMEWORK_766.validFrom, FRAMEWORK_766.source],
  );
  const frameworkId = framework.rows[0]?.id;
  if (frameworkId === undefined) return { holidays, frameworkCreated: false };
  let order = 0;
  for (const [g, group] of FRAMEWORK_766.groups.entries()) {
    const created = await client.query<{ id: number }>(
      `INSERT INTO indicator_group (framework_id, code, name, max_points, sort_order) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [frameworkId, group.code, group.name, group.maxPoints, g],
    );
    for (const indicator of group.indicators) {
      const spec: { threshold?: number; computation?: string; notComputedReason?: string } = indicator;
      await client.query(
        `INSERT INTO indicator (framework_id, group_id, code, name, max_points, rule, threshold, computation, not_computed_reason, approximate, sort_order)
         VALUES ($1, $2, $3, $4, $5, $6::scoring_rule, $7, $8, $9, true, $10)`,
        [frameworkId, created.rows[0]!.id, indicator.code, indicator.name, indicator.maxPoints, indicator.rule,
          spec.threshold ?? null, spec.computation ?? null, spec.notComputedReason ?? null, order++],
      );
    }
  }
  return { holidays, frameworkCreated: true };
}

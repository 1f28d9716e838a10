import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { FIGURE_NAMES } from "@/lib/stats/drilldown";
import { FINDING_CAUSES } from "@/lib/domain/reconciliation";
import { EXCHANGE_KEYS } from "@/lib/domain/report-form";

describe("docs/openapi.yaml", () => {
  it("lists exactly the drill-down figures the API accepts, in order", () => {
    const spec = fs.readFileSync("docs/openapi.yaml", "utf8");
    const listed = /- name: figure[\s\S]*?enum: \[([^\]]*)\]/.exec(spec)?.[1]?.split(",").map((s) => s.trim());
    expect(listed).toEqual(FIGURE_NAMES);
  });

  it("documents the reports API: its paths, every cell of the exchange JSON and exactly the finding causes", () => {
    const spec = fs.readFileSync("docs/openapi.yaml", "utf8");
    expect(spec).toMatch(/^ {2}\/reports:\n {4}post:/m);
    expect(spec).toMatch(/^ {2}\/reports\/\{id\}:\n {4}get:/m);
    for (const key of Object.values(EXCHANGE_KEYS)) expect(spec).toContain(`${key}: { type: integer, minimum: 0`);
    const causes = /cause: \{ type: string, enum: \[([^\]]*)\]/.exec(spec)?.[1]?.split(",").map((s) => s.trim());
    expect(causes).toEqual([...FINDING_CAUSES]);
  });
});

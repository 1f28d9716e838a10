import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { FIGURE_NAMES } from "@/lib/stats/drilldown";

describe("docs/openapi.yaml", () => {
  it("lists exactly the drill-down figures the API accepts, in order", () => {
    const spec = fs.readFileSync("docs/openapi.yaml", "utf8");
    const listed = /- name: figure[\s\S]*?enum: \[([^\]]*)\]/.exec(spec)?.[1]?.split(",").map((s) => s.trim());
    expect(listed).toEqual(FIGURE_NAMES);
  });
});

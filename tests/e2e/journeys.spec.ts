// Journeys across pages: a number on one page, followed by a click, leads to exactly the dossiers
// it counts in the explorer — the same total, the same filters described.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/auth";

/** "1.234" → 1234 (vi-VN thousands separator) */
const integer = (text: string | null) => Number((text ?? "").trim().replaceAll(".", ""));

test.describe("every number leads to its dossiers", () => {
  test("office staff follow the league table's overdue count to the explorer: same total, same agency and period", async ({ page }) => {
    await signIn(page, "vanphong");
    await page.goto("/bang-xep-hang?ky=2026-Q1&sap=c13&chieu=giam");
    const row = page.getByTestId("league-row").first();
    await expect(row).toBeVisible({ timeout: 20_000 });
    const agencyName = (await row.getByTestId("league-agency").textContent())!.trim();
    const cell = row.locator("td[data-column=c13] a");
    const overdue = integer(await cell.textContent());
    expect(overdue).toBeGreaterThan(0);
    await cell.click();
    await expect(page).toHaveURL(/\/ho-so\?/);
    await expect(page.getByTestId("explorer-total")).toHaveText(overdue.toLocaleString("vi-VN"), { timeout: 20_000 });
    await expect(page.getByTestId("explorer-description")).toContainText(`Hồ sơ đang giải quyết quá hạn (cột 13) — ${agencyName} — Quý I/2026 — kỳ báo cáo (15/12/2025 – 14/03/2026)`);
    // back returns to the sorted table
    await page.goBack();
    await expect(page).toHaveURL(/sap=c13&chieu=giam/);
    await expect(page.getByTestId("league-row").first().getByTestId("league-agency")).toHaveText(agencyName);
  });
});

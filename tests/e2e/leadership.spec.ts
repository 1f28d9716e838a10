import fs from "node:fs/promises";
import ExcelJS from "exceljs";
import { expect as baseExpect, test, type Browser, type Download, type Page } from "@playwright/test";
import { signIn } from "./helpers/auth";

// The leadership journey on the e2e server's demo province (Đồng Tháp, H87, national snapshots
// from 2023 to October 2026): the rank trend across the 2025 break, comparison provinces in the
// URL, the agencies that lose the most points with links to their dossiers, printing, the XLSX
// export read back, and a focal officer refused.

async function asUser(browser: Browser, username: string) {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await signIn(page, username);
  return page;
}

async function download(page: Page, testId: string): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]) as [Download, void];
  return file;
}

const PAGE = "/chi-so-766?ky=2026-Q3";

// the page computes the province's indicators for every agency: give a loaded machine time
const expect = baseExpect.configure({ timeout: 15_000 });

test.describe("leadership view (Chỉ số 766 của tỉnh)", () => {
  test("leadership sees the rank trend across the 2025 break, compares provinces, follows the agencies losing points, prints and exports", async ({ browser }) => {
    test.setTimeout(180_000);
    const page = await asUser(browser, "lanhdao");
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Chỉ số 766 của tỉnh" }).click();
    await expect(page).toHaveURL(/\/chi-so-766$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chỉ số 766 của tỉnh Đồng Tháp");

    await page.goto(PAGE);
    await expect(page.getByTestId("period-label")).toHaveText("Quý III/2026 — theo lịch (01/07/2026 – 30/09/2026)");
    // both denominators, the break annotated in the table, the chart and a note
    const ranks = await page.getByTestId("rank-cell").allTextContents();
    expect(ranks).toHaveLength(12);
    expect(ranks.slice(0, 7).every((r) => /^\d+\/63$/.test(r))).toBe(true);
    expect(ranks.slice(7).every((r) => /^\d+\/34$/.test(r))).toBe(true);
    await expect(page.getByTestId("break-note")).toContainText("Từ Quý III/2025: xếp hạng trong 34 tỉnh, thành (trước đó 63)");
    await expect(page.getByTestId("rank-table").getByTestId("break-row")).toContainText("không so sánh trực tiếp");
    const changes = await page.getByTestId("rank-change").allTextContents();
    expect(changes[7]).toMatch(/^không so sánh được \(kỳ trước \d+\/63, nay xếp trong 34 tỉnh\)$/);
    expect(changes.filter((c) => /không so sánh được/.test(c))).toHaveLength(1);
    expect(changes[8]).toMatch(/^(tăng|giảm) \d+ bậc$|^giữ nguyên$/);
    await expect(page.getByTestId("headline-rank")).toHaveText(/^\d+\/34$/);
    const rankChart = page.getByRole("figure", { name: /Thứ hạng qua các kỳ/ });
    await expect(rankChart.getByText("Quý III/2025: 63 → 34 tỉnh")).toBeVisible();
    // one line per basis: the 63-province line and the 34-province line are separate paths
    await expect(rankChart.locator(".recharts-line")).toHaveCount(2);
    await expect(rankChart.getByText("Đồng Tháp — hạng trong 63 tỉnh")).toBeVisible();
    await expect(rankChart.getByText("Đồng Tháp — hạng trong 34 tỉnh")).toBeVisible();

    // comparison provinces: chosen in a labelled multi-select, kept in the URL
    await page.getByTestId("compare-summary").click();
    const choices = page.getByRole("group", { name: /Chọn tối đa 5 tỉnh/ });
    await choices.getByLabel("Hà Nội").check();
    await choices.getByLabel("TP. Hồ Chí Minh").check();
    await page.getByRole("button", { name: "Xem", exact: true }).click();
    await expect(page).toHaveURL(/so-sanh=H01(%2C|,)H79/);
    const comparison = page.getByTestId("comparison-table");
    await expect(comparison.getByRole("columnheader", { name: "Hà Nội" })).toBeVisible();
    await expect(comparison.getByRole("columnheader", { name: "TP. Hồ Chí Minh" })).toBeVisible();
    await expect(rankChart.locator(".recharts-line")).toHaveCount(6);
    await page.reload();
    await expect(page.getByTestId("comparison-table").getByRole("columnheader", { name: "TP. Hồ Chí Minh" })).toBeVisible();
    await expect(page.getByTestId("compare-summary")).toHaveText("Tỉnh so sánh (2)");

    // the agencies losing most points, most first, each figure linking to its dossiers
    const totals = (await page.getByTestId("stake-total").allTextContents()).map((t) => Number(t.replace("+", "").replaceAll(".", "").replace(",", ".")));
    expect(totals.length).toBeGreaterThan(3);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(totals[0]).toBeGreaterThan(0);
    const late = page.getByTestId("stake-row").first().getByTestId("shortfall-2.1");
    expect(await late.getAttribute("href")).toMatch(/^\/ho-so\?ky=2026-Q3&kieu=lich&chitieu=late&coquan=\d+$/);
    expect(await page.getByTestId("stake-row").first().getByTestId("shortfall-1.4").getAttribute("href")).toMatch(/chitieu=unsynced&coquan=\d+$/);
    await expect(page.getByTestId("indicator-2.1").getByRole("link").first()).toHaveAttribute("href", "/ho-so?ky=2026-Q3&kieu=lich&chitieu=onTimeOrWithin");
    await expect(page.getByTestId("indicator-5.1").getByTestId("not-computed")).toContainText("Chưa tính được");

    // sorting is server-side URL state; back returns to the comparison as it was
    await page.getByRole("columnheader", { name: /Cơ quan, đơn vị/ }).getByRole("link").click();
    await expect(page).toHaveURL(/sap=ten/);
    await expect(page.getByRole("columnheader", { name: /Cơ quan, đơn vị/ })).toHaveAttribute("aria-sort", "ascending");
    await page.goBack();
    await expect(page).not.toHaveURL(/sap=ten/);
    await expect(page).toHaveURL(/so-sanh=H01(%2C|,)H79/);
    await expect(page.getByTestId("comparison-table").getByRole("columnheader", { name: "Hà Nội" })).toBeVisible();

    // printing: navigation and filters hidden, the figures kept
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Điều hướng chính" })).toBeHidden();
    await expect(page.getByRole("search", { name: "Chọn kỳ và tỉnh so sánh" })).toBeHidden();
    await expect(page.getByTestId("rank-table")).toBeVisible();
    await expect(page.getByTestId("stakes-table")).toBeVisible();
    await page.emulateMedia({ media: "screen" });

    // the rank history as XLSX, read back
    const file = await download(page, "export-xep-hang-xlsx");
    expect(file.suggestedFilename()).toBe("chi-so-766-thu-hang-2026-Q3.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await fs.readFile((await file.path())!)) as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell("A1").value).toBe("Điểm và thứ hạng Bộ chỉ số 766 — tỉnh Đồng Tháp — Quý IV/2023 (01/10/2023) – Quý III/2026 (30/09/2026)");
    const headerRow = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).find((r) => r.getCell(1).value === "Kỳ")!;
    const headers = (headerRow.values as unknown[]).slice(1);
    const col = (name: string) => headers.indexOf(name) + 1;
    expect(col("Hạng/số tỉnh")).toBeGreaterThan(0);
    const data = [...Array(sheet.rowCount - headerRow.number).keys()].map((i) => sheet.getRow(headerRow.number + 1 + i));
    expect(data).toHaveLength(36); // 12 quarters × (Đồng Tháp, Hà Nội, TP. Hồ Chí Minh)
    const own = data.filter((r) => r.getCell(col("Mã tỉnh")).value === "H87");
    expect(own.map((r) => r.getCell(col("Hạng/số tỉnh")).value)).toEqual(ranks);
    expect(typeof own[0]!.getCell(col("Tổng điểm")).value).toBe("number");
    expect(String(own[7]!.getCell(col("Thay đổi hạng so với kỳ trước")).value)).toMatch(/không so sánh được/);
    expect(data.some((r) => r.getCell(col("Mã tỉnh")).value === "H79")).toBe(true);

    const agencies = await download(page, "export-co-quan-csv");
    expect(agencies.suggestedFilename()).toBe("chi-so-766-co-quan-2026-Q3.csv");
    const csv = await fs.readFile((await agencies.path())!, "utf8");
    expect(csv).toContain("Cơ quan làm giảm điểm Bộ chỉ số 766 — tỉnh Đồng Tháp — Quý III/2026 — theo lịch (01/07/2026 – 30/09/2026)");
  });

  test("reads at 1366×768, on a tablet and on a projector without the page scrolling sideways", async ({ browser }) => {
    const page = await asUser(browser, "lanhdao");
    await page.goto(PAGE);
    // wide tables scroll inside their own box; the charts follow their container's width
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await expect.poll(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 820, height: 1180 });
    await expect.poll(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByTestId("headline-rank")).toBeInViewport();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId("projector-toggle").click();
    await expect(page).toHaveURL(/trinh-chieu=1/);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe("19px");
    await expect(page.getByTestId("projector-toggle")).toHaveText("Cỡ chữ thường");
  });

  test("a focal officer is refused the page and its exports, and does not see it in the navigation", async ({ browser }) => {
    const page = await asUser(browser, "daumoi.nnmt");
    await expect(page.getByRole("navigation", { name: "Điều hướng chính" }).getByText("Chỉ số 766 của tỉnh")).toHaveCount(0);
    await page.goto(PAGE);
    await expect(page.getByTestId("forbidden")).toBeVisible();
    await expect(page.getByTestId("rank-table")).toHaveCount(0);
    const refused = await page.request.get("/chi-so-766/xuat/xep-hang?ky=2026-Q3&dinh-dang=xlsx");
    expect(refused.status()).toBe(403);
  });
});

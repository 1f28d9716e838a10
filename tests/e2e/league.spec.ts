// The agency league table as office staff use it: sort by a column, filter by level, keep the
// state across reload and back, follow a number to the dossiers behind it, choose columns, and
// download the table as XLSX and CSV (parsed back here: same rows and figures as the page);
// a focal officer sees their own agencies only.
import fs from "node:fs/promises";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { expect, test, type Browser, type Download, type Locator, type Page } from "@playwright/test";
import { signIn } from "./helpers/auth";

async function asUser(browser: Browser, username: string) {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await signIn(page, username);
  return page;
}

async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]) as [Download, void];
  return { name: file.suggestedFilename(), bytes: await fs.readFile((await file.path())!) };
}

/** "1.234" → 1234 (vi-VN thousands separator) */
const integer = (text: string) => Number(text.replaceAll(".", ""));

async function columnValues(page: Page, column: string): Promise<number[]> {
  return (await page.locator(`[data-testid=league-row] td[data-column=${column}]`).allTextContents()).map((t) => integer(t.trim()));
}

const agencyNames = (page: Page) => page.getByTestId("league-agency").allTextContents();
const header = (page: Page, name: string): Locator => page.getByRole("columnheader", { name, exact: true });
const levelSelect = (page: Page) => page.getByRole("combobox", { name: "Cấp", exact: true });

test.describe("agency league table", () => {
  test("office staff sort, filter, follow a number and export; the URL keeps the state", async ({ browser }) => {
    const page = await asUser(browser, "vanphong");
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Bảng xếp hạng cơ quan" }).click();
    // the first figures of a period are computed on demand: allow for a loaded machine
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bảng xếp hạng cơ quan, đơn vị", { timeout: 20_000 });
    await page.goto("/bang-xep-hang?ky=2026-Q1");
    await expect(page.getByTestId("period-label")).toHaveText("Quý I/2026 — kỳ báo cáo (15/12/2025 – 14/03/2026)");
    await expect(header(page, "Hạng")).toHaveAttribute("aria-sort", "ascending");

    // sort by "in progress past due": largest first, on the server (every page)
    await page.getByTestId("sort-c13").click();
    await expect(page).toHaveURL(/sap=c13&chieu=giam/);
    await expect(header(page, "Đang quá hạn")).toHaveAttribute("aria-sort", "descending");
    const overdue = await columnValues(page, "c13");
    expect(overdue.length).toBe(25);
    expect(overdue).toEqual([...overdue].sort((a, b) => b - a));
    expect(overdue[0]).toBeGreaterThan(0);
    const sortedNames = await agencyNames(page);

    // a number links to the explorer with the figure, the period and the agency of its row
    const first = page.getByTestId("league-row").first();
    const agencyId = await first.getAttribute("data-agency-id");
    const href = new URL((await first.locator("td[data-column=c13] a").getAttribute("href"))!, "http://x");
    expect(href.pathname).toBe("/ho-so");
    expect(Object.fromEntries(href.searchParams)).toEqual({ ky: "2026-Q1", chitieu: "c13", coquan: agencyId });
    const agencyCode = (await first.locator("th span").first().textContent())!.trim();
    const behind = await (await page.request.get(`/api/v1/figures/dossiers?period=2026-Q1&figure=c13&agency=${agencyCode}&pageSize=1`)).json();
    expect(behind.total).toBe(overdue[0]);
    const apology = new URL((await first.locator("td[data-column=xinloi] a").getAttribute("href"))!, "http://x");
    expect(Object.fromEntries(apology.searchParams)).toEqual({ ky: "2026-Q1", chitieu: "lateWithoutApology", coquan: agencyId });
    expect(await first.getByTestId("league-agency").getAttribute("href")).toBe(`/co-quan/${agencyId}?ky=2026-Q1`);

    // filter by level: communes only, still sorted
    await levelSelect(page).selectOption("XA");
    await page.getByRole("button", { name: "Lọc", exact: true }).click();
    await expect(page).toHaveURL(/cap=XA/);
    await expect(page).toHaveURL(/sap=c13&chieu=giam/);
    const levels = await page.locator("[data-testid=league-row] td[data-column=cap]").allTextContents();
    expect(levels.length).toBeGreaterThan(0);
    expect(new Set(levels)).toEqual(new Set(["Cấp xã"]));
    const communes = await columnValues(page, "c13");
    expect(communes).toEqual([...communes].sort((a, b) => b - a));
    const communeNames = await agencyNames(page);

    // the state survives a reload, and back returns to the unfiltered sort
    await page.reload();
    await expect(levelSelect(page)).toHaveValue("XA");
    expect(await agencyNames(page)).toEqual(communeNames);
    await page.goBack();
    await expect(page).not.toHaveURL(/cap=XA/);
    await expect(levelSelect(page)).toHaveValue("");
    await expect.poll(() => agencyNames(page)).toEqual(sortedNames);
    await page.goForward();
    await expect(page).toHaveURL(/cap=XA/);
    await expect.poll(() => agencyNames(page)).toEqual(communeNames);

    // hide a column: it leaves the table and the URL says so
    await page.getByText("Cột hiển thị", { exact: true }).click();
    await page.getByLabel("Điểm 766").uncheck();
    await expect(page).toHaveURL(/cot=/);
    await expect(header(page, "Điểm 766")).toHaveCount(0);
    await page.reload();
    await expect(header(page, "Điểm 766")).toHaveCount(0);
    const total = integer(/trong ([\d.]+)/.exec((await page.getByTestId("league-total").textContent())!)![1]!);

    // XLSX: title with the period's dates, Vietnamese headers of the visible columns, every row in the page's order
    const xlsx = await download(page, "export-xlsx");
    expect(xlsx.name).toBe("bang-xep-hang-2026-Q1.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe("Bảng xếp hạng cơ quan, đơn vị — Quý I/2026 — kỳ báo cáo (15/12/2025 – 14/03/2026)");
    expect(String(sheet.getRow(2).getCell(1).value)).toContain("cấp: Cấp xã");
    const headerRow = 6;
    const headers = (sheet.getRow(headerRow).values as unknown[]).slice(1);
    expect(headers.slice(0, 6)).toEqual(["Mã đơn vị", "Cơ quan, đơn vị", "Cấp", "Hạng (trong cùng cấp)", "Số đơn vị cùng cấp được xếp hạng", "Thay đổi hạng"]);
    expect(headers).toContain("Đang quá hạn");
    expect(headers).toContain("Mức so với ngưỡng");
    expect(headers).not.toContain("Điểm 766");
    const data = Array.from({ length: sheet.rowCount - headerRow }, (_, i) => sheet.getRow(headerRow + 1 + i));
    expect(data.length).toBe(total);
    const c13 = headers.indexOf("Đang quá hạn") + 1;
    const shown = await page.getByTestId("league-row").count();
    expect(data.slice(0, shown).map((r) => [r.getCell(2).value, r.getCell(c13).value])).toEqual(communeNames.map((name, i) => [name, communes[i]]));

    // CSV: the same table
    const csv = await download(page, "export-csv");
    expect(csv.name).toBe("bang-xep-hang-2026-Q1.csv");
    const lines = parse(csv.bytes.toString("utf8"), { bom: true, relax_column_count: true }) as string[][];
    expect(lines[0]![0]).toBe("Bảng xếp hạng cơ quan, đơn vị — Quý I/2026 — kỳ báo cáo (15/12/2025 – 14/03/2026)");
    const csvHeader = lines.findIndex((l) => l[0] === "Mã đơn vị");
    expect(lines[csvHeader]).toEqual(headers);
    const csvRows = lines.slice(csvHeader + 1);
    expect(csvRows.length).toBe(total);
    expect(csvRows.slice(0, shown).map((r) => [r[1], Number(r[c13 - 1])])).toEqual(communeNames.map((name, i) => [name, communes[i]]));
  });

  test("historic districts appear for a period before the reform; an empty filter says what to do", async ({ browser }) => {
    const page = await asUser(browser, "vanphong");
    await page.goto("/bang-xep-hang?ky=2025-Q1&cap=HUYEN");
    const levels = await page.locator("[data-testid=league-row] td[data-column=cap]").allTextContents();
    expect(levels.length).toBeGreaterThan(0);
    expect(new Set(levels)).toEqual(new Set(["Cấp huyện (trước 7/2025)"]));
    await page.goto("/bang-xep-hang?ky=2026-Q1&cap=HUYEN");
    await expect(page.getByTestId("empty-state")).toContainText("Cấp huyện không còn từ ngày 01/07/2025");
    await page.getByTestId("empty-state").getByRole("link", { name: "xóa bộ lọc" }).click();
    await expect(page.getByTestId("league-row").first()).toBeVisible();
    // the calendar periods of Bộ chỉ số 766, with their own dates
    await page.getByRole("link", { name: "Theo lịch (Bộ chỉ số 766)" }).click();
    await expect(page).toHaveURL(/kieu=lich/);
    await expect(page.getByTestId("period-label")).toContainText(/— theo lịch \(01\/\d{2}\/\d{4} – \d{2}\/\d{2}\/\d{4}\)/);
    await page.getByRole("combobox", { name: "Kỳ" }).selectOption("2026-Q1");
    await page.getByRole("button", { name: "Lọc", exact: true }).click();
    await expect(page.getByTestId("period-label")).toHaveText("Quý I/2026 — theo lịch (01/01/2026 – 31/03/2026)");
    const link = new URL((await page.locator("[data-testid=league-row] td[data-column=c3] a").first().getAttribute("href"))!, "http://x");
    expect([link.searchParams.get("ky"), link.searchParams.get("kieu")]).toEqual(["2026-Q1", "lich"]);
  });

  test("a focal officer sees their own agencies only, in the page and in the export", async ({ browser }) => {
    const office = await asUser(browser, "vanphong");
    await office.goto("/bang-xep-hang?ky=2026-Q1&q=T%C6%B0%20ph%C3%A1p");
    await expect(office.getByTestId("league-agency")).toContainText(["Sở Tư pháp"]);
    const officeRank = await office.getByTestId("league-row").first().locator("td[data-column=hang]").textContent();

    const focal = await asUser(browser, "daumoi.tuphap");
    await focal.goto("/bang-xep-hang?ky=2026-Q1");
    await expect(focal.getByTestId("league-scoped")).toBeVisible();
    const own = await agencyNames(focal);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((name) => /Tư pháp/.test(name))).toBe(true);
    // ranked among all agencies of the level, as the office sees it
    expect(await focal.getByTestId("league-row").first().locator("td[data-column=hang]").textContent()).toBe(officeRank);

    // another agency is not to be found, whatever the URL asks
    await focal.goto("/bang-xep-hang?ky=2026-Q1&q=N%C3%B4ng%20nghi%E1%BB%87p");
    await expect(focal.getByTestId("empty-state")).toBeVisible();
    const exported = await focal.request.get("/bang-xep-hang/xuat?ky=2026-Q1&dinhdang=csv");
    expect(exported.status()).toBe(200);
    const lines = parse(await exported.text(), { bom: true, relax_column_count: true }) as string[][];
    const names = lines.slice(lines.findIndex((l) => l[0] === "Mã đơn vị") + 1).map((l) => l[1]);
    expect(names).toEqual(own);

    const anonymous = await browser.newContext();
    expect((await anonymous.request.get("/bang-xep-hang/xuat?ky=2026-Q1&dinhdang=csv")).status()).toBe(401);
  });
});

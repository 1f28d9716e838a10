import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { explorerHref } from "@/lib/links";
import { formatInteger } from "@/lib/format";
import { signIn } from "./helpers/auth";

// The dossier explorer's journeys: office staff follow a figure to the dossiers behind it,
// filter, sort, page, open one, export the list; the URL is the state (reload, back); a focal
// officer's forged links to another agency's dossiers are refused.

const LAND = "Sở Nông nghiệp và Môi trường";
// pages of the production build on the embedded database can take seconds on a busy machine
const expect = baseExpect.configure({ timeout: 20_000 });

async function asUser(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  // the explorer's frame (its layout) shows the signed-in user at once, while the list loads
  await signIn(page, username, undefined, "/ho-so");
  return page;
}

/** The agency's id (the filter's option value) and its Biểu 06 column 13 from the scorecard API. */
async function landFigures(page: Page): Promise<{ id: number; c13: number }> {
  await page.goto("/ho-so");
  const id = Number(await page.locator("#coquan option", { hasText: LAND }).first().getAttribute("value"));
  const scorecard = await (await page.request.get("/api/v1/scorecard?period=2026-Q1")).json();
  const land = Object.values<{ name: string; c13: number }>(scorecard.agencies).find((a) => a.name === LAND)!;
  return { id, c13: land.c13 };
}

test.describe("dossier explorer", () => {
  test("office staff follow a figure to its dossiers, filter, sort, page, open one and export it", async ({ browser }) => {
    const page = await asUser(browser, "vanphong");
    const { id, c13 } = await landFigures(page);
    expect(c13).toBeGreaterThan(0);

    // the number of a scorecard, as a link
    await page.goto(explorerHref({ period: "2026-Q1", figure: "c13", agencyId: id }));
    await expect(page.getByTestId("explorer-total")).toHaveText(formatInteger(c13));
    await expect(page.getByTestId("explorer-description")).toContainText(`Hồ sơ đang giải quyết quá hạn (cột 13) — ${LAND} — Quý I/2026 — kỳ báo cáo (15/12/2025 – 14/03/2026)`);
    await expect(page.getByTestId("explorer-row")).toHaveCount(Math.min(50, c13));
    await expect(page.getByLabel("Chỉ tiêu")).toHaveValue("c13");
    await expect(page.getByLabel("Cơ quan, đơn vị giải quyết")).toHaveValue(String(id));
    await expect(page.getByRole("columnheader", { name: "Chủ hồ sơ" })).toBeVisible();

    // sort by days overdue, largest first; the header says so
    await page.getByTestId("sort-quahan").click();
    await expect(page).toHaveURL(/sap=quahan&chieu=giam/);
    await expect(page.getByRole("columnheader", { name: /Quá hạn \(ngày\)/ })).toHaveAttribute("aria-sort", "descending");
    const days = (await page.getByTestId("cell-overdue").allTextContents()).map((t) => Number(t.replace(/\./g, "")));
    expect(days.every((d) => d > 0)).toBe(true);
    expect(days).toEqual([...days].sort((a, b) => b - a));

    // narrow by status with the form: the figure, agency and sort stay
    await page.getByLabel("Trạng thái").selectOption("4");
    await page.getByRole("button", { name: "Lọc", exact: true }).click();
    await expect(page).toHaveURL(/trangthai=4/);
    await expect(page).toHaveURL(/chitieu=c13/);
    await expect(page).toHaveURL(/sap=quahan/);
    await expect(page.getByTestId("explorer-description")).toContainText("trạng thái “Đang xử lý”");
    const statuses = await page.getByTestId("explorer-row").locator("td:nth-child(4)").allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(["Đang xử lý"]));

    // the province's column 3: several pages
    await page.goto(explorerHref({ period: "2026-Q1", figure: "c3" }));
    const firstPage = await page.getByTestId("dossier-link").allTextContents();
    expect(firstPage.length).toBe(50);
    await page.getByRole("link", { name: "Trang sau ›" }).click();
    await expect(page).toHaveURL(/trang=2/);
    await expect(page.getByTestId("explorer-page")).toContainText("Trang 2/");
    const secondPage = await page.getByTestId("dossier-link").allTextContents();
    expect(secondPage.filter((code) => firstPage.includes(code))).toEqual([]);
    await page.reload();
    await expect(page.getByTestId("dossier-link").first()).toHaveText(secondPage[0]!);
    await page.goBack();
    await expect(page).not.toHaveURL(/trang=2/);
    await expect(page.getByTestId("dossier-link").first()).toHaveText(firstPage[0]!);

    // one dossier's detail, and back to the list
    await page.getByTestId("dossier-link").first().click();
    await expect(page).toHaveURL(/\/ho-so\/\d+\?ky=2026-Q1/);
    await expect(page.getByTestId("dossier-code")).toHaveText(firstPage[0]!);
    await expect(page.getByTestId("dossier-classification")).toBeVisible();
    await expect(page.getByTestId("dossier-legal-due")).toContainText("ngày làm việc");
    await expect(page.getByTestId("dossier-checks")).toBeVisible();
    await page.goBack();
    await expect(page.getByTestId("explorer-total")).toBeVisible();

    // the export of the agency's column 13, parsed back
    await page.goto(explorerHref({ period: "2026-Q1", figure: "c13", agencyId: id }));
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-xlsx").click()]);
    expect(download.suggestedFilename()).toMatch(/^ho-so-2026-Q1-c13-cq\d+\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0]!;
    expect(String(sheet.getCell("A1").value)).toContain(`Danh sách hồ sơ — Hồ sơ đang giải quyết quá hạn (cột 13) — ${LAND}`);
    expect(String(sheet.getCell("A1").value)).toContain("15/12/2025 – 14/03/2026");
    let header = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(1).value === "Mã hồ sơ") header = n;
    });
    expect(header).toBeGreaterThan(1);
    expect(sheet.getRow(header).values).toContain("Chủ hồ sơ");
    expect(sheet.rowCount - header).toBe(c13);
  });

  test("leadership sees the dossiers without applicants' names", async ({ browser }) => {
    const page = await asUser(browser, "lanhdao");
    await page.goto(explorerHref({ period: "2026-Q1", figure: "c3" }));
    await expect(page.getByTestId("explorer-row").first()).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Chủ hồ sơ" })).toHaveCount(0);
    await page.getByTestId("dossier-link").first().click();
    await expect(page.getByTestId("dossier-applicant")).toContainText("Không hiển thị");
  });

  test("a focal officer's forged links to another agency's dossiers and export are refused", async ({ browser }) => {
    const office = await asUser(browser, "vanphong");
    const { id } = await landFigures(office);
    await office.goto(explorerHref({ period: "2026-Q1", figure: "c3", agencyId: id }));
    const detail = (await office.getByTestId("dossier-link").first().getAttribute("href"))!;

    const focal = await asUser(browser, "daumoi.tuphap");
    await focal.goto("/ho-so");
    await expect(focal.locator("#coquan option", { hasText: LAND })).toHaveCount(0);
    await focal.goto(explorerHref({ period: "2026-Q1", figure: "c13", agencyId: id }));
    await expect(focal.getByTestId("forbidden")).toBeVisible();
    await expect(focal.getByTestId("explorer-table")).toHaveCount(0);
    await focal.goto(detail);
    await expect(focal.getByTestId("forbidden")).toBeVisible();
    await expect(focal.getByTestId("dossier-code")).toHaveCount(0);
    const exported = await focal.request.get(`/ho-so/xuat?dinhdang=xlsx&ky=2026-Q1&chitieu=c13&coquan=${id}`);
    expect(exported.status()).toBe(403);
    // without naming an agency the focal officer gets their own dossiers only
    await focal.goto(explorerHref({ period: "2026-Q1", figure: "c3" }));
    await expect(focal.getByTestId("explorer-description")).toContainText("các cơ quan, đơn vị được giao");
    const agencies = new Set(await focal.getByTestId("explorer-row").locator("td:nth-child(3)").allTextContents());
    expect(agencies.has(LAND)).toBe(false);

    // the refusals are in the audit trail the office reads
    await office.goto("/quan-tri/nhat-ky?hanhdong=auth.denied&nguoidung=daumoi.tuphap");
    const trail = (await office.getByTestId("audit-after").allTextContents()).join("\n");
    for (const attempt of ["dossier.list", "dossier.view", "dossier.export"]) expect(trail).toContain(`"attempted": "${attempt}"`);
  });
});

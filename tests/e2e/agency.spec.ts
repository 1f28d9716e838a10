import fs from "node:fs/promises";
import ExcelJS from "exceljs";
import { expect, test, type APIRequest, type Browser, type Download, type Page } from "@playwright/test";
import { signIn } from "./helpers/auth";

async function asUser(browser: Browser, username: string, viewport = { width: 1366, height: 768 }) {
  const page = await (await browser.newContext({ acceptDownloads: true, viewport })).newPage();
  await signIn(page, username);
  return page;
}

async function download(page: Page, testId: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]) as [Download, void];
  return fs.readFile((await file.path())!);
}

const integer = (text: string) => Number(text.replace(/\D/g, ""));

/** The agencies of the agency list, most dossiers first: [id, name]. */
async function agenciesByDossiers(page: Page, search?: string): Promise<{ id: number; name: string }[]> {
  await page.goto(`/co-quan?sap=hoso&chieu=giam${search ? `&q=${encodeURIComponent(search)}` : ""}`);
  const links = page.getByTestId("agency-table").locator("tbody tr td:nth-child(2) a");
  return Promise.all((await links.all()).map(async (a) => ({ id: Number((await a.getAttribute("href"))!.split("/").pop()), name: (await a.textContent())! })));
}

/** yyyyMMddHHmmss (DATA_FORMATS) of a local date in Vietnam `days` from today, at `clock` (HHmmss). */
function nationalDateTime(days: number, clock: string): string {
  const day = new Date(Date.now() + days * 86_400_000).toLocaleDateString("sv-SE", { timeZone: "Asia/Ho_Chi_Minh" });
  return day.replaceAll("-", "") + clock;
}

/** An administrator creates a key for the push API; a dossier of the agency, received today and due in two days, is pushed with it. */
async function pushDossierDueSoon(browser: Browser, requests: APIRequest, baseURL: string, office: Page, agencyName: string): Promise<string> {
  const card = await (await office.request.get("/api/v1/scorecard?period=2026-Q1")).json();
  const code = Object.entries<{ name: string }>(card.agencies).find(([, a]) => a.name === agencyName)![0];
  const behind = await (await office.request.get(`/api/v1/figures/dossiers?period=2026-Q1&figure=c3&agency=${code}&pageSize=1`)).json();
  const admin = await asUser(browser, "admin");
  await admin.goto("/quan-tri/khoa-api");
  await admin.getByLabel(/Tên gợi nhớ/).fill("Hệ thống một cửa e2e (cảnh báo)");
  await admin.getByLabel(/Gửi hồ sơ/).check();
  await admin.getByRole("button", { name: "Tạo khóa" }).click();
  const key = await admin.getByTestId("new-api-key").inputValue();
  const client = await requests.newContext({ baseURL });
  const dossierCode = `E2E-CANHBAO-${Date.now()}`;
  const pushed = await client.post("/api/v1/dossiers", {
    headers: { authorization: `Bearer ${key}` },
    data: [{
      MaHoSo: dossierCode, MaTTHC: behind.dossiers[0].procedure, MaDonViXuLy: code, KenhThucHien: 2,
      NgayTiepNhan: nationalDateTime(0, "080000"), NgayHenTra: nationalDateTime(2, "170000"), TrangThaiHoSo: 4,
    }],
  });
  expect(pushed.status(), await pushed.text()).toBe(200);
  await client.dispose();
  return dossierCode;
}

test.describe("the agency page", () => {
  test("office staff choose a period, read the trends, follow a Biểu 06 cell to its dossiers and export the table", async ({ browser }) => {
    const page = await asUser(browser, "vanphong");
    const [biggest] = await agenciesByDossiers(page);
    await page.getByRole("link", { name: biggest!.name, exact: true }).click();
    await expect(page.getByTestId("agency-name")).toHaveText(biggest!.name);
    // the latest ended reporting quarter by default (today's date decides which one)
    const defaultLabel = await page.getByTestId("period-label").textContent();
    expect(defaultLabel).toMatch(/^Quý [IV]+\/\d{4} — kỳ báo cáo \(\d{2}\/\d{2}\/\d{4} – \d{2}\/\d{2}\/\d{4}\)$/);

    // three charts, each with its figures as a table for screen readers: 8 quarters
    for (const chart of ["chart-flow", "chart-share", "chart-index"]) {
      const figure = page.getByTestId(chart);
      await expect(figure.locator("svg.recharts-surface").first()).toBeVisible();
      await expect(figure.locator("table tbody tr")).toHaveCount(8);
    }

    // another period: the URL says it, and it survives a reload and the back button
    await page.getByLabel("Kỳ", { exact: true }).selectOption("2026-Q2");
    await page.getByRole("button", { name: "Xem" }).click();
    await expect(page).toHaveURL(/[?&]ky=2026-Q2/);
    await expect(page.getByTestId("period-label")).toHaveText("Quý II/2026 — kỳ báo cáo (15/03/2026 – 14/06/2026)");
    await page.reload();
    await expect(page.getByTestId("period-label")).toHaveText("Quý II/2026 — kỳ báo cáo (15/03/2026 – 14/06/2026)");
    await expect(page.getByLabel("Kỳ", { exact: true })).toHaveValue("2026-Q2");
    await page.goBack();
    await expect(page.getByTestId("period-label")).toHaveText(defaultLabel!);
    await page.goForward();
    await expect(page.getByTestId("period-label")).toHaveText("Quý II/2026 — kỳ báo cáo (15/03/2026 – 14/06/2026)");
    await expect(page.getByTestId("chart-share").locator("table tbody tr").last()).toContainText("Quý II/2026");

    // a Biểu 06 cell leads to the explorer with exactly the figure's filters, and counts what the figure counts
    const code = (await page.getByTestId("agency-code").textContent())!;
    const table = page.getByTestId("form06-table");
    const cell = table.locator("tbody tr").first().locator('a[data-column="c13"]');
    const href = (await cell.getAttribute("href"))!;
    expect(href).toMatch(new RegExp(`^/ho-so\\?ky=2026-Q2&chitieu=c13&coquan=${biggest!.id}&linhvuc=\\d+$`));
    const fieldId = new URLSearchParams(href.split("?")[1]).get("linhvuc");
    const behind = await (await page.request.get(`/api/v1/figures/dossiers?period=2026-Q2&figure=c13&agency=${code}&field=${fieldId}&pageSize=1`)).json();
    expect(behind.total).toBe(integer((await cell.textContent())!));
    const total = table.locator("tfoot a[data-column='c3']");
    expect(await total.getAttribute("href")).toBe(`/ho-so?ky=2026-Q2&chitieu=c3&coquan=${biggest!.id}`);
    expect(integer((await total.textContent())!)).toBe(integer((await page.getByTestId("figure-c3").textContent())!.split("tiếp nhận")[0]!));
    // each defect count leads to its dossiers too
    expect(await page.getByTestId("defect-unsynced").getByTestId("defect-count").getAttribute("href")).toBe(`/ho-so?ky=2026-Q2&chitieu=unsynced&coquan=${biggest!.id}`);

    // the table as XLSX: title with the agency and the period's dates, Vietnamese headers, numbers as numbers
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(page, "export-bieu-06-xlsx")) as never);
    const sheet = workbook.worksheets[0]!;
    expect(String(sheet.getRow(1).getCell(1).value)).toBe(`Biểu 06 theo lĩnh vực — ${biggest!.name} (${code}) — Quý II/2026 — kỳ báo cáo (15/03/2026 – 14/06/2026)`);
    const header = sheet.getRow(4);
    expect(header.getCell(2).value).toBe("Lĩnh vực");
    expect(header.getCell(13).value).toBe("(13) Đang giải quyết quá hạn");
    const lastRow = sheet.getRow(sheet.rowCount);
    expect(lastRow.getCell(2).value).toBe("Tổng cộng");
    expect(lastRow.getCell(3).value).toBe(integer((await total.textContent())!));
    const rowsOnPage = await table.locator("tbody tr").count();
    expect(sheet.rowCount).toBe(4 + rowsOnPage + 1);

    // the late dossiers without an apology letter as CSV, with the same title convention
    const csv = await page.request.get((await page.getByTestId("export-chua-xin-loi-csv").getAttribute("href"))!);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect((await csv.text()).split("\r\n")[0]).toContain(`Hồ sơ trễ hạn, quá hạn chưa có phiếu xin lỗi — ${biggest!.name} (${code}) — Quý II/2026`);
  });

  test("office staff see the dossiers about to become overdue, soonest first, within the working days asked for", async ({ browser, playwright, baseURL }) => {
    const page = await asUser(browser, "vanphong");
    // the demo's dossiers stop on 20/11/2026: one in progress due in two days is pushed through
    // the API, so the warning has a dossier to show whatever today's date
    const [largest] = await agenciesByDossiers(page);
    const dueSoon = await pushDossierDueSoon(browser, playwright.request, baseURL!, page, largest!.name);
    await page.goto(`/co-quan/${largest!.id}`);
    await page.getByLabel("Cảnh báo hồ sơ đến hạn trong (ngày làm việc)").fill("20");
    await page.getByRole("button", { name: "Xem" }).click();
    await expect(page).toHaveURL(/[?&]ngay=20/);
    await expect(page.getByTestId("warning-caption")).toContainText("trong 20 ngày làm việc");
    const left = (await page.getByTestId("warning-table").getByTestId("days-left").allTextContents()).map((t) => (t === "Hôm nay" ? 0 : integer(t)));
    expect(left.length).toBeGreaterThan(0);
    await expect(page.getByTestId("warning-table")).toContainText(dueSoon);
    expect(left).toEqual([...left].sort((a, b) => a - b));
    expect(left.every((n) => n <= 20)).toBe(true);
    expect(integer((await page.getByTestId("warning-total").textContent())!)).toBeGreaterThanOrEqual(left.length);
    // fewer days: never more dossiers
    await page.getByLabel("Cảnh báo hồ sơ đến hạn trong (ngày làm việc)").fill(String(Math.max(0, left[0]!)));
    await page.getByRole("button", { name: "Xem" }).click();
    await expect(page.getByTestId("warning-table").getByTestId("days-left").first()).toBeVisible();
    const fewer = (await page.getByTestId("warning-table").getByTestId("days-left").allTextContents()).map((t) => (t === "Hôm nay" ? 0 : integer(t)));
    expect(fewer.every((n) => n <= left[0]!)).toBe(true);
    // the whole list as XLSX
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(page, "export-sap-qua-han-xlsx")) as never);
    const sheet = workbook.worksheets[0]!;
    expect(String(sheet.getRow(1).getCell(1).value)).toContain(`Hồ sơ sắp đến hạn trong ${left[0]} ngày làm việc`);
    // title, two notes, a blank line, the header: the soonest due dossier on row 6
    expect(sheet.getRow(5).getCell(6).value).toBe("Còn (ngày làm việc)");
    expect(sheet.getRow(6).getCell(6).value).toBe(left[0]);
  });

  test("fits a tablet and a 1366×768 screen without scrolling the page sideways", async ({ browser }) => {
    for (const viewport of [{ width: 1366, height: 768 }, { width: 820, height: 1180 }]) {
      const page = await asUser(browser, "vanphong", viewport);
      const [biggest] = await agenciesByDossiers(page);
      await page.goto(`/co-quan/${biggest!.id}`);
      await expect(page.getByTestId("chart-flow").locator("svg.recharts-surface").first()).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${viewport.width}×${viewport.height}`).toBeLessThanOrEqual(0);
    }
  });

  test("a focal officer is refused another agency's page and its exports", async ({ browser }) => {
    const office = await asUser(browser, "vanphong");
    const land = (await agenciesByDossiers(office, "Nông nghiệp và Môi trường")).find((a) => a.name === "Sở Nông nghiệp và Môi trường")!;
    const focal = await asUser(browser, "daumoi.tuphap");
    await focal.goto(`/co-quan/${land.id}?ky=2026-Q2`);
    await expect(focal.getByTestId("forbidden")).toBeVisible();
    await expect(focal.getByTestId("agency-name")).toHaveCount(0);
    expect((await focal.request.get(`/co-quan/${land.id}/xuat/bieu-06?ky=2026-Q2&dinhdang=xlsx`)).status()).toBe(403);
    expect((await focal.request.get(`/co-quan/${land.id}/xuat/sap-qua-han?dinhdang=csv`)).status()).toBe(403);
  });
});

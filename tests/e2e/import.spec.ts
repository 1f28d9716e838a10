import fs from "node:fs/promises";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { expect, test, type Browser, type Download, type Page } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { demoCodes, dossiersCsv } from "./helpers/import-files";

async function asUser(browser: Browser, username: string) {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await signIn(page, username);
  return page;
}

async function download(page: Page, testId: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]) as [Download, void];
  return fs.readFile((await file.path())!);
}

const ROWS = 20_000;

test.describe("imports from the web page", () => {
  test("office staff preview a dossiers file with bad rows, import it with progress, download its error report, and find it in the history", async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    const page = await asUser(browser, "vanphong");
    const { csv, bad, duplicateRecord } = dossiersCsv(await demoCodes(page.request), ROWS, `E2E${Date.now() % 1_000_000}`);
    const issueRecords = [...bad.map((b) => b.record), duplicateRecord].sort((a, b) => a - b);

    await page.getByRole("link", { name: "Nhập dữ liệu" }).click();
    await expect(page).toHaveURL(/\/nhap-du-lieu$/);
    await expect(page.getByRole("radio", { name: /^Hồ sơ/ })).toBeChecked();
    await expect(page.getByTestId("format-help")).toContainText("MaDonViXuLy");
    await page.getByLabel("Tệp dữ liệu").setInputFiles({ name: "ho-so-thang-10.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Tải lên và kiểm tra" }).click();

    // preview: what would change, nothing stored yet
    const preview = page.getByTestId("session-previewed");
    await expect(preview).toBeVisible({ timeout: 60_000 });
    await expect(preview.getByRole("heading", { level: 2 })).toContainText("chưa lưu gì");
    const previewCounts = page.getByTestId("preview-counts");
    await expect(previewCounts.getByTestId("count-read")).toHaveText("20.000");
    await expect(previewCounts.getByTestId("count-inserted")).toHaveText("19.995");
    await expect(previewCounts.getByTestId("count-rejected")).toHaveText("4");
    await expect(previewCounts.getByTestId("count-duplicates")).toHaveText("1");
    await expect(preview.getByTestId("issue-row")).toHaveCount(issueRecords.length);
    await expect(preview.getByTestId("issue-table")).toContainText("000.99.99.H00");

    // import the same file: the bar follows the job while it runs
    const seen: { state: string; progress: { phase: string; records: number } }[] = [];
    page.on("response", async (response) => {
      if (response.url().endsWith("/tien-do") && response.ok()) seen.push(await response.json());
    });
    await page.getByTestId("confirm-import").click();
    const bar = page.getByTestId("job-progress").getByRole("progressbar");
    await expect(bar).toBeVisible();
    await expect(bar).toHaveAttribute("aria-valuenow", /^[1-9]\d*$/, { timeout: 30_000 });
    await expect(bar).toHaveAttribute("aria-valuetext", /Đã nhập [\d.]+ \/ 20\.000 bản ghi/);
    const result = page.getByTestId("session-imported");
    await expect(result).toBeVisible({ timeout: 60_000 });
    expect(seen.some((s) => s.state === "importing" && s.progress.phase === "reading" && s.progress.records > 0)).toBe(true);
    const counts = page.getByTestId("result-counts");
    await expect(counts.getByTestId("count-inserted")).toHaveText("19.995");
    await expect(counts.getByTestId("count-rejected")).toHaveText("4");
    const batchId = Number(/lô #(\d+)/.exec((await result.getByRole("heading", { level: 2 }).textContent())!)![1]);

    // the error report, as CSV and XLSX
    const [header, ...records] = parse((await download(page, "report-csv")).toString("utf8"), { bom: true }) as string[][];
    expect(header).toEqual(["Bản ghi số", "Khóa (MaHoSo)", "Trường", "Nội dung lỗi", "Xử lý"]);
    expect(records.map((r) => [Number(r[0]), r[2]])).toEqual(issueRecords.map((record) => [record, bad.find((b) => b.record === record)?.field ?? "MaHoSo"]));
    expect(records.find((r) => r[0] === "17")![1]).toMatch(/^'=HYPERLINK\(/); // never a formula in a spreadsheet
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(page, "report-xlsx")) as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe("Bản ghi số");
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2));
    expect(rows.map((r) => [r.getCell(1).value, r.getCell(3).value])).toEqual(issueRecords.map((record) => [record, bad.find((b) => b.record === record)?.field ?? "MaHoSo"]));
    expect(rows.map((r) => r.getCell(5).value)).toEqual(issueRecords.map((record) => (record === duplicateRecord ? "Cảnh báo, vẫn nhập" : "Bị từ chối, không nhập")));

    // the history lists the batch with its counts, and links to its detail and audit trail
    await page.goto("/nhap-du-lieu/lich-su?nguon=WEB&loai=dossiers");
    const row = page.getByTestId("history-row").filter({ has: page.getByRole("link", { name: `Chi tiết lô ${batchId}` }) });
    await expect(row).toContainText("vanphong");
    await expect(row).toContainText("ho-so-thang-10.csv");
    await expect(row.getByTestId("history-status")).toHaveText("Đã nhập");
    await expect(row.locator("td.num")).toHaveText(["20.000", "19.995", "0", "0", "4", "1"]);
    await row.getByRole("link", { name: `Chi tiết lô ${batchId}` }).click();
    await expect(page.getByRole("heading", { name: `Lô nhập #${batchId}` })).toBeVisible();
    await expect(page.getByTestId("batch-counts").getByTestId("count-read")).toHaveText("20.000");
    await expect(page.getByTestId("issue-row")).toHaveCount(issueRecords.length);
    await page.getByTestId("batch-audit-link").click();
    await expect(page.getByTestId("audit-table")).toContainText("import.commit");

    // the same file again changes nothing
    const again = await page.request.post("/nhap-du-lieu/tai-len", {
      headers: { origin: baseURL! }, multipart: { kind: "dossiers", file: { name: "lan-2.csv", mimeType: "text/csv", buffer: Buffer.from(csv) } },
    });
    expect(again.status()).toBe(202);
    await page.goto(`/nhap-du-lieu?phien=${(await again.json()).id}`);
    await expect(page.getByTestId("preview-counts").getByTestId("count-unchanged")).toHaveText("19.995", { timeout: 60_000 });
    await page.getByTestId("cancel-import").click();
    await expect(page.getByTestId("upload-form")).toBeVisible();
  });

  test("a template downloaded from the page previews as expected and can be cancelled; a forged upload is refused", async ({ browser }) => {
    const page = await asUser(browser, "admin");
    const forged = await page.request.post("/nhap-du-lieu/tai-len", { multipart: { kind: "holidays", file: { name: "x.csv", mimeType: "text/csv", buffer: Buffer.from("Ngay,Loai\n2027-02-05,NGHI\n") } } });
    expect(forged.status()).toBe(403); // no Origin of this application: cross-site request forgery
    expect((await forged.json()).error).toContain("không xuất phát từ trang của hệ thống");
    await page.goto("/nhap-du-lieu");
    await page.getByRole("radio", { name: /^Ngày nghỉ/ }).check();
    const template = await download(page, "template-xlsx");
    await page.getByLabel("Tệp dữ liệu").setInputFiles({ name: "mau-ngay-nghi.xlsx", mimeType: "application/octet-stream", buffer: template });
    await page.getByRole("button", { name: "Tải lên và kiểm tra" }).click();
    const preview = page.getByTestId("session-previewed");
    await expect(preview).toBeVisible({ timeout: 30_000 });
    await expect(preview.getByTestId("count-read")).toHaveText("2");
    await expect(preview.getByTestId("no-issues")).toBeVisible();
    await page.getByTestId("cancel-import").click();
    await expect(page.getByTestId("upload-form")).toBeVisible();
    await expect(page.getByTestId("import-announcement")).toHaveText(/Đã hủy/);
    await expect(page).toHaveURL(/\/nhap-du-lieu$/);
    await page.goto("/quan-tri/nhat-ky?nguoidung=admin&hanhdong=auth.denied");
    await expect(page.getByTestId("audit-table")).toContainText('"reason": "cross-origin"');
  });

  test("a focal officer can neither open the import page nor post to its upload route; both attempts are in the audit trail", async ({ browser, baseURL }) => {
    const focal = await asUser(browser, "daumoi.nnmt");
    await expect(focal.getByRole("navigation", { name: "Điều hướng chính" })).not.toContainText("Nhập dữ liệu");
    await focal.goto("/nhap-du-lieu");
    await expect(focal.getByTestId("forbidden")).toBeVisible();
    const posted = await focal.request.post("/nhap-du-lieu/tai-len", {
      headers: { origin: baseURL! }, multipart: { kind: "dossiers", file: { name: "x.csv", mimeType: "text/csv", buffer: Buffer.from("MaHoSo\nA\n") } },
    });
    expect(posted.status()).toBe(403);
    expect((await posted.json()).error).toContain("Bạn không có quyền");
    expect((await focal.request.get("/nhap-du-lieu/lich-su/1/bao-cao-loi?dang=csv")).status()).toBe(403);

    const admin = await asUser(browser, "admin");
    await admin.goto("/quan-tri/nhat-ky?nguoidung=daumoi.nnmt&hanhdong=auth.denied");
    const trail = admin.getByTestId("audit-table");
    for (const attempt of ["import.page", "import.upload", "import.history"]) await expect(trail).toContainText(`"attempted": "${attempt}"`);
  });
});

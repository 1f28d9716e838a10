import ExcelJS from "exceljs";
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { signIn } from "./helpers/auth";
import { lastEndedPeriod } from "../../lib/domain/periods";
import { isoDate, localDayOf } from "../../lib/domain/local-time";

// Issue 7's journey in the browser: the Sở Tư pháp's focal officer fills, saves and submits the
// Biểu 06 of the last ended quarter; the office returns it with a reason; the officer corrects
// and resubmits; the office approves and it locks; the XLSX export has the official header; a
// second session on the same draft gets the conflict message; another agency's officer can
// neither see nor change it (forged URL, forged server action, API call).

async function asUser(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, username);
  return page;
}

const cell = (row: Locator, column: number) => row.getByRole("textbox", { name: new RegExp(`, cột ${column}: `) });
const asNumber = (text: string) => Number(text.replaceAll(".", ""));

// serial: each step continues the same report; a step of the journey takes up to a minute on a busy machine
test.describe.configure({ mode: "serial", timeout: 150_000 });

test.describe("Biểu 06 reports: form, review, approval, export, conflicts and scope", () => {
  const period = lastEndedPeriod("reporting", "quarter", isoDate(localDayOf(new Date()))).code;
  let reportUrl = "";
  let justiceCode = "";
  let field = "";
  let original = { c4: 0, c8: 0, c10: "" };
  let approvedVersion = "";

  test("a focal officer fills, saves and submits; a second session gets the conflict message", async ({ browser }) => {
    const focal = await asUser(browser, "daumoi.tuphap");
    await focal.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Báo cáo Biểu 06" }).click();
    const windows = focal.getByTestId("focal-windows").first();
    justiceCode = (await windows.getAttribute("data-agency"))!;
    const line = windows.locator(`[data-testid="focal-window"][data-period="${period}"]`);
    await expect(line.getByTestId("report-status")).toHaveText("Chưa lập");
    await line.getByRole("button", { name: /Lập báo cáo/ }).click();
    await expect(focal).toHaveURL(/\/bao-cao\/\d+$/);
    reportUrl = new URL(focal.url()).pathname;
    await expect(focal.getByRole("heading", { level: 1 })).toContainText("Sở Tư pháp");
    await expect(focal.getByTestId("report-status")).toHaveText("Bản nháp");

    // pre-filled from the one-stop data: the first row's figures are the system's
    const row = focal.getByTestId("report-row").first();
    await expect(row).toBeVisible();
    field = (await row.getAttribute("data-field"))!;
    original = { c4: asNumber(await cell(row, 4).inputValue()), c8: asNumber(await cell(row, 8).inputValue()), c10: await cell(row, 10).inputValue() };
    // fewer dossiers than the system counts (cause "differs"); more when the system has too few to take away
    const delta = original.c4 >= 2 && original.c8 >= 2 ? -2 : 2;
    const total3 = asNumber(await focal.getByTestId(`total-${field}-c3`).innerText());
    const grand3 = asNumber(await focal.getByTestId("grand-total-c3").innerText());

    // a second session opens the same draft before the first one saves
    const second = await asUser(browser, "daumoi.tuphap");
    await second.goto(reportUrl);
    await expect(second.getByTestId("report-form")).toBeVisible();

    // live totals and the client-side check of the identities (same Zod schema as the server)
    await cell(row, 4).fill(String(original.c4 + delta));
    await expect(focal.getByTestId(`total-${field}-c3`)).toHaveText((total3 + delta).toLocaleString("vi-VN"));
    await expect(focal.getByTestId("grand-total-c3")).toHaveText((grand3 + delta).toLocaleString("vi-VN"));
    await cell(row, 10).fill("-1");
    await expect(cell(row, 10)).toHaveAttribute("aria-invalid", "true");
    await focal.getByRole("button", { name: "Lưu nháp" }).click();
    await expect(focal.getByTestId("report-message")).toContainText("Chưa lưu");
    await cell(row, 10).fill(original.c10);
    await expect(cell(row, 10)).not.toHaveAttribute("aria-invalid", "true");
    await focal.getByRole("button", { name: "Gửi báo cáo" }).click();
    await expect(focal.getByTestId("report-message")).toContainText("Chưa gửi");
    await expect(focal.getByText(/cột 3 .* phải bằng cột 7/).first()).toBeVisible();

    // balance it (as many resolved before the due date), comment a cell, save the draft
    await cell(row, 8).fill(String(original.c8 + delta));
    await row.getByRole("button", { name: /Ghi chú/ }).click();
    await focal.getByRole("textbox", { name: /^Ghi chú lĩnh vực .*, cột 4: / }).first().fill("Gồm 2 hồ sơ nhận qua bưu chính chưa nhập hệ thống");
    await focal.getByRole("button", { name: "Lưu nháp" }).click();
    await expect(focal.getByTestId("report-message")).toContainText("Đã lưu bản nháp.");
    await expect(focal.getByTestId("report-version")).toHaveText("2");

    // the second session still holds version 1: its save is refused with the conflict message
    const secondRow = second.getByTestId("report-row").first();
    await cell(secondRow, 5).fill("999");
    await second.getByRole("button", { name: "Lưu nháp" }).click();
    await expect(second.getByTestId("report-message")).toContainText("chưa được lưu");
    await expect(second.getByTestId("report-message")).toContainText("tải lại trang");
    await second.getByTestId("reload-latest").click();
    await expect(second.getByTestId("report-version")).toHaveText("2");
    await expect(cell(second.getByTestId("report-row").first(), 4)).toHaveValue(String(original.c4 + delta));

    // submit: the report becomes read-only and is reconciled against the one-stop system
    await focal.getByRole("button", { name: "Gửi báo cáo" }).click();
    await expect(focal.getByTestId("report-status")).toHaveText("Đã gửi, chờ duyệt");
    await expect(focal.getByTestId("report-form")).toHaveCount(0);
    await expect(focal.getByTestId("report-readonly")).toBeVisible();
    const finding = focal.locator(`[data-testid="finding"][data-field="${field}"][data-column="c4"]`);
    await expect(finding).toContainText(delta > 0 ? "+2" : "-2");
    await expect(finding).toContainText(delta > 0 ? /Khác số liệu Hệ thống một cửa|trùng với hồ sơ cơ quan khác/ : "Khác số liệu Hệ thống một cửa");
    await expect(finding.getByRole("link")).toHaveAttribute("href", /\/ho-so\?ky=.*chitieu=c4/);

    // the officer explains the difference; the finding keeps its explanation and changes status
    await finding.getByRole("textbox", { name: /^Giải trình lĩnh vực .*, cột 4$/ }).fill("Hai hồ sơ nhận qua bưu chính chưa được nhập vào Hệ thống một cửa");
    await finding.getByRole("button", { name: "Lưu giải trình" }).click();
    await expect(finding.getByTestId("finding-status")).toContainText("Đã giải trình");
  });

  test("office staff return it with a reason; the officer corrects and resubmits; the office approves and it locks", async ({ browser }) => {
    const office = await asUser(browser, "vanphong");
    await office.goto(`/bao-cao?ky=${period}&q=${encodeURIComponent("Tư pháp")}`);
    const line = office.locator(`[data-testid="rate-row"][data-agency="${justiceCode}"]`);
    await expect(line.getByTestId("report-status")).toHaveText("Đã gửi, chờ duyệt");
    await line.getByRole("link", { name: /Xem báo cáo/ }).click();
    await expect(office).toHaveURL(new RegExp(`${reportUrl}$`));
    const returnForm = office.getByTestId("return-form");
    await returnForm.getByLabel("Lý do (bắt buộc)").fill("Cột 4 lệch Hệ thống một cửa: đề nghị kiểm tra, sửa lại.");
    await returnForm.getByRole("button", { name: "Trả lại báo cáo" }).click();
    await expect(office.getByTestId("report-status")).toHaveText("Bị trả lại");

    const focal = await asUser(browser, "daumoi.tuphap");
    await focal.goto(reportUrl);
    await expect(focal.getByTestId("return-reason")).toContainText("Cột 4 lệch Hệ thống một cửa");
    const row = focal.getByTestId("report-row").first();
    await cell(row, 4).fill(String(original.c4));
    await cell(row, 8).fill(String(original.c8));
    await focal.getByRole("button", { name: "Gửi báo cáo" }).click();
    await expect(focal.getByTestId("report-status")).toHaveText("Đã gửi, chờ duyệt");
    await expect(focal.getByTestId("report-history")).toContainText("Lý do: Cột 4 lệch Hệ thống một cửa");

    await office.reload();
    await expect(office.getByTestId("report-status")).toHaveText("Đã gửi, chờ duyệt");
    await office.getByTestId("approve-form").getByRole("button", { name: "Duyệt báo cáo" }).click();
    await expect(office.getByTestId("report-status")).toHaveText("Đã duyệt (khóa)");
    await expect(office.getByTestId("reopen-form")).toBeVisible();
    approvedVersion = await office.getByTestId("report-version").innerText();

    await focal.reload();
    await expect(focal.getByTestId("locked-note")).toBeVisible();
    await expect(focal.getByTestId("report-form")).toHaveCount(0);
    await expect(focal.getByRole("textbox")).toHaveCount(0);

    // the consolidated report of the province now counts it
    await office.goto(`/bao-cao/tong-hop?ky=${period}`);
    await expect(office.locator(`[data-testid="consolidated-row"][data-agency="${justiceCode}"]`)).toBeVisible();
    const consolidated = await office.request.get(`/bao-cao/tong-hop/xuat?ky=${period}`);
    expect(consolidated.status()).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await consolidated.body()) as never);
    const sheet = workbook.worksheets[0]!;
    expect(String(sheet.getCell("K1").value)).toMatch(/^Đơn vị báo cáo: UBND tỉnh /);
    expect(sheet.getCell("K2").value).toBe("Đơn vị nhận báo cáo: Văn phòng Chính phủ");
    expect(sheet.getCell("B6").value).toBe("Cơ quan, đơn vị");
    expect(sheet.getCell("B10").value).toBe("Sở Tư pháp");
  });

  test("the XLSX export opens and has the official Biểu 06 header", async ({ browser }) => {
    const focal = await asUser(browser, "daumoi.tuphap");
    await focal.goto(reportUrl);
    const [download] = await Promise.all([focal.waitForEvent("download"), focal.getByTestId("export-xlsx").click()]);
    expect(download.suggestedFilename()).toBe(`bieu-06-${justiceCode}-${period}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await streamBytes(await download.createReadStream())) as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell("A1").value).toBe("Biểu số 06/VPCP/KSTT");
    expect(sheet.getCell("D1").value).toBe("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH");
    expect(String(sheet.getCell("D2").value)).toMatch(/^Kỳ báo cáo: Quý (I|II|III|IV)\/\d{4}$/);
    expect(String(sheet.getCell("D3").value)).toMatch(/^\(Từ ngày \d{2}\/\d{2}\/\d{4} đến ngày \d{2}\/\d{2}\/\d{4}\)$/);
    expect(sheet.getCell("K1").value).toBe("Đơn vị báo cáo: Sở Tư pháp");
    expect(String(sheet.getCell("K2").value)).toMatch(/^Đơn vị nhận báo cáo: Văn phòng UBND tỉnh /);
    expect(sheet.getCell("J5").value).toBe("Đơn vị tính: Số hồ sơ TTHC");
    expect(sheet.getCell("C6").value).toBe("Số hồ sơ nhận giải quyết");
    expect(sheet.getCell("F6").master.address).toBe("C6");
    expect(sheet.getCell("G6").value).toBe("Kết quả giải quyết");
    expect(sheet.getCell("J7").master.address).toBe("G7");
    expect(sheet.getCell("A4").value).toBeNull(); // approved: no "not approved" line
    expect(Array.from({ length: 13 }, (_, i) => sheet.getCell(9, i + 1).value)).toEqual(Array.from({ length: 13 }, (_, i) => `(${i + 1})`));
    // the total row: column 3 = 7 + 11 and equals the sum of the rows
    let last = 10;
    while (sheet.getCell(last, 2).value !== "Tổng cộng") last++;
    const col = (row: number, c: number) => Number(sheet.getCell(row, c).value);
    expect(col(last, 3)).toBe(col(last, 7) + col(last, 11));
    let sum = 0;
    for (let r = 10; r < last; r++) sum += col(r, 3);
    expect(col(last, 3)).toBe(sum);
  });

  test("another agency's officer cannot see or change the report: forged URL, export, server action and API call are refused", async ({ browser }) => {
    const other = await asUser(browser, "daumoi.nnmt");
    await other.goto("/bao-cao");
    await expect(other.locator(`[data-testid="focal-windows"][data-agency="${justiceCode}"]`)).toHaveCount(0);
    await other.goto(reportUrl);
    await expect(other.getByTestId("forbidden")).toBeVisible();
    await expect(other.getByTestId("report-grid")).toHaveCount(0);
    await expect(other.getByTestId("report-readonly")).toHaveCount(0);
    expect((await other.request.get(`${reportUrl}/xuat`)).status()).toBe(403);

    // the API: the officer's own agency is accepted as a draft (which starts their report), the other agency's is refused
    const origin = new URL(other.url()).origin;
    await other.goto("/bao-cao");
    const ownCode = (await other.getByTestId("focal-windows").first().getAttribute("data-agency"))!;
    const body = (agency: string) => ({ MaDonVi: agency, Ky: period, Dong: [] });
    const own = await other.request.post("/api/v1/reports?draft=true", { data: body(ownCode), headers: { origin } });
    expect(own.status(), await own.text()).toBeLessThan(300);
    const forged = await other.request.post("/api/v1/reports", { data: body(justiceCode), headers: { origin } });
    expect(forged.status()).toBe(403);

    // a forged server action: the officer's own draft's save, sent with the other report's id
    const victimId = Number(reportUrl.split("/").pop());
    await other.goto("/bao-cao");
    const ownLine = other.locator(`[data-testid="focal-window"][data-period="${period}"]`).first();
    await ownLine.getByRole("link", { name: /Mở báo cáo/ }).click();
    await expect(other.getByTestId("report-form")).toBeVisible();
    await other.route("**/bao-cao/**", async (route) => {
      const request = route.request();
      if (request.method() === "POST" && request.headers()["next-action"]) {
        await route.continue({ postData: (request.postData() ?? "").replace(/"reportId":\d+/, `"reportId":${victimId}`) });
      } else {
        await route.continue();
      }
    });
    await other.reload();
    await expect(other.getByTestId("report-form")).toBeVisible();
    await other.getByRole("button", { name: "Lưu nháp" }).click();
    await expect(other.getByTestId("report-message")).toContainText("không có quyền");

    // the Sở Tư pháp's report is as approved, unchanged
    const office = await asUser(browser, "vanphong");
    const api = await (await office.request.get(`/api/v1/reports/${victimId}`)).json();
    expect(api.status).toBe("APPROVED");
    expect(String(api.version)).toBe(approvedVersion);
    expect(api.Dong.find((d: { MaLinhVuc: string }) => d.MaLinhVuc === field).TiepNhanTrucTuyen).toBe(original.c4);
  });
});

async function streamBytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/auth";

test.describe("application shell and agency list", () => {
  // the office's view: province-wide
  test.beforeEach(async ({ page }) => {
    await signIn(page, "vanphong");
  });

  test("the overview shows the demo province with vi-VN figures", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle(/TTHC Dashboard/);
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("heading", { level: 1, name: "Tổng quan" })).toBeVisible();
    await expect(page.getByText(/Tỉnh Đồng Tháp \(H87\)/)).toBeVisible();
    await expect(page.getByTestId("demo-badge")).toHaveText("Dữ liệu mô phỏng");
    const summary = page.getByTestId("province-summary");
    // dossiers, thousands with a dot: the 6,000 of the demo, and any a test before this one pushed
    await expect(summary.getByText(/^6\.\d{3}$/)).toBeVisible();
    await expect(summary.getByText("323", { exact: true })).toBeVisible(); // procedures of the demo catalogue
    const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
    await expect(nav.getByRole("link", { name: "Cơ quan, đơn vị" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Báo cáo Biểu 06" })).toBeVisible();
  });

  test("a figure leads to the agencies behind it, sorted by dossier count", async ({ page }) => {
    await page.goto("/");
    await page.getByTestId("province-summary").getByRole("link").nth(1).click();
    await expect(page).toHaveURL(/\/co-quan\?sap=hoso&chieu=giam/);
    await expect(page.getByTestId("agency-dossiers")).toHaveCount(25);
    const counts = await page.getByTestId("agency-dossiers").allTextContents();
    const numbers = counts.map((c) => Number(c.replaceAll(".", "")));
    expect(numbers.length).toBe(25);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    await expect(page.getByRole("columnheader", { name: /Số hồ sơ giải quyết/ })).toHaveAttribute("aria-sort", "descending");
  });

  test("sorting, filtering and paging live in the URL: reload and back keep them", async ({ page }) => {
    await page.goto("/co-quan");
    await page.getByRole("link", { name: /Tên cơ quan, đơn vị/ }).click();
    await expect(page).toHaveURL(/sap=ten&chieu=giam/);
    await page.getByRole("link", { name: /Tên cơ quan, đơn vị/ }).click();
    await expect(page).toHaveURL(/sap=ten&chieu=tang/);
    await expect(page.getByRole("columnheader", { name: /Tên cơ quan, đơn vị/ })).toHaveAttribute("aria-sort", "ascending");
    const firstAscending = await page.getByTestId("agency-table").locator("tbody tr").first().textContent();
    await page.reload();
    expect(await page.getByTestId("agency-table").locator("tbody tr").first().textContent()).toBe(firstAscending);
    await page.goBack();
    await expect(page).toHaveURL(/sap=ten&chieu=giam/);

    await page.getByLabel("Cấp").selectOption("XA");
    await page.getByRole("button", { name: "Lọc" }).click();
    await expect(page).toHaveURL(/cap=XA/);
    await expect(page.getByTestId("agency-total")).toHaveText("100 cơ quan, đơn vị");
    await page.getByRole("link", { name: "Trang sau ›" }).click();
    await expect(page).toHaveURL(/trang=2/);
    await expect(page.getByText("Trang 2/4")).toBeVisible();
  });

  test("history before the 2025 reform: districts that merged show their successor", async ({ page }) => {
    await page.goto("/co-quan?cap=HUYEN&hieuluc=da-giai-the&sap=ten&chieu=tang");
    const rows = page.getByTestId("agency-table").locator("tbody tr");
    await expect(rows.first()).toBeVisible();
    await expect(rows.first()).toContainText("đến 30/06/2025");
    await expect(rows.first()).toContainText("→");
    await page.goto("/co-quan?q=kh%C3%B4ng-c%C3%B3-%C4%91%C6%A1n-v%E1%BB%8B-n%C3%A0y");
    await expect(page.getByTestId("empty-state")).toContainText("Không có cơ quan, đơn vị nào khớp bộ lọc");
  });

  test("keyboard users can skip the navigation and reach the search field by label", async ({ page }) => {
    await page.goto("/co-quan");
    await expect(page.getByTestId("agency-table")).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Bỏ qua điều hướng" })).toBeFocused();
    await page.getByLabel("Tìm theo tên hoặc mã").fill("tư pháp");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/q=t%C6%B0\+ph%C3%A1p|q=t%C6%B0%20ph%C3%A1p/);
    await expect(page.getByTestId("agency-table")).toContainText("Sở Tư pháp");
  });

  test("unknown pages answer in Vietnamese with a way back", async ({ page }) => {
    const response = await page.goto("/khong-ton-tai");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
    await page.getByRole("link", { name: "Về trang tổng quan" }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test("security headers are set on every page", async ({ page }) => {
    const response = await page.request.get("/co-quan");
    expect(response.url()).toMatch(/\/co-quan$/);
    const headers = response.headers();
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");
    expect(headers["x-powered-by"]).toBeUndefined();
    // scripts only with this response's nonce; never framed
    const csp = headers["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    expect(await response.text()).toContain(`nonce="${nonce}"`);
    const again = (await page.request.get("/co-quan")).headers()["content-security-policy"];
    expect(again).not.toBe(csp);
  });
});

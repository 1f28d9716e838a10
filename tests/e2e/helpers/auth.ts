import { expect, type Page } from "@playwright/test";

/** The demo accounts' shared password (lib/seed/seed-demo.ts). Demo only. */
export const DEMO_PASSWORD = "Demo@2026";

/** Signs in through the sign-in page, as a user would; waits until the app shows the user. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD, next?: string): Promise<void> {
  await page.goto(next ? `/dang-nhap?next=${encodeURIComponent(next)}` : "/dang-nhap");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  // the password check is deliberately slow (key derivation), and a busy machine (the build,
  // other test servers) can take more than the default 5 s
  await expect(page.getByTestId("current-user")).toBeVisible({ timeout: 15_000 });
}

/** Signs out with the header's button; lands on the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);
}

// Screenshots of the main pages at 1366×768 for the README: `node scripts/screenshots.mjs [baseURL]`
// against a running application with the demo province (npm start), each page seen by the role
// that uses it (the demo accounts, password Demo@2026).
import { chromium } from "@playwright/test";

const base = process.argv[2] ?? "http://localhost:3000";
const PASSWORD = "Demo@2026";
const shots = [
  { user: "vanphong", file: "docs/screenshot-overview.png", path: "/" },
  { user: "vanphong", file: "docs/screenshot-agencies.png", path: "/co-quan?sap=hoso&chieu=giam" },
  { user: "vanphong", file: "docs/screenshot-history.png", path: "/co-quan?cap=HUYEN&hieuluc=da-giai-the&sap=ten&chieu=tang" },
  { user: "vanphong", file: "docs/screenshot-league.png", path: "/bang-xep-hang?sap=c13&chieu=giam" },
  { user: "vanphong", file: "docs/screenshot-agency.png", path: async (page) => page.locator('[data-testid=league-agency]').first().getAttribute("href"), from: "/bang-xep-hang?sap=c13&chieu=giam" },
  { user: "vanphong", file: "docs/screenshot-explorer.png", path: "/ho-so?chitieu=c13" },
  { user: "vanphong", file: "docs/screenshot-dossier.png", path: async (page) => page.getByTestId("dossier-link").first().getAttribute("href"), from: "/ho-so?chitieu=c10" },
  { user: "lanhdao", file: "docs/screenshot-leadership.png", path: "/chi-so-766" },
  { user: "vanphong", file: "docs/screenshot-reports.png", path: "/bao-cao" },
  { user: "vanphong", file: "docs/screenshot-reconciliation.png", path: "/bao-cao/doi-soat" },
  { user: "daumoi.tuphap", file: "docs/screenshot-report-form.png", path: async (page) => {
    const start = page.getByRole("button", { name: /Lập báo cáo/ }).first();
    if (await start.count()) {
      await start.click();
      await page.waitForURL(/\/bao-cao\/\d+/);
      return new URL(page.url()).pathname;
    }
    return page.locator('a[href^="/bao-cao/"]').first().getAttribute("href");
  }, from: "/bao-cao" },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run"],
});
const sessions = new Map();
async function pageFor(user) {
  if (!sessions.has(user)) {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" })).newPage();
    await page.goto(`${base}/dang-nhap`);
    await page.getByLabel("Tên đăng nhập").fill(user);
    await page.getByLabel("Mật khẩu", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    await page.getByTestId("current-user").waitFor({ timeout: 30_000 });
    sessions.set(user, page);
  }
  return sessions.get(user);
}
for (const shot of shots) {
  const page = await pageFor(shot.user);
  let path = shot.path;
  if (typeof path === "function") {
    await page.goto(base + shot.from, { waitUntil: "networkidle" });
    path = await path(page);
  }
  await page.goto(base + path, { waitUntil: "networkidle", timeout: 60_000 });
  await page.screenshot({ path: shot.file });
  console.log(`✔ ${shot.file} (${path})`);
}
await browser.close();

// Screenshots of the main pages at 1366×768 for the README: `node scripts/screenshots.mjs [baseURL]`
// against a running application (npm start).
import { chromium } from "@playwright/test";

const base = process.argv[2] ?? "http://localhost:3000";
const pages = [
  ["docs/screenshot-overview.png", "/"],
  ["docs/screenshot-agencies.png", "/co-quan?sap=hoso&chieu=giam"],
  ["docs/screenshot-history.png", "/co-quan?cap=HUYEN&hieuluc=da-giai-the&sap=ten&chieu=tang"],
];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run"],
});
const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: "vi-VN" });
for (const [file, url] of pages) {
  await page.goto(base + url, { waitUntil: "networkidle" });
  await page.screenshot({ path: file });
  console.log(`✔ ${file}`);
}
await browser.close();

import { expect, test, type Browser } from "@playwright/test";
import { signIn } from "./helpers/auth";

async function asUser(browser: Browser, username: string) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, username);
  return page;
}

test.describe("figures over HTTP and the penalty thresholds", () => {
  test("office staff read scorecards, Biểu 06 and the dossiers behind a figure; every number agrees", async ({ browser }) => {
    const page = await asUser(browser, "vanphong");
    const card = await page.request.get("/api/v1/scorecard?period=2026-Q1");
    expect(card.status()).toBe(200);
    const scorecard = await card.json();
    expect(scorecard.period).toBe("2026-Q1");
    expect(scorecard.window).toEqual(["2025-12-15", "2026-03-14"]);
    const [code, land] = Object.entries<Record<string, number | boolean | string>>(scorecard.agencies).find(([, a]) => /Nông nghiệp và Môi trường/.test(String(a.name)))!;
    for (const key of ["c3", "c13", "overdue_share", "penalty", "apology_coverage", "sync_rate", "result_file_defects", "rank"]) expect(land).toHaveProperty(key);

    const form = await (await page.request.get(`/api/v1/form06?period=2026-Q1&agency=${code}`)).json();
    expect(form.province).not.toBeNull();
    expect(form.agencies[code].c13).toBe(land.c13);
    expect(form.detail.rows.length).toBeGreaterThan(0);
    expect(form.detail.identity_violations).toEqual([]);

    const behind = await (await page.request.get(`/api/v1/figures/dossiers?period=2026-Q1&figure=c13&agency=${code}&pageSize=5`)).json();
    expect(behind.total).toBe(land.c13);
    expect(behind.dossiers.length).toBe(Math.min(5, Number(land.c13)));

    const index = await (await page.request.get("/api/v1/index766?period=2026-Q1")).json();
    expect(index.indicators.find((i: { code: string }) => i.code === "2.1").status).toBe("computed");
    expect(index.indicators.find((i: { code: string }) => i.code === "5.1").status).toBe("not_computed");
  });

  test("a focal officer gets their own agencies only, and a clear error for a bad period", async ({ browser }) => {
    const office = await asUser(browser, "vanphong");
    const all = await (await office.request.get("/api/v1/scorecard?period=2026-Q1")).json();
    const landCode = Object.entries<{ name: string }>(all.agencies).find(([, a]) => /Nông nghiệp và Môi trường/.test(a.name))![0];

    const focal = await asUser(browser, "daumoi.tuphap");
    const form = await (await focal.request.get("/api/v1/form06?period=2026-Q1")).json();
    expect(form.province).toBeNull();
    expect(Object.keys(form.agencies).length).toBeGreaterThan(0);
    expect(Object.keys(form.agencies)).not.toContain(landCode);
    const refused = await focal.request.get(`/api/v1/scorecard?period=2026-Q1&agency=${landCode}`);
    expect(refused.status()).toBe(403);
    const bad = await focal.request.get("/api/v1/scorecard?period=2026-H2");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error).toContain("6 tháng đầu năm");
    const anonymous = await browser.newContext();
    expect((await anonymous.request.get("/api/v1/scorecard?period=2026-Q1")).status()).toBe(401);
  });

  test("an admin adds a threshold version from tomorrow; office staff can read it but not change it", async ({ browser }) => {
    const admin = await asUser(browser, "admin");
    await admin.goto("/quan-tri/nguong-tru-diem");
    await expect(admin.getByTestId("penalty-versions")).toContainText("01/01/2020");
    await admin.getByLabel("Căn cứ, lý do").fill("Quyết định thử nghiệm e2e");
    await admin.getByLabel("Ngưỡng (%) cho Sở, ban, ngành").fill("1.5");
    await admin.getByRole("button", { name: "Lưu phiên bản mới" }).click();
    await expect(admin.getByTestId("form-message")).toContainText("Đã lưu phiên bản mới");
    await expect(admin.getByTestId("penalty-versions")).toContainText("> 1,5%");

    const office = await asUser(browser, "vanphong");
    await office.goto("/quan-tri/nguong-tru-diem");
    await expect(office.getByTestId("penalty-versions")).toContainText("Quyết định thử nghiệm e2e");
    await expect(office.getByTestId("penalty-form")).toHaveCount(0);
  });
});

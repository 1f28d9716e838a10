import { expect, test, type Browser, type Page, type Request } from "@playwright/test";
import { DEMO_PASSWORD, signIn, signOut } from "./helpers/auth";

// Sign-in, roles scoped to agencies and the audit trail, as users meet them. The demo province
// of scripts/e2e-server.mjs: admin, vanphong (office), lanhdao (leadership), and the focal
// officers of the Department of Agriculture and Environment (daumoi.nnmt, with its land
// registration office and three branches), of the Department of Justice (daumoi.tuphap) and of
// one commune (daumoi.xa).

const ADMIN_SECTIONS = ["Người dùng", "Khóa API", "Nhật ký hệ thống"];

async function asUser(browser: Browser, username: string, password = DEMO_PASSWORD): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, username, password);
  return page;
}

/** The id of the first agency the admin finds by name (from the agency list's link). */
async function agencyIdByName(admin: Page, name: string): Promise<string> {
  await admin.goto(`/co-quan?q=${encodeURIComponent(name)}`);
  const href = await admin.getByTestId("agency-table").getByRole("link", { name, exact: true }).first().getAttribute("href");
  return /\/co-quan\/(\d+)/.exec(href!)![1]!;
}

async function openUser(admin: Page, username: string): Promise<void> {
  await admin.goto(`/quan-tri/nguoi-dung?q=${encodeURIComponent(username)}`);
  await admin.getByTestId("user-table").getByRole("link", { name: username, exact: true }).click();
  await expect(admin.getByRole("heading", { level: 2, name: "Vai trò và phạm vi" })).toBeVisible();
}

test.describe("sign-in", () => {
  test("pages need a signed-in user, who comes back where they were going", async ({ page }) => {
    await page.goto("/co-quan?cap=XA");
    await expect(page).toHaveURL(/\/dang-nhap\?next=%2Fco-quan%3Fcap%3DXA$/);
    await expect(page.getByRole("heading", { name: "Đăng nhập" })).toBeVisible();
    await page.getByLabel("Tên đăng nhập").fill("vanphong");
    await page.getByLabel("Mật khẩu", { exact: true }).fill(DEMO_PASSWORD);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/co-quan\?cap=XA$/);
    await expect(page.getByTestId("agency-total")).toHaveText("100 cơ quan, đơn vị");
  });

  test("a wrong password or an unknown user gets one generic message; a foreign `next` is ignored", async ({ page }) => {
    for (const [username, password] of [["vanphong", "sai-mat-khau"], ["khong.ton.tai", DEMO_PASSWORD]]) {
      await page.goto("/dang-nhap?next=https%3A%2F%2Fevil.example%2F");
      await page.getByLabel("Tên đăng nhập").fill(username!);
      await page.getByLabel("Mật khẩu", { exact: true }).fill(password!);
      await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
      await expect(page.getByTestId("sign-in-error")).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
      await expect(page.getByLabel("Mật khẩu", { exact: true })).toBeFocused();
      await expect(page.getByLabel("Mật khẩu", { exact: true })).toHaveValue("");
    }
    await page.getByLabel("Tên đăng nhập").fill("vanphong");
    await page.getByLabel("Mật khẩu", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    await expect(page).toHaveURL(/localhost:\d+\/$/);
  });

  test("sign-out ends the session and is audited", async ({ page, browser }) => {
    await signIn(page, "lanhdao");
    await expect(page.getByTestId("current-user")).toContainText("Phó Chủ tịch UBND tỉnh");
    await expect(page.getByTestId("current-roles")).toHaveText("Lãnh đạo tỉnh");
    await signOut(page);
    await page.goto("/");
    await expect(page).toHaveURL(/\/dang-nhap/);
    const admin = await asUser(browser, "admin");
    await admin.goto("/quan-tri/nhat-ky?nguoidung=lanhdao&hanhdong=auth.signout");
    await expect(admin.getByTestId("audit-row").first()).toContainText("auth.signout");
  });
});

test.describe("each role sees only what it may", () => {
  const CASES: { username: string; roles: string; sections: string[]; refused: string[]; agencies: number | null }[] = [
    { username: "admin", roles: "Quản trị hệ thống", sections: ADMIN_SECTIONS, refused: [], agencies: null },
    { username: "vanphong", roles: "Văn phòng UBND tỉnh (KSTTHC)", sections: ["Nhật ký hệ thống"], refused: ["/quan-tri/nguoi-dung", "/quan-tri/khoa-api"], agencies: null },
    { username: "lanhdao", roles: "Lãnh đạo tỉnh", sections: [], refused: ["/quan-tri/nguoi-dung", "/quan-tri/khoa-api", "/quan-tri/nhat-ky"], agencies: null },
    { username: "daumoi.nnmt", roles: "Đầu mối KSTTHC", sections: [], refused: ["/quan-tri/nguoi-dung", "/quan-tri/khoa-api", "/quan-tri/nhat-ky"], agencies: 5 },
    { username: "daumoi.tuphap", roles: "Đầu mối KSTTHC", sections: [], refused: ["/quan-tri/nguoi-dung", "/quan-tri/khoa-api", "/quan-tri/nhat-ky"], agencies: 1 },
    { username: "daumoi.xa", roles: "Đầu mối KSTTHC", sections: [], refused: ["/quan-tri/nguoi-dung", "/quan-tri/khoa-api", "/quan-tri/nhat-ky"], agencies: 1 },
  ];
  for (const c of CASES) {
    test(`${c.username}: sections, agencies and refused pages`, async ({ page }) => {
      await signIn(page, c.username);
      await expect(page.getByTestId("current-roles")).toHaveText(c.roles);
      const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
      for (const section of ADMIN_SECTIONS) {
        await expect(nav.getByRole("link", { name: section })).toHaveCount(c.sections.includes(section) ? 1 : 0);
      }
      await page.goto("/co-quan");
      const total = Number((await page.getByTestId("agency-total").textContent())!.replace(/\D/g, ""));
      if (c.agencies === null) expect(total).toBeGreaterThan(100);
      else expect(total).toBe(c.agencies);
      for (const path of c.refused) {
        await page.goto(path);
        await expect(page.getByTestId("forbidden")).toBeVisible();
      }
      for (const section of c.sections) {
        await nav.getByRole("link", { name: section }).click();
        await expect(page.getByRole("heading", { level: 1, name: section })).toBeVisible();
        await expect(page.getByTestId("forbidden")).toHaveCount(0);
      }
    });
  }

  test("a focal officer's overview counts its own agencies only", async ({ page }) => {
    await signIn(page, "daumoi.nnmt");
    const summary = page.getByTestId("province-summary");
    await expect(summary).toContainText("Cơ quan, đơn vị bạn phụ trách");
    await expect(summary).toContainText("Hồ sơ của các đơn vị bạn phụ trách");
    await page.goto("/co-quan?sap=ten&chieu=tang");
    const names = await page.getByTestId("agency-table").locator("tbody tr td:nth-child(2) a").allTextContents();
    expect(names).toContain("Sở Nông nghiệp và Môi trường");
    expect(names).toContain("Văn phòng Đăng ký đất đai tỉnh");
    expect(names.filter((n) => n.startsWith("Chi nhánh Văn phòng Đăng ký đất đai"))).toHaveLength(3);
  });
});

test.describe("refusals are enforced on the server and recorded", () => {
  test("a focal officer forging URLs, API calls and server actions for another agency is refused, and the admin sees every attempt", async ({ browser }) => {
    const admin = await asUser(browser, "admin");
    const otherAgency = await agencyIdByName(admin, "Sở Nông nghiệp và Môi trường");
    const ownAgency = await agencyIdByName(admin, "Sở Tư pháp");

    // the admin creates a user; the request the browser sends is captured to be replayed
    await admin.goto("/quan-tri/nguoi-dung/moi");
    const captured = new Promise<Request>((resolve) => admin.on("request", (r) => { if (r.method() === "POST" && r.headers()["next-action"]) resolve(r); }));
    await admin.getByLabel("Tên đăng nhập", { exact: true }).fill("e2e.hople");
    await admin.getByLabel("Họ và tên").fill("Người dùng hợp lệ");
    await admin.getByLabel("Mật khẩu tạm").fill("Tam-Thoi-2026");
    await admin.getByRole("button", { name: "Tạo người dùng" }).click();
    await expect(admin.getByRole("heading", { level: 1, name: "Người dùng hợp lệ" })).toBeVisible();
    const action = await captured;

    const focal = await asUser(browser, "daumoi.tuphap");
    // by URL: the own agency opens, the other is refused
    await focal.goto(`/co-quan/${ownAgency}`);
    await expect(focal.getByTestId("agency-name")).toHaveText("Sở Tư pháp");
    await focal.goto(`/co-quan/${otherAgency}`);
    await expect(focal.getByTestId("forbidden")).toBeVisible();
    await expect(focal.getByText("Sở Nông nghiệp và Môi trường")).toHaveCount(0);
    // by API, with the focal officer's session
    const api = await focal.request.get(`/api/v1/co-quan/${otherAgency}`);
    expect(api.status()).toBe(403);
    expect((await api.json()).error).toMatch(/không có quyền/);
    expect((await focal.request.get(`/api/v1/co-quan/${ownAgency}`)).status()).toBe(200);
    // by replaying the admin's server action with the focal officer's session
    const forged = await focal.request.post(action.url(), {
      headers: { ...action.headers(), origin: new URL(action.url()).origin },
      data: action.postDataBuffer()!.toString("utf8").replaceAll("e2e.hople", "e2e.gia.mao"),
    });
    expect(await forged.text()).toContain("Bạn không có quyền thực hiện thao tác này.");
    // the CSV export of the audit trail
    expect((await focal.request.get("/quan-tri/nhat-ky/xuat-csv")).status()).toBe(403);

    await admin.goto("/quan-tri/nguoi-dung?q=e2e.");
    await expect(admin.getByTestId("user-table")).toContainText("e2e.hople");
    await expect(admin.getByTestId("user-table")).not.toContainText("e2e.gia.mao");

    // every attempt is in the audit trail, seen by the admin's audit viewer
    await admin.goto("/quan-tri/nhat-ky");
    await admin.getByLabel("Người thực hiện").fill("daumoi.tuphap");
    await admin.getByLabel("Kết quả").selectOption("DENIED");
    await admin.getByRole("button", { name: "Lọc" }).click();
    await expect(admin).toHaveURL(/nguoidung=daumoi.tuphap/);
    const table = admin.getByTestId("audit-table");
    for (const attempted of ["agency.view", "user.create", "audit.export"]) await expect(table).toContainText(`"attempted": "${attempted}"`);
    await expect(table).toContainText(`agency #${otherAgency}`);
    expect(await admin.getByTestId("audit-row").count()).toBeGreaterThanOrEqual(4);
  });

  test("the audit trail exports to CSV with the viewer's filters", async ({ page }) => {
    await signIn(page, "vanphong");
    await page.goto("/quan-tri/nhat-ky?hanhdong=auth.signin");
    const downloaded = page.waitForEvent("download");
    await page.getByTestId("audit-export").click();
    const file = await (await downloaded).path();
    const text = (await import("node:fs")).readFileSync(file, "utf8");
    expect(text.startsWith("\uFEFF\"Thời điểm (giờ Việt Nam)\",\"Người thực hiện\"")).toBe(true);
    const lines = text.trim().split("\r\n").slice(1);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.every((l) => l.includes('"auth.signin"'))).toBe(true);
  });
});

test.describe("administration", () => {
  test("a deactivated user loses access at once, even with a session already open", async ({ browser }) => {
    const focal = await asUser(browser, "daumoi.xa");
    await focal.goto("/co-quan");
    await expect(focal.getByTestId("agency-total")).toHaveText("1 cơ quan, đơn vị");
    const agencyHref = await focal.getByTestId("agency-table").locator("tbody").getByRole("link").first().getAttribute("href");

    const admin = await asUser(browser, "admin");
    await openUser(admin, "daumoi.xa");
    admin.once("dialog", (d) => d.accept());
    await admin.getByRole("button", { name: "Khóa tài khoản" }).click();
    await expect(admin.getByTestId("active-message")).toContainText("Đã khóa tài khoản");
    await expect(admin.getByTestId("user-status")).toHaveText("Đã khóa");

    // the open session is refused on its next request: page, API
    await focal.reload();
    await expect(focal).toHaveURL(/\/dang-nhap/);
    expect((await focal.request.get(`/api/v1${agencyHref}`)).status()).toBe(401);
    await focal.getByLabel("Tên đăng nhập").fill("daumoi.xa");
    await focal.getByLabel("Mật khẩu", { exact: true }).fill(DEMO_PASSWORD);
    await focal.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    await expect(focal.getByTestId("sign-in-error")).toBeVisible();

    await admin.getByRole("button", { name: "Mở khóa tài khoản" }).click();
    await expect(admin.getByTestId("user-status")).toHaveText("Đang hoạt động");
    await signIn(focal, "daumoi.xa");
    await expect(focal.getByTestId("current-roles")).toHaveText("Đầu mối KSTTHC");
  });

  test("an admin creates a focal officer, who must choose a new password and then sees its agency only", async ({ browser }) => {
    const admin = await asUser(browser, "admin");
    await admin.goto("/quan-tri/nguoi-dung");
    await admin.getByRole("link", { name: "Thêm người dùng" }).click();
    await expect(admin.getByRole("heading", { level: 1, name: "Thêm người dùng" })).toBeVisible();
    await admin.getByLabel("Tên đăng nhập", { exact: true }).fill("e2e.daumoi");
    await admin.getByLabel("Họ và tên").fill("Trần Thị Đầu Mối");
    await admin.getByLabel("Mật khẩu tạm").fill("ngan");
    await admin.getByRole("button", { name: "Tạo người dùng" }).click();
    await expect(admin.locator("#password-error")).toContainText("ít nhất 10 ký tự");
    // what was typed stays, but the password
    await expect(admin.getByLabel("Tên đăng nhập", { exact: true })).toHaveValue("e2e.daumoi");
    await expect(admin.getByLabel("Họ và tên")).toHaveValue("Trần Thị Đầu Mối");
    await expect(admin.getByLabel("Mật khẩu tạm")).toHaveValue("");
    await admin.getByLabel("Mật khẩu tạm").fill("Tam-Thoi-2026");
    await admin.getByRole("button", { name: "Tạo người dùng" }).click();
    await expect(admin.getByRole("heading", { level: 1, name: "Trần Thị Đầu Mối" })).toBeVisible();

    await admin.getByLabel("Vai trò", { exact: true }).selectOption("FOCAL");
    await admin.getByRole("button", { name: "Thêm vai trò" }).click();
    await expect(admin.locator("#agencyId-error")).toHaveText("Vai trò đầu mối cần chọn cơ quan, đơn vị.");
    const justice = await admin.locator("#agencyId option", { hasText: "Sở Tư pháp" }).first().getAttribute("value");
    await admin.getByLabel("Vai trò", { exact: true }).selectOption("FOCAL");
    await admin.getByLabel(/Cơ quan, đơn vị/).selectOption(justice!);
    await admin.getByRole("button", { name: "Thêm vai trò" }).click();
    await expect(admin.getByTestId("user-roles")).toContainText("Đầu mối KSTTHC — Sở Tư pháp");

    const context = await browser.newContext();
    const user = await context.newPage();
    await user.goto("/dang-nhap");
    await user.getByLabel("Tên đăng nhập").fill("e2e.daumoi");
    await user.getByLabel("Mật khẩu", { exact: true }).fill("Tam-Thoi-2026");
    await user.getByRole("button", { name: "Đăng nhập", exact: true }).click();
    await expect(user).toHaveURL(/\/doi-mat-khau$/);
    await expect(user.getByTestId("must-change-password")).toBeVisible();
    await user.goto("/co-quan");
    await expect(user).toHaveURL(/\/doi-mat-khau$/);
    await user.getByLabel("Mật khẩu hiện tại").fill("Tam-Thoi-2026");
    await user.getByLabel("Mật khẩu mới", { exact: true }).fill("Cua-Toi-2026!");
    await user.getByLabel("Nhập lại mật khẩu mới").fill("Cua-Toi-2026!");
    await user.getByRole("button", { name: "Đổi mật khẩu" }).click();
    await expect(user.getByTestId("sign-in-notice")).toContainText("Đã đổi mật khẩu");
    await signIn(user, "e2e.daumoi", "Cua-Toi-2026!");
    await user.goto("/co-quan");
    await expect(user.getByTestId("agency-total")).toHaveText("1 cơ quan, đơn vị");
    await expect(user.getByTestId("agency-table")).toContainText("Sở Tư pháp");

    await admin.goto("/quan-tri/nhat-ky?madoituong=&doituong=user&hanhdong=user.");
    const table = admin.getByTestId("audit-table");
    for (const action of ["user.create", "user.role-assign", "user.password-change"]) await expect(table).toContainText(action);
  });

  test("an API key works until it is revoked, and is shown only once", async ({ browser, playwright, baseURL }) => {
    const admin = await asUser(browser, "admin");
    const agency = await agencyIdByName(admin, "Sở Tư pháp");
    await admin.goto("/quan-tri/khoa-api");
    await admin.getByLabel(/Tên gợi nhớ/).fill("Công cụ báo cáo e2e");
    await admin.getByLabel(/Đọc số liệu thống kê/).check();
    await admin.getByRole("button", { name: "Tạo khóa" }).click();
    const key = await admin.getByTestId("new-api-key").inputValue();
    expect(key).toMatch(/^tthc_[0-9a-f]{8}_/);
    await expect(admin.getByTestId("api-key-table")).toContainText(key.slice(0, 13));
    await expect(admin.getByTestId("api-key-table")).not.toContainText(key);

    const client = await playwright.request.newContext({ baseURL });
    const withKey = await client.get(`/api/v1/co-quan/${agency}`, { headers: { authorization: `Bearer ${key}` } });
    expect(withKey.status()).toBe(200);
    expect((await withKey.json()).name).toBe("Sở Tư pháp");
    expect((await client.get(`/api/v1/co-quan/${agency}`)).status()).toBe(401);

    await admin.reload();
    admin.once("dialog", (d) => d.accept());
    await admin.getByRole("button", { name: new RegExp(`Thu hồi khóa Công cụ báo cáo e2e`) }).click();
    await expect(admin.getByTestId("api-key-table")).toContainText("Đã thu hồi");
    expect((await client.get(`/api/v1/co-quan/${agency}`, { headers: { "x-api-key": key } })).status()).toBe(401);
    await client.dispose();
  });
});

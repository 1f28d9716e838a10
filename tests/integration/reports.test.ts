// Quarterly reports (issue 7) through the service and the API on the demo province: the
// pre-filled draft, optimistic concurrency, submit → return → resubmit → approve (locked) →
// reopen, reconciliation findings of every cause stored on submit and on demand, agency scope of
// focal officers (service and API), timeliness, the province's consolidation, and every change
// audited in the same transaction as the change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { ZodError } from "zod";
import { seedDemo } from "@/lib/seed/seed-demo";
import { ForbiddenError, type Viewer } from "@/lib/auth/permissions";
import { createApiKey } from "@/lib/auth/api-keys";
import { UserFacingError } from "@/lib/errors";
import { parsePeriod } from "@/lib/domain/periods";
import { form06Columns, sumColumns } from "@/lib/domain/counters";
import type { ReportRow } from "@/lib/domain/report-form";
import { agencyCompetenceSql, form06Report } from "@/lib/stats/engine";
import {
  approveReport, consolidatedReport, focalReports, getReport, listReports, openDraft, reconcileReport, reconciliationSummary, reopenReport, ReportConflictError,
  resolveFinding, returnReport, saveDraft, setDeadline, submissionTimeliness, submitReport, type ReportView,
} from "@/lib/services/reports";
import { getReportById, getReportByKey, postReport, type ReportsApiDeps } from "@/lib/api/reports-route";
import { DB_KINDS, openTestDb, type TestDb } from "../helpers/test-db";
import { viewerOf } from "../helpers/viewers";

const FROM = { ip: "198.51.100.7", userAgent: "vitest" };
const PERIOD = "2026-Q1";

const editable = (view: ReportView): ReportRow[] => view.rows.map(({ fieldCode, c4, c5, c6, c8, c9, c10, c12, c13, comments }) => ({ fieldCode, c4, c5, c6, c8, c9, c10, c12, c13, comments }));
/** adds `n` dossiers received in person and still within their due date: the identity stays */
const plus = (row: ReportRow, n: number): ReportRow => ({ ...row, c5: row.c5 + n, c12: row.c12 + n });

describe.each(DB_KINDS)("reports on %s", (kind) => {
  let t: TestDb;
  let sql: pg.Client;
  let office: Viewer, leader: Viewer, admin: Viewer, land: Viewer, justice: Viewer;
  let landAgencyId: number, justiceAgencyId: number;
  let keys: { writer: string; reader: string };
  const api = (viewer: Viewer | null): ReportsApiDeps => ({ db: t.db, sql, viewer: async () => viewer });

  beforeAll(async () => {
    t = await openTestDb(kind);
    await seedDemo(t.url, { dossiers: 5000, seed: "reports" });
    sql = new pg.Client({ connectionString: t.url });
    await sql.connect();
    office = await viewerOf(t.db, "vanphong");
    leader = await viewerOf(t.db, "lanhdao");
    admin = await viewerOf(t.db, "admin");
    land = await viewerOf(t.db, "daumoi.nnmt");
    justice = await viewerOf(t.db, "daumoi.tuphap");
    landAgencyId = [...land.focalAgencyIds][0]!;
    justiceAgencyId = [...justice.focalAgencyIds][0]!;
    keys = {
      writer: (await createApiKey(t.db, admin, { name: "Phần mềm báo cáo", scopes: ["reports:write"] }, FROM)).key,
      reader: (await createApiKey(t.db, admin, { name: "Đọc số liệu", scopes: ["stats:read"] }, FROM)).key,
    };
  }, 180_000);
  afterAll(async () => {
    await sql?.end();
    await t?.close();
  });

  /** fields (codes) of the catalogue within / outside an agency's competence */
  async function competence(agencyId: number): Promise<{ inside: string[]; outside: string[] }> {
    const { rows } = await sql.query<{ code: string; competent: boolean }>(
      `SELECT f.code, bool_or(${agencyCompetenceSql("p", "a")}) AS competent
         FROM procedure p JOIN field f ON f.province_id = p.province_id AND f.id = p.field_id JOIN agency a ON a.province_id = p.province_id AND a.id = $1
        GROUP BY f.code ORDER BY f.code`, [agencyId]);
    return { inside: rows.filter((r) => r.competent).map((r) => r.code), outside: rows.filter((r) => !r.competent).map((r) => r.code) };
  }

  it("opens a draft pre-filled from the one-stop data, once, and audits its creation", async () => {
    const view = await openDraft(t.db, sql, land, { agencyId: landAgencyId, period: PERIOD }, FROM);
    const system = await form06Report(sql, land.provinceId, parsePeriod(PERIOD, "reporting"), [landAgencyId]);
    const expected = system.agencies[0]!.rows.map((r) => ({ fieldCode: r.field.code, columns: r.columns }));
    expect(expected.length).toBeGreaterThan(0);
    expect(view.rows.map((r) => ({ fieldCode: r.fieldCode, columns: r.columns }))).toEqual(expected);
    expect(view.rows.every((r) => JSON.stringify(r.columns) === JSON.stringify(r.system))).toBe(true);
    expect(view.report).toMatchObject({ status: "DRAFT", version: 1, period: PERIOD, windowStart: "2025-12-15", windowEnd: "2026-03-14" });
    expect(view.history).toEqual([expect.objectContaining({ from: null, to: "DRAFT", by: "daumoi.nnmt" })]);
    expect(view.can).toMatchObject({ edit: true, submit: true, review: false, reopen: false });
    const again = await openDraft(t.db, sql, land, { agencyId: landAgencyId, period: PERIOD }, FROM);
    expect(again.report.id).toBe(view.report.id);
    expect(await t.db.auditLog.count({ where: { action: "report.create", entityId: String(view.report.id) } })).toBe(1);
  });

  it("lets only the agency's focal officers create it; others read within their scope", async () => {
    await expect(openDraft(t.db, sql, office, { agencyId: justiceAgencyId, period: PERIOD }, FROM)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(openDraft(t.db, sql, justice, { agencyId: landAgencyId, period: PERIOD }, FROM)).rejects.toBeInstanceOf(ForbiddenError);
    const own = await openDraft(t.db, sql, land, { agencyId: landAgencyId, period: PERIOD }, FROM);
    const forOffice = await getReport(t.db, sql, office, own.report.id, FROM);
    expect(forOffice.can).toMatchObject({ edit: false, submit: false, review: false, reconcile: true });
    expect((await getReport(t.db, sql, leader, own.report.id, FROM)).can).toMatchObject({ edit: false, reconcile: false, resolveFindings: false });
    const mine = await focalReports(t.db, land, PERIOD, FROM);
    expect(mine.agencies).toEqual([expect.objectContaining({ agency: expect.objectContaining({ id: landAgencyId }), report: expect.objectContaining({ id: own.report.id, status: "DRAFT" }) })]);
    expect((await focalReports(t.db, justice, PERIOD, FROM)).agencies).toEqual([expect.objectContaining({ report: null })]);
    await expect(focalReports(t.db, office, PERIOD, FROM)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(openDraft(t.db, sql, land, { agencyId: landAgencyId, period: "2026-03" }, FROM)).rejects.toThrow(/không theo tháng/);
  });

  it("refuses a focal officer another agency's report (read, save, submit), audited", async () => {
    const report = await openDraft(t.db, sql, land, { agencyId: landAgencyId, period: PERIOD }, FROM);
    const id = report.report.id;
    const rows = editable(report);
    const before = await t.db.auditLog.count({ where: { action: "auth.denied", userId: justice.userId } });
    await expect(getReport(t.db, sql, justice, id, FROM)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveDraft(t.db, justice, { reportId: id, version: report.report.version, rows }, FROM)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(submitReport(t.db, sql, justice, { reportId: id, version: report.report.version, rows }, FROM)).rejects.toBeInstanceOf(ForbiddenError);
    const denied = await t.db.auditLog.findMany({ where: { action: "auth.denied", userId: justice.userId }, orderBy: { id: "asc" } });
    expect(denied.slice(before).map((d) => (d.after as { attempted: string }).attempted)).toEqual(["report.view", "report.save", "report.submit"]);
    // and through the API, with the session
    const get = await getReportById(new Request(`http://localhost/api/v1/reports/${id}`), String(id), api(justice));
    expect(get.status).toBe(403);
    const byKey = await getReportByKey(new Request(`http://localhost/api/v1/reports?agency=${report.report.agency.code}&period=${PERIOD}`), api(justice));
    expect(byKey.status).toBe(403);
    const post = await postReport(new Request("http://localhost/api/v1/reports?draft=true", {
      method: "POST", headers: { origin: "http://localhost", host: "localhost", "content-type": "application/json" },
      body: JSON.stringify({ MaDonVi: report.report.agency.code, Ky: PERIOD, Dong: [] }),
    }), api(justice));
    expect(post.status).toBe(403);
    expect((await getReport(t.db, sql, land, id, FROM)).report.version).toBe(report.report.version);
    // a focal officer's list holds their agencies only
    const list = await listReports(t.db, justice, { sap: "capnhat", chieu: "giam", trang: 1 }, FROM);
    expect(list.rows.every((r) => justice.focalScope.has(r.agency.id))).toBe(true);
  });

  it("saves drafts with optimistic concurrency: a stale version gets the conflict message and changes nothing", async () => {
    const first = await openDraft(t.db, sql, land, { agencyId: landAgencyId, period: PERIOD }, FROM);
    const rows = editable(first);
    const saved = await saveDraft(t.db, land, { reportId: first.report.id, version: first.report.version, rows: [{ ...rows[0]!, comments: { c5: "kiểm tra lại" } }, ...rows.slice(1)] }, FROM);
    expect(saved.version).toBe(first.report.version + 1);
    const stale = saveDraft(t.db, land, { reportId: first.report.id, version: first.report.version, rows: [plus(rows[0]!, 5), ...rows.slice(1)] }, FROM);
    await expect(stale).rejects.toBeInstanceOf(ReportConflictError);
    await expect(stale).rejects.toThrow(/vừa được daumoi\.nnmt lưu lúc \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}.*tải lại trang/);
    const now = await getReport(t.db, sql, land, first.report.id, FROM);
    expect(now.report.version).toBe(saved.version);
    expect(now.rows[0]).toMatchObject({ c5: rows[0]!.c5, comments: { c5: "kiểm tra lại" } });
    expect(now.lastSaved?.by).toBe("daumoi.nnmt");
    // the refused save left no audit record
    expect(await t.db.auditLog.count({ where: { action: "report.save", entityId: String(first.report.id) } })).toBe(1);
  });

  it("validates with the form's schema: drafts may break the identity, submissions may not", async () => {
    const view = await openDraft(t.db, sql, land, { agencyId: landAgencyId, period: PERIOD }, FROM);
    const rows = editable(view);
    const broken = [{ ...rows[0]!, c13: rows[0]!.c13 + 2 }, ...rows.slice(1)];
    await expect(saveDraft(t.db, land, { reportId: view.report.id, version: view.report.version, rows: [{ ...rows[0]!, c4: -1 }] }, FROM)).rejects.toBeInstanceOf(ZodError);
    const submit = submitReport(t.db, sql, land, { reportId: view.report.id, version: view.report.version, rows: broken }, FROM);
    await expect(submit).rejects.toBeInstanceOf(ZodError);
    await expect(submit).rejects.toThrow(new RegExp(`Lĩnh vực ${rows[0]!.fieldCode}: cột 3 \\(tổng tiếp nhận = \\d+\\) phải bằng cột 7`));
    const saved = await saveDraft(t.db, land, { reportId: view.report.id, version: view.report.version, rows: broken }, FROM);
    // on demand, the draft's broken identity is a finding
    const findings = await reconcileReport(t.db, sql, land, view.report.id, FROM);
    expect(findings).toEqual([expect.objectContaining({ field: rows[0]!.fieldCode, column: "c3", cause: "identity_violated", status: "OPEN" }), expect.objectContaining({ column: "c13", cause: "differs" })]);
    await saveDraft(t.db, land, { reportId: view.report.id, version: saved.version, rows }, FROM);
  });

  it("submits with reconciliation findings of every cause, linked to the dossiers behind the system value", async () => {
    const landFields = await competence(landAgencyId);
    const justiceFields = await competence(justiceAgencyId);
    // another agency (justice) reports dossiers of one of land's fields: its row is outside its own competence
    const shared = (await openDraft(t.db, sql, land, { agencyId: landAgencyId, period: PERIOD }, FROM)).rows[0]!;
    expect(justiceFields.outside).toContain(shared.fieldCode);
    const other = await openDraft(t.db, sql, justice, { agencyId: justiceAgencyId, period: PERIOD }, FROM);
    const otherRows = [...editable(other), { fieldCode: shared.fieldCode, c4: 0, c5: 4, c6: 0, c8: 4, c9: 0, c10: 0, c12: 0, c13: 0, comments: {} }];
    const otherSubmitted = await submitReport(t.db, sql, justice, { reportId: other.report.id, version: other.report.version, rows: otherRows }, FROM);
    expect(otherSubmitted.status).toBe("SUBMITTED");
    const otherView = await getReport(t.db, sql, justice, other.report.id, FROM);
    expect(otherView.findings.filter((f) => f.field === shared.fieldCode).map((f) => f.cause)).toEqual(["out_of_competence", "out_of_competence"]);

    const view = await openDraft(t.db, sql, land, { agencyId: landAgencyId, period: PERIOD }, FROM);
    const rows = editable(view);
    const outside = landFields.outside[0]!;
    expect(outside).toBeDefined();
    const changed: ReportRow[] = [
      plus(rows[0]!, 3), // land reports 3 more of the shared field: justice reported 4 of them too
      // one more received in person and resolved on time: differs (no other agency has them)
      ...(rows[1] ? [{ ...rows[1], c5: rows[1].c5 + 1, c9: rows[1].c9 + 1 }] : []),
      ...rows.slice(2),
      { fieldCode: "KHAC-01", c4: 0, c5: 2, c6: 0, c8: 2, c9: 0, c10: 0, c12: 0, c13: 0, comments: { c5: "hồ sơ hành chính khác" } },
      { fieldCode: outside, c4: 1, c5: 0, c6: 0, c8: 0, c9: 0, c10: 0, c12: 1, c13: 0, comments: {} },
    ];
    const submitted = await submitReport(t.db, sql, land, { reportId: view.report.id, version: view.report.version, rows: changed }, FROM);
    expect(submitted).toMatchObject({ status: "SUBMITTED", version: view.report.version + 2 });
    const after = await getReport(t.db, sql, land, view.report.id, FROM);
    const causes = new Set(after.findings.map((f) => f.cause));
    expect([...causes].sort()).toEqual(["differs", "double_counted", "not_in_catalogue", "out_of_competence"]);
    expect(after.findings.filter((f) => f.field === "KHAC-01")).toEqual([
      expect.objectContaining({ column: "c5", reported: 2, system: 0, cause: "not_in_catalogue", explorerHref: null }),
      expect.objectContaining({ column: "c8", reported: 2, system: 0, cause: "not_in_catalogue" }),
    ]);
    expect(after.findings.filter((f) => f.field === outside).map((f) => [f.column, f.cause])).toEqual([["c4", "out_of_competence"], ["c12", "out_of_competence"]]);
    const doubled = after.findings.find((f) => f.field === shared.fieldCode && f.column === "c5")!;
    expect(doubled).toMatchObject({ cause: "double_counted", difference: 3, status: "OPEN" });
    expect(doubled.explorerHref).toBe(`/ho-so?ky=${PERIOD}&chitieu=c5&coquan=${landAgencyId}&linhvuc=${shared.fieldId}`);
    // the identity finding of the earlier draft is gone; every stored finding is for this submission
    expect(after.findings.some((f) => f.cause === "identity_violated")).toBe(false);
    expect(after.history.map((h) => h.to)).toEqual(["DRAFT", "SUBMITTED"]);
    await expect(saveDraft(t.db, land, { reportId: view.report.id, version: submitted.version, rows: changed }, FROM)).rejects.toThrow(/đã gửi.*không thể sửa/);
  });

  it("finds nothing out of competence in a commune's own dossiers: former district procedures passed to communes in 2025", async () => {
    const commune = await viewerOf(t.db, "daumoi.xa");
    const communeId = [...commune.focalAgencyIds][0]!;
    const { rows: districtOnly } = await sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM dossier d JOIN procedure p ON p.province_id = d.province_id AND p.id = d.procedure_id
        WHERE d.province_id = $1 AND d.resolving_agency_id = $2 AND NOT ('XA' = ANY(p.competent_levels)) AND 'HUYEN' = ANY(p.competent_levels)`,
      [commune.provinceId, communeId]);
    expect(districtOnly[0]!.n, "the demo commune resolves former district procedures").toBeGreaterThan(0);
    const draft = await openDraft(t.db, sql, commune, { agencyId: communeId, period: PERIOD }, FROM);
    expect(draft.rows.length).toBeGreaterThan(0);
    const findings = await reconcileReport(t.db, sql, commune, draft.report.id, FROM);
    expect(findings.filter((f) => f.cause === "out_of_competence")).toEqual([]);
  });

  it("office returns with a reason, the officer explains, corrects and resubmits; explained unchanged findings stay", async () => {
    const view = await openDraft(t.db, sql, land, { agencyId: landAgencyId, period: PERIOD }, FROM);
    await expect(returnReport(t.db, office, { reportId: view.report.id, reason: "" }, FROM)).rejects.toBeInstanceOf(ZodError);
    await expect(returnReport(t.db, land, { reportId: view.report.id, reason: "tự trả lại" }, FROM)).rejects.toBeInstanceOf(ForbiddenError);
    const doubled = view.findings.find((f) => f.cause === "double_counted")!;
    const outside = view.findings.find((f) => f.cause === "out_of_competence")!;
    await expect(resolveFinding(t.db, land, { findingId: doubled.id, status: "EXPLAINED", explanation: "" }, FROM)).rejects.toBeInstanceOf(ZodError);
    const explained = await resolveFinding(t.db, land, { findingId: doubled.id, status: "EXPLAINED", explanation: "3 hồ sơ liên thông do Sở tiếp nhận, Sở Tư pháp trả kết quả." }, FROM);
    expect(explained).toMatchObject({ status: "EXPLAINED", resolvedBy: "daumoi.nnmt" });
    await expect(resolveFinding(t.db, justice, { findingId: outside.id, status: "CORRECTED" }, FROM)).rejects.toBeInstanceOf(ForbiddenError);

    const returned = await returnReport(t.db, office, { reportId: view.report.id, reason: "Bỏ dòng lĩnh vực ngoài thẩm quyền và dòng không phải TTHC." }, FROM);
    expect(returned.status).toBe("RETURNED");
    const back = await getReport(t.db, sql, land, view.report.id, FROM);
    expect(back.can.edit).toBe(true);
    expect(back.history.at(-1)).toMatchObject({ from: "SUBMITTED", to: "RETURNED", by: "vanphong", reason: "Bỏ dòng lĩnh vực ngoài thẩm quyền và dòng không phải TTHC." });
    const corrected = editable(back).filter((r) => r.fieldCode !== "KHAC-01" && r.fieldCode !== outside.field);
    const resubmitted = await submitReport(t.db, sql, land, { reportId: view.report.id, version: back.report.version, rows: corrected }, FROM);
    const final = await getReport(t.db, sql, land, view.report.id, FROM);
    expect(final.findings.some((f) => f.cause === "not_in_catalogue" || f.cause === "out_of_competence")).toBe(false);
    const kept = final.findings.find((f) => f.field === doubled.field && f.column === "c5")!;
    expect(kept).toMatchObject({ id: doubled.id, status: "EXPLAINED", explanation: "3 hồ sơ liên thông do Sở tiếp nhận, Sở Tư pháp trả kết quả." });
    expect(resubmitted.status).toBe("SUBMITTED");
  });

  it("approval locks the report; reopening needs a reason and is audited", async () => {
    const view = await openDraft(t.db, sql, land, { agencyId: landAgencyId, period: PERIOD }, FROM);
    await expect(approveReport(t.db, land, { reportId: view.report.id }, FROM)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(approveReport(t.db, office, { reportId: view.report.id, version: view.report.version - 1 }, FROM)).rejects.toBeInstanceOf(ReportConflictError);
    const approved = await approveReport(t.db, office, { reportId: view.report.id, version: view.report.version }, FROM);
    expect(approved.status).toBe("APPROVED");
    const locked = await getReport(t.db, sql, land, view.report.id, FROM);
    expect(locked.can).toMatchObject({ edit: false, submit: false, resolveFindings: false });
    expect((await getReport(t.db, sql, office, view.report.id, FROM)).can).toMatchObject({ review: false, reopen: true });
    await expect(saveDraft(t.db, land, { reportId: view.report.id, version: approved.version, rows: editable(locked) }, FROM)).rejects.toThrow(/đã được duyệt/);
    await expect(submitReport(t.db, sql, land, { reportId: view.report.id, version: approved.version, rows: editable(locked) }, FROM)).rejects.toBeInstanceOf(UserFacingError);
    await expect(resolveFinding(t.db, office, { findingId: locked.findings[0]!.id, status: "CORRECTED" }, FROM)).rejects.toThrow(/đã được duyệt/);
    await expect(returnReport(t.db, office, { reportId: view.report.id, reason: "trả lại" }, FROM)).rejects.toBeInstanceOf(ForbiddenError);

    await expect(reopenReport(t.db, office, { reportId: view.report.id, reason: " " }, FROM)).rejects.toBeInstanceOf(ZodError);
    const reopened = await reopenReport(t.db, office, { reportId: view.report.id, reason: "Sở Tư pháp điều chỉnh số liệu liên thông." }, FROM);
    expect(reopened.status).toBe("RETURNED");
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "report.reopen", entityId: String(view.report.id) } });
    expect(audit).toMatchObject({ actor: "vanphong", userId: office.userId });
    expect(audit.before).toEqual({ status: "APPROVED", version: approved.version });
    expect(audit.after).toMatchObject({ status: "RETURNED", reason: "Sở Tư pháp điều chỉnh số liệu liên thông." });
    const again = await getReport(t.db, sql, land, view.report.id, FROM);
    expect(again.report).toMatchObject({ status: "RETURNED", approvedAt: null });
    const resubmitted = await submitReport(t.db, sql, land, { reportId: view.report.id, version: again.report.version, rows: editable(again) }, FROM);
    await approveReport(t.db, office, { reportId: view.report.id, version: resubmitted.version }, FROM);
  });

  it("writes every status change and its audit record together; a refused transition writes neither", async () => {
    const reports = await t.db.report.findMany({ include: { statusChanges: { orderBy: { id: "asc" } } } });
    for (const report of reports) {
      const audit = await t.db.auditLog.findMany({
        where: { entityType: "report", entityId: String(report.id), action: { in: ["report.create", "report.submit", "report.return", "report.approve", "report.reopen"] } },
        orderBy: { id: "asc" },
      });
      expect(audit.map((a) => (a.after as { status?: string }).status ?? "DRAFT")).toEqual(report.statusChanges.map((c) => c.toStatus));
    }
    const land = reports.find((r) => r.agencyId === landAgencyId)!;
    const changes = land.statusChanges.length;
    const changesAudited = { entityId: String(land.id), entityType: "report", action: { not: "auth.denied" } };
    const audits = await t.db.auditLog.count({ where: changesAudited });
    const denials = { entityId: String(land.id), action: "auth.denied", userId: office.userId };
    const deniedBefore = await t.db.auditLog.count({ where: denials });
    // refused by permission (already approved): only the denial is recorded
    await expect(approveReport(t.db, office, { reportId: land.id }, FROM)).rejects.toBeInstanceOf(ForbiddenError);
    // refused inside the transaction (stale version): the transaction rolls back entirely
    await expect(reopenReport(t.db, office, { reportId: land.id, version: land.version - 1, reason: "mở lại để kiểm tra" }, FROM)).rejects.toBeInstanceOf(ReportConflictError);
    expect(await t.db.reportStatusChange.count({ where: { reportId: land.id } })).toBe(changes);
    expect(await t.db.auditLog.count({ where: changesAudited })).toBe(audits);
    expect(await t.db.auditLog.count({ where: denials })).toBe(deniedBefore + 1);
    expect((await t.db.report.findUniqueOrThrow({ where: { provinceId_id: { provinceId: land.provinceId, id: land.id } } })).status).toBe("APPROVED");
  });

  it("sends and reads reports through the API with a key: draft, submit, findings; scopes checked", async () => {
    const commune = await viewerOf(t.db, "daumoi.xa");
    const agency = await t.db.agency.findUniqueOrThrow({ where: { provinceId_id: { provinceId: commune.provinceId, id: [...commune.focalAgencyIds][0]! } } });
    const system = await form06Report(sql, commune.provinceId, parsePeriod(PERIOD, "reporting"), [agency.id]);
    const Dong = system.agencies[0]!.rows.map((r) => ({
      MaLinhVuc: r.field.code, TiepNhanTrucTuyen: r.columns.c4, TiepNhanTrucTiep: r.columns.c5, KyTruocChuyenQua: r.columns.c6, DaGiaiQuyetTruocHan: r.columns.c8,
      DaGiaiQuyetDungHan: r.columns.c9, DaGiaiQuyetQuaHan: r.columns.c10, DangGiaiQuyetTrongHan: r.columns.c12, DangGiaiQuyetQuaHan: r.columns.c13,
    }));
    // the demo's new communes also resolve district-level (HUYEN) procedures, outside the
    // catalogue's competent levels: those rows are out_of_competence; change a row within it
    const inside = new Set((await competence(agency.id)).inside);
    const changed = Dong.find((d) => inside.has(d.MaLinhVuc))!;
    changed.DaGiaiQuyetQuaHan += 2;
    changed.TiepNhanTrucTuyen += 2;
    const post = (query: string, body: unknown, key: string) => postReport(new Request(`http://localhost/api/v1/reports${query}`, {
      method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify(body),
    }), api(null));
    const body = { MaDonVi: agency.code, Ky: PERIOD, Dong };
    expect((await post("", body, keys.reader)).status).toBe(403);
    expect((await post("", { ...body, Ky: "2026-Q5" }, keys.writer)).status).toBe(400);
    const broken = await post("", { ...body, Dong: Dong.map((d) => (d === changed ? { ...d, DangGiaiQuyetQuaHan: d.DangGiaiQuyetQuaHan + 1 } : d)) }, keys.writer);
    expect(broken.status).toBe(400);
    expect(JSON.stringify(await broken.json())).toMatch(/cột 3 \(tổng tiếp nhận/);

    const draft = await post("?draft=true", body, keys.writer);
    expect(draft.status).toBe(200);
    const draftJson = await draft.json();
    expect(draftJson).toMatchObject({ MaDonVi: agency.code, Ky: PERIOD, status: "DRAFT", findings: [] });
    expect(draftJson.Dong).toEqual(Dong);

    const submitted = await post("", body, keys.writer);
    const json = await submitted.json();
    expect(submitted.status).toBe(200);
    expect(json.status).toBe("SUBMITTED");
    // the cells changed are findings (their cause depends on the other agencies' dossiers)
    const changedCells = json.findings.filter((f: { field: string }) => f.field === changed.MaLinhVuc);
    expect(changedCells).toEqual([
      expect.objectContaining({ column: "c4", reported: changed.TiepNhanTrucTuyen, system: changed.TiepNhanTrucTuyen - 2, status: "OPEN", cause: expect.stringMatching(/^(differs|double_counted)$/) }),
      expect.objectContaining({ column: "c10", reported: changed.DaGiaiQuyetQuaHan, system: changed.DaGiaiQuyetQuaHan - 2, cause: expect.stringMatching(/^(differs|double_counted)$/) }),
    ]);
    for (const f of json.findings.filter((x: { field: string }) => x.field !== changed.MaLinhVuc)) {
      expect(f).toMatchObject({ cause: "out_of_competence" });
      expect(inside.has(f.field)).toBe(false);
    }
    const service = await getReport(t.db, sql, office, json.id, FROM);
    expect(json.findings).toEqual(service.findings.map((f) => ({ field: f.field, column: f.column, reported: f.reported, system: f.system, cause: f.cause, status: f.status, explanation: null, dossiers_href: f.explorerHref })));
    const stored = await t.db.report.findUniqueOrThrow({ where: { provinceId_id: { provinceId: commune.provinceId, id: json.id } } });
    expect(stored.submittedById).toBeNull();
    expect(await t.db.auditLog.count({ where: { entityId: String(json.id), action: "report.submit", actor: "api:Phần mềm báo cáo" } })).toBe(1);
    // once submitted, the API cannot overwrite it
    const again = await post("", body, keys.writer);
    expect(again.status).toBe(400);
    expect((await again.json()).error).toMatch(/đã gửi/);

    const byId = await getReportById(new Request(`http://localhost/api/v1/reports/${json.id}`, { headers: { "x-api-key": keys.reader } }), String(json.id), api(null));
    expect(byId.status).toBe(200);
    expect((await byId.json()).findings).toEqual(json.findings);
    const byKey = await getReportByKey(new Request(`http://localhost/api/v1/reports?agency=${agency.code}&period=${PERIOD}`), api(commune));
    expect((await byKey.json()).id).toBe(json.id);
    expect((await getReportById(new Request("http://localhost/api/v1/reports/999999"), "999999", api(office))).status).toBe(404);
    expect((await getReportByKey(new Request(`http://localhost/api/v1/reports?agency=${agency.code}&period=2025-Q4`), api(office))).status).toBe(404);
    expect((await getReportById(new Request("http://localhost/api/v1/reports/1"), "1", api(null))).status).toBe(401);
    // a session POST without the same-origin header is refused
    const forged = await postReport(new Request("http://localhost/api/v1/reports", { method: "POST", body: JSON.stringify(body) }), api(commune));
    expect(forged.status).toBe(403);
  });

  it("shows timeliness per agency against the configured deadline", async () => {
    await expect(setDeadline(t.db, office, { period: PERIOD, dueDate: "2099-01-01" }, FROM)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setDeadline(t.db, admin, { period: PERIOD, dueDate: "2026-03-10" }, FROM)).rejects.toThrow(/sau ngày chốt số liệu/);
    const defaults = await submissionTimeliness(t.db, office, PERIOD, FROM);
    expect(defaults).toMatchObject({ deadline: "2026-03-18", deadlineConfigured: false });
    // submitted today, long after 18/03/2026
    expect(defaults.rows.find((r) => r.agency.id === landAgencyId)).toMatchObject({ timeliness: "late", status: "APPROVED" });
    expect(defaults.rows.filter((r) => r.reportId === null).every((r) => r.timeliness === "missing")).toBe(true);

    await setDeadline(t.db, admin, { period: PERIOD, dueDate: "2099-12-31" }, FROM);
    const later = await submissionTimeliness(t.db, office, PERIOD, FROM);
    expect(later).toMatchObject({ deadline: "2099-12-31", deadlineConfigured: true });
    expect(later.rows.find((r) => r.agency.id === landAgencyId)!.timeliness).toBe("on_time");
    expect(later.rows.find((r) => r.agency.id === justiceAgencyId)!.timeliness).toBe("on_time");
    expect(later.rows.filter((r) => r.reportId === null).every((r) => r.timeliness === "pending")).toBe(true);
    expect(later.rate).toMatchObject({ expected: later.rows.length, submitted: 3, onTime: 3, late: 0 });
    expect(later.rows.some((r) => r.agency.level === "TINH")).toBe(false);
    await expect(submissionTimeliness(t.db, land, PERIOD, FROM)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await t.db.auditLog.count({ where: { action: "report.deadline" } })).toBe(1);
  });

  it("summarises reconciliation for the office and consolidates the approved reports", async () => {
    const summary = await reconciliationSummary(t.db, sql, office, PERIOD, FROM);
    const justiceRow = summary.rows.find((r) => r.agency.id === justiceAgencyId)!;
    expect(justiceRow.openFindings).toBeGreaterThan(0);
    expect(justiceRow.openByCause.out_of_competence).toBe(2);
    expect(summary.rows[0]!.openFindings).toBeGreaterThanOrEqual(summary.rows.at(-1)!.openFindings);
    const system = await form06Report(sql, office.provinceId, parsePeriod(PERIOD, "reporting"));
    expect(summary.totals.system).toEqual(system.province);

    const justiceReport = await getReport(t.db, sql, office, justiceRow.reportId!, FROM);
    await approveReport(t.db, office, { reportId: justiceReport.report.id, version: justiceReport.report.version }, FROM);
    const consolidated = await consolidatedReport(t.db, office, PERIOD, FROM);
    const approved = await t.db.report.findMany({ where: { status: "APPROVED", period: PERIOD }, include: { rows: true } });
    expect(approved.map((r) => r.agencyId).sort()).toEqual([justiceAgencyId, landAgencyId].sort());
    expect(consolidated.agencies.map((a) => a.agency.id).sort()).toEqual([justiceAgencyId, landAgencyId].sort());
    const allRows = approved.flatMap((r) => r.rows);
    expect(consolidated.total).toEqual(sumColumns(allRows.map((r) => form06Columns(r))));
    for (const field of consolidated.fields) {
      expect(field.columns).toEqual(sumColumns(allRows.filter((r) => r.fieldCode === field.fieldCode).map((r) => form06Columns(r))));
    }
    expect(consolidated.notApproved.some((n) => n.status === "SUBMITTED")).toBe(true);
    await expect(consolidatedReport(t.db, land, PERIOD, FROM)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

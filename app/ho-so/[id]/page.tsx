import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { db, sqlPool } from "@/lib/db/prisma";
import { Forbidden } from "@/components/forbidden";
import { pagePeriod, PeriodCaption } from "@/components/period-fields";
import { canImport, ForbiddenError } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { currentRequestInfo } from "@/lib/auth/request-context";
import { firstValues } from "@/lib/url-query";
import { agencyHref, explorerHref } from "@/lib/links";
import { formatDateTime, formatDecimal, formatInteger } from "@/lib/format";
import { CHANNEL_LABELS, classificationFigures, describeClassification, FIGURE_LABELS, STATUS_LABELS } from "@/lib/explorer/labels";
import { getDossierDetail, type DossierDetail, type FileInfo } from "@/lib/services/dossier-explorer";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Chi tiết hồ sơ" };

const DossierId = z.string().regex(/^\d{1,18}$/).transform((s) => BigInt(s));
const Query = z.object({ ky: z.string().max(20).optional().catch(undefined), kieu: z.enum(["lich"]).optional().catch(undefined) });

const APPLICANT_TYPES: Record<number, string> = { 1: "Công dân", 2: "Doanh nghiệp", 3: "Cơ quan nhà nước", 4: "Khác" };
const PAYMENT: Record<number, string> = { 0: "Không thanh toán trực tuyến", 1: "Qua Cổng DVC quốc gia", 2: "Qua cổng thanh toán khác" };

const when = (d: Date | null) => (d ? formatDateTime(d) : "—");

function Item({ term, children, testId }: { term: string; children: React.ReactNode; testId?: string }) {
  return (
    <div className="py-2 border-t border-slate-100 sm:grid sm:grid-cols-3 sm:gap-3">
      <dt className="text-sm text-slate-600">{term}</dt>
      <dd className="sm:col-span-2" data-testid={testId}>{children}</dd>
    </div>
  );
}

function Check({ ok, label, detail, testId }: { ok: boolean | null; label: string; detail?: string; testId?: string }) {
  const mark = ok === null ? "–" : ok ? "✓" : "✗";
  const tone = ok === null ? "text-slate-500" : ok ? "text-green-800" : "text-red-800 font-semibold";
  return (
    <li className="flex gap-2 py-1" data-testid={testId} data-ok={ok === null ? "na" : String(ok)}>
      <span aria-hidden="true" className={`w-4 ${tone}`}>{mark}</span>
      <span><span className={tone}>{label}</span>{detail ? <span className="text-sm text-slate-600"> — {detail}</span> : null}</span>
    </li>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={id} className="font-semibold mb-2">{title}</h2>
      {children}
    </section>
  );
}

const fileLine = (f: FileInfo) => [f.name ?? "(không tên)", f.type, f.size !== null ? `${formatInteger(f.size)} byte` : null].filter(Boolean).join(" · ");

function DueCheckText({ d }: { d: DossierDetail }) {
  const c = d.dueCheck;
  if (c.kind === "no-due") return <>Không có ngày hẹn trả: hồ sơ được so với hạn theo quy định.</>;
  if (c.kind === "no-legal") return <>Chưa tính được hạn theo quy định.</>;
  if (c.kind === "within-legal") return <>Ngày hẹn trả không muộn hơn hạn theo quy định.</>;
  return (
    <>
      Ngày hẹn trả muộn hơn hạn theo quy định {formatInteger(c.workingDays)} ngày làm việc
      {c.explainedBySupplement ? ` — có ${formatInteger(d.supplementCount ?? 0)} lần yêu cầu bổ sung, được phép gia hạn.` : " — không có yêu cầu bổ sung giải thích (lỗi dữ liệu)."}
    </>
  );
}

export default async function DossierPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const id = DossierId.safeParse((await params).id);
  if (!id.success) notFound();
  const query = Query.parse(firstValues(await searchParams));
  const period = pagePeriod(query.ky, query.kieu === "lich" ? "calendar" : "reporting");
  let d: DossierDetail | null;
  try {
    d = await getDossierDetail(db(), sqlPool(), viewer, id.data, period, await currentRequestInfo());
  } catch (error) {
    if (!(error instanceof ForbiddenError)) throw error;
    return (
      <>
        <h1 className="text-2xl font-semibold mb-4">Chi tiết hồ sơ</h1>
        <Forbidden message="Hồ sơ này do cơ quan, đơn vị ngoài phạm vi bạn được giao giải quyết." />
      </>
    );
  }
  if (!d) notFound();
  const link = { period: period.code, family: period.family };
  const counted = describeClassification(d.classification);
  const f = d.flags;
  const legalDays = d.channel === 2 && d.procedure.legalDaysOnline !== null ? d.procedure.legalDaysOnline : d.procedure.legalDays;
  const storedDiffers = d.legalDueAt !== null && d.legalDueAt.getTime() !== d.computedLegalDueAt.getTime();
  return (
    <>
      <p className="text-sm mb-2 no-print"><Link href={explorerHref({ ...link, agencyId: d.agency.id })} className="text-brand-700 underline">‹ Hồ sơ của {d.agency.name}</Link></p>
      <h1 className="text-2xl font-semibold mb-1">Hồ sơ <span className="font-mono" data-testid="dossier-code">{d.code}</span></h1>
      <p className="text-slate-700 mb-4">
        <span data-testid="dossier-status">{STATUS_LABELS[d.status]}</span> · {CHANNEL_LABELS[d.channel]} ·{" "}
        <Link className="text-brand-700 underline" href={agencyHref(d.agency.id, period.code)} data-testid="dossier-agency">{d.agency.name}</Link>
      </p>
      <div className="grid grid-cols-1 lg:grid-cols-2 gap-4">
        <Section id="thu-tuc" title="Thủ tục, cơ quan">
          <dl>
            <Item term="Thủ tục">
              <Link className="text-brand-700 underline" href={explorerHref({ ...link, procedureId: d.procedure.id, agencyId: d.agency.id })}>
                <span className="font-mono text-sm">{d.procedure.code}</span> {d.procedure.name}
              </Link>
            </Item>
            <Item term="Lĩnh vực"><Link className="text-brand-700 underline" href={explorerHref({ ...link, fieldId: d.field.id, agencyId: d.agency.id })}>{d.field.name}</Link></Item>
            <Item term="Thời hạn giải quyết">{formatDecimal(legalDays)} ngày làm việc{d.channel === 2 && d.procedure.legalDaysOnline !== null ? " (nộp trực tuyến)" : ""}</Item>
            <Item term="Cơ quan giải quyết"><Link className="text-brand-700 underline" href={agencyHref(d.agency.id, period.code)}>{d.agency.name}</Link> <span className="font-mono text-xs">{d.agency.code}</span></Item>
            <Item term="Nơi tiếp nhận">{d.receivingAgency ? d.receivingAgency.name : "—"}</Item>
            <Item term="Chủ hồ sơ" testId="dossier-applicant">
              {d.applicantName === undefined ? <span className="text-slate-600">Không hiển thị: dữ liệu cá nhân chỉ dành cho cán bộ xử lý, theo dõi hồ sơ.</span> : d.applicantName ?? "—"}
              {d.applicantType ? <span className="text-sm text-slate-600"> ({APPLICANT_TYPES[d.applicantType] ?? d.applicantType})</span> : null}
            </Item>
          </dl>
        </Section>
        <Section id="thoi-han" title="Ngày tháng và hạn giải quyết">
          <dl>
            <Item term="Tiếp nhận" testId="dossier-received">{when(d.receivedAt)}</Item>
            <Item term="Hẹn trả" testId="dossier-due">{when(d.dueAt)}</Item>
            <Item term="Hạn theo quy định" testId="dossier-legal-due">
              {when(d.legalDueAt ?? d.computedLegalDueAt)}
              <span className="block text-sm text-slate-600">Tính từ lúc tiếp nhận, {formatDecimal(legalDays)} ngày làm việc theo lịch làm việc và ngày nghỉ lễ của tỉnh.</span>
              {storedDiffers ? <span className="block text-sm text-amber-800">Theo lịch hiện hành: {formatDateTime(d.computedLegalDueAt)} (số liệu sẽ cập nhật khi tính lại).</span> : null}
            </Item>
            <Item term="Kiểm tra ngày hẹn trả" testId="dossier-due-check"><DueCheckText d={d} /></Item>
            <Item term="Kết thúc xử lý">{d.status >= 7 ? when(d.finishedAt) : "—"}</Item>
            <Item term="Trả kết quả">{when(d.returnedAt)}</Item>
            <Item term="Số lần yêu cầu bổ sung">{d.supplementCount === null ? "Không rõ" : formatInteger(d.supplementCount)}</Item>
          </dl>
        </Section>
        <Section id="trong-ky" title="Cách tính trong kỳ">
          <PeriodCaption period={period} />
          <form method="get" className="flex items-end gap-2 my-2 no-print">
            <label htmlFor="ky" className="text-sm text-slate-700">Xem theo kỳ khác</label>
            <input id="ky" name="ky" defaultValue={period.code} className="border border-slate-300 rounded px-2 py-1 w-28 font-mono" aria-describedby="ky-hint" />
            {period.family === "calendar" ? <input type="hidden" name="kieu" value="lich" /> : null}
            <button type="submit" className="border border-brand-600 text-brand-700 rounded px-3 py-1">Xem</button>
            <span id="ky-hint" className="text-xs text-slate-500">ví dụ 2026-Q1, 2026-03, 2026</span>
          </form>
          {"excluded" in counted ? (
            <p data-testid="dossier-classification">{counted.excluded}</p>
          ) : (
            <ul className="list-disc pl-6" data-testid="dossier-classification">
              <li>{counted.reception}</li>
              <li>{counted.outcome}{d.daysOverdue ? <> — {formatInteger(d.daysOverdue)} ngày</> : null}</li>
            </ul>
          )}
          {classificationFigures(d.classification).length ? (
            <p className="text-sm mt-2">
              Cùng chỉ tiêu của cơ quan:{" "}
              {classificationFigures(d.classification).map((fig, i) => (
                <span key={fig}>{i ? " · " : ""}<Link className="text-brand-700 underline" href={explorerHref({ ...link, figure: fig, agencyId: d.agency.id })}>{FIGURE_LABELS[fig]}</Link></span>
              ))}
            </p>
          ) : null}
        </Section>
        <Section id="kiem-tra" title="Kiểm tra dữ liệu">
          <ul data-testid="dossier-checks">
            <Check testId="check-sync" ok={f.synced} label={f.synced ? "Đã đồng bộ lên Cổng DVC quốc gia" : "Chưa đồng bộ lên Cổng DVC quốc gia"} />
            <Check testId="check-history" ok={d.processingSteps === null ? null : !f.historyGap} label={d.processingSteps === null ? "Không rõ quá trình xử lý" : f.historyGap ? "Không có quá trình xử lý" : `Có quá trình xử lý: ${formatInteger(d.processingSteps)} bước`} />
            <Check testId="check-due" ok={!f.dueBeyondLegal} label={f.dueBeyondLegal ? "Ngày hẹn trả vượt hạn theo quy định" : "Ngày hẹn trả trong hạn theo quy định"} />
            {d.daysOverdue || f.apologyLetter ? (
              <Check testId="check-apology" ok={f.apologyLetter} label={f.apologyLetter ? "Có phiếu xin lỗi và hẹn lại ngày trả" : "Trễ, quá hạn nhưng chưa có phiếu xin lỗi"} detail={d.apologyNewDueAt ? `hẹn lại ${formatDateTime(d.apologyNewDueAt)}` : undefined} />
            ) : null}
            {f.resultExpected ? (
              <>
                <Check testId="check-result-present" ok={f.resultPresent} label={f.resultPresent ? "Có tệp kết quả điện tử" : "Thiếu tệp kết quả điện tử"} detail={f.resultPresent ? fileLine(d.result) : undefined} />
                {f.resultPresent ? (
                  <>
                    <Check testId="check-result-blank" ok={!f.resultBlank} label={f.resultBlank ? "Tệp kết quả trắng hoặc rỗng" : "Tệp kết quả có nội dung"} />
                    <Check testId="check-result-archive" ok={!f.resultArchive} label={f.resultArchive ? "Tệp kết quả là tệp nén" : "Tệp kết quả không phải tệp nén"} />
                    <Check testId="check-result-identical" ok={!f.resultIdentical} label={f.resultIdentical ? "Tệp kết quả trùng một tệp thành phần đầu vào" : "Tệp kết quả khác các tệp thành phần"} />
                  </>
                ) : null}
              </>
            ) : (
              <Check ok={null} label={d.procedure.returnsResult ? "Chưa giải quyết xong: chưa kiểm tra tệp kết quả" : "Thủ tục không trả kết quả điện tử"} />
            )}
            {f.feeBearing ? <Check ok={f.paidOnline} label={d.onlinePayment !== null ? PAYMENT[d.onlinePayment] ?? "Không rõ" : "Không rõ thanh toán"} detail="thủ tục có phí, lệ phí" /> : null}
            <Check ok={d.vneidVerified} label={d.vneidVerified ? "Tài khoản xác thực VNeID" : d.vneidVerified === null ? "Không rõ xác thực VNeID" : "Chưa xác thực VNeID"} />
            <Check ok={d.componentsDigitised} label={d.componentsDigitised ? "Thành phần hồ sơ đã số hóa" : d.componentsDigitised === null ? "Không rõ số hóa thành phần" : "Thành phần hồ sơ chưa số hóa"} />
          </ul>
        </Section>
        {d.componentFiles.length || d.resultFiles.length ? (
          <Section id="tep" title="Tệp của hồ sơ">
            {d.componentFiles.length ? (
              <>
                <h3 className="text-sm font-semibold">Thành phần hồ sơ nộp</h3>
                <ul className="list-disc pl-6 text-sm mb-2">{d.componentFiles.map((file, i) => <li key={i}>{fileLine(file)}</li>)}</ul>
              </>
            ) : null}
            {d.resultFiles.length ? (
              <>
                <h3 className="text-sm font-semibold">Giấy tờ kết quả</h3>
                <ul className="list-disc pl-6 text-sm">{d.resultFiles.map((file, i) => <li key={i}>{fileLine(file)}</li>)}</ul>
              </>
            ) : null}
          </Section>
        ) : null}
        <Section id="nguon" title="Nguồn dữ liệu">
          <dl>
            <Item term="Cập nhật ở hệ thống một cửa">{when(d.sourceUpdatedAt)}</Item>
            <Item term="Cập nhật vào hệ thống này">{when(d.updatedAt)}</Item>
            <Item term="Lần nhập">{d.importBatchId && canImport(viewer) ? <Link className="text-brand-700 underline" href={`/nhap-du-lieu/lich-su/${d.importBatchId}`}>#{d.importBatchId}</Link> : d.importBatchId ? `#${d.importBatchId}` : "—"}</Item>
          </dl>
          <p className="text-xs text-slate-500 mt-2">Hệ thống chỉ lưu số bước xử lý (SoBuocXuLy), không lưu chi tiết từng bước.</p>
        </Section>
      </div>
    </>
  );
}

import type { Metadata } from "next";
import { db } from "@/lib/db/prisma";
import { AppShell } from "@/components/app-shell";
import { Forbidden } from "@/components/forbidden";
import { vietnamToday } from "@/components/period-fields";
import { canEditSettings, canViewProvince } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { defaultDeadline, DEFAULT_DEADLINE_DAYS_AFTER_WINDOW } from "@/lib/domain/report-deadline";
import { dayFromIso, isoDate } from "@/lib/domain/local-time";
import { formatIsoDate, periodName } from "@/lib/domain/periods";
import { listDeadlines } from "@/lib/services/reports";
import { offeredWindows } from "@/lib/report-windows";
import { ReportSectionNav } from "../section-nav";
import { DeadlineForm } from "./deadline-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Hạn nộp Biểu 06" };

export default async function DeadlinesPage() {
  const viewer = await requireViewer();
  if (!canViewProvince(viewer)) {
    return (
      <AppShell viewer={viewer} current="/bao-cao">
        <h1 className="text-2xl font-semibold mb-4">Hạn nộp Biểu 06</h1>
        <Forbidden />
      </AppShell>
    );
  }
  const configured = new Map((await listDeadlines(db(), viewer)).map((d) => [d.period, d.dueDate]));
  const editable = canEditSettings(viewer);
  const windows = offeredWindows(vietnamToday());
  return (
    <AppShell viewer={viewer} current="/bao-cao">
      <h1 className="text-2xl font-semibold mb-1">Hạn nộp Biểu 06 theo kỳ</h1>
      <p className="text-sm text-slate-600 mb-3 max-w-3xl">
        Khi chưa đặt, hạn nộp là {DEFAULT_DEADLINE_DAYS_AFTER_WINDOW} ngày sau ngày chốt số liệu của kỳ. Việc nộp đúng hạn hay trễ hạn tính theo ngày gửi lần đầu.
        {editable ? " Mỗi thay đổi được ghi nhật ký." : " Chỉ quản trị viên thay đổi được hạn nộp."}
      </p>
      <ReportSectionNav viewer={viewer} current="/bao-cao/han-nop" />
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white max-w-4xl">
        <table className="w-full text-sm" data-testid="deadlines">
          <caption className="sr-only">Hạn nộp báo cáo theo kỳ</caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 text-left">Kỳ báo cáo</th>
              <th scope="col" className="px-3 py-2 text-left">Số liệu từ – đến</th>
              <th scope="col" className="px-3 py-2 text-left">Hạn nộp</th>
            </tr>
          </thead>
          <tbody>
            {windows.map((w) => {
              const due = configured.get(w.code);
              const shown = due ?? defaultDeadline(w);
              return (
                <tr key={w.code} className="border-t border-slate-100" data-testid="deadline-row" data-period={w.code}>
                  <th scope="row" className="px-3 py-2 text-left font-normal">{periodName(w)}</th>
                  <td className="px-3 py-2 whitespace-nowrap">{formatIsoDate(w.start)} – {formatIsoDate(w.end)}</td>
                  <td className="px-3 py-2">
                    {editable
                      ? <DeadlineForm period={w.code} periodName={periodName(w)} dueDate={shown} min={isoDate(dayFromIso(w.end) + 1)} />
                      : <>{formatIsoDate(shown)}{due ? "" : " (mặc định)"}</>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </AppShell>
  );
}

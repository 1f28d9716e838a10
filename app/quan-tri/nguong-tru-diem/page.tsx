import type { Metadata } from "next";
import { db } from "@/lib/db/prisma";
import { AppShell } from "@/components/app-shell";
import { Forbidden } from "@/components/forbidden";
import { canEditSettings, ForbiddenError } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { currentRequestInfo } from "@/lib/auth/request-context";
import { listPenaltyRuleSets, PENALTY_LEVELS } from "@/lib/services/penalty-rules";
import { AGENCY_LEVEL_LABELS, formatDateTime, formatDecimal, formatPercent } from "@/lib/format";
import { formatIsoDate } from "@/lib/domain/periods";
import { isoDate, localDayOf } from "@/lib/domain/local-time";
import { CreatePenaltyRuleSetForm } from "./forms";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Ngưỡng trừ điểm" };

export default async function PenaltyRulesPage() {
  const viewer = await requireViewer();
  let sets;
  try {
    sets = await listPenaltyRuleSets(db(), viewer, await currentRequestInfo());
  } catch (error) {
    if (!(error instanceof ForbiddenError)) throw error;
    return (
      <AppShell viewer={viewer} current="/quan-tri/nguong-tru-diem">
        <h1 className="text-2xl font-semibold mb-4">Ngưỡng trừ điểm</h1>
        <Forbidden />
      </AppShell>
    );
  }
  const today = localDayOf(new Date());
  const latest = sets[0];
  return (
    <AppShell viewer={viewer} current="/quan-tri/nguong-tru-diem">
      <h1 className="text-2xl font-semibold mb-2">Ngưỡng trừ điểm theo tỷ lệ hồ sơ quá hạn</h1>
      <p className="text-sm text-slate-600 mb-4 max-w-3xl">
        Tỷ lệ quá hạn của cơ quan trong kỳ = (hồ sơ giải quyết trễ hạn + hồ sơ đang giải quyết quá hạn) ÷ tổng hồ sơ tiếp nhận
        (cột 10 + cột 13) ÷ cột 3 của Biểu 06. Cơ quan bị trừ điểm khi tỷ lệ <strong>vượt</strong> ngưỡng (lớn hơn hẳn).
        Mỗi kỳ tính theo phiên bản có hiệu lực vào ngày cuối kỳ; phiên bản đã lưu không sửa, không xóa.
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white mb-6">
        <table className="w-full text-sm" data-testid="penalty-versions">
          <caption className="sr-only">Các phiên bản ngưỡng trừ điểm</caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 text-left">Áp dụng từ</th>
              {PENALTY_LEVELS.map((l) => <th key={l} scope="col" className="px-3 py-2 text-right">{AGENCY_LEVEL_LABELS[l]}</th>)}
              <th scope="col" className="px-3 py-2 text-left">Căn cứ</th>
              <th scope="col" className="px-3 py-2 text-left">Người lưu</th>
            </tr>
          </thead>
          <tbody>
            {sets.length === 0 ? (
              <tr><td colSpan={PENALTY_LEVELS.length + 3} className="px-3 py-4 text-slate-600">Chưa có ngưỡng nào: bảng đánh giá không tính trừ điểm.</td></tr>
            ) : sets.map((s) => (
              <tr key={s.id} className="border-t border-slate-100">
                <td className="px-3 py-2 whitespace-nowrap">{formatIsoDate(s.validFrom)}</td>
                {PENALTY_LEVELS.map((l) => {
                  const rule = s.rules.find((r) => r.level === l);
                  return <td key={l} className="px-3 py-2 text-right tabular-nums">{rule ? `> ${formatPercent(rule.threshold)}: −${formatDecimal(rule.points)}` : "—"}</td>;
                })}
                <td className="px-3 py-2 text-xs">{s.note}</td>
                <td className="px-3 py-2 text-xs">{s.createdBy ?? "khởi tạo"}, {formatDateTime(s.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canEditSettings(viewer) ? (
        <CreatePenaltyRuleSetForm
          minDate={isoDate(today + 1)}
          levels={PENALTY_LEVELS.map((level) => {
            const rule = latest?.rules.find((r) => r.level === level);
            return {
              level, label: AGENCY_LEVEL_LABELS[level], enabled: !!rule || !latest,
              thresholdPercent: rule ? String(Math.round(rule.threshold * 100_000) / 1000) : level === "HUYEN" || level === "XA" ? "3.5" : "2",
              points: rule ? String(rule.points) : "0.5",
            };
          })}
        />
      ) : null}
    </AppShell>
  );
}

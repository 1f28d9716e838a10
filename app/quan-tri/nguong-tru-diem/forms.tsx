"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form-fields";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { createPenaltyRuleSetAction } from "./actions";

export interface LevelDefault {
  level: string;
  label: string;
  enabled: boolean;
  thresholdPercent: string;
  points: string;
}

export function CreatePenaltyRuleSetForm({ levels, minDate }: { levels: LevelDefault[]; minDate: string }) {
  const [state, action, pending] = useActionState(createPenaltyRuleSetAction, INITIAL_ACTION_STATE);
  return (
    <form action={action} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 max-w-3xl" data-testid="penalty-form">
      <h2 className="text-lg font-semibold">Tạo phiên bản mới</h2>
      <FormMessage state={state} />
      <Field name="validFrom" label="Áp dụng từ ngày" type="date" required min={minDate} defaultValue={minDate} errors={state.fieldErrors.validFrom}
        hint="Áp dụng cho các kỳ kết thúc từ ngày này; không sớm hơn ngày mai." />
      <Field name="note" label="Căn cứ, lý do" required maxLength={500} errors={state.fieldErrors.note} placeholder="Quyết định số …/QĐ-UBND ngày …" />
      <table className="w-full text-sm">
        <caption className="text-left text-sm font-medium text-slate-700 mb-1">Ngưỡng theo cấp cơ quan (trừ điểm khi tỷ lệ quá hạn vượt ngưỡng)</caption>
        <thead>
          <tr className="text-left text-slate-700">
            <th scope="col" className="py-1">Áp dụng</th>
            <th scope="col" className="py-1">Cấp</th>
            <th scope="col" className="py-1">Ngưỡng tỷ lệ quá hạn (%)</th>
            <th scope="col" className="py-1">Điểm trừ mỗi lần</th>
          </tr>
        </thead>
        <tbody>
          {levels.map((l) => (
            <tr key={l.level} className="border-t border-slate-100">
              <td className="py-1"><input type="checkbox" name={`enabled-${l.level}`} defaultChecked={l.enabled} aria-label={`Áp dụng cho ${l.label}`} /></td>
              <td className="py-1">{l.label}</td>
              <td className="py-1">
                <input name={`threshold-${l.level}`} inputMode="decimal" type="number" step="0.001" min="0" max="100" defaultValue={l.thresholdPercent}
                  aria-label={`Ngưỡng (%) cho ${l.label}`} className="w-28 border border-slate-400 rounded px-2 py-1" />
              </td>
              <td className="py-1">
                <input name={`points-${l.level}`} inputMode="decimal" type="number" step="0.01" min="0" max="100" defaultValue={l.points}
                  aria-label={`Điểm trừ cho ${l.label}`} className="w-24 border border-slate-400 rounded px-2 py-1" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {state.fieldErrors.rules?.length ? <p className="text-sm text-red-800">{state.fieldErrors.rules.join(" ")}</p> : null}
      <button type="submit" disabled={pending} className="bg-brand-600 hover:bg-brand-700 text-white rounded px-4 py-2 disabled:opacity-60">
        {pending ? "Đang lưu…" : "Lưu phiên bản mới"}
      </button>
    </form>
  );
}

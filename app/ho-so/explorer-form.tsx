import Link from "next/link";
import { FILTER_INPUT } from "@/components/filter-fields";
import { PeriodOptions } from "@/components/period-fields";
import { AGENCY_LEVEL_LABELS } from "@/lib/format";
import type { Period } from "@/lib/domain/periods";
import { CHANNEL_LABELS, FIGURE_GROUPS, FIGURE_LABELS, STATUS_LABELS } from "@/lib/explorer/labels";
import type { ExplorerFilter } from "@/lib/links";
import type { ExplorerOptions } from "@/lib/services/dossier-explorer";

// The explorer's GET filter form: every choice is a URL parameter (lib/links.ts), so a filtered
// list is a link like any other; submitting starts again from the first page.

function Field({ id, label, children, wide }: { id: string; label: string; children: React.ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? "min-w-0 w-full sm:w-auto sm:max-w-xs" : "min-w-0"}>
      <label htmlFor={id} className="block text-sm text-slate-700">{label}</label>
      {children}
    </div>
  );
}

export function ExplorerForm({ filter, period, options }: { filter: ExplorerFilter; period: Period | null; options: ExplorerOptions }) {
  const family = filter.kieu === "lich" ? "calendar" : "reporting";
  const levels = [...new Set(options.agencies.map((a) => a.level))];
  const select = `${FILTER_INPUT} w-full sm:w-auto max-w-full`;
  return (
    <form method="get" action="/ho-so" role="search" aria-label="Lọc hồ sơ" className="rounded-lg border border-slate-200 bg-white p-3 mb-4 flex flex-wrap items-end gap-3" data-testid="explorer-form">
      <Field id="chitieu" label="Chỉ tiêu" wide>
        <select id="chitieu" name="chitieu" defaultValue={filter.chitieu ?? ""} className={select}>
          <option value="">Không theo chỉ tiêu (tìm kiếm)</option>
          {FIGURE_GROUPS.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.figures.map((f) => <option key={f} value={f}>{FIGURE_LABELS[f]}</option>)}
            </optgroup>
          ))}
        </select>
      </Field>
      <Field id="kieu" label="Loại kỳ">
        <select id="kieu" name="kieu" defaultValue={filter.kieu ?? ""} className={select}>
          <option value="">Kỳ báo cáo (từ ngày 15)</option>
          <option value="lich">Theo lịch (Bộ chỉ số 766)</option>
        </select>
      </Field>
      <Field id="ky" label="Kỳ">
        <select id="ky" name="ky" defaultValue={period?.code ?? ""} className={select}>
          <option value="">{filter.chitieu ? "Quý gần nhất đã kết thúc" : "Mọi thời gian"}</option>
          <PeriodOptions family={family} selected={period} />
        </select>
      </Field>
      <Field id="coquan" label="Cơ quan, đơn vị giải quyết" wide>
        <select id="coquan" name="coquan" defaultValue={filter.coquan ?? ""} className={select}>
          <option value="">{options.agencies.length > 1 ? "Tất cả cơ quan được xem" : "Tất cả"}</option>
          {levels.map((level) => (
            <optgroup key={level} label={AGENCY_LEVEL_LABELS[level as keyof typeof AGENCY_LEVEL_LABELS] ?? level}>
              {options.agencies.filter((a) => a.level === level).map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
            </optgroup>
          ))}
        </select>
      </Field>
      <Field id="linhvuc" label="Lĩnh vực" wide>
        <select id="linhvuc" name="linhvuc" defaultValue={filter.linhvuc ?? ""} className={select}>
          <option value="">Tất cả lĩnh vực</option>
          {options.fields.map((f) => <option key={f.id} value={f.id}>{f.name}</option>)}
        </select>
      </Field>
      <Field id="thutuc" label="Thủ tục" wide>
        {options.procedures ? (
          <select id="thutuc" name="thutuc" defaultValue={filter.thutuc ?? ""} className={select}>
            <option value="">Tất cả thủ tục</option>
            {options.procedures.map((p) => <option key={p.id} value={p.id}>{p.code} — {p.name}</option>)}
          </select>
        ) : (
          <select id="thutuc" name="thutuc" disabled className={select} aria-describedby="thutuc-hint">
            <option value="">Chọn lĩnh vực hoặc cơ quan trước</option>
          </select>
        )}
        {options.procedures ? null : <span id="thutuc-hint" className="sr-only">Danh sách thủ tục hiện ra sau khi chọn lĩnh vực hoặc cơ quan và bấm Lọc.</span>}
      </Field>
      <Field id="trangthai" label="Trạng thái">
        <select id="trangthai" name="trangthai" defaultValue={filter.trangthai ?? ""} className={select}>
          <option value="">Tất cả trạng thái</option>
          {Object.entries(STATUS_LABELS).map(([code, label]) => <option key={code} value={code}>{code}. {label}</option>)}
        </select>
      </Field>
      <Field id="kenh" label="Kênh tiếp nhận">
        <select id="kenh" name="kenh" defaultValue={filter.kenh ?? ""} className={select}>
          <option value="">Tất cả kênh</option>
          {Object.entries(CHANNEL_LABELS).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
        </select>
      </Field>
      <Field id="q" label="Mã hồ sơ">
        <input id="q" name="q" type="search" defaultValue={filter.q ?? ""} placeholder="Một phần của mã" className={`${FILTER_INPUT} w-48`} maxLength={80} />
      </Field>
      <Field id="tu" label="Tiếp nhận từ ngày">
        <input id="tu" name="tu" type="date" defaultValue={filter.tu ?? ""} className={FILTER_INPUT} />
      </Field>
      <Field id="den" label="Tiếp nhận đến ngày">
        <input id="den" name="den" type="date" defaultValue={filter.den ?? ""} className={FILTER_INPUT} />
      </Field>
      {filter.sap ? <input type="hidden" name="sap" value={filter.sap} /> : null}
      {filter.chieu ? <input type="hidden" name="chieu" value={filter.chieu} /> : null}
      <div className="flex gap-3 items-end">
        <button type="submit" className="bg-brand-600 hover:bg-brand-700 text-white rounded px-4 py-1.5">Lọc</button>
        <Link href="/ho-so" className="text-brand-700 underline py-1.5">Xóa bộ lọc</Link>
      </div>
    </form>
  );
}

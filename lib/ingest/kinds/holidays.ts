// Holidays (DATA_FORMATS §4), key Ngay: the national table of days off (NGHI) and make-up
// working days (LAMBU). A change moves the legal due dates of the dossiers whose legal working
// time spans the changed days, in every province, and with them the statistics summary — in
// the same transaction.
import { z } from "zod";
import { bulkUpsert } from "@/lib/db/bulk";
import { dayFromIso, weekdayOf } from "@/lib/domain/local-time";
import { recomputeLegalDueDates } from "@/lib/stats/calendar";
import { refreshDossierSummary } from "@/lib/stats/summary";
import { parseDate, parseEnum, parseText } from "../values";
import { optional, required } from "../schema";
import { rawText, type KindDefinition } from "./kind";

const schema = z
  .object({
    Ngay: required(parseDate),
    Loai: required((t) => parseEnum(t, ["NGHI", "LAMBU"] as const)),
    GhiChu: optional((t) => parseText(t, 500)),
  })
  .superRefine((r, ctx) => {
    if (r.Loai === "LAMBU" && weekdayOf(dayFromIso(r.Ngay)) <= 5) {
      ctx.addIssue({ code: "custom", path: ["Loai"], message: `Ngày làm bù (LAMBU) phải là thứ Bảy hoặc Chủ nhật; ${r.Ngay.split("-").reverse().join("/")} là ngày thường.`, input: r.Loai });
    }
  });

export type HolidayRecord = z.infer<typeof schema>;

export interface HolidayContext {
  changedDays: Set<string>;
}

export const holidays: KindDefinition<HolidayRecord, HolidayContext> = {
  kind: "holidays",
  dbKind: "HOLIDAYS",
  catalog: { fields: ["Ngay", "Loai", "GhiChu"], required: ["Ngay", "Loai"] },
  keyField: "Ngay",
  batchSize: 5000,
  rawKey: (values) => rawText(values.Ngay),
  load: async () => ({ changedDays: new Set() }),
  schema: () => schema,
  keyOf: (r) => r.Ngay,

  async write(client, _provinceId, _batchId, records, context) {
    const rows = await bulkUpsert(client, "holiday",
      [{ name: "date", type: "date" }, { name: "kind", type: "text", transform: "($)::holiday_kind" }, { name: "note", type: "text" }],
      [records.map((r) => r.Ngay), records.map((r) => r.Loai), records.map((r) => r.GhiChu)],
      { conflict: ["date"], keySql: (r) => `to_char(${r}.date, 'YYYY-MM-DD')`, update: ["kind", "note"] });
    for (const r of rows) context.changedDays.add(r.key);
    return { inserted: rows.filter((r) => r.inserted).map((r) => r.key), updated: rows.filter((r) => !r.inserted).map((r) => r.key) };
  },

  async finish(client, _provinceId, context) {
    if (context.changedDays.size === 0) return;
    const days = [...context.changedDays].sort();
    const { rows } = await client.query<{ id: number }>(`SELECT id FROM province ORDER BY id`);
    for (const { id } of rows) {
      const moved = await recomputeLegalDueDates(client, id, { days: { from: days[0]!, to: days[days.length - 1]! } });
      if (moved > 0) await refreshDossierSummary(client, id);
    }
  },
};

import "server-only";
// Local penalty rules (DOMAIN.md §7): per province, per agency level, the overdue share that must
// not be exceeded and the points lost each time. Versioned: a rule set applies to the windows
// ending on or after its first day (lib/domain/scorecard.ts ruleSetInForce). Sets are never
// edited or deleted; a correction is a new version starting after today, so no result already
// shown for an ended window changes.
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { canEditSettings, canReconcile, type Viewer } from "@/lib/auth/permissions";
import type { RequestInfo } from "@/lib/auth/request";
import { auditActor, enforce, writeAudit } from "@/lib/services/audit";
import { UserFacingError } from "@/lib/errors";
import { isoDate, localDayOf } from "@/lib/domain/local-time";
import type { AgencyLevel } from "@/lib/domain/scorecard";

export const PENALTY_LEVELS: readonly AgencyLevel[] = ["TINH", "SO", "CHINHANH", "NGANHDOC", "HUYEN", "XA"];

/** at most `digits` decimals: what the columns hold (threshold numeric(6,5) = a percentage with 3) */
const hasDecimals = (digits: number) => (v: number) => Math.abs(v * 10 ** digits - Math.round(v * 10 ** digits)) < 1e-6;
const percent = z.coerce.number({ error: "Nhập một số." }).min(0, "Không được âm.").max(100, "Tối đa 100%.")
  .refine(hasDecimals(3), "Tối đa 3 chữ số thập phân.");
const points = z.coerce.number({ error: "Nhập một số." }).min(0, "Không được âm.").max(100, "Tối đa 100 điểm.")
  .refine(hasDecimals(2), "Tối đa 2 chữ số thập phân.");
/** the share as stored, exactly: 0.7% → 0.007 (not 0.7 / 100 = 0.006999999999999999) */
const shareOf = (thresholdPercent: number) => Math.round(thresholdPercent * 1000) / 100_000;

export const PenaltyRuleSetInput = z.object({
  validFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày áp dụng có dạng yyyy-mm-dd."),
  note: z.string().trim().min(5, "Ghi rõ căn cứ (văn bản, lý do) của phiên bản mới.").max(500),
  rules: z.array(z.object({ level: z.enum(PENALTY_LEVELS as [AgencyLevel, ...AgencyLevel[]]), thresholdPercent: percent, points })).min(1, "Cần ít nhất một cấp."),
});
export type PenaltyRuleSetInput = z.infer<typeof PenaltyRuleSetInput>;

export interface PenaltyRuleSetRow {
  id: number;
  validFrom: string;
  note: string | null;
  createdBy: string | null;
  createdAt: Date;
  rules: { level: AgencyLevel; threshold: number; points: number }[];
}

/** The province's rule sets, newest first (ADMIN edits; OFFICE reads). */
export async function listPenaltyRuleSets(db: Db, viewer: Viewer, request: RequestInfo): Promise<PenaltyRuleSetRow[]> {
  await enforce(db, viewer, canEditSettings(viewer) || canReconcile(viewer), "settings.penalty.view", request);
  const sets = await db.penaltyRuleSet.findMany({
    where: { provinceId: viewer.provinceId },
    orderBy: { validFrom: "desc" },
    include: { rules: true, createdBy: { select: { username: true } } },
  });
  return sets.map((s) => ({
    id: s.id, validFrom: isoDate(Math.round(s.validFrom.getTime() / 86_400_000)), note: s.note, createdBy: s.createdBy?.username ?? null, createdAt: s.createdAt,
    rules: s.rules
      .map((r) => ({ level: r.level as AgencyLevel, threshold: Number(r.threshold), points: Number(r.points) }))
      .sort((a, b) => PENALTY_LEVELS.indexOf(a.level) - PENALTY_LEVELS.indexOf(b.level)),
  }));
}

/** A new version of the rules, from a day after today (Vietnam time). */
export async function createPenaltyRuleSet(db: Db, viewer: Viewer, input: unknown, request: RequestInfo, now = new Date()): Promise<number> {
  await enforce(db, viewer, canEditSettings(viewer), "settings.penalty.create", request);
  const data = PenaltyRuleSetInput.parse(input);
  const today = isoDate(localDayOf(now));
  if (data.validFrom <= today) {
    throw new UserFacingError("Ngày áp dụng phải sau hôm nay: phiên bản mới không được làm thay đổi kết quả của các kỳ đã kết thúc.", "validFrom");
  }
  if (new Set(data.rules.map((r) => r.level)).size !== data.rules.length) throw new UserFacingError("Mỗi cấp chỉ có một ngưỡng.", "rules");
  return db.$transaction(async (tx) => {
    const clash = await tx.penaltyRuleSet.findUnique({ where: { provinceId_validFrom: { provinceId: viewer.provinceId, validFrom: new Date(`${data.validFrom}T00:00:00Z`) } } });
    if (clash) throw new UserFacingError("Đã có phiên bản áp dụng từ ngày này.", "validFrom");
    const set = await tx.penaltyRuleSet.create({
      data: {
        provinceId: viewer.provinceId, validFrom: new Date(`${data.validFrom}T00:00:00Z`), note: data.note, createdById: viewer.userId,
      },
    });
    await tx.penaltyRule.createMany({
      data: data.rules.map((r) => ({ provinceId: viewer.provinceId, ruleSetId: set.id, level: r.level, threshold: shareOf(r.thresholdPercent), points: r.points })),
    });
    await writeAudit(tx, {
      ...auditActor(viewer, request), action: "settings.penalty.create", entity: "penalty_rule_set", entityId: set.id,
      after: { validFrom: data.validFrom, note: data.note, rules: data.rules.map((r) => ({ level: r.level, threshold: shareOf(r.thresholdPercent), points: r.points })) },
    });
    return set.id;
  });
}

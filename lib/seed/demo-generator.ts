// The demo province: a realistic, deterministic simulation of a province after the 2025 reform
// (pure: no database). Same options → same province, byte for byte.
//
// What it models, so every screen has something true to show:
// - agencies: the province, ~20 departments and centres (some created on 1/3/2025 by merging
//   former departments, with successor links), historic districts and communes abolished or
//   merged on 1/7/2025, ~100 new communes;
// - ~2 years of dossiers with seasonality (peak before Tết, trough during it, growth over time),
//   channels by the procedure's online level, statuses as of a fixed snapshot instant, due dates
//   from the legal working-day calendar (some set later than the law allows), late and overdue
//   shares that differ by agency (land administration clearly worst), unsynced dossiers,
//   processing-history gaps, missing apology letters and defective result files.
import { createHash } from "node:crypto";
import { dayFromIso, instantAt, isoDate, localDayOf, MS_PER_DAY } from "@/lib/domain/local-time";
import { WorkingCalendar } from "@/lib/domain/working-days";
import { VIETNAM_HOLIDAYS } from "@/lib/domain/holidays-vn";
import { COMMUNES, DEPARTMENTS, DISTRICTS, FIELDS, FORMER_DEPARTMENTS, PROCEDURES, type ProcedureSpec } from "./catalogue";
import { createRandom, WeightedPicker, type Random } from "./random";
import { PROVINCES_BEFORE_2025, PROVINCES_FROM_2025, REFORM_MONTH } from "./provinces";

export const DEMO_PROVINCE = { code: "H87", name: "Đồng Tháp" } as const;
/** Departments merged on this date (NĐ 45/2025), districts abolished on the next one. */
const DEPARTMENT_MERGER = "2025-03-01";
const DISTRICT_ABOLITION = "2025-07-01";
const FIRST_DAY = "2024-11-01";
/** The instant the simulated one-stop system was exported. Fixed, so the demo is deterministic. */
export const DEMO_SNAPSHOT = new Date("2026-11-20T10:00:00.000Z"); // 17:00 in Vietnam

export interface DemoOptions {
  dossiers: number;
  seed: string;
}

export type Level = "TINH" | "SO" | "HUYEN" | "XA" | "CHINHANH" | "NGANHDOC";

export interface DemoAgency {
  key: string;
  code: string;
  name: string;
  level: Level;
  parentKey: string | null;
  validFrom: string | null;
  validTo: string | null;
  successorKey: string | null;
}

interface AgencyProfile {
  /** share of dossiers resolved late */
  lateRate: number;
  /** share of dossiers left unresolved long past their due date */
  stuckRate: number;
  apologyCoverage: number;
  syncRate: number;
  resultDefectRate: number;
  dueBeyondLegalRate: number;
}

/** Dossiers in columns, ready for a bulk insert (see lib/seed/seed-demo.ts). */
export interface DossierColumns {
  code: string[];
  procedureCode: string[];
  resolvingAgencyKey: string[];
  receivingAgencyKey: string[];
  channel: number[];
  status: number[];
  receivedAt: Date[];
  dueAt: (Date | null)[];
  /** the due instant the law allows (null for dossiers never received) */
  legalDueAt: (Date | null)[];
  finishedAt: (Date | null)[];
  returnedAt: (Date | null)[];
  applicantName: string[];
  applicantType: number[];
  synced: boolean[];
  processingSteps: number[];
  supplementCount: number[];
  apologyLetter: boolean[];
  apologyNewDueAt: (Date | null)[];
  onlinePayment: (number | null)[];
  componentsDigitised: boolean[];
  vneidVerified: boolean[];
  resultFileName: (string | null)[];
  resultFileType: (string | null)[];
  resultFileSize: (number | null)[];
  resultFileBlank: (boolean | null)[];
  resultFileSha256: (string | null)[];
  componentSha256: string[][];
}

export interface SnapshotRow {
  period: string;
  provinceCode: string;
  provinceName: string;
  total: number;
  rank: number;
  provincesRanked: number;
  transparency: number;
  progress: number;
  onlineService: number;
  onlinePayment: number;
  satisfaction: number;
  digitisation: number;
}

export interface DemoProvince {
  agencies: DemoAgency[];
  snapshots: SnapshotRow[];
  /**
   * The dossiers, in reception order, `chunkSize` at a time: memory stays flat however many are
   * asked for (5 million for benchmarks). Every call replays the same sequence.
   */
  dossierChunks(chunkSize: number): Generator<DossierColumns>;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

export function buildAgencies(): DemoAgency[] {
  const p = DEMO_PROVINCE.code;
  const agencies: DemoAgency[] = [
    { key: "tinh", code: `000.00.00.${p}`, name: `UBND tỉnh ${DEMO_PROVINCE.name}`, level: "TINH", parentKey: null, validFrom: null, validTo: null, successorKey: null },
  ];
  DEPARTMENTS.forEach((d, i) => {
    agencies.push({
      key: d.key, code: `000.00.${pad(11 + i, 2)}.${p}`, name: d.name, level: d.level,
      parentKey: d.parentKey ?? "tinh", validFrom: d.createdByMerger ? DEPARTMENT_MERGER : null, validTo: null, successorKey: null,
    });
  });
  FORMER_DEPARTMENTS.forEach((f, i) => {
    agencies.push({
      key: f.key, code: `000.00.${pad(51 + i, 2)}.${p}`, name: f.name, level: "SO",
      parentKey: "tinh", validFrom: null, validTo: isoDate(dayFromIso(DEPARTMENT_MERGER) - 1), successorKey: f.successorKey,
    });
  });
  // Historic districts: their successor is the commune that took over the district seat.
  const communesByDistrict = new Map<string, string[]>();
  for (const c of COMMUNES) communesByDistrict.set(c.formerDistrictKey, [...(communesByDistrict.get(c.formerDistrictKey) ?? []), c.key]);
  const lastDayBeforeReform = isoDate(dayFromIso(DISTRICT_ABOLITION) - 1);
  DISTRICTS.forEach((d, i) => {
    agencies.push({
      key: d.key, code: `000.${pad(i + 1, 2)}.00.${p}`, name: d.name, level: "HUYEN",
      parentKey: "tinh", validFrom: null, validTo: lastDayBeforeReform, successorKey: communesByDistrict.get(d.key)?.[0] ?? null,
    });
  });
  COMMUNES.forEach((c, i) => {
    agencies.push({
      key: c.key, code: `000.${pad(100 + i, 3)}.${p}`, name: c.name, level: "XA",
      parentKey: "tinh", validFrom: DISTRICT_ABOLITION, validTo: null, successorKey: null,
    });
  });
  // Former communes: each new commune was formed from two or three of them.
  const names = formerCommuneNames();
  let n = 0;
  COMMUNES.forEach((c) => {
    const parts = c.name.startsWith("Phường") ? 2 : 3;
    const districtIndex = DISTRICTS.findIndex((d) => d.key === c.formerDistrictKey);
    for (let k = 0; k < parts; k++, n++) {
      const kind = c.name.startsWith("Phường") ? "Phường" : "Xã";
      agencies.push({
        key: `${c.key}-cu-${k + 1}`, code: `${pad(n + 1, 5)}.${pad(districtIndex + 1, 2)}.${p}`, name: `${kind} ${names[n % names.length]}${n >= names.length ? ` ${Math.floor(n / names.length) + 1}` : ""} (cũ)`,
        level: "XA", parentKey: c.formerDistrictKey, validFrom: null, validTo: lastDayBeforeReform, successorKey: c.key,
      });
    }
  });
  return agencies;
}

function formerCommuneNames(): string[] {
  const first = ["Tân", "Mỹ", "Long", "Phú", "An", "Bình", "Hòa", "Thạnh", "Hưng", "Vĩnh", "Thới", "Phước", "Nhơn", "Định", "Khánh", "Tịnh"];
  const second = ["Hòa", "Thuận", "Lợi", "Hưng", "Thạnh", "Đông", "Tây", "Bình", "Long", "Mỹ", "Phú", "An", "Hiệp", "Điền", "Quới", "Khánh"];
  const out: string[] = [];
  for (const a of first) for (const b of second) if (a !== b) out.push(`${a} ${b}`);
  return out;
}

/** Deterministic per-agency behaviour. Land administration is clearly the worst, as it usually is. */
function profileOf(agency: DemoAgency, random: Random): AgencyProfile {
  const land = /môi trường|đất đai/i.test(agency.name);
  const base: AgencyProfile = {
    lateRate: 0.002 + random.next() * 0.02,
    stuckRate: 0.0002 + random.next() * 0.0015,
    apologyCoverage: 0.55 + random.next() * 0.45,
    syncRate: 0.72 + random.next() * 0.26,
    resultDefectRate: 0.01 + random.next() * 0.04,
    dueBeyondLegalRate: random.next() * 0.02,
  };
  if (land) return { ...base, lateRate: 0.09, stuckRate: 0.07, apologyCoverage: 0.35, syncRate: 0.7, resultDefectRate: 0.06, dueBeyondLegalRate: 0.05 };
  if (agency.level === "XA" && random.chance(0.15)) return { ...base, lateRate: base.lateRate + 0.04, stuckRate: base.stuckRate + 0.01 };
  return base;
}

type Era = "beforeMerger" | "beforeReform" | "afterReform";

function eraOf(day: number): Era {
  if (day < dayFromIso(DEPARTMENT_MERGER)) return "beforeMerger";
  if (day < dayFromIso(DISTRICT_ABOLITION)) return "beforeReform";
  return "afterReform";
}

interface Candidate {
  agency: DemoAgency;
  weight: number;
  procedures: ProcedureSpec[];
  picker: WeightedPicker;
}

/** Which procedures each agency resolves in an era, and how much work it gets. */
function candidatesFor(era: Era, agencies: DemoAgency[], random: Random): { candidates: Candidate[]; picker: WeightedPicker } {
  const fieldByCode = new Map(FIELDS.map((f) => [f.code, f]));
  const alive = (a: DemoAgency) => {
    const day = era === "beforeMerger" ? dayFromIso(DEPARTMENT_MERGER) - 1 : era === "beforeReform" ? dayFromIso(DISTRICT_ABOLITION) - 1 : dayFromIso(DISTRICT_ABOLITION);
    return (!a.validFrom || dayFromIso(a.validFrom) <= day) && (!a.validTo || dayFromIso(a.validTo) >= day);
  };
  const departmentVolume = new Map<string, number>([...DEPARTMENTS, ...FORMER_DEPARTMENTS].map((d) => [d.key, d.volume]));
  const candidates: Candidate[] = [];
  for (const agency of agencies.filter(alive)) {
    let procedures: ProcedureSpec[] = [];
    let weight = 0;
    if (agency.level === "HUYEN") {
      procedures = PROCEDURES.filter((p) => p.levels.includes("HUYEN"));
      weight = 30;
    } else if (agency.level === "XA") {
      const newCommune = !agency.validTo;
      procedures = PROCEDURES.filter((p) => p.levels.includes("XA") || (newCommune && p.levels.includes("HUYEN")));
      weight = newCommune ? 16 : 4;
    } else if (agency.level !== "TINH") {
      const isFormer = !!agency.successorKey;
      const handles = (fieldCode: string) => {
        const field = fieldByCode.get(fieldCode);
        if (!field) return false;
        // a branch handles its parent office's fields, in its own area
        if (agency.level === "CHINHANH") return field.departmentKey === agency.parentKey;
        if (isFormer) return field.formerDepartmentKey === agency.key;
        if (era === "beforeMerger" && field.formerDepartmentKey) return false;
        return field.departmentKey === agency.key;
      };
      procedures = PROCEDURES.filter((p) => (p.levels.includes("SO") || p.levels.includes("TINH")) && handles(p.fieldCode));
      weight = departmentVolume.get(agency.key) ?? 1;
    }
    if (procedures.length === 0 || weight <= 0) continue;
    // a few procedures carry most of the volume (Zipf-like over a shuffled order)
    const order = random.shuffle(procedures.map((_, i) => i));
    const weights = new Array<number>(procedures.length);
    order.forEach((procedureIndex, rank) => (weights[procedureIndex] = 1 / Math.pow(rank + 1, 0.9)));
    candidates.push({ agency, weight, procedures, picker: new WeightedPicker(weights) });
  }
  return { candidates, picker: new WeightedPicker(candidates.map((c) => c.weight)) };
}

/** Relative number of dossiers received on a local day. */
function dayWeight(day: number, calendar: WorkingCalendar, firstDay: number): number {
  if (!calendar.isWorkingDay(day)) return 0;
  const month = Number(isoDate(day).slice(5, 7));
  const seasonal = [1.3, 0.75, 1.05, 1.0, 1.0, 1.05, 0.95, 0.95, 1.0, 1.05, 1.1, 1.25][month - 1]!;
  const growth = 1 + 0.12 * ((day - firstDay) / 365);
  return seasonal * growth;
}

const SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Võ", "Phan", "Trương", "Bùi", "Đặng", "Đỗ", "Ngô", "Dương", "Lý"];
const MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Ngọc", "Thanh", "Quốc", "Thị Kim", "Hoàng", "Đức"];
const GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hạnh", "Hiếu", "Hoa", "Hùng", "Khoa", "Lan", "Linh", "Long", "Mai", "Nam", "Ngân", "Phúc", "Phương", "Quân", "Tâm", "Thảo", "Thắng", "Trang", "Tuấn", "Vy", "Yến"];
const COMPANY = ["Phát Đạt", "Hưng Thịnh", "Mekong Xanh", "Sen Hồng", "Tân Phú", "Cửu Long", "Nam Bộ", "Đất Sen", "Hòa Bình", "Phú Quý"];

function applicant(random: Random, type: number): string {
  if (type === 2) return `Công ty TNHH ${random.pick(COMPANY)} ${random.int(1, 99)}`;
  if (type === 3) return `UBND ${random.pick(["xã", "phường"])} ${random.pick(COMPANY)}`;
  return `${random.pick(SURNAMES)} ${random.pick(MIDDLE)} ${random.pick(GIVEN)}`;
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function emptyColumns(): DossierColumns {
  return {
    code: [], procedureCode: [], resolvingAgencyKey: [], receivingAgencyKey: [], channel: [], status: [], receivedAt: [],
    dueAt: [], legalDueAt: [], finishedAt: [], returnedAt: [], applicantName: [], applicantType: [], synced: [], processingSteps: [],
    supplementCount: [], apologyLetter: [], apologyNewDueAt: [], onlinePayment: [], componentsDigitised: [], vneidVerified: [],
    resultFileName: [], resultFileType: [], resultFileSize: [], resultFileBlank: [], resultFileSha256: [], componentSha256: [],
  };
}

export function generateDemoProvince(options: DemoOptions): DemoProvince {
  // independent streams, so that asking for more dossiers leaves agencies and rankings unchanged
  const stream = (name: string) => createRandom(`tthc-demo:${options.seed}:${name}`);
  const agencies = buildAgencies();
  return {
    agencies,
    snapshots: generateSnapshots(stream("snapshots")),
    dossierChunks: (chunkSize) => generateDossiers(options, agencies, stream("profiles"), stream("dossiers"), chunkSize),
  };
}

function* generateDossiers(options: DemoOptions, agencies: DemoAgency[], setup: Random, random: Random, chunkSize: number): Generator<DossierColumns> {
  const calendar = new WorkingCalendar(VIETNAM_HOLIDAYS);
  const agencyByKey = new Map(agencies.map((a) => [a.key, a]));
  const profiles = new Map(agencies.map((a) => [a.key, profileOf(a, setup)]));
  const eras = {
    beforeMerger: candidatesFor("beforeMerger", agencies, setup),
    beforeReform: candidatesFor("beforeReform", agencies, setup),
    afterReform: candidatesFor("afterReform", agencies, setup),
  };
  const serviceCentre = agencies.find((a) => /phục vụ hành chính công/i.test(a.name));

  const firstDay = dayFromIso(FIRST_DAY);
  const lastDay = localDayOf(DEMO_SNAPSHOT);
  const days: number[] = [];
  const weights: number[] = [];
  for (let d = firstDay; d <= lastDay; d++) {
    days.push(d);
    weights.push(dayWeight(d, calendar, firstDay));
  }
  const dayPicker = new WeightedPicker(weights);
  // receive dossiers in date order, so codes number up through each day
  const receivedDays = Int32Array.from({ length: options.dossiers }, () => days[dayPicker.pick(random)]!).sort();

  let out = emptyColumns();
  const sequence = new Map<string, number>();
  const snapshotMs = DEMO_SNAPSHOT.getTime();
  for (const day of receivedDays) {
    const era = eras[eraOf(day)];
    const candidate = era.candidates[era.picker.pick(random)]!;
    const agency = candidate.agency;
    const procedure = candidate.procedures[candidate.picker.pick(random)]!;
    const profile = profiles.get(agency.key)!;
    const progress = (day - firstDay) / (lastDay - firstDay); // 0 → 1 over the two years

    // reception during office hours (07:00–11:30, 13:30–17:00)
    const minute = random.chance(0.55) ? random.int(7 * 60, 11 * 60 + 29) : random.int(13 * 60 + 30, 16 * 60 + 59);
    const receivedAt = instantAt(day, minute);
    const onlineShare = procedure.onlineLevel === "TOAN_TRINH" ? 0.55 + 0.25 * progress : procedure.onlineLevel === "MOT_PHAN" ? 0.25 + 0.2 * progress : 0;
    const channel = random.chance(onlineShare) ? 2 : random.chance(0.06) ? 3 : 1;
    const receivingKey = agency.level === "SO" && serviceCentre && random.chance(0.7) ? serviceCentre.key : agency.key;
    const receiving = agencyByKey.get(receivingKey)!;
    const dayKey = `${receiving.code}-${isoDate(day)}`;
    const seq = (sequence.get(dayKey) ?? 0) + 1;
    sequence.set(dayKey, seq);
    const code = `${receiving.code}-${isoDate(day).slice(2).replaceAll("-", "")}-${pad(seq, 4)}`;

    const applicantType = random.chance(0.85) ? 1 : random.chance(0.8) ? 2 : random.chance(0.6) ? 3 : 4;
    const components = Array.from({ length: random.int(1, 4) }, (_, k) => sha256(`${options.seed}:${code}:c${k}`));
    const supplementCount = random.chance(0.08) ? (random.chance(0.25) ? 2 : 1) : 0;

    let status: number;
    let dueAt: Date | null = null;
    let legalDue: Date | null = null;
    let finishedAt: Date | null = null;
    let returnedAt: Date | null = null;
    const excluded = random.next();
    if (excluded < 0.008) {
      status = channel === 2 ? 1 : 3; // filed online and never received, or refused at reception
    } else {
      const legalDays = procedure.legalDays;
      legalDue = calendar.dueDate(receivedAt, legalDays);
      // waiting for supplements extends the due date; a few systems set it beyond the law
      const extension = supplementCount * random.int(2, 5) + (random.chance(profile.dueBeyondLegalRate) ? random.int(2, 10) : 0);
      dueAt = extension > 0 ? calendar.dueDate(legalDue, extension) : legalDue;
      const fate = random.next();
      if (fate < profile.stuckRate) {
        finishedAt = null; // never resolved: overdue for as long as the export shows
      } else if (fate < profile.stuckRate + profile.lateRate) {
        finishedAt = calendar.dueDate(dueAt, random.chance(0.7) ? random.int(1, 5) : random.int(6, 30));
      } else {
        const legalWork = Math.max(legalDays, 0.25) + extension;
        finishedAt = calendar.dueDate(receivedAt, legalWork * (0.15 + 0.85 * Math.sqrt(random.next())));
        if (finishedAt.getTime() > dueAt.getTime()) finishedAt = dueAt;
      }
      if (finishedAt && finishedAt.getTime() > snapshotMs) finishedAt = null; // still open at the snapshot
      if (!finishedAt) {
        const waiting = supplementCount > 0 && random.chance(0.4);
        status = waiting ? 5 : procedure.hasFees && random.chance(0.03) ? 6 : snapshotMs - receivedAt.getTime() < MS_PER_DAY ? 2 : 4;
      } else {
        const end = random.next();
        status = end < 0.02 ? 7 : end < 0.06 ? 8 : end < 0.12 ? 9 : 10;
        if (status === 10) {
          const returned = new Date(finishedAt.getTime() + random.int(0, 3 * 24 * 60) * 60_000);
          returnedAt = returned.getTime() > snapshotMs ? null : returned;
          if (!returnedAt) status = 9;
        }
      }
    }

    const counted = status !== 1 && status !== 3;
    const lateFinished = finishedAt && dueAt && localDayOf(finishedAt) > localDayOf(dueAt);
    const overdueOpen = !finishedAt && dueAt && localDayOf(dueAt) < lastDay;
    const needsApology = counted && (lateFinished || overdueOpen);
    const apologyLetter = !!needsApology && random.chance(profile.apologyCoverage);
    const apologyNewDueAt = apologyLetter && dueAt ? calendar.dueDate(dueAt, random.int(3, 15)) : null;

    // result file of a resolved dossier, with the defects the seed documents complain about
    let resultFileName: string | null = null, resultFileType: string | null = null, resultFileSize: number | null = null;
    let resultFileBlank: boolean | null = null, resultFileSha256: string | null = null;
    if (status === 9 || status === 10) {
      const defect = random.chance(profile.resultDefectRate) ? random.pick(["missing", "blank", "component", "zip"] as const) : null;
      if (defect !== "missing") {
        const zip = defect === "zip";
        resultFileName = `KQ_${code}.${zip ? "zip" : "pdf"}`;
        resultFileType = zip ? "application/zip" : "application/pdf";
        resultFileSize = random.int(40_000, 2_500_000);
        resultFileBlank = defect === "blank";
        resultFileSha256 = defect === "component" ? components[0]! : sha256(`${options.seed}:${code}:result`);
      }
    }

    const open = !finishedAt;
    out.code.push(code);
    out.procedureCode.push(procedure.code);
    out.resolvingAgencyKey.push(agency.key);
    out.receivingAgencyKey.push(receivingKey);
    out.channel.push(channel);
    out.status.push(status);
    out.receivedAt.push(receivedAt);
    out.dueAt.push(dueAt);
    out.legalDueAt.push(legalDue);
    out.finishedAt.push(finishedAt);
    out.returnedAt.push(returnedAt);
    out.applicantType.push(applicantType);
    out.applicantName.push(applicant(random, applicantType));
    out.synced.push(counted && random.chance(profile.syncRate));
    out.processingSteps.push(!counted ? 0 : random.chance(0.015) ? 0 : open ? random.int(1, 4) : random.int(3, 9));
    out.supplementCount.push(supplementCount);
    out.apologyLetter.push(apologyLetter);
    out.apologyNewDueAt.push(apologyNewDueAt);
    out.onlinePayment.push(procedure.hasFees ? (channel === 2 ? (random.chance(0.45 + 0.3 * progress) ? 1 : random.chance(0.3) ? 2 : 0) : 0) : null);
    out.componentsDigitised.push(random.chance(0.6 + 0.3 * progress));
    out.vneidVerified.push(random.chance(channel === 2 ? 0.55 + 0.35 * progress : 0.15));
    out.resultFileName.push(resultFileName);
    out.resultFileType.push(resultFileType);
    out.resultFileSize.push(resultFileSize);
    out.resultFileBlank.push(resultFileBlank);
    out.resultFileSha256.push(resultFileSha256);
    out.componentSha256.push(components);
    if (out.code.length === chunkSize) {
      yield out;
      out = emptyColumns();
    }
  }
  if (out.code.length > 0) yield out;
}

/** Monthly, quarterly and yearly 766 rankings of every province, 2023 → the snapshot month. */
export function generateSnapshots(random: Random): SnapshotRow[] {
  const months: string[] = [];
  for (let y = 2023; y <= 2026; y++) for (let m = 1; m <= 12; m++) if (`${y}-${pad(m, 2)}` < "2026-11") months.push(`${y}-${pad(m, 2)}`);
  const quarters: string[] = [];
  for (let y = 2023; y <= 2026; y++) for (let q = 1; q <= 4; q++) if (`${y}-${pad(q * 3, 2)}` < "2026-11") quarters.push(`${y}-Q${q}`);
  const periods = [...months, ...quarters, "2023", "2024", "2025"];
  const lastMonth = (period: string) => (/^\d{4}$/.test(period) ? `${period}-12` : /Q/.test(period) ? `${period.slice(0, 4)}-${pad(Number(period.slice(-1)) * 3, 2)}` : period);
  const base = new Map<string, number>();
  for (const [code] of [...PROVINCES_BEFORE_2025, ...PROVINCES_FROM_2025]) if (!base.has(code)) base.set(code, 0.72 + random.next() * 0.2);
  // the demo province climbs from the lower middle of the table to the upper third
  base.set(DEMO_PROVINCE.code, 0.78);
  const groups = [
    ["transparency", 18], ["progress", 20], ["onlineService", 12], ["onlinePayment", 10], ["satisfaction", 18], ["digitisation", 22],
  ] as const;
  const rows: SnapshotRow[] = [];
  for (const period of periods) {
    const month = lastMonth(period);
    const provinces = month >= REFORM_MONTH ? PROVINCES_FROM_2025 : PROVINCES_BEFORE_2025;
    const elapsed = (Number(month.slice(0, 4)) - 2023) * 12 + Number(month.slice(5, 7)) - 1; // 0 … 46
    const scored = provinces.map(([code, name]) => {
      const trend = code === DEMO_PROVINCE.code ? 0.0022 * elapsed : 0.001 * elapsed;
      const level = Math.min(0.97, base.get(code)! + trend);
      const scores = Object.fromEntries(groups.map(([key, max]) => {
        const spread = key === "transparency" || key === "digitisation" ? 0.12 : 0.05;
        const value = Math.max(0.3, Math.min(1, level + (random.next() - 0.5) * spread * 2));
        return [key, Math.round(value * max * 100) / 100];
      })) as Record<(typeof groups)[number][0], number>;
      const total = Math.round(groups.reduce((s, [key]) => s + scores[key], 0) * 100) / 100;
      return { code, name, total, scores };
    });
    scored.sort((a, b) => b.total - a.total || a.code.localeCompare(b.code));
    scored.forEach((s, i) => rows.push({ period, provinceCode: s.code, provinceName: s.name, total: s.total, rank: i + 1, provincesRanked: provinces.length, ...s.scores }));
  }
  return rows;
}

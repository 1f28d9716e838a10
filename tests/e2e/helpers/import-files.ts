import type { APIRequestContext } from "@playwright/test";

/** Codes of the e2e server's demo catalogue, read through the API the way any client would. */
export async function demoCodes(request: APIRequestContext): Promise<{ agencies: string[]; procedures: string[] }> {
  const scorecard = await (await request.get("/api/v1/scorecard?period=2026-Q1")).json();
  const agencies = Object.keys(scorecard.agencies as Record<string, unknown>);
  const dossiers = await (await request.get("/api/v1/figures/dossiers?period=2026-Q1&figure=c3&pageSize=200")).json();
  const procedures = [...new Set((dossiers.dossiers as { procedure: string }[]).map((d) => d.procedure))];
  if (!agencies.length || !procedures.length) throw new Error("the demo catalogue has no agencies or procedures");
  return { agencies, procedures };
}

/** A bad record of a generated dossiers file: which record, what is wrong with it. */
export interface BadRecord {
  record: number;
  field: string;
}

const HEADER = ["MaHoSo", "MaTTHC", "MaDonViXuLy", "KenhThucHien", "NgayTiepNhan", "NgayHenTra", "TrangThaiHoSo", "ChuHoSo"];

/**
 * A dossiers CSV of `rows` records against the demo catalogue, with a few bad records at known
 * places (unknown agency, invalid status, impossible date, due before reception — one of them
 * with a key a spreadsheet would read as a formula) and one key repeated (a warning).
 */
export function dossiersCsv(codes: { agencies: string[]; procedures: string[] }, rows: number, tag: string): { csv: string; bad: BadRecord[]; duplicateRecord: number } {
  const bad: BadRecord[] = [
    { record: 5, field: "MaDonViXuLy" },
    { record: 17, field: "TrangThaiHoSo" },
    { record: 42, field: "NgayTiepNhan" },
    { record: Math.floor(rows / 2), field: "NgayHenTra" },
  ];
  const duplicateRecord = rows - 1;
  const lines = [HEADER.join(",")];
  for (let record = 1; record <= rows; record++) {
    const day = 1 + (record % 28);
    const received = `2026-10-${String(day).padStart(2, "0")}T08:30:00`;
    const due = `2026-11-${String(day).padStart(2, "0")}T17:00:00`;
    const cells = [
      // the record before last repeats the key of the one before it: the later one wins, with a warning
      record === duplicateRecord ? `${tag}-${record - 1}` : `${tag}-${record}`,
      codes.procedures[record % codes.procedures.length]!,
      codes.agencies[record % codes.agencies.length]!,
      String(1 + (record % 2)),
      received,
      due,
      String(record % 3 === 0 ? 2 : 4),
      `Nguyễn Văn ${record}`,
    ];
    const problem = bad.find((b) => b.record === record)?.field;
    if (problem === "MaDonViXuLy") cells[2] = "000.99.99.H00";
    if (problem === "TrangThaiHoSo") {
      cells[0] = "=HYPERLINK(\"http://example.invalid\")";
      cells[6] = "11";
    }
    if (problem === "NgayTiepNhan") cells[4] = "31/02/2026";
    if (problem === "NgayHenTra") cells[5] = "2026-09-01T08:00:00";
    lines.push(cells.map((c) => (/[",]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(","));
  }
  return { csv: `${lines.join("\r\n")}\r\n`, bad, duplicateRecord };
}

import type { AuditOutcome, AuditQuery } from "@/lib/services/audit";

export const OUTCOME_LABELS: Record<AuditOutcome, string> = { SUCCESS: "Thành công", DENIED: "Bị từ chối", FAILED: "Thất bại" };

/** "?…" of an audit query (empty values left out), shared by the page's links and its CSV export. */
export function auditQueryString(query: AuditQuery): string {
  const params = new URLSearchParams();
  for (const key of ["nguoidung", "hanhdong", "doituong", "madoituong", "ketqua", "tu", "den"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  if (query.trang > 1) params.set("trang", String(query.trang));
  const text = params.toString();
  return text ? `?${text}` : "";
}

// The application's sections and the roles each is shown to. Showing is not allowing: every page
// and service checks the permission module itself. A section that is not built yet is listed,
// marked "sắp có", and not linked.
import type { RoleName } from "@/lib/auth/permissions";

export interface NavItem {
  href: string;
  label: string;
  roles: readonly RoleName[];
  available: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", label: "Tổng quan", roles: ["ADMIN", "OFFICE", "LEADERSHIP", "FOCAL"], available: true },
  { href: "/co-quan", label: "Cơ quan, đơn vị", roles: ["ADMIN", "OFFICE", "LEADERSHIP", "FOCAL"], available: true },
  { href: "/bang-xep-hang", label: "Bảng xếp hạng cơ quan", roles: ["OFFICE", "LEADERSHIP"], available: false },
  { href: "/ho-so", label: "Tra cứu hồ sơ", roles: ["OFFICE", "FOCAL"], available: false },
  { href: "/chi-so-766", label: "Chỉ số 766 của tỉnh", roles: ["LEADERSHIP", "OFFICE", "ADMIN"], available: true },
  { href: "/bao-cao", label: "Báo cáo Biểu 06", roles: ["FOCAL", "OFFICE"], available: false },
  { href: "/nhap-du-lieu", label: "Nhập dữ liệu", roles: ["ADMIN", "OFFICE"], available: true },
  { href: "/quan-tri/nguoi-dung", label: "Người dùng", roles: ["ADMIN"], available: true },
  { href: "/quan-tri/khoa-api", label: "Khóa API", roles: ["ADMIN"], available: true },
  { href: "/quan-tri/nguong-tru-diem", label: "Ngưỡng trừ điểm", roles: ["ADMIN", "OFFICE"], available: true },
  { href: "/quan-tri/nhat-ky", label: "Nhật ký hệ thống", roles: ["ADMIN", "OFFICE"], available: true },
];

/** The sections shown to a user holding `roles`. */
export function navItemsFor(roles: readonly RoleName[]): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.some((r) => roles.includes(r)));
}

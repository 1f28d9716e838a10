// The application's sections and the roles each is shown to. Showing is not allowing: every page
// and service checks the permission module itself.
import type { RoleName } from "@/lib/auth/permissions";

export interface NavItem {
  href: string;
  label: string;
  roles: readonly RoleName[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", label: "Tổng quan", roles: ["ADMIN", "OFFICE", "LEADERSHIP", "FOCAL"] },
  { href: "/co-quan", label: "Cơ quan, đơn vị", roles: ["ADMIN", "OFFICE", "LEADERSHIP", "FOCAL"] },
  { href: "/bang-xep-hang", label: "Bảng xếp hạng cơ quan", roles: ["ADMIN", "OFFICE", "LEADERSHIP", "FOCAL"] },
  { href: "/ho-so", label: "Tra cứu hồ sơ", roles: ["OFFICE", "FOCAL", "LEADERSHIP", "ADMIN"] },
  { href: "/chi-so-766", label: "Chỉ số 766 của tỉnh", roles: ["LEADERSHIP", "OFFICE", "ADMIN"] },
  { href: "/bao-cao", label: "Báo cáo Biểu 06", roles: ["FOCAL", "OFFICE", "LEADERSHIP", "ADMIN"] },
  { href: "/nhap-du-lieu", label: "Nhập dữ liệu", roles: ["ADMIN", "OFFICE"] },
  { href: "/quan-tri/nguoi-dung", label: "Người dùng", roles: ["ADMIN"] },
  { href: "/quan-tri/khoa-api", label: "Khóa API", roles: ["ADMIN"] },
  { href: "/quan-tri/nguong-tru-diem", label: "Ngưỡng trừ điểm", roles: ["ADMIN", "OFFICE"] },
  { href: "/quan-tri/nhat-ky", label: "Nhật ký hệ thống", roles: ["ADMIN", "OFFICE"] },
];

/** The sections shown to a user holding `roles`. */
export function navItemsFor(roles: readonly RoleName[]): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.some((r) => roles.includes(r)));
}

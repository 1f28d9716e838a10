// The application's sections, per role (the roles arrive with sign-in). A section that is not
// built yet is listed, marked "sắp có", and not linked.
export type RoleName = "ADMIN" | "OFFICE" | "LEADERSHIP" | "FOCAL";

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
  { href: "/chi-so-766", label: "Chỉ số 766 của tỉnh", roles: ["LEADERSHIP", "OFFICE"], available: false },
  { href: "/bao-cao", label: "Báo cáo Biểu 06", roles: ["FOCAL", "OFFICE"], available: false },
  { href: "/nhap-du-lieu", label: "Nhập dữ liệu", roles: ["ADMIN", "OFFICE"], available: false },
  { href: "/quan-tri", label: "Quản trị", roles: ["ADMIN"], available: false },
];

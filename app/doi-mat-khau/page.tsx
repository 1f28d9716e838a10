import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { requireViewer } from "@/lib/auth/viewer";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { ChangePasswordForm } from "./change-password-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Đổi mật khẩu" };

export default async function ChangePasswordPage() {
  const viewer = await requireViewer({ allowPasswordChange: true });
  return (
    <AppShell viewer={viewer} current="/doi-mat-khau">
      <h1 className="text-2xl font-semibold mb-2">Đổi mật khẩu</h1>
      {viewer.mustChangePassword ? (
        <p className="mb-4 rounded bg-amber-50 border border-amber-200 px-3 py-2 text-sm text-amber-900 max-w-xl" data-testid="must-change-password">
          Mật khẩu của bạn do quản trị viên đặt lại. Hãy chọn mật khẩu mới trước khi tiếp tục.
        </p>
      ) : null}
      <p className="text-sm text-slate-600 mb-4 max-w-xl">
        Mật khẩu mới có ít nhất {PASSWORD_MIN_LENGTH} ký tự, gồm ít nhất 3 trong 4 loại: chữ thường, chữ hoa, chữ số, ký tự đặc biệt,
        và không chứa tên đăng nhập. Sau khi đổi, bạn đăng nhập lại trên mọi thiết bị.
      </p>
      <ChangePasswordForm />
    </AppShell>
  );
}

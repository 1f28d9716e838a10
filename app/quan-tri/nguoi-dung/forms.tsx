"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form-fields";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";
import { ROLE_LABELS, ROLES } from "@/lib/auth/permissions";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { assignRoleAction, createUserAction, removeRoleAction, resetPasswordAction, setUserActiveAction } from "./actions";

const PASSWORD_HINT = `Mật khẩu tạm: ít nhất ${PASSWORD_MIN_LENGTH} ký tự, 3 trong 4 loại (chữ thường, chữ hoa, chữ số, ký tự đặc biệt), không chứa tên đăng nhập. Người dùng phải đổi ở lần đăng nhập đầu.`;
const button = "bg-brand-600 hover:bg-brand-700 text-white rounded px-4 py-1.5 disabled:opacity-60";

export function CreateUserForm() {
  const [state, action, pending] = useActionState(createUserAction, INITIAL_ACTION_STATE);
  return (
    <form action={action} className="space-y-4 max-w-xl rounded-lg border border-slate-200 bg-white p-4">
      <FormMessage state={state} />
      <Field name="username" label="Tên đăng nhập" defaultValue={state.values?.username} required autoComplete="off" maxLength={50} errors={state.fieldErrors.username} hint="Chữ không dấu, chữ số, dấu chấm, gạch ngang; ví dụ nguyen.van.a" />
      <Field name="fullName" label="Họ và tên" defaultValue={state.values?.fullName} required maxLength={200} errors={state.fieldErrors.fullName} />
      <Field name="email" label="Thư điện tử (không bắt buộc)" type="email" defaultValue={state.values?.email} maxLength={200} errors={state.fieldErrors.email} />
      <Field name="password" label="Mật khẩu tạm" type="password" required autoComplete="new-password" errors={state.fieldErrors.password} hint={PASSWORD_HINT} />
      <button type="submit" disabled={pending} className={button}>{pending ? "Đang tạo…" : "Tạo người dùng"}</button>
    </form>
  );
}

export function AssignRoleForm({ userId, agencies }: { userId: number; agencies: { id: number; code: string; name: string }[] }) {
  const [state, action, pending] = useActionState(assignRoleAction, INITIAL_ACTION_STATE);
  return (
    <form action={action} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 max-w-xl" aria-labelledby="assign-role-title">
      <h3 id="assign-role-title" className="font-semibold">Thêm vai trò</h3>
      <FormMessage state={state} testId="assign-role-message" />
      <input type="hidden" name="userId" value={userId} />
      <div>
        <label htmlFor="role" className="block text-sm font-medium text-slate-700">Vai trò</label>
        <select id="role" name="role" required className="mt-1 border border-slate-400 rounded px-2 py-1.5 bg-white">
          {ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
        </select>
        {state.fieldErrors.role?.length ? <p className="text-sm text-red-800 mt-1">{state.fieldErrors.role.join(" ")}</p> : null}
      </div>
      <div>
        <label htmlFor="agencyId" className="block text-sm font-medium text-slate-700">Cơ quan, đơn vị (chỉ với vai trò đầu mối)</label>
        <select id="agencyId" name="agencyId" defaultValue="" aria-invalid={state.fieldErrors.agencyId?.length ? true : undefined} aria-describedby={state.fieldErrors.agencyId?.length ? "agencyId-error" : undefined} className="mt-1 w-full border border-slate-400 rounded px-2 py-1.5 bg-white">
          <option value="">— Toàn tỉnh —</option>
          {agencies.map((a) => <option key={a.id} value={a.id}>{a.name} ({a.code})</option>)}
        </select>
        {state.fieldErrors.agencyId?.length ? <p id="agencyId-error" className="text-sm text-red-800 mt-1">{state.fieldErrors.agencyId.join(" ")}</p> : null}
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="includeSubunits" defaultChecked /> Gồm cả các đơn vị trực thuộc
      </label>
      <button type="submit" disabled={pending} className={button}>{pending ? "Đang lưu…" : "Thêm vai trò"}</button>
    </form>
  );
}

export function RemoveRoleForm({ assignmentId, label }: { assignmentId: number; label: string }) {
  const [state, action, pending] = useActionState(removeRoleAction, INITIAL_ACTION_STATE);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <button type="submit" disabled={pending} className="text-red-800 underline text-sm disabled:opacity-60" aria-label={`Bỏ vai trò ${label}`}>Bỏ</button>
      {state.message && !state.ok ? <span className="block text-xs text-red-800" role="status">{state.message}</span> : null}
    </form>
  );
}

export function ActiveForm({ userId, active }: { userId: number; active: boolean }) {
  const [state, action, pending] = useActionState(setUserActiveAction, INITIAL_ACTION_STATE);
  return (
    <form
      action={action}
      className="space-y-2"
      onSubmit={(e) => {
        if (active && !window.confirm("Khóa tài khoản này? Người dùng bị đăng xuất ngay và không đăng nhập được nữa.")) e.preventDefault();
      }}
    >
      <FormMessage state={state} testId="active-message" />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={active ? "0" : "1"} />
      <button type="submit" disabled={pending} className={active ? "bg-red-700 hover:bg-red-800 text-white rounded px-4 py-1.5 disabled:opacity-60" : button}>
        {active ? "Khóa tài khoản" : "Mở khóa tài khoản"}
      </button>
    </form>
  );
}

export function ResetPasswordForm({ userId }: { userId: number }) {
  const [state, action, pending] = useActionState(resetPasswordAction, INITIAL_ACTION_STATE);
  return (
    <form action={action} className="space-y-3 max-w-xl">
      <FormMessage state={state} testId="reset-message" />
      <input type="hidden" name="userId" value={userId} />
      <Field name="password" label="Mật khẩu tạm mới" type="password" required autoComplete="new-password" errors={state.fieldErrors.password} hint={PASSWORD_HINT} />
      <button type="submit" disabled={pending} className={button}>{pending ? "Đang lưu…" : "Đặt lại mật khẩu"}</button>
    </form>
  );
}

import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/prisma";
import { getViewer } from "@/lib/auth/viewer";
import { oidcConfigFromEnv } from "@/lib/auth/oidc";
import { safeNextPath } from "@/lib/auth/request";
import { currentProvince } from "@/lib/services/province";
import { SignInForm } from "./sign-in-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Đăng nhập" };

const NOTICES: Record<string, string> = {
  "doi-mat-khau": "Đã đổi mật khẩu. Vui lòng đăng nhập lại bằng mật khẩu mới.",
};
const ERRORS: Record<string, string> = {
  AccessDenied: "Tài khoản đăng nhập một lần chưa được liên kết với người dùng nào của hệ thống, hoặc đã bị khóa. Hãy liên hệ quản trị viên.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const next = safeNextPath(one(params.next));
  if (await getViewer()) redirect(next);
  const province = await currentProvince(db());
  const oidc = oidcConfigFromEnv();
  const error = one(params.error);
  return (
    <main className="min-h-screen flex items-center justify-center p-4">
      <div className="w-full max-w-md">
        <div className="bg-brand-900 text-white rounded-t-lg px-6 py-4">
          <p className="text-lg font-semibold">TTHC Dashboard</p>
          <p className="text-sm text-brand-100">Giám sát giải quyết thủ tục hành chính{province ? ` — tỉnh ${province.name}` : ""}</p>
        </div>
        <div className="bg-white border border-t-0 border-slate-200 rounded-b-lg px-6 py-6">
          <h1 className="text-xl font-semibold mb-4">Đăng nhập</h1>
          {NOTICES[one(params.thongbao) ?? ""] ? (
            <p className="mb-4 rounded bg-green-50 border border-green-200 px-3 py-2 text-sm text-green-900" data-testid="sign-in-notice">
              {NOTICES[one(params.thongbao)!]}
            </p>
          ) : null}
          <SignInForm
            next={next}
            oidcName={oidc?.name ?? null}
            initialError={error ? (ERRORS[error] ?? "Không đăng nhập được. Vui lòng thử lại.") : null}
          />
        </div>
      </div>
    </main>
  );
}

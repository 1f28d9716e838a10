"use client";

import { signIn } from "next-auth/react";
import { useRef, useState, type FormEvent } from "react";

const GENERIC = "Tên đăng nhập hoặc mật khẩu không đúng.";

export function SignInForm({ next, oidcName, initialError }: { next: string; oidcName: string | null; initialError: string | null }) {
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", { redirect: false, username: String(form.get("username") ?? ""), password: String(form.get("password") ?? "") });
      if (result?.ok && !result.error) {
        window.location.assign(next);
        return;
      }
      setError(GENERIC);
    } catch {
      setError("Không kết nối được máy chủ. Vui lòng thử lại.");
    }
    setPending(false);
    if (passwordRef.current) {
      passwordRef.current.value = "";
      passwordRef.current.focus();
    }
  }

  return (
    <>
      <div aria-live="assertive">
        {error ? (
          <p id="sign-in-error" className="mb-4 rounded bg-red-50 border border-red-200 px-3 py-2 text-sm text-red-900" data-testid="sign-in-error">
            {error}
          </p>
        ) : null}
      </div>
      <form onSubmit={onSubmit} className="space-y-4" noValidate={false}>
        <div>
          <label htmlFor="username" className="block text-sm font-medium text-slate-700">Tên đăng nhập</label>
          <input
            id="username" name="username" autoComplete="username" required autoFocus maxLength={100}
            aria-describedby={error ? "sign-in-error" : undefined}
            className="mt-1 w-full border border-slate-400 rounded px-3 py-2 bg-white"
          />
        </div>
        <div>
          <label htmlFor="password" className="block text-sm font-medium text-slate-700">Mật khẩu</label>
          <input
            id="password" name="password" type="password" autoComplete="current-password" required maxLength={200} ref={passwordRef}
            aria-describedby={error ? "sign-in-error" : undefined}
            className="mt-1 w-full border border-slate-400 rounded px-3 py-2 bg-white"
          />
        </div>
        <button type="submit" disabled={pending} className="w-full bg-brand-600 hover:bg-brand-700 text-white rounded px-4 py-2 font-semibold disabled:opacity-60">
          {pending ? "Đang đăng nhập…" : "Đăng nhập"}
        </button>
      </form>
      {oidcName ? (
        <div className="mt-4 border-t border-slate-200 pt-4">
          <button
            type="button"
            onClick={() => signIn("oidc", { callbackUrl: next })}
            className="w-full border border-brand-600 text-brand-700 rounded px-4 py-2 font-semibold hover:bg-brand-50"
          >
            {oidcName}
          </button>
        </div>
      ) : null}
    </>
  );
}

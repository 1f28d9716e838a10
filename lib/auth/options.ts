import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db/prisma";
import { writeAudit } from "@/lib/services/audit";
import { matchOidcUser, oidcConfigFromEnv } from "./oidc";
import { requestInfoFrom } from "./request";
import { currentRequestInfo } from "./request-context";
import { signInWithPassword } from "./sign-in";

declare module "next-auth" {
  interface Session {
    uid: number;
    sv: number;
  }
  interface User {
    sv?: number;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
    sv?: number;
  }
}

/**
 * A session lasts one working day from sign-in (the token is not renewed behind the user's back:
 * nothing polls the session endpoint), and is checked against the database on every request.
 */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

let cached: NextAuthOptions | null = null;

/**
 * next-auth's configuration, built at first use: NEXTAUTH_SECRET comes from the environment
 * (`tthc start` provides it, generated for the embedded demo database, required on a real
 * deployment), and a build must not need it.
 */
export function getAuthOptions(): NextAuthOptions {
  if (cached) return cached;
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret || secret.length < 32) throw new Error("NEXTAUTH_SECRET is missing or shorter than 32 characters: start the application with `npm start`.");
  const oidc = oidcConfigFromEnv();
  cached = {
    secret,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/dang-nhap", error: "/dang-nhap" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Tên đăng nhập và mật khẩu",
        credentials: { username: { label: "Tên đăng nhập", type: "text" }, password: { label: "Mật khẩu", type: "password" } },
        async authorize(credentials, req) {
          const result = await signInWithPassword(
            db(),
            { username: credentials?.username ?? "", password: credentials?.password ?? "" },
            requestInfoFrom(req.headers ?? {}),
          );
          return result.ok ? { id: String(result.userId), sv: result.sessionVersion } : null;
        },
      }),
      ...(oidc
        ? [{
            id: "oidc", name: oidc.name, type: "oauth" as const,
            wellKnown: `${oidc.issuer}/.well-known/openid-configuration`,
            clientId: oidc.clientId, clientSecret: oidc.clientSecret,
            authorization: { params: { scope: "openid profile email" } },
            idToken: true, checks: ["pkce" as const, "state" as const],
            profile: (profile: Record<string, unknown>) => ({ id: String(profile.sub), name: typeof profile.name === "string" ? profile.name : null }),
          }]
        : []),
    ],
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== "oidc") return true;
        return (await matchOidcUser(db(), (profile ?? {}) as Record<string, unknown>, oidc!, await currentRequestInfo())) !== null;
      },
      async jwt({ token, user, account }) {
        if (account?.provider === "credentials" && user) {
          token.uid = Number(user.id);
          token.sv = user.sv;
        } else if (account?.provider === "oidc") {
          const linked = await db().user.findUnique({ where: { oidcSubject: account.providerAccountId }, select: { id: true, sessionVersion: true } });
          token.uid = linked?.id;
          token.sv = linked?.sessionVersion;
        }
        return token;
      },
      async session({ session, token }) {
        return { expires: session.expires, uid: token.uid ?? 0, sv: token.sv ?? 0 };
      },
    },
    events: {
      async signOut({ token }) {
        if (!token?.uid) return;
        const user = await db().user.findUnique({ where: { id: token.uid }, select: { username: true, provinceId: true } });
        if (!user) return;
        await writeAudit(db(), { provinceId: user.provinceId, userId: token.uid, actor: user.username, action: "auth.signout", entity: "user", entityId: token.uid, ...(await currentRequestInfo()) });
      },
    },
  };
  return cached;
}

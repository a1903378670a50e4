// next-auth configuration: credentials (e-mail, password, TOTP) and, when configured, one OpenID
// Connect provider. Sessions are JWTs carrying only ids, a session version and two times; every
// request re-checks them against the database in viewer.ts. No secret ever goes into the token.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { TokenSet } from "openid-client";
import { audit } from "@/lib/audit/log";
import { env } from "@/lib/config/env";
import { getPrisma } from "@/lib/db/client";
import { clientIpFrom } from "@/lib/security/client-ip";
import { requiresTwoFactor } from "@/lib/authz/viewer-kinds";
import { signInWithPassword } from "./password-sign-in";
import { authSecret } from "./secret";
import { defaultSessionLimits, getSessionLimits } from "./session-limits";
import { clock } from "@/lib/clock";
import { decodeSessionToken } from "./session-token";

/** Error codes the sign-in form understands (next-auth passes the thrown message through). */
export const SIGN_IN_ERRORS = { invalid: "invalid", throttled: "throttled", totpRequired: "totp_required", totpInvalid: "totp_invalid" } as const;

function oidcProvider(): NextAuthOptions["providers"] {
  const config = env();
  if (!config.OIDC_ISSUER || !config.OIDC_CLIENT_ID || !config.OIDC_CLIENT_SECRET) return [];
  return [
    {
      id: "oidc",
      name: config.OIDC_NAME,
      type: "oauth",
      wellKnown: `${config.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: config.OIDC_CLIENT_ID,
      clientSecret: config.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state", "nonce"],
      // A conforming provider puts scope-requested claims (e-mail) in the UserInfo response, not in
      // the ID token, when it also issues an access token (OpenID Connect Core 5.4). The ID token is
      // still verified (signature, nonce); UserInfo fills in what it lacks, for the same subject
      // (openid-client checks that). Before, such a provider's users were all refused.
      userinfo: {
        async request({ tokens, client }) {
          const tokenSet = tokens as unknown as TokenSet; // next-auth passes openid-client's TokenSet
          const claims = tokenSet.claims();
          if (claims.email) return claims;
          return { ...claims, ...(await client.userinfo(tokenSet)) };
        },
      },
      profile(profile: { sub: string; email?: string; name?: string; email_verified?: boolean }) {
        return { id: profile.sub, email: profile.email ?? null, name: profile.name ?? null, emailVerified: profile.email_verified ?? null };
      },
    },
  ];
}

let cached: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  if (cached) return cached;
  const limits = defaultSessionLimits();
  cached = {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: limits.maxSeconds },
    jwt: { maxAge: limits.maxSeconds, decode: decodeSessionToken },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Password",
        credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
        async authorize(credentials, req) {
          const ip = clientIpFrom((req?.headers ?? {}) as Record<string, string>);
          const result = await signInWithPassword(credentials, ip);
          if (!result.ok) {
            throw new Error(result.reason === "throttled" ? `throttled:${result.retryAfterSeconds ?? 60}` : result.reason);
          }
          return { id: result.userId, sessionVersion: result.sessionVersion };
        },
      }),
      ...oidcProvider(),
    ],
    callbacks: {
      // OIDC may only sign in people who already have an active account with the same e-mail
      // (accounts are created by registration or invitation, never by the identity provider).
      async signIn({ account, profile, user }) {
        if (account?.provider !== "oidc") return true;
        const email = (profile?.email ?? user.email ?? "").toLowerCase();
        const verified = (profile as { email_verified?: boolean } | undefined)?.email_verified;
        if (!email || verified === false) return false;
        const prisma = await getPrisma();
        const found = await prisma.user.findUnique({ where: { email }, select: { id: true, role: true, status: true, totpEnabledAt: true } });
        const ok = !!found && found.status === "ACTIVE" && !found.totpEnabledAt && !requiresTwoFactor(found.role);
        await audit({
          action: ok ? "auth.signin.success" : "auth.signin.failure",
          actor: found ? { userId: found.id, role: found.role } : null,
          targetType: "email",
          targetId: email,
          details: { method: "oidc", ...(ok ? {} : { reason: found ? "second_factor_or_status" : "unknown_email" }) },
        });
        return ok;
      },
      async jwt({ token, user, account, trigger }) {
        const now = Math.floor(clock.now().getTime() / 1000);
        if (trigger === "signIn" && user) {
          let userId = user.id;
          let sv = (user as { sessionVersion?: number }).sessionVersion;
          if (account?.provider === "oidc") {
            const prisma = await getPrisma();
            const found = await prisma.user.findUnique({ where: { email: (user.email ?? "").toLowerCase() }, select: { id: true, sessionVersion: true } });
            if (!found) return { ...token, sub: undefined };
            userId = found.id;
            sv = found.sessionVersion;
            await prisma.user.update({ where: { id: found.id }, data: { lastLoginAt: clock.now() } });
          }
          // Only ids and times: drop the name/e-mail/picture next-auth puts in by default.
          return { sub: userId, sv: sv ?? 0, authAt: now, seenAt: now };
        }
        const seenAt = typeof token.seenAt === "number" ? token.seenAt : 0;
        // Roll the idle timer only while the session is still alive (viewer.ts is the judge).
        if (now - seenAt <= (await getSessionLimits()).idleSeconds) return { ...token, seenAt: now };
        return token;
      },
      async session({ session, token }) {
        return { expires: session.expires, sub: token.sub, sv: token.sv, authAt: token.authAt, seenAt: token.seenAt } as unknown as typeof session;
      },
      async redirect({ url, baseUrl }) {
        // Only same-site redirects after sign-in/out (no open redirect through callbackUrl).
        if (url.startsWith("/") && !url.startsWith("//")) return `${baseUrl}${url}`;
        try {
          if (new URL(url).origin === new URL(baseUrl).origin) return url;
        } catch {
          /* fall through */
        }
        return baseUrl;
      },
    },
    events: {
      async signOut({ token }) {
        // Ends every copy of this session (and the user's other sessions): the token is a JWT,
        // so a copy would otherwise stay valid until it expires.
        if (typeof token?.sub !== "string") return;
        const prisma = await getPrisma();
        const user = await prisma.user.update({ where: { id: token.sub }, data: { sessionVersion: { increment: 1 } }, select: { id: true, role: true } }).catch(() => null);
        if (user) await audit({ action: "auth.signout", actor: { userId: user.id, role: user.role }, targetType: "user", targetId: user.id });
      },
    },
    logger: {
      error(code, metadata) {
        console.warn(`[auth] ${code}`, metadata instanceof Error ? metadata.message : "");
      },
      warn(code) {
        if (code !== "NEXTAUTH_URL" && code !== "DEBUG_ENABLED") console.warn(`[auth] ${code}`);
      },
      debug() {},
    },
  };
  return cached;
}

// Login throttling stored in the database (LoginThrottle), so restarts do not reset it and several
// instances share it. Keys: "account:<email>" and "ip:<address>". After `limit` failures inside the
// window the key is locked for one window; a success clears the account key.
import "server-only";
import { env } from "@/lib/config/env";
import { getPrisma } from "@/lib/db/client";
import { clock } from "@/lib/clock";

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

export interface ThrottleConfig {
  accountLimit: number;
  ipLimit: number;
  windowSeconds: number;
}

export function throttleConfig(): ThrottleConfig {
  const config = env();
  return {
    accountLimit: config.LOGIN_MAX_FAILURES,
    ipLimit: config.LOGIN_MAX_FAILURES_PER_IP,
    windowSeconds: config.LOGIN_WINDOW_MINUTES * 60,
  };
}

/** Seconds until the first of `keys` unlocks, or 0 when none is locked. */
export async function lockedForSeconds(keys: string[], now = clock.now()): Promise<number> {
  const prisma = await getPrisma();
  const rows = await prisma.loginThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: now } }, select: { lockedUntil: true } });
  const until = Math.max(0, ...rows.map((row) => row.lockedUntil?.getTime() ?? 0));
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

/** Count one failure for `key` atomically; lock the key when it reaches `limit`. */
export async function recordFailure(key: string, limit: number, windowSeconds: number, now = clock.now()): Promise<void> {
  const prisma = await getPrisma();
  const windowStartMin = new Date(now.getTime() - windowSeconds * 1000);
  const lockedUntil = new Date(now.getTime() + windowSeconds * 1000);
  await prisma.$executeRaw`
    INSERT INTO "LoginThrottle" ("key", "failures", "windowStart", "lockedUntil")
    VALUES (${key}, 1, ${now}, ${limit <= 1 ? lockedUntil : null})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "LoginThrottle"."windowStart" < ${windowStartMin} THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < ${windowStartMin} THEN ${now} ELSE "LoginThrottle"."windowStart" END,
      "lockedUntil" = CASE
        WHEN (CASE WHEN "LoginThrottle"."windowStart" < ${windowStartMin} THEN 1 ELSE "LoginThrottle"."failures" + 1 END) >= ${limit}
        THEN ${lockedUntil} ELSE "LoginThrottle"."lockedUntil" END`;
}

export async function clearThrottle(key: string): Promise<void> {
  const prisma = await getPrisma();
  await prisma.loginThrottle.deleteMany({ where: { key } });
}

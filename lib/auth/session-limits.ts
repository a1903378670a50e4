// How long a session may be idle and how long it may last at most: SESSION_IDLE_MINUTES (30) and
// SESSION_MAX_HOURS (12) from the environment. Kept out of the database on purpose: proxy.ts rolls
// the idle timer with the same numbers the server checks, so the two can never disagree.
import { env } from "@/lib/config/env";

export interface SessionLimits {
  idleSeconds: number;
  maxSeconds: number;
}

export function defaultSessionLimits(): SessionLimits {
  const config = env();
  return { idleSeconds: config.SESSION_IDLE_MINUTES * 60, maxSeconds: config.SESSION_MAX_HOURS * 3600 };
}

export async function getSessionLimits(): Promise<SessionLimits> {
  return defaultSessionLimits();
}

// One-time submission keys: a create form carries a key rendered with it, and the same key sent
// again (a double tap, a resent request, ten parallel posts) gets the first submission's result
// instead of making a second thing. The claim is one INSERT … ON CONFLICT DO NOTHING on the
// (user, key) primary key, so exactly one of any number of concurrent submits runs; the others wait
// for its result. A failed run releases its key, so the user can correct the form and send again.
import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { storableString } from "@/lib/validation/text";
import { DomainError } from "@/lib/authz/errors";
import { clock } from "@/lib/clock";
import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The form field that carries the key (components/auth/one-time-key.tsx renders it). */
export const SUBMISSION_KEY_FIELD = "submissionKey";
export const submissionKeySchema = storableString().regex(/^[A-Za-z0-9_:.-]{16,100}$/);

/** A claim without a result older than this belongs to a process that died: the next submit runs. */
const CLAIM_TIMEOUT_MS = 2 * 60_000;
/** How long a duplicate waits for the first submission to finish before it gives up. */
const WAIT_LIMIT_MS = 30_000;
const POLL_MS = 100;

export interface SubmissionClaim {
  userId: string;
  key: string;
  /** The action's name: a key is spent on one action only. */
  action: string;
}

export interface RunOnceOptions {
  /** The run completes the key itself, with no result, in its own last write (completedKeyCte in completed-key.ts):
   *  one round trip fewer. Only for a run that always ends in that write and returns nothing. */
  completesKey?: boolean;
}

/** Runs `run` once per (user, key); any later call with the same key returns the first result. */
export async function runOnce<T>(db: Database, claim: SubmissionClaim, run: () => Promise<T>, options: RunOnceOptions = {}): Promise<T> {
  const where = { userId_key: { userId: claim.userId, key: claim.key } };
  const waitUntil = Date.now() + WAIT_LIMIT_MS; // real elapsed time, not business time
  for (;;) {
    const now = clock.now();
    const { count } = await db.prisma.submissionKey.createMany({ data: [{ ...claim, claimedAt: now }], skipDuplicates: true });
    if (count === 1) return runClaimed(db, claim, run, options);

    const row = await db.prisma.submissionKey.findUnique({ where, select: { action: true, claimedAt: true, completedAt: true, result: true } });
    if (!row) continue; // the first run failed and let go of the key: claim it again
    if (row.action !== claim.action) throw new DomainError("errors.submissionKeyReused");
    if (row.completedAt) return decodeResult<T>(row.result);
    if (now.getTime() - row.claimedAt.getTime() > CLAIM_TIMEOUT_MS) {
      const takeover = await db.prisma.submissionKey.updateMany({ where: { userId: claim.userId, key: claim.key, claimedAt: row.claimedAt, completedAt: null }, data: { claimedAt: now } });
      if (takeover.count === 1) return runClaimed(db, claim, run, options);
      continue;
    }
    if (Date.now() > waitUntil) throw new DomainError("errors.submissionPending");
    await sleep(POLL_MS);
  }
}

async function runClaimed<T>(db: Database, claim: SubmissionClaim, run: () => Promise<T>, options: RunOnceOptions): Promise<T> {
  let value: T;
  try {
    value = await run();
  } catch (error) {
    await db.prisma.submissionKey.deleteMany({ where: { userId: claim.userId, key: claim.key, completedAt: null } });
    throw error;
  }
  if (options.completesKey) return value;
  await db.prisma.submissionKey.update({
    where: { userId_key: { userId: claim.userId, key: claim.key } },
    data: { completedAt: clock.now(), result: encodeResult(value) },
  });
  return value;
}

/** Forgets keys older than a week (a queue task): a form is not resent after that long. */
export async function forgetSubmissionKeys(db: Database, now: Date = clock.now()): Promise<number> {
  const { count } = await db.prisma.submissionKey.deleteMany({ where: { claimedAt: { lt: new Date(now.getTime() - 7 * 86_400_000) } } });
  return count;
}

// Results go through JSON: dates and big integers (yen) are tagged so they come back as they were.
type Stored = { value?: unknown };

export function encodeResult(value: unknown): Prisma.InputJsonObject {
  const text = JSON.stringify({ value }, function (this: Record<string, unknown>, key, current: unknown) {
    const raw = this[key];
    if (raw instanceof Date) return { $date: raw.toISOString() };
    if (typeof current === "bigint") return { $bigint: current.toString() };
    return current;
  });
  return JSON.parse(text) as Prisma.InputJsonObject;
}

export function decodeResult<T>(stored: unknown): T {
  const revived = JSON.parse(JSON.stringify(stored ?? {}), (_key, value: unknown) => {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      const tagged = value as { $date?: unknown; $bigint?: unknown };
      if (typeof tagged.$date === "string" && Object.keys(value).length === 1) return new Date(tagged.$date);
      if (typeof tagged.$bigint === "string" && Object.keys(value).length === 1) return BigInt(tagged.$bigint);
    }
    return value;
  }) as Stored;
  return revived.value as T;
}

// The daily digest (08:00 in Tokyo): one mail per user at most, listing the new jobs that fit the
// user's firm (preference "jobs.fitting", e-mail daily by default) and the other notifications the
// user chose to receive daily. Fitting jobs also appear in the app as one notification.
// A user who already got today's "jobs.fitting" (a retried run) is skipped for the jobs part, and
// other notifications are marked e-mailed, so a retry does not mail anything twice.
import "server-only";
import type { Database } from "@/lib/db/client";
import type { EmailFrequency } from "@/lib/generated/prisma/enums";
import { sendMail } from "@/lib/mail/send";
import { digestMailText, type DigestContent, type DigestJob } from "@/lib/notifications/email";
import { effectivePreference, isNotificationKind } from "@/lib/notifications/kinds";
import { asNotificationLocale, asParams, type NotificationParams } from "@/lib/notifications/render";
import { DAY_MS } from "./dates";
import { fittingJobs } from "./fitting-jobs";
import { clock } from "@/lib/clock";

const FITTING = "jobs.fitting" as const;
/** Daily notifications older than this are not mailed any more (the digest was down for days). */
const PENDING_MAX_AGE_MS = 3 * DAY_MS;
/** A digest this recent means today's was already sent (a retry of the same run). */
const ALREADY_SENT_MS = 20 * 60 * 60 * 1000;

interface DigestUser {
  id: string;
  email: string;
  name: string;
  locale: "ja" | "en";
  firmId: string | null;
}

export interface DigestResult {
  mailed: number;
  fittingNotices: number;
}

export async function sendDailyDigests(db: Pick<Database, "prisma" | "sql">, now = clock.now()): Promise<DigestResult> {
  const { prisma } = db;
  const fitting = await fittingJobs(db.sql, { from: new Date(now.getTime() - DAY_MS), to: now });
  const firmIds = [...fitting.byFirm.keys()];

  const firmUsers = firmIds.length
    ? await prisma.user.findMany({
        where: { firmId: { in: firmIds }, role: { in: ["FIRM_ADMIN", "FIRM_MEMBER"] }, status: "ACTIVE", firm: { status: "VERIFIED" } },
        select: { id: true, email: true, name: true, locale: true, firmId: true },
      })
    : [];
  const alreadySent = new Set(
    (await prisma.notification.findMany({ where: { kind: FITTING, userId: { in: firmUsers.map((u) => u.id) }, createdAt: { gt: new Date(now.getTime() - ALREADY_SENT_MS) } }, select: { userId: true } })).map((n) => n.userId),
  );

  // Notifications waiting for the digest: not e-mailed, recent, of a kind the user wants daily.
  const pendingRows = await prisma.notification.findMany({
    where: { emailedAt: null, kind: { not: FITTING }, createdAt: { gt: new Date(now.getTime() - PENDING_MAX_AGE_MS), lte: now }, user: { status: "ACTIVE" } },
    orderBy: { createdAt: "asc" },
    select: { id: true, userId: true, kind: true, params: true, linkPath: true, user: { select: { id: true, email: true, name: true, locale: true, firmId: true } } },
  });
  const storedPrefs = await prisma.notificationPreference.findMany({
    where: { userId: { in: [...new Set([...firmUsers.map((u) => u.id), ...pendingRows.map((r) => r.userId)])] } },
    select: { userId: true, kind: true, inApp: true, email: true },
  });
  const stored = new Map(storedPrefs.map((p) => [`${p.userId}:${p.kind}`, p]));
  const prefOf = (userId: string, kind: string) => (isNotificationKind(kind) ? effectivePreference(kind, stored.get(`${userId}:${kind}`)) : undefined);

  const users = new Map<string, DigestUser>();
  const others = new Map<string, { ids: string[]; items: DigestContent["others"][number][] }>();
  for (const row of pendingRows) {
    if (prefOf(row.userId, row.kind)?.email !== ("DAILY_DIGEST" satisfies EmailFrequency)) continue;
    users.set(row.userId, { ...row.user, locale: asNotificationLocale(row.user.locale) });
    const entry = others.get(row.userId) ?? { ids: [], items: [] };
    entry.ids.push(row.id);
    entry.items.push({ kind: row.kind, params: asParams(row.params), linkPath: row.linkPath });
    others.set(row.userId, entry);
  }
  const jobsFor = new Map<string, DigestJob[]>();
  const fittingPref = new Map<string, { inApp: boolean; email: EmailFrequency }>();
  for (const user of firmUsers) {
    if (alreadySent.has(user.id) || !user.firmId) continue;
    const pref = prefOf(user.id, FITTING);
    if (!pref || (!pref.inApp && pref.email === "NEVER")) continue;
    const locale = asNotificationLocale(user.locale);
    const jobs = (fitting.byFirm.get(user.firmId) ?? []).flatMap((id) => {
      const job = fitting.jobs.get(id);
      return job ? [{ id, title: job.titleJa, titleEn: job.titleEn, deadline: job.deadline, steps: locale === "en" ? job.stepsEn : job.stepsJa }] : [];
    });
    if (jobs.length === 0) continue;
    users.set(user.id, { ...user, locale });
    jobsFor.set(user.id, jobs);
    fittingPref.set(user.id, pref);
  }

  const result: DigestResult = { mailed: 0, fittingNotices: 0 };
  for (const user of users.values()) {
    const jobs = jobsFor.get(user.id) ?? [];
    const pref = fittingPref.get(user.id);
    let fittingId: string | null = null;
    if (jobs.length > 0 && pref) {
      const params: NotificationParams = { count: jobs.length };
      fittingId = (await prisma.notification.create({ data: { userId: user.id, kind: FITTING, params, linkPath: "/jobs", inApp: pref.inApp, createdAt: now }, select: { id: true } })).id;
      result.fittingNotices++;
    }
    const mailJobs = pref?.email === "DAILY_DIGEST" ? jobs : [];
    const pending = others.get(user.id) ?? { ids: [], items: [] };
    if (mailJobs.length === 0 && pending.items.length === 0) continue;
    const mail = await digestMailText(user, { jobs: mailJobs, others: pending.items });
    try {
      await sendMail({ to: user.email, ...mail });
    } catch (error) {
      console.warn(`[digest] mail to user ${user.id} failed: ${(error as Error).message}`);
      continue;
    }
    const mailedIds = [...pending.ids, ...(fittingId && mailJobs.length > 0 ? [fittingId] : [])];
    await prisma.notification.updateMany({ where: { id: { in: mailedIds } }, data: { emailedAt: now } });
    result.mailed++;
  }
  return result;
}

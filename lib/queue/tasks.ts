// The scheduled work of the platform, as data: what runs when. Times are in Tokyo. Each task is
// safe to run again (a retry or an overlapping run finds nothing left to do).
import "server-only";
import { forgetSubmissionKeys } from "@/lib/actions/one-time-key";
import type { Database } from "@/lib/db/client";
import { deleteExpiredDrawings } from "@/lib/drawings/retention";
import { announceLateSteps } from "@/lib/groups/late-steps";
import { expireInvitations } from "@/lib/groups/replacement";
import { refreshMatchingRecords } from "@/lib/matching-service/records";
import { alertOverduePayments } from "@/lib/orders/payments";
import { lapseOffers, remindLapsingOffers } from "@/lib/quotes/expiry";
import { sendDailyDigests } from "./tasks/daily-digest";
import { expireJobs } from "./tasks/expire-jobs";
import { remindCapacityDeclarations } from "./tasks/capacity-reminders";
import { remindStaleProfiles } from "./tasks/stale-profiles";

export interface ScheduledTask {
  name: string;
  /** cron expression (minute hour day month weekday) in `timeZone` */
  cron: string;
  timeZone: string;
  run(db: Database, now: Date): Promise<unknown>;
}

export const SCHEDULED_TASKS: readonly ScheduledTask[] = [
  { name: "jobs.expire", cron: "*/15 * * * *", timeZone: "Asia/Tokyo", run: (db, now) => expireJobs(db, now) },
  { name: "groups.expireInvitations", cron: "*/15 * * * *", timeZone: "Asia/Tokyo", run: (db, now) => expireInvitations(db, now) },
  { name: "groups.lateSteps", cron: "0 7 * * *", timeZone: "Asia/Tokyo", run: (db, now) => announceLateSteps(db, now) },
  { name: "matching.refreshRecords", cron: "*/15 * * * *", timeZone: "Asia/Tokyo", run: (db) => refreshMatchingRecords(db.sql) },
  { name: "digest.fittingJobs", cron: "0 8 * * *", timeZone: "Asia/Tokyo", run: (db, now) => sendDailyDigests(db, now) },
  { name: "drawings.retention", cron: "30 3 * * *", timeZone: "Asia/Tokyo", run: (db, now) => deleteExpiredDrawings(db, now) },
  // Validity is a Tokyo calendar day: lapse just after midnight, remind in the morning.
  { name: "offers.lapse", cron: "5 0 * * *", timeZone: "Asia/Tokyo", run: (db, now) => lapseOffers(db, now) },
  { name: "offers.lapsingReminder", cron: "0 8 * * *", timeZone: "Asia/Tokyo", run: (db, now) => remindLapsingOffers(db, now) },
  // Due days are Tokyo calendar days: an invoice unpaid after its due day is overdue the next morning.
  { name: "payments.overdue", cron: "0 9 * * *", timeZone: "Asia/Tokyo", run: (db, now) => alertOverduePayments(db, now) },
  { name: "profiles.staleReminder", cron: "0 9 * * 1", timeZone: "Asia/Tokyo", run: (db, now) => remindStaleProfiles(db, now) },
  { name: "capacity.reminder", cron: "0 9 * * *", timeZone: "Asia/Tokyo", run: (db, now) => remindCapacityDeclarations(db, now) },
  { name: "submissions.forgetKeys", cron: "30 3 * * *", timeZone: "Asia/Tokyo", run: (db, now) => forgetSubmissionKeys(db, now) },
];

/** pg-boss queue names allow letters, digits and underscores only. */
export function queueName(task: Pick<ScheduledTask, "name">): string {
  return task.name.replaceAll(".", "_");
}

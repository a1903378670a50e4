// The PostgreSQL-backed job queue (pg-boss, docs/decisions/004-job-queue.md): scheduled tasks are
// stored as cron schedules and jobs in the database, so several app instances share one queue.
// pg-boss decides per minute which instance enqueues a schedule's job (an atomic time check in
// its version table plus a singleton key), and a job is fetched by exactly one worker
// (FOR UPDATE SKIP LOCKED). Nothing here depends on in-memory timers for correctness: a missed
// poll only delays work.
import "server-only";
import PgBoss from "pg-boss";
import type { Database } from "@/lib/db/client";
import { pgBossDb } from "./pg-boss-db";
import { queueName, SCHEDULED_TASKS, type ScheduledTask } from "./tasks";
import { clock } from "@/lib/clock";
import { errorFields, log } from "@/lib/observability/log";
import { metrics } from "@/lib/observability/metrics";
import { currentRequestId, withRequestId } from "@/lib/observability/request-context";

const queueLog = log.child({ component: "queue" });

/** What a task's job carries: the id of the request that started it, if one did. */
export interface TaskData {
  requestId?: string;
}

export interface QueueOptions {
  tasks?: readonly ScheduledTask[];
  /** Enqueue the tasks' cron schedules (one instance per minute does it). Default true. */
  schedule?: boolean;
  /** Run workers that take jobs from the queues. Default true. */
  work?: boolean;
  /** How often an idle worker looks for a job; tasks are minutes apart, so no hurry. */
  pollingIntervalSeconds?: number;
  /** How often an instance checks whether a schedule is due (pg-boss lets one instance do it per interval). */
  cronMonitorIntervalSeconds?: number;
  /** For tests: the clock the tasks see. */
  now?: () => Date;
}

export interface Queue {
  boss: PgBoss;
  tasks: readonly ScheduledTask[];
  /** Starts a task now (e.g. from a staff request); its logs carry the caller's request id. */
  runNow(taskName: string): Promise<string | null>;
  /** Jobs by queue and state, for the metrics. */
  depth(): Promise<{ queue: string; state: string; count: number }[]>;
  stop(): Promise<void>;
}

/** Creates the task's queue unless it exists. Two instances starting together may both try:
 *  PostgreSQL then aborts one (deadlock or duplicate); that one finds the queue made by the other. */
async function ensureQueue(boss: PgBoss, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    if (await boss.getQueue(name)) return;
    try {
      // "stately": at most one job waiting and one running per task, so a slow run never piles up.
      await boss.createQueue(name, { name, policy: "stately", retryLimit: 2, retryDelay: 60, expireInSeconds: 15 * 60 });
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200 * attempt));
    }
  }
}

export async function startQueue(db: Database, options: QueueOptions = {}): Promise<Queue> {
  const tasks = options.tasks ?? SCHEDULED_TASKS;
  const polling = options.pollingIntervalSeconds ?? 30;
  const boss = new PgBoss({
    db: pgBossDb(db.sql),
    schema: "pgboss",
    migrate: true,
    supervise: true,
    schedule: options.schedule ?? true,
    cronWorkerIntervalSeconds: Math.min(Math.max(Math.round(polling), 1), 30),
    cronMonitorIntervalSeconds: options.cronMonitorIntervalSeconds ?? 30,
  });
  // pg-boss reports background failures (maintenance, polling) as events; without a listener
  // Node would crash the process on the first one.
  boss.on("error", (error: Error) => queueLog.warn(errorFields(error), "queue background error"));
  await boss.start();
  if (options.schedule ?? true) {
    // Schedules live in the database: drop those of tasks this version no longer has.
    const wanted = new Set(tasks.map(queueName));
    for (const schedule of await boss.getSchedules()) if (!wanted.has(schedule.name)) await boss.unschedule(schedule.name);
  }
  for (const task of tasks) {
    const name = queueName(task);
    await ensureQueue(boss, name);
    if (options.schedule ?? true) await boss.schedule(name, task.cron, {}, { tz: task.timeZone });
    if (options.work ?? true) {
      await boss.work<TaskData>(name, { pollingIntervalSeconds: polling, batchSize: 1 }, async ([job]) => {
        // A task started by a request logs under that request's id; a scheduled run under its job's.
        await withRequestId(job?.data?.requestId ?? `job:${job?.id ?? name}`, async () => {
          const started = Date.now();
          try {
            const result = await task.run(db, options.now?.() ?? clock.now());
            metrics().queueTaskRuns.inc({ task: task.name, outcome: "done" });
            queueLog.info({ task: task.name, ms: Date.now() - started, result }, "task done");
          } catch (error) {
            metrics().queueTaskRuns.inc({ task: task.name, outcome: "failed" });
            queueLog.error({ task: task.name, ms: Date.now() - started, ...errorFields(error) }, "task failed");
            throw error; // pg-boss retries it
          }
        });
      });
    }
  }
  return {
    boss,
    tasks,
    async runNow(taskName) {
      const task = tasks.find((t) => t.name === taskName);
      if (!task) throw new Error(`no task ${taskName}`);
      const data: TaskData = { requestId: currentRequestId() };
      return boss.send(queueName(task), data);
    },
    async depth() {
      const rows = await db.sql.query<{ queue: string; state: string; count: number }>(
        `SELECT name AS queue, state::text AS state, count(*)::int AS count FROM pgboss.job GROUP BY name, state`,
      );
      return rows;
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000, close: false });
    },
  };
}

// The queue itself (pg-boss through lib/queue on this run's database: PGlite, or PostgreSQL when
// DATABASE_URL is set): two app instances share it, and a scheduled task runs once, not twice.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { startQueue, type Queue } from "@/lib/queue/queue";
import { queueName, SCHEDULED_TASKS, type ScheduledTask } from "@/lib/queue/tasks";
import { createTestDatabase } from "../helpers/test-db";

let db: Database;
const started: Queue[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await Promise.all(started.splice(0).map((q) => q.stop()));
});
afterAll(async () => db?.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(check: () => boolean, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await sleep(100);
  }
}

/** A task that records which instance ran it; "every minute" so pg-boss enqueues it right away. */
function recordingTask(name: string, instance: string, runs: string[]): ScheduledTask {
  return {
    name,
    cron: "* * * * *",
    timeZone: "Asia/Tokyo",
    async run() {
      runs.push(instance);
      await sleep(300); // long enough for the other instance to poll meanwhile
      return null;
    },
  };
}

async function instance(task: ScheduledTask, options: { schedule?: boolean } = {}) {
  const queue = await startQueue(db, { tasks: [task], pollingIntervalSeconds: 0.5, cronMonitorIntervalSeconds: 1, ...options });
  started.push(queue);
  return queue;
}

describe("the job queue", () => {
  it("runs a scheduled task once although two instances schedule and work it", async () => {
    // An "every minute" schedule may rightly run again in the next minute: start well inside one.
    const second = new Date().getSeconds();
    if (second > 45) await sleep((61 - second) * 1000);
    const runs: string[] = [];
    await Promise.all([instance(recordingTask("test.cron", "a", runs)), instance(recordingTask("test.cron", "b", runs))]);
    await until(() => runs.length >= 1);
    await sleep(3_000); // both instances keep polling; neither may run it again
    expect(runs).toHaveLength(1);
  }, 60_000);

  it("hands one job to exactly one of two racing workers", async () => {
    const runs: string[] = [];
    const [a] = await Promise.all([
      instance(recordingTask("test.race", "a", runs), { schedule: false }),
      instance(recordingTask("test.race", "b", runs), { schedule: false }),
    ]);
    const id = await a!.boss.send(queueName({ name: "test.race" }), {});
    expect(id).not.toBeNull();
    await until(() => runs.length >= 1);
    await sleep(2_000);
    expect(runs).toHaveLength(1);
    expect((await a!.boss.getJobById(queueName({ name: "test.race" }), id!))?.state).toBe("completed");
  }, 60_000);

  it("lets only one instance enqueue a schedule's job per minute (singleton key)", async () => {
    const runs: string[] = [];
    const [a, b] = await Promise.all([
      instance(recordingTask("test.singleton", "a", runs), { schedule: false }),
      instance(recordingTask("test.singleton", "b", runs), { schedule: false }),
    ]);
    const name = queueName({ name: "test.singleton" });
    // What pg-boss' timekeeper does on each instance when a cron schedule is due.
    const ids = await Promise.all([a!, b!, a!, b!].map((q) => q.boss.send(name, {}, { singletonKey: name, singletonSeconds: 60 })));
    expect(ids.filter((id) => id !== null)).toHaveLength(1);
  }, 60_000);

  it("schedules the platform's tasks in Tokyo time, and drops schedules of tasks that are gone", async () => {
    const queue = await startQueue(db, { work: false });
    started.push(queue);
    const schedules = await queue.boss.getSchedules();
    expect(schedules.map((s) => [s.name, s.cron, s.options?.tz]).sort()).toEqual(
      SCHEDULED_TASKS.map((t) => [queueName(t), t.cron, "Asia/Tokyo"]).sort(),
    );
    expect(schedules.find((s) => s.name === "jobs_expire")?.cron).toBe("*/15 * * * *");
    expect(schedules.find((s) => s.name === "digest_fittingJobs")?.cron).toBe("0 8 * * *");
  }, 60_000);
});

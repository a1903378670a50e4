// Operators' signals: JSON logs carrying the request id (into queue tasks and request errors),
// the token-protected Prometheus endpoint, liveness and the storage part of readiness. Request
// durations by route are checked against real servers in tests/e2e/two-instances.spec.ts.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/lib/db/client";
import { errorFields, log } from "@/lib/observability/log";
import { metrics } from "@/lib/observability/metrics";
import { storageReadiness } from "@/lib/observability/readiness";
import { withRequestId } from "@/lib/observability/request-context";
import { startQueue } from "@/lib/queue/queue";
import type { ScheduledTask } from "@/lib/queue/tasks";
import { GET as live } from "@/app/api/health/live/route";
import { GET as metricsRoute } from "@/app/api/metrics/route";
import { onRequestError } from "@/instrumentation";
import { createTestDatabase } from "../helpers/test-db";

const TOKEN = "metrics-token-for-tests-0123456789";
let db: Database;

beforeAll(async () => {
  // Read once by lib/config/env on first use, which is below.
  process.env.METRICS_TOKEN = TOKEN;
  process.env.STORAGE_URL = "http://key:secret@127.0.0.1:9/no-such-bucket"; // nothing listens on port 9
  process.env.NEXT_RUNTIME = "nodejs";
  db = await createTestDatabase();
});
afterAll(async () => db?.close());

/** The JSON lines the logger writes while `work` runs. */
async function loggedLines(work: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return chunks.join("").split("\n").filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("structured logs", () => {
  it("write one JSON object per line with level, time and the current request id", async () => {
    const lines = await loggedLines(async () => withRequestId("req-1", async () => log.warn({ component: "test" }, "something to see")));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "warn", requestId: "req-1", component: "test", msg: "something to see", service: "kyodo" });
    expect(typeof lines[0]!.time).toBe("string");
  });

  it("follow a request into the queue task it starts", async () => {
    const ran: string[] = [];
    const task: ScheduledTask = { name: "test.signals", cron: "0 0 1 1 *", timeZone: "Asia/Tokyo", run: async () => ran.push("ran") };
    const queue = await startQueue(db, { tasks: [task], schedule: false, pollingIntervalSeconds: 0.5 });
    try {
      const lines = await loggedLines(async () => {
        log.level = "info"; // task lines are at info; tests log from warn up
        await withRequestId("req-queue", () => queue.runNow("test.signals"));
        const deadline = Date.now() + 20_000;
        while (ran.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
        await new Promise((resolve) => setTimeout(resolve, 300));
        log.level = "warn";
      });
      expect(ran).toEqual(["ran"]);
      expect(lines).toContainEqual(expect.objectContaining({ component: "queue", task: "test.signals", requestId: "req-queue", msg: "task done" }));
      expect(await metrics().registry.getSingleMetricAsString("kyodo_queue_task_runs_total")).toContain('task="test.signals",outcome="done"} 1');
      expect(await queue.depth()).toContainEqual(expect.objectContaining({ queue: "test_signals", state: "completed", count: 1 }));
    } finally {
      await queue.stop();
    }
  }, 60_000);

  it("log a request's error (a failed query) with the request's id", async () => {
    const failure = Object.assign(new Error("relation \"Nope\" does not exist"), { code: "P2010" });
    const lines = await loggedLines(async () =>
      withRequestId("req-error", () =>
        onRequestError(failure, { path: "/jobs/x", method: "GET", headers: {} }, { routerKind: "App Router", routePath: "/jobs/[id]", routeType: "render", renderSource: "react-server-components", revalidateReason: undefined }),
      ),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({ level: "error", requestId: "req-error", route: "/jobs/[id]", err: expect.objectContaining({ message: failure.message, code: "P2010" }) }),
    );
    expect(errorFields("plain")).toEqual({ err: { message: "plain" } });
  });
});

describe("/api/metrics", () => {
  const scrape = (authorization?: string) => metricsRoute(new Request("http://app/api/metrics", { headers: authorization ? { authorization } : {} }));

  it("refuses a scraper without the token", async () => {
    expect((await scrape()).status).toBe(401);
    expect((await scrape(`Bearer ${TOKEN}x`)).status).toBe(401);
    expect((await scrape(TOKEN)).status).toBe(401);
  });

  it("serves request durations, queue, pool and matching metrics to the token's holder", async () => {
    metrics().pool = db.pool ?? { totalCount: 0, idleCount: 0, waitingCount: 0 };
    metrics().queueDepth = async () => [{ queue: "jobs_expire", state: "failed", count: 2 }];
    metrics().httpDuration.observe({ method: "GET", route: "/directory", status: "200" }, 0.2);
    metrics().matchingDuration.observe({ kind: "standard" }, 0.4);
    const response = await scrape(`Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const body = await response.text();
    expect(body).toContain('kyodo_http_request_duration_seconds_count{method="GET",route="/directory",status="200"} 1');
    expect(body).toContain('kyodo_queue_jobs{queue="jobs_expire",state="failed"} 2');
    expect(body).toMatch(/kyodo_db_pool_connections \d+/);
    expect(body).toContain('kyodo_matching_duration_seconds_count{kind="standard"} 1');
    expect(body).toContain("kyodo_process_resident_memory_bytes");
  });
});

describe("health", () => {
  it("answers liveness without touching anything", async () => {
    const response = live();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("is not ready when the file store does not answer", async () => {
    const storage = await loggedLines(async () => expect(await storageReadiness()).toMatchObject({ status: "error" }));
    expect(storage[0]).toMatchObject({ component: "readiness", msg: "file store not ready" });
  });
});

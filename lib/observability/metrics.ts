// Prometheus metrics (prom-client), served by /api/metrics. One registry per process, kept on
// globalThis: Next.js bundles instrumentation and route handlers separately, and both must
// write to the same registry. Values read at scrape time (queue depth, pool use) are gauges
// with a collect() that asks their source then.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

export interface PoolStats {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

interface Metrics {
  registry: Registry;
  httpDuration: Histogram<"method" | "route" | "status">;
  matchingDuration: Histogram<"kind">;
  queueTaskRuns: Counter<"task" | "outcome">;
  /** Set by the app's database (lib/db/client.ts) so the pool gauges can read it. */
  pool?: PoolStats;
  /** Set by the app's queue: counts jobs by queue and state when scraped. */
  queueDepth?: () => Promise<{ queue: string; state: string; count: number }[]>;
}

function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "kyodo_" });
  const metrics: Metrics = {
    registry,
    httpDuration: new Histogram({
      name: "kyodo_http_request_duration_seconds",
      help: "Time to answer a request, by route pattern (e.g. /jobs/[id]), method and status",
      labelNames: ["method", "route", "status"],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    matchingDuration: new Histogram({
      name: "kyodo_matching_duration_seconds",
      help: "Time to suggest groups for a job, loading candidates included",
      labelNames: ["kind"],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10],
      registers: [registry],
    }),
    queueTaskRuns: new Counter({
      name: "kyodo_queue_task_runs_total",
      help: "Scheduled task runs in this instance, by outcome (done or failed)",
      labelNames: ["task", "outcome"],
      registers: [registry],
    }),
  };
  const poolGauge = (name: string, help: string, read: (pool: PoolStats) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        if (metrics.pool) this.set(read(metrics.pool));
      },
    });
  poolGauge("kyodo_db_pool_connections", "Open PostgreSQL connections of this instance's pool", (p) => p.totalCount);
  poolGauge("kyodo_db_pool_idle_connections", "Idle connections in the pool", (p) => p.idleCount);
  poolGauge("kyodo_db_pool_waiting_requests", "Queries waiting for a free connection", (p) => p.waitingCount);
  new Gauge({
    name: "kyodo_queue_jobs",
    help: "Jobs in the PostgreSQL queue by queue and state (created, retry, active, failed…)",
    labelNames: ["queue", "state"],
    registers: [registry],
    async collect() {
      if (!metrics.queueDepth) return;
      this.reset();
      for (const row of await metrics.queueDepth()) this.set({ queue: row.queue, state: row.state }, row.count);
    },
  });
  return metrics;
}

const holder = globalThis as typeof globalThis & { __kjMetrics?: Metrics };

export function metrics(): Metrics {
  return (holder.__kjMetrics ??= createMetrics());
}

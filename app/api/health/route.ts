// Liveness and database state for operators and the end-to-end suite's start-up check.
// Public by design: it reports only the database kind and migration counts, never settings.
import { NextResponse } from "next/server";
import { processCache } from "@/lib/cache/ttl-cache";
import { databaseHealth } from "@/lib/db/health";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

// One database check a second per instance, shared by every probe in it: a load balancer, a
// monitor and a burst of checks then cost one query, not one each (issue 23: at 20 connections
// the checks queued for pool connections; the answer is at most a second old).
const recent = processCache("health", 1_000);

export async function GET() {
  const health = await recent.getOrLoad("database", databaseHealth);
  return NextResponse.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}

// Liveness and database state for operators and the end-to-end suite's start-up check.
// Public by design: it reports only the database kind and migration counts, never settings.
// A production server answers this path before Next.js (lib/observability/probes.ts, decision
// 029) with the same body; this handler serves it wherever that is not installed.
import { NextResponse } from "next/server";
import { recentDatabaseHealth } from "@/lib/db/health";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET() {
  const health = await recentDatabaseHealth();
  return NextResponse.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}

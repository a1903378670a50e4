// Liveness and database state for operators and the end-to-end suite's start-up check.
// Public by design: it reports only the database kind and migration counts, never settings.
import { NextResponse } from "next/server";
import { databaseHealth } from "@/lib/db/health";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET() {
  const health = await databaseHealth();
  return NextResponse.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}

// Readiness for a load balancer: database reachable with every migration applied, and the file
// store answering. Public by design: it names kinds and counts, never hosts or settings.
import { readiness } from "@/lib/observability/readiness";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET() {
  const report = await readiness();
  return Response.json(report, { status: report.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}

// Liveness: the process answers. Touches nothing else, so a slow database never gets a healthy
// instance restarted; readiness (/api/health/ready) says whether it can serve.
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}

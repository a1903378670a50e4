// Prometheus metrics for operators, behind METRICS_TOKEN (lib/authz/operator-token.ts).
import { operatorAccess } from "@/lib/authz/operator-token";
import { env } from "@/lib/config/env";
import { metrics } from "@/lib/observability/metrics";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request) {
  const access = operatorAccess(request.headers.get("authorization"), env().METRICS_TOKEN);
  if (access === "disabled") return new Response("Not found", { status: 404 });
  if (access === "denied") return new Response("Unauthorized", { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="metrics"' } });
  const { registry } = metrics();
  return new Response(await registry.metrics(), { headers: { "Content-Type": registry.contentType, "Cache-Control": "no-store" } });
}

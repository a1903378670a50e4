// The capacity endpoint for machines: an API token, never a session (lib/capacity/api.ts).
import { capacityApiGet, capacityApiPut } from "@/lib/capacity/api";
import { getDatabase } from "@/lib/db/client";
import { rejectForeignOrigin } from "@/lib/security/same-origin";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request) {
  return capacityApiGet(await getDatabase(), request);
}

// A bearer token is no ambient credential (no cookie is read here), so a machine without an Origin
// may write; a request without a token still meets the same-origin rule.
export async function PUT(request: Request) {
  const refused = request.headers.has("authorization") ? null : rejectForeignOrigin(request);
  if (refused) return refused;
  return capacityApiPut(await getDatabase(), request);
}

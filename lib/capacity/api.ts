// The capacity endpoint for machines (GET and PUT /api/capacity): a production system or a
// spreadsheet macro reads and writes its firm's twelve weeks with an API token instead of a
// session. Each item of a PUT is checked by the same schema as a tap; the whole PUT is written in
// one transaction or not at all. Documented in OpenAPI (lib/capacity/openapi.ts).
import "server-only";
import { z } from "zod";
import type { Database } from "@/lib/db/client";
import { DomainError } from "@/lib/authz/errors";
import { clock } from "@/lib/clock";
import { translate } from "@/lib/validation/messages";
import { MAX_ITEMS } from "./api-limits";
import { checkApiToken } from "./api-tokens";
import { calendarOfFirm, declareForFirm } from "./declarations";
import { declarationSchema } from "./schema";

const putSchema = z.object({ declarations: z.array(z.unknown()).min(1).max(MAX_ITEMS) });
const json = (body: unknown, status = 200, headers: Record<string, string> = {}) => Response.json(body, { status, headers: { "cache-control": "no-store", ...headers } });
const message = (key: string) => ({ ja: translate("ja", key), en: translate("en", key) });

async function authenticate(db: Database, request: Request, now: Date): Promise<{ firmId: string } | Response> {
  const check = await checkApiToken(db, request.headers.get("authorization"), now);
  if (check.ok) return { firmId: check.firmId };
  if (check.status === 429) return json({ error: "rate_limited", message: message("capacity.api.rateLimited") }, 429, { "retry-after": String(check.retryAfterSeconds ?? 60) });
  return json({ error: "unauthorized", message: message("capacity.api.unauthorized") }, 401, { "www-authenticate": 'Bearer realm="capacity"' });
}

export async function capacityApiGet(db: Database, request: Request, now = clock.now()): Promise<Response> {
  const auth = await authenticate(db, request, now);
  if (auth instanceof Response) return auth;
  const calendar = await calendarOfFirm(db, { id: auth.firmId }, now);
  return json({
    firmId: calendar.firmId,
    weeks: calendar.weeks,
    processes: calendar.processes.map((p) => ({ processCode: p.code, monthlyCapacity: p.monthlyCapacity, weeks: p.cells })),
    lastDeclaredAt: calendar.lastDeclaredAt?.toISOString() ?? null,
  });
}

export async function capacityApiPut(db: Database, request: Request, now = clock.now()): Promise<Response> {
  const auth = await authenticate(db, request, now);
  if (auth instanceof Response) return auth;
  const body = putSchema.safeParse(await request.json().catch(() => null));
  if (!body.success) return json({ error: "invalid", message: message("capacity.api.invalidBody") }, 400);
  const items = body.data.declarations.map((item) => declarationSchema.safeParse(item));
  const errors = items.flatMap((parsed, index) => (parsed.success ? [] : [{ index, field: parsed.error.issues[0]?.path.join(".") ?? "", message: message(parsed.error.issues[0]?.message.includes(".") ? parsed.error.issues[0].message : "validation.invalid") }]));
  if (errors.length) return json({ error: "invalid", errors }, 400);
  try {
    const saved = await db.prisma.$transaction(async (tx) => {
      const out = [];
      for (const parsed of items) if (parsed.success) out.push(await declareForFirm({ ...db, prisma: tx as unknown as Database["prisma"] }, { id: auth.firmId }, null, parsed.data, now));
      return out;
    });
    return json({ saved: saved.map((s) => ({ ...s, declaredAt: s.declaredAt.toISOString() })) });
  } catch (error) {
    if (error instanceof DomainError) return json({ error: "invalid", message: message(error.messageKey), field: error.field ?? null }, 400);
    throw error;
  }
}

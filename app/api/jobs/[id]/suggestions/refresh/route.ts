// POST: compute a job's suggestions afresh (the buyer's "refresh"), then 303 back to the page,
// which shows the new run. A route rather than the page itself (formerly GET ?refresh=1): a GET
// must not record anything, and this answers without rendering the page and its layout (30 → ~5 ms
// of the request thread, decision 033). The form carries a one-time key: a double tap computes once.
import { NextResponse } from "next/server";
import { DomainError, NotFoundError } from "@/lib/authz";
import { permissionForRoute } from "@/lib/authz/guard";
import { runOnce, submissionKeySchema } from "@/lib/actions/one-time-key";
import { getDatabase } from "@/lib/db/client";
import { readSuggestionInputs, suggestFromInputs } from "@/lib/matching-service/suggest-for-job";
import { rejectForeignOrigin } from "@/lib/security/same-origin";
import { asLocale, translate } from "@/lib/validation/messages";

/** The form has one short field; anything larger is not this form. */
const MAX_BODY_BYTES = 4 * 1024;

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const foreign = rejectForeignOrigin(request);
  if (foreign) return foreign;
  const gate = await permissionForRoute("match.view");
  if ("response" in gate) return gate.response;
  const locale = asLocale(gate.viewer.locale);
  const fail = (status: number, key: string) => NextResponse.json({ error: translate(locale, key) }, { status });
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) return fail(404, "errors.notFound");
  const length = request.headers.get("content-length");
  if (length === null || Number(length) > MAX_BODY_BYTES) return fail(413, "errors.generic");
  const form = await request.formData().catch(() => null);
  const submissionKey = submissionKeySchema.safeParse(form?.get("submissionKey"));
  if (!submissionKey.success) return fail(400, "errors.submissionKeyMissing");
  try {
    const db = await getDatabase();
    const claim = { userId: gate.viewer.userId, key: submissionKey.data, action: "match.refresh" };
    // The reads go on while the key is claimed; only the claimant computes, and records the run
    // and completes the key in one statement.
    const inputs = readSuggestionInputs(db, gate.viewer, id, { refresh: true, completesKey: claim });
    inputs.catch(() => undefined); // a duplicate does not wait for them; the claimant awaits them below
    await runOnce(db, claim, async () => {
      await suggestFromInputs(db, gate.viewer, await inputs);
      return null;
    }, { completesKey: true });
  } catch (error) {
    if (error instanceof NotFoundError) return fail(404, "errors.notFound");
    if (error instanceof DomainError) return fail(409, error.messageKey);
    throw error;
  }
  return new Response(null, { status: 303, headers: { Location: `/jobs/${id}/suggestions` } });
}

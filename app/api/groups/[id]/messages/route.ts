// POST a message to a group's channel (multipart: channel, body, optional file). A route rather
// than a server action so a drawing up to 20 MB fits; the text fields use the form's own schema.
import { NextResponse } from "next/server";
import { DomainError, NotFoundError } from "@/lib/authz";
import { permissionForRoute } from "@/lib/authz/guard";
import { runOnce, submissionKeySchema } from "@/lib/actions/one-time-key";
import { getDatabase } from "@/lib/db/client";
import { MESSAGE_FILE_MAX_BYTES, postGroupMessage } from "@/lib/groups/messages";
import { messageSchema } from "@/lib/groups/schemas";
import { rejectForeignOrigin } from "@/lib/security/same-origin";
import { UploadRejectedError } from "@/lib/uploads/storage";
import { localizedIssues } from "@/lib/validation/error-map";
import { asLocale, translate } from "@/lib/validation/messages";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const foreign = rejectForeignOrigin(request);
  if (foreign) return foreign;
  const gate = await permissionForRoute("message.send");
  if ("response" in gate) return gate.response;
  const locale = asLocale(gate.viewer.locale);
  const fail = (status: number, key: string, fieldErrors?: Record<string, string>) => NextResponse.json({ error: translate(locale, key), fieldErrors }, { status });
  if (Number(request.headers.get("content-length") ?? 0) > MESSAGE_FILE_MAX_BYTES + 64 * 1024) return fail(413, "jobs.upload.tooLarge", { file: translate(locale, "jobs.upload.tooLarge") });
  const form = await request.formData().catch(() => null);
  const parsed = messageSchema.safeParse({ groupId: (await params).id, channel: form?.get("channel"), body: form?.get("body") ?? "" });
  if (!parsed.success) {
    const { fieldErrors, formError } = localizedIssues(parsed.error, locale);
    return NextResponse.json({ error: formError ?? translate(locale, "errors.invalidInput"), fieldErrors }, { status: 400 });
  }
  const submissionKey = submissionKeySchema.safeParse(form?.get("submissionKey"));
  if (!submissionKey.success) return fail(400, "errors.submissionKeyMissing");
  const file = form?.get("file");
  const upload = file instanceof File && file.size > 0 ? { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name } : null;
  try {
    const db = await getDatabase();
    const claim = { userId: gate.viewer.userId, key: submissionKey.data, action: "message.send" };
    const message = await runOnce(db, claim, () => postGroupMessage(db, gate.viewer, parsed.data, upload));
    return NextResponse.json({ message }, { status: 201 });
  } catch (error) {
    if (error instanceof UploadRejectedError) return fail(422, `jobs.upload.${error.problem}`, { file: translate(locale, `jobs.upload.${error.problem}`) });
    if (error instanceof NotFoundError) return fail(404, "errors.notFound");
    if (error instanceof DomainError) return fail(409, error.messageKey, error.field ? { [error.field]: translate(locale, error.messageKey) } : undefined);
    throw error;
  }
}

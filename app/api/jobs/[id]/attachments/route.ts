// POST a drawing or specification to the buyer's own editable job (multipart field "file").
import { NextResponse } from "next/server";
import { NotFoundError, DomainError } from "@/lib/authz";
import { permissionForRoute } from "@/lib/authz/guard";
import { attachToJob, JOB_ATTACHMENT_MAX_BYTES } from "@/lib/jobs/attachments";
import { rejectForeignOrigin } from "@/lib/security/same-origin";
import { UploadRejectedError } from "@/lib/uploads/storage";
import { asLocale, translate } from "@/lib/validation/messages";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const foreign = rejectForeignOrigin(request);
  if (foreign) return foreign;
  const gate = await permissionForRoute("job.update");
  if ("response" in gate) return gate.response;
  const locale = asLocale(gate.viewer.locale);
  const fail = (status: number, key: string) => NextResponse.json({ error: translate(locale, key) }, { status });
  if (Number(request.headers.get("content-length") ?? 0) > JOB_ATTACHMENT_MAX_BYTES + 64 * 1024) return fail(413, "jobs.upload.tooLarge");
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File)) return fail(400, "jobs.upload.empty");
  try {
    const attachment = await attachToJob(gate.viewer, (await params).id, { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name });
    return NextResponse.json({ attachment }, { status: 201 });
  } catch (error) {
    if (error instanceof UploadRejectedError) return fail(422, `jobs.upload.${error.problem}`);
    if (error instanceof NotFoundError) return fail(404, "jobs.errors.notFound");
    if (error instanceof DomainError) return fail(409, error.messageKey);
    throw error;
  }
}

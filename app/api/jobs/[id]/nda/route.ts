// A confidential job's own agreement PDF: GET for anyone who sees the job (firms read it before
// they accept), POST for the buyer while the job is a draft (multipart field "file").
import { NextResponse } from "next/server";
import { DomainError, NotFoundError } from "@/lib/authz";
import { permissionForRoute } from "@/lib/authz/guard";
import { attachNdaDocument, NDA_DOCUMENT_MAX_BYTES, ndaDocumentOf } from "@/lib/drawings/job-nda";
import { rejectForeignOrigin } from "@/lib/security/same-origin";
import { downloadResponse } from "@/lib/uploads/download-response";
import { UploadRejectedError } from "@/lib/uploads/storage";
import { asLocale, translate } from "@/lib/validation/messages";

const notFound = () => NextResponse.json({ error: "not found" }, { status: 404 });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const gate = await permissionForRoute("job.view");
  if ("response" in gate) return gate.response;
  try {
    const document = await ndaDocumentOf(gate.viewer, (await params).id);
    return document ? await downloadResponse(document) : notFound();
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }
}

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const foreign = rejectForeignOrigin(request);
  if (foreign) return foreign;
  const gate = await permissionForRoute("job.update");
  if ("response" in gate) return gate.response;
  const locale = asLocale(gate.viewer.locale);
  const fail = (status: number, key: string) => NextResponse.json({ error: translate(locale, key) }, { status });
  if (Number(request.headers.get("content-length") ?? 0) > NDA_DOCUMENT_MAX_BYTES + 64 * 1024) return fail(413, "drawings.upload.tooLarge");
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File)) return fail(400, "jobs.upload.empty");
  try {
    const document = await attachNdaDocument(gate.viewer, (await params).id, { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name });
    return NextResponse.json({ document }, { status: 201 });
  } catch (error) {
    if (error instanceof UploadRejectedError) return fail(422, error.problem === "typeNotAllowed" ? "drawings.upload.pdfOnly" : error.problem === "tooLarge" ? "drawings.upload.tooLarge" : `jobs.upload.${error.problem}`);
    if (error instanceof NotFoundError) return fail(404, "jobs.errors.notFound");
    if (error instanceof DomainError) return fail(409, error.messageKey);
    throw error;
  }
}

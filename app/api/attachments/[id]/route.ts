// Download a job's drawing or specification, for those who may see the job (else 404).
import { NextResponse } from "next/server";
import { NotFoundError } from "@/lib/authz";
import { permissionForRoute } from "@/lib/authz/guard";
import { jobAttachmentForDownload } from "@/lib/jobs/attachments";
import { downloadResponse } from "@/lib/uploads/download-response";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const gate = await permissionForRoute("job.view");
  if ("response" in gate) return gate.response;
  try {
    return await downloadResponse(await jobAttachmentForDownload(gate.viewer, (await params).id));
  } catch (error) {
    if (error instanceof NotFoundError) return NextResponse.json({ error: "not found" }, { status: 404 });
    throw error;
  }
}

// A firm's logo or shop photo, for those who may see the firm (else 404). Files live outside the
// web root (UPLOAD_DIR) and are only ever served through here.
import { NextResponse } from "next/server";
import { NotFoundError } from "@/lib/authz";
import { permissionForRoute } from "@/lib/authz/guard";
import { firmImageForDownload } from "@/lib/firm-profile/media";
import { downloadResponse } from "@/lib/uploads/download-response";

export async function GET(_request: Request, { params }: { params: Promise<{ firmId: string; attachmentId: string }> }) {
  const gate = await permissionForRoute("firm.view");
  if ("response" in gate) return gate.response;
  const { firmId, attachmentId } = await params;
  try {
    return await downloadResponse(await firmImageForDownload(gate.viewer, firmId, attachmentId));
  } catch (error) {
    if (error instanceof NotFoundError) return NextResponse.json({ error: "not found" }, { status: 404 });
    throw error;
  }
}

// Download a file of an inquiry thread, for the thread's parties only (else 404).
import { NextResponse } from "next/server";
import { NotFoundError } from "@/lib/authz";
import { permissionForRoute } from "@/lib/authz/guard";
import { getDatabase } from "@/lib/db/client";
import { inquiryFileForDownload } from "@/lib/inquiries/inbox";
import { downloadResponse } from "@/lib/uploads/download-response";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const gate = await permissionForRoute("inquiry.view");
  if ("response" in gate) return gate.response;
  try {
    return await downloadResponse(await inquiryFileForDownload(await getDatabase(), gate.viewer, (await params).id));
  } catch (error) {
    if (error instanceof NotFoundError) return NextResponse.json({ error: "not found" }, { status: 404 });
    throw error;
  }
}

// Download a file of a group (a message's file or a progress photo), for those who may read it (else 404).
import { NextResponse } from "next/server";
import { NotFoundError } from "@/lib/authz";
import { permissionForRoute } from "@/lib/authz/guard";
import { getDatabase } from "@/lib/db/client";
import { groupFileForDownload } from "@/lib/groups/group-files";
import { downloadResponse } from "@/lib/uploads/download-response";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const gate = await permissionForRoute("group.view");
  if ("response" in gate) return gate.response;
  try {
    return await downloadResponse(await groupFileForDownload(await getDatabase(), gate.viewer, (await params).id));
  } catch (error) {
    if (error instanceof NotFoundError) return NextResponse.json({ error: "not found" }, { status: 404 });
    throw error;
  }
}

// A job's drawing for one reader (lib/drawings): the buyer's original, everyone else's copy stamped
// with their name; ?view=1 when the in-page viewer fetches it (logged as a view, not a download).
// No access — no agreement, withdrawn, not in the awarded group — is 404, as for a missing file.
import { NextResponse } from "next/server";
import { NotFoundError } from "@/lib/authz";
import { permissionForRoute } from "@/lib/authz/guard";
import { drawingForReader } from "@/lib/drawings/serve-drawing";
import { currentClientIp } from "@/lib/security/client-ip";
import { bytesResponse } from "@/lib/uploads/download-response";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const gate = await permissionForRoute("drawing.view");
  if ("response" in gate) return gate.response;
  const purpose = new URL(request.url).searchParams.get("view") === "1" ? "VIEW" : "DOWNLOAD";
  try {
    const drawing = await drawingForReader(gate.viewer, (await params).id, purpose, await currentClientIp());
    return bytesResponse(drawing.bytes, drawing);
  } catch (error) {
    if (error instanceof NotFoundError) return NextResponse.json({ error: "not found" }, { status: 404 });
    throw error;
  }
}

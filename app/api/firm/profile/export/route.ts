// The viewer's own equipment or capability list as CSV or .xlsx, in the very format the import reads.
// GET /api/firm/profile/export?target=equipment|capabilities&format=csv|xlsx
import { NextResponse } from "next/server";
import { z } from "zod";
import { NotFoundError } from "@/lib/authz";
import { permissionForRoute } from "@/lib/authz/guard";
import { exportSheet } from "@/lib/firm-profile/import-export";
import { SHEET_TARGETS } from "@/lib/firm-profile/spreadsheet";

const querySchema = z.object({ target: z.enum(SHEET_TARGETS), format: z.enum(["csv", "xlsx"]) });

export async function GET(request: Request) {
  const gate = await permissionForRoute("firm.update");
  if ("response" in gate) return gate.response;
  const url = new URL(request.url);
  const query = querySchema.safeParse({ target: url.searchParams.get("target"), format: url.searchParams.get("format") });
  if (!query.success) return NextResponse.json({ error: "bad request" }, { status: 400 });
  try {
    const file = await exportSheet(gate.viewer, query.data.target, query.data.format);
    return new Response(Buffer.from(file.bytes), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return NextResponse.json({ error: "not found" }, { status: 404 });
    throw error;
  }
}

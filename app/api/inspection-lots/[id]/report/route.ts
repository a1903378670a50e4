// A lot's inspection report (検査成績書) as a PDF (?lang=ja, the default, or en), for the group's
// members, the job's buyer and staff in scope.
import { NextResponse } from "next/server";
import { NotFoundError } from "@/lib/authz";
import { permissionForRoute } from "@/lib/authz/guard";
import { getDatabase } from "@/lib/db/client";
import { inspectionReportFor, inspectionReportPdf } from "@/lib/quality/inspection-report";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const gate = await permissionForRoute("progress.view");
  if ("response" in gate) return gate.response;
  const { id } = await params;
  const locale = new URL(request.url).searchParams.get("lang") === "en" ? "en" : "ja";
  try {
    const report = await inspectionReportFor(await getDatabase(), gate.viewer, id);
    const bytes = await inspectionReportPdf(report, locale);
    const name = `inspection-${report.lot.lotNumber.replace(/[^\w.-]+/g, "_")}-${locale}.pdf`;
    return new Response(Buffer.from(bytes), {
      headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="${name}"`, "cache-control": "private, no-store", "x-content-type-options": "nosniff" },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return NextResponse.json({ error: "not found" }, { status: 404 });
    throw error;
  }
}

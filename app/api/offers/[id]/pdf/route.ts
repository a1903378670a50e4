// A sent offer's 見積書 as a PDF (?lang=ja, the default, or en), for the job's buyer, the lead firm
// and staff in scope.
import { NextResponse } from "next/server";
import { NotFoundError } from "@/lib/authz";
import { permissionForRoute } from "@/lib/authz/guard";
import { getDatabase } from "@/lib/db/client";
import { quotationFor, quotationPdf } from "@/lib/quotes/quotation";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const gate = await permissionForRoute("quote.view");
  if ("response" in gate) return gate.response;
  const { id } = await params;
  const locale = new URL(request.url).searchParams.get("lang") === "en" ? "en" : "ja";
  try {
    const offer = await quotationFor(await getDatabase(), gate.viewer, id);
    const bytes = await quotationPdf(offer, locale);
    return new Response(Buffer.from(bytes), {
      headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="${offer.number}-${locale}.pdf"`, "cache-control": "private, no-store", "x-content-type-options": "nosniff" },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return NextResponse.json({ error: "not found" }, { status: 404 });
    throw error;
  }
}

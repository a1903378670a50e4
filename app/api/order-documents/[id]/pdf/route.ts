// An order document (注文書 … 適格請求書) as a PDF (?lang=ja, the default, or en), for the parties
// who may see it (lib/orders/documents.ts) and staff in scope.
import { NextResponse } from "next/server";
import { NotFoundError } from "@/lib/authz";
import { permissionForRoute } from "@/lib/authz/guard";
import { getDatabase } from "@/lib/db/client";
import { documentFor } from "@/lib/orders/documents";
import { orderDocumentPdf } from "@/lib/orders/document-pdf";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const gate = await permissionForRoute("order.documents.view");
  if ("response" in gate) return gate.response;
  const { id } = await params;
  const locale = new URL(request.url).searchParams.get("lang") === "en" ? "en" : "ja";
  try {
    const doc = await documentFor(await getDatabase(), gate.viewer, id);
    const bytes = await orderDocumentPdf(doc.content, locale);
    return new Response(Buffer.from(bytes), {
      headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="${doc.number}-v${doc.version}-${locale}.pdf"`, "cache-control": "private, no-store", "x-content-type-options": "nosniff" },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return NextResponse.json({ error: "not found" }, { status: 404 });
    throw error;
  }
}

// A firm's 受注証明書 as a PDF (?lang=ja or en) with its verification code and QR code.
import { NextResponse } from "next/server";
import { NotFoundError } from "@/lib/authz";
import { permissionForRoute } from "@/lib/authz/guard";
import { getDatabase } from "@/lib/db/client";
import { appUrl } from "@/lib/mail/send";
import { certificateFor } from "@/lib/orders/certificates";
import { certificatePdf } from "@/lib/orders/certificate-pdf";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const gate = await permissionForRoute("order.documents.view");
  if ("response" in gate) return gate.response;
  const { id } = await params;
  const locale = new URL(request.url).searchParams.get("lang") === "en" ? "en" : "ja";
  try {
    const certificate = await certificateFor(await getDatabase(), gate.viewer, id);
    const bytes = await certificatePdf(certificate, locale, await appUrl(`/verify/${certificate.code}`));
    return new Response(Buffer.from(bytes), {
      headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="certificate-${certificate.code.slice(0, 8)}-${locale}.pdf"`, "cache-control": "private, no-store", "x-content-type-options": "nosniff" },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return NextResponse.json({ error: "not found" }, { status: 404 });
    throw error;
  }
}

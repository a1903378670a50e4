// The group's agreement as a PDF (Japanese with the English translation), for those who may see the group.
import { NextResponse } from "next/server";
import { NotFoundError } from "@/lib/authz";
import { permissionForRoute } from "@/lib/authz/guard";
import { getDatabase } from "@/lib/db/client";
import { latestAgreement } from "@/lib/groups/agreement";
import { agreementPdf } from "@/lib/groups/agreement-pdf";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const gate = await permissionForRoute("group.view");
  if ("response" in gate) return gate.response;
  const { id } = await params;
  try {
    const agreement = await latestAgreement(await getDatabase(), gate.viewer, id);
    const bytes = await agreementPdf({ ja: agreement.contentJa, en: agreement.contentEn, title: "共同受注契約書 / Joint-Order Agreement", footer: `Template v${agreement.template.version} · ${agreement.generatedAt.toISOString().slice(0, 10)} · ${agreement.id}` });
    return new Response(Buffer.from(bytes), {
      headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="agreement-${id.slice(0, 8)}.pdf"`, "cache-control": "private, no-store", "x-content-type-options": "nosniff" },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return NextResponse.json({ error: "not found" }, { status: 404 });
    throw error;
  }
}

// One drawing, read in the page (phone too) without a download: the same stamped copy a download
// gives, fetched as a view (and logged as one). No agreement, withdrawn, outside the awarded
// group, another job's id: 404.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DrawingViewer } from "@/components/drawings/drawing-viewer";
import { ButtonLink, buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { NotFoundError } from "@/lib/authz";
import { requirePermission } from "@/lib/authz/guard";
import { loadDrawing } from "@/lib/drawings/drawings-access";
import { withClientMessages } from "@/lib/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("drawings.viewer"))("title") };
}

async function DrawingPage({ params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  const viewer = await requirePermission("drawing.view");
  const { id, attachmentId } = await params;
  const { attachment } = await loadDrawing(viewer, attachmentId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  if (attachment.jobId !== id) notFound();
  const t = await getTranslations("drawings.viewer");
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={attachment.fileName}
        actions={
          <>
            <ButtonLink href={`/jobs/${id}`} variant="secondary">{t("back")}</ButtonLink>
            {/* A plain link: a prefetched Link would fetch (and log) a download nobody asked for. */}
            <a href={`/api/attachments/${attachment.id}`} className={buttonClasses("ghost")} data-testid="drawing-download">{t("download")}</a>
          </>
        }
      />
      <DrawingViewer src={`/api/attachments/${attachment.id}?view=1`} mimeType={attachment.mimeType} fileName={attachment.fileName} />
    </div>
  );
}

export default withClientMessages(["drawings.viewer"], DrawingPage);

// A job's drawing access log on its own page: for staff looking into a reported leak (their reading
// is audited), and for the buyer.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccessLogTable } from "@/components/drawings/access-log-table";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { NotFoundError } from "@/lib/authz";
import { requirePermission } from "@/lib/authz/guard";
import { accessLogOf } from "@/lib/drawings/access-log";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("drawings.log"))("title") };
}

export default async function AccessLogPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("drawing.log.view");
  const { id } = await params;
  const log = await accessLogOf(viewer, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("drawings");
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t("log.title")} actions={<ButtonLink href={`/jobs/${id}`} variant="secondary">{t("viewer.back")}</ButtonLink>} />
      <AccessLogTable entries={log.entries} total={log.total} />
    </div>
  );
}

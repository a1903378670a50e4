import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { jobFormOptions } from "@/components/jobs/form-options";
import { JobForm } from "@/components/jobs/job-form";
import { jobFormValues } from "@/components/jobs/job-form-values";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/authz/guard";
import { getPrisma } from "@/lib/db/client";
import { withClientMessages } from "@/lib/i18n/client-messages";
import { EDITABLE_STATUSES } from "@/lib/jobs/state-machine";
import { NO_ID } from "@/lib/authz/scope";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("jobs.form"))("editTitle") };
}

async function EditJobPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("job.create");
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const prisma = await getPrisma();
  const job = await prisma.job.findFirst({
    where: { id, buyerOrgId: viewer.buyerOrgId ?? NO_ID },
    include: { steps: { orderBy: { position: "asc" } }, attachments: { select: { id: true, fileName: true, sizeBytes: true } }, nda: { select: { kind: true, retentionDays: true, document: { select: { fileName: true } } } } },
  });
  if (!job) notFound();
  if (!EDITABLE_STATUSES.includes(job.status)) redirect(`/jobs/${job.id}`);
  const t = await getTranslations("jobs.form");
  return (
    <div className="mx-auto w-full max-w-3xl">
      <PageHeader title={t("editTitle")} />
      <JobForm initial={jobFormValues(job)} attachments={job.attachments} ndaDocument={job.nda?.document ?? null} options={jobFormOptions(await getLocale())} />
    </div>
  );
}

export default withClientMessages(["common", "drawings.form", "jobs.form", "jobs.visibility"], EditJobPage);

import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { jobFormOptions } from "@/components/jobs/form-options";
import { JobForm } from "@/components/jobs/job-form";
import { jobFormValues } from "@/components/jobs/job-form-values";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/authz/guard";
import { withClientMessages } from "@/lib/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("jobs.form"))("newTitle") };
}

async function NewJobPage() {
  await requirePermission("job.create");
  const t = await getTranslations("jobs.form");
  return (
    <div className="mx-auto w-full max-w-3xl">
      <PageHeader title={t("newTitle")} />
      <JobForm initial={jobFormValues(null)} attachments={[]} options={jobFormOptions(await getLocale())} />
    </div>
  );
}

export default withClientMessages(["common", "drawings.form", "jobs.form", "jobs.visibility"], NewJobPage);

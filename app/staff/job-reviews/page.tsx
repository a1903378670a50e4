import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { reviewJob } from "@/app/jobs/actions";
import { RowAction } from "@/components/admin/row-action";
import { processName } from "@/components/matching/taxonomy-names";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/authz/guard";
import { listJobsUnderReview } from "@/lib/jobs/review";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("jobs.review"))("title") };
}

export default async function JobReviewsPage() {
  const viewer = await requirePermission("job.review");
  const t = await getTranslations("jobs.review");
  const locale = await getLocale();
  const format = await getFormatter();
  const jobs = await listJobsUnderReview(viewer);
  return (
    <div>
      <PageHeader title={t("title")} description={t("intro")} />
      {jobs.length === 0 ? <p data-testid="reviews-empty">{t("none")}</p> : null}
      <ul className="flex flex-col gap-3" data-testid="job-reviews">
        {jobs.map((job) => (
          <li key={job.id}>
            <Card className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
              <div className="min-w-0">
                <Link href={`/jobs/${job.id}`} className="text-lg font-bold text-brand-800 underline">{(locale === "en" && job.titleEn) || job.titleJa}</Link>
                <p className="text-sm text-slate-700">{job.buyerOrg.name} · {format.dateTime(job.deadline, { dateStyle: "medium", timeZone: "UTC" })}</p>
                <p className="text-sm text-slate-600">{job.steps.map((s) => processName(s.processCode, locale)).join(" → ")}</p>
              </div>
              <div className="flex flex-wrap gap-2">
                <RowAction action={reviewJob} fields={{ jobId: job.id, decision: "publish", reason: "" }} label={t("publish")} variant="primary" />
                <RowAction action={reviewJob} fields={{ jobId: job.id, decision: "return", reason: "" }} label={t("return")} />
              </div>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}

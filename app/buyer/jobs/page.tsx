import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { processName } from "@/components/matching/taxonomy-names";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/authz/guard";
import { listOwnJobs } from "@/lib/jobs/buyer-jobs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("jobs.buyerList"))("title") };
}

export default async function BuyerJobsPage() {
  const viewer = await requirePermission("job.create");
  const t = await getTranslations("jobs");
  const locale = await getLocale();
  const format = await getFormatter();
  const jobs = await listOwnJobs(viewer);
  return (
    <div>
      <PageHeader title={t("buyerList.title")} actions={<ButtonLink href="/buyer/jobs/new" data-testid="new-job">{t("buyerList.new")}</ButtonLink>} />
      {jobs.length === 0 ? <p>{t("buyerList.none")}</p> : null}
      <ul className="flex flex-col gap-3" data-testid="buyer-jobs">
        {jobs.map((job) => (
          <li key={job.id}>
            <Card className="flex flex-col gap-1">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <Link href={job.status === "DRAFT" ? `/buyer/jobs/${job.id}/edit` : `/jobs/${job.id}`} className="text-lg font-bold text-brand-800 underline">
                  {(locale === "en" && job.titleEn) || job.titleJa || "—"}
                </Link>
                <span className="rounded-full bg-slate-100 px-2 py-0.5 text-sm font-bold">{t(`status.${job.status}`)}</span>
              </div>
              <p className="text-sm text-slate-700">
                {t("detail.deadline")}: {format.dateTime(job.deadline, { dateStyle: "medium", timeZone: "UTC" })} · {job.steps.map((s) => processName(s.processCode, locale)).join(" → ")}
              </p>
              <p className="text-sm text-slate-600">
                {t("buyerList.handRaises", { count: job._count.handRaises })} · {t("buyerList.openQuestions", { count: job._count.questions })}
              </p>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { processName } from "@/components/matching/taxonomy-names";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/authz/guard";
import { BUYER_JOB_TABS, listOwnJobs, parseBuyerJobsQuery, type BuyerJobTab } from "@/lib/jobs/buyer-jobs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("jobs.buyerList"))("title") };
}

export default async function BuyerJobsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("job.create");
  const query = parseBuyerJobsQuery(await searchParams);
  const t = await getTranslations("jobs");
  const locale = await getLocale();
  const format = await getFormatter();
  const { jobs, counts, pages } = await listOwnJobs(viewer, query);
  const href = (tab: BuyerJobTab, page = 1) => `?${new URLSearchParams({ tab, ...(page > 1 ? { page: String(page) } : {}) }).toString()}`;
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t("buyerList.title")} actions={<ButtonLink href="/buyer/jobs/new" data-testid="new-job">{t("buyerList.new")}</ButtonLink>} />
      <nav aria-label={t("buyerList.tabs")} data-testid="buyer-job-tabs">
        <ul className="flex flex-wrap gap-2">
          {(Object.keys(BUYER_JOB_TABS) as BuyerJobTab[]).map((tab) => (
            <li key={tab}>
              <Link
                href={href(tab)}
                aria-current={tab === query.tab ? "page" : undefined}
                data-testid={`buyer-jobs-tab-${tab}`}
                className={cx("inline-flex min-h-11 items-center rounded-full border px-4 text-sm font-bold no-underline", tab === query.tab ? "border-brand-700 bg-brand-50 text-brand-900" : "border-slate-300 text-slate-700 hover:border-brand-600")}
              >
                {t(`buyerList.tab.${tab}`, { count: counts[tab] })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {jobs.length === 0 ? <p>{counts.open + counts.ordered + counts.finished === 0 ? t("buyerList.none") : t("buyerList.noneInTab")}</p> : null}
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
      {pages > 1 ? (
        <nav className="flex items-center justify-between gap-2" aria-label={t("buyerList.pages", { page: query.page, pages })} data-testid="buyer-jobs-pages">
          {query.page > 1 ? <Link href={href(query.tab, query.page - 1)} className="min-h-11 py-2 font-bold underline">{t("board.prev")}</Link> : <span />}
          <span className="text-sm">{t("buyerList.pages", { page: query.page, pages })}</span>
          {query.page < pages ? <Link href={href(query.tab, query.page + 1)} className="min-h-11 py-2 font-bold underline" data-testid="buyer-jobs-next">{t("board.next")}</Link> : <span />}
        </nav>
      ) : null}
    </div>
  );
}

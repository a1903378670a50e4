import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { jobFormOptions } from "@/components/jobs/form-options";
import { processName } from "@/components/matching/taxonomy-names";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FiltersFold } from "@/components/ui/filters-fold";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/authz/guard";
import { getDatabase } from "@/lib/db/client";
import { parseBoardFilters } from "@/lib/jobs/board-filters";
import { BOARD_PAGE_SIZE, listJobsForFirm } from "@/lib/jobs/job-board";
import { MUNICIPALITY_BY_CODE } from "@/lib/taxonomy/municipalities";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("jobs.board"))("title") };
}

export default async function JobBoardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // The board is for member firms (what fits us, raise a hand); buyers and staff reach jobs from their own lists.
  const viewer = await requirePermission("job.ask");
  const filters = parseBoardFilters(await searchParams);
  const t = await getTranslations("jobs.board");
  const locale = await getLocale();
  const format = await getFormatter();
  const db = await getDatabase();
  const { rows, total } = await listJobsForFirm(db.sql, viewer, filters);
  const options = jobFormOptions(locale);
  const pages = Math.max(1, Math.ceil(total / BOARD_PAGE_SIZE));
  const pageHref = (page: number) => `?${new URLSearchParams(Object.entries({ ...filters, page: String(page) }).filter(([, v]) => v !== undefined && v !== "").map(([k, v]) => [k, String(v)])).toString()}`;
  const active = [filters.process, filters.material, filters.area, filters.deadlineBefore, filters.budgetMin].filter((v) => v !== undefined).length;
  const field = "flex flex-col gap-1 text-sm font-bold";
  const control = "min-h-11 rounded-md border border-slate-400 bg-white px-3 font-normal";

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("intro")} />
      {/* Phones: the keyword and the search come first, the other filters folded, so the jobs start on the first screen. */}
      <form method="get" role="search" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="board-filters">
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <label className={field}>{t("q")}<input name="q" defaultValue={filters.q ?? ""} className={control} /></label>
          <label className={field}>
            {t("show")}
            <select name="show" defaultValue={filters.show} className={control}>
              <option value="fit">{t("showFit")}</option>
              <option value="all">{t("showAll")}</option>
            </select>
          </label>
        </div>
        <FiltersFold summary={active > 0 ? t("filtersActive", { count: active }) : t("filters")} open={active > 0} testId="board-more-filters">
          <div className="grid gap-3 pt-2 sm:grid-cols-2 lg:grid-cols-4">
            <label className={field}>
              {t("process")}
              <select name="process" defaultValue={filters.process ?? ""} className={control}>
                <option value="">{t("any")}</option>
                {options.processes.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </select>
            </label>
            <label className={field}>
              {t("material")}
              <select name="material" defaultValue={filters.material ?? ""} className={control}>
                <option value="">{t("any")}</option>
                {options.materials.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </select>
            </label>
            <label className={field}>
              {t("area")}
              <select name="area" defaultValue={filters.area ?? ""} className={control}>
                <option value="">{t("any")}</option>
                {options.municipalities.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </select>
            </label>
            <label className={field}>{t("deadlineBefore")}<input type="date" name="deadlineBefore" defaultValue={filters.deadlineBefore ?? ""} className={control} /></label>
            <label className={field}>{t("budgetMin")}<input name="budgetMin" inputMode="numeric" defaultValue={filters.budgetMin ?? ""} className={control} /></label>
          </div>
        </FiltersFold>
        <Button type="submit" className="w-full sm:w-auto sm:self-start" data-testid="board-search">{t("search")}</Button>
      </form>

      <p className="font-bold" data-testid="board-count">{t("results", { count: total })}</p>
      {rows.length === 0 ? <p>{t("none")}</p> : null}
      <ul className="flex flex-col gap-3" data-testid="board-results">
        {rows.map((job) => (
          <li key={job.id}>
            <Card className="flex flex-col gap-1">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <Link href={`/jobs/${job.id}`} className="text-lg font-bold text-brand-800 underline">{(locale === "en" && job.title_en) || job.title_ja}</Link>
                <span className="text-sm font-bold text-green-800">{t("fit", { fitting: job.fitting, steps: job.steps })}</span>
              </div>
              <p className="text-sm text-slate-700">{job.buyer_name} · {format.dateTime(new Date(`${job.deadline}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })} · {t("quantity", { n: job.quantity })}{job.delivery_municipality_code ? ` · ${locale === "en" ? MUNICIPALITY_BY_CODE.get(job.delivery_municipality_code)?.nameEn : MUNICIPALITY_BY_CODE.get(job.delivery_municipality_code)?.nameJa}` : ""}</p>
              <p className="text-sm text-slate-600">{job.processes.map((p) => processName(p, locale)).join(" → ")}</p>
              {job.raised ? <p className="text-sm font-bold text-brand-700">{t("raised")}</p> : null}
            </Card>
          </li>
        ))}
      </ul>
      {pages > 1 ? (
        <nav className="flex items-center justify-between gap-2" aria-label={t("page", { page: filters.page })}>
          {filters.page > 1 ? <Link href={pageHref(filters.page - 1)} className="font-bold underline">{t("prev")}</Link> : <span />}
          <span>{t("page", { page: filters.page })} / {pages}</span>
          {filters.page < pages ? <Link href={pageHref(filters.page + 1)} className="font-bold underline">{t("next")}</Link> : <span />}
        </nav>
      ) : null}
    </div>
  );
}

import { randomBytes } from "node:crypto";
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ProposeForm } from "@/components/groups/group-forms";
import { SuggestionCard } from "@/components/matching/suggestion-card";
import { WeightsForm } from "@/components/matching/weights-form";
import { processName, reasonParams } from "@/components/matching/taxonomy-names";
import { ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { NotFoundError } from "@/lib/authz/errors";
import { requirePermission } from "@/lib/authz/guard";
import { isStaffViewer } from "@/lib/authz/viewer-kinds";
import { getDatabase } from "@/lib/db/client";
import { firmDisplayNames, renameFirmParams } from "@/lib/firms/display-names";
import { withClientMessages } from "@/lib/i18n/client-messages";
import { varyingTerms } from "@/lib/matching/varying-terms";
import { suggestGroupsForJob } from "@/lib/matching-service/suggest-for-job";
import { parseWeightsInput } from "@/lib/matching-service/weights-input";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("matching"))("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

async function SuggestionsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const viewer = await requirePermission("match.view");
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const query = await searchParams;
  const staff = isStaffViewer(viewer);
  const weightsInput = staff ? parseWeightsInput(query) : { weights: undefined, invalid: [] };
  const t = await getTranslations("matching");
  const tg = await getTranslations("groups");
  const tc = await getTranslations("groups.compose");
  const locale = await getLocale();
  const format = await getFormatter();

  const db = await getDatabase();
  // The kept run while nothing it read has changed; "refresh" posts to a route that computes afresh.
  const run = await suggestGroupsForJob(db, viewer, id, { weights: weightsInput.weights, record: !weightsInput.weights }).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { job } = run;
  const steps = job.steps.map((s) => ({ id: s.id, position: s.position, processCode: s.processCode, quantity: s.quantity }));
  const { groups, infeasible, certificate } = run.result;
  const compare = parseCompare(query.compare, groups.length);
  const buyerCanPropose = viewer.role === "BUYER" && (job.status === "OPEN" || job.status === "GROUPS_INVITED");
  const shown = compare ? compare.map((rank) => ({ group: groups[rank - 1]!, rank })) : groups.map((group, i) => ({ group, rank: i + 1 }));
  const customQuery = weightsInput.weights ? Object.fromEntries(Object.entries(weightsInput.weights).map(([k, v]) => [`w_${k}`, String(v)])) : {};
  // Names as the directory shows them (English names on English pages); reasons were written with the Japanese ones.
  const display = await firmDisplayNames(db, Object.keys(run.firmNames), locale);
  const firmNames = Object.fromEntries(Object.entries(run.firmNames).map(([id, ja]) => [id, display.get(id) ?? ja]));
  const renameFirms = (params: Record<string, string | number>) => renameFirmParams(params, run.firmNames, display);
  const rows = varyingTerms(shown.map((s) => s.group));
  const gap = format.number(Math.ceil((certificate?.gap ?? 1) * 1000) / 1000, { style: "percent", maximumFractionDigits: 1 });
  const hrefWith = (extra: Record<string, string>) => `?${new URLSearchParams({ ...customQuery, ...extra }).toString()}`;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        eyebrow={t("job")}
        title={locale === "en" && job.titleEn ? job.titleEn : job.titleJa}
        description={`${t("deadline")}: ${format.dateTime(job.deadline, { dateStyle: "medium", timeZone: "UTC" })} · ${t("steps")}: ${steps.map((s) => processName(s.processCode, locale)).join(" → ")}`}
      />
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>

      {staff ? <WeightsForm weights={run.weights} invalid={weightsInput.invalid} custom={Boolean(weightsInput.weights)} /> : null}

      {groups.length === 0 ? (
        <Notice tone="warning" title={t("none")} data-testid="no-groups">
          <ul className="list-disc pl-5">
            {infeasible.map((reason, i) => (
              <li key={i}>{t(reason.key.replace(/^matching\./, "") as "infeasible.noSteps", reasonParams(reason, locale) as Record<string, string>)}</li>
            ))}
          </ul>
          <p className="mt-2">{t("noneHelp")}</p>
        </Notice>
      ) : (
        <>
          <p className="text-slate-700" data-testid="certificate">
            {certificate?.optimal ? t("certificate.optimal", { candidates: run.result.candidateCount }) : t("certificate.bounded", { gap, candidates: run.result.candidateCount })}
          </p>
          {staff ? (
            <details className="text-sm text-slate-600" data-testid="technical-detail">
              <summary className="cursor-pointer font-bold text-brand-800">{t("technical.summary")}</summary>
              <ul className="mt-1 list-disc pl-5">
                <li>{certificate?.optimal ? t("technical.optimal") : t("technical.bounded", { gap })}</li>
                <li>{t("technical.candidates", { count: run.result.candidateCount })}</li>
                <li>{t("duration", { ms: run.durationMs })}</li>
              </ul>
            </details>
          ) : null}
          <p className="flex flex-wrap items-center gap-3 text-sm text-slate-600" data-testid="computed-at">
            {t("computedAt", { time: format.dateTime(run.computedAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Tokyo" }) })}
            {!weightsInput.weights ? (
              <form method="post" action={`/api/jobs/${job.id}/suggestions/refresh`}>
                {/* One key per page shown: a double tap computes once (app/api/jobs/[id]/suggestions/refresh). */}
                <input type="hidden" name="submissionKey" value={randomBytes(16).toString("hex")} />
                <button type="submit" className="font-bold text-brand-800 underline" data-testid="refresh-suggestions">
                  {t("refresh")}
                </button>
              </form>
            ) : null}
          </p>
          {compare ? (
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 className="text-lg font-bold">{t("compareTitle", { a: compare[0]!, b: compare[1]! })}</h2>
              <Link href={hrefWith({})} className="font-bold text-brand-800 underline">
                {t("closeCompare")}
              </Link>
            </div>
          ) : null}
          <div className={compare ? "grid gap-4 md:grid-cols-2" : "grid gap-4 lg:grid-cols-2"} data-testid={compare ? "comparison" : "suggestions"}>
            {shown.map(({ group, rank }) => (
              <SuggestionCard
                key={rank}
                group={group}
                rank={rank}
                steps={steps}
                firmNames={firmNames}
                renameFirms={renameFirms}
                rows={rows}
                compareHref={!compare && groups.length > 1 ? hrefWith({ compare: rank === 1 ? "1,2" : `1,${rank}` }) : undefined}
                footer={
                  buyerCanPropose && run.suggestionIds[rank - 1] ? (
                    <>
                      <ProposeForm suggestionId={run.suggestionIds[rank - 1]!} rank={rank} />
                      <ButtonLink href={`/jobs/${job.id}/compose?from=${run.suggestionIds[rank - 1]!}`} variant="ghost" data-testid={`compose-from-${rank}`}>
                        {tc("editSuggestion")}
                      </ButtonLink>
                    </>
                  ) : null
                }
              />
            ))}
          </div>
        </>
      )}
      {run.standing.length > 0 && !compare ? (
        <section className="flex flex-col gap-3" aria-labelledby="standing-suggestions" data-testid="standing-suggestions">
          <h2 id="standing-suggestions" className="text-lg font-bold">{tg("standing.matching.title")}</h2>
          <p className="text-sm text-slate-700">{tg("standing.matching.intro")}</p>
          <div className="grid gap-4 lg:grid-cols-2">
            {run.standing.map((s, i) => (
              <SuggestionCard
                key={s.standingGroupId}
                group={s.group}
                rank={groups.length + i + 1}
                steps={steps}
                firmNames={firmNames}
                renameFirms={renameFirms}
                rows={rows}
                heading={<Link href={`/groups/standing/${s.standingGroupId}`} className="underline">{tg("standing.matching.unit", { name: s.name })}</Link>}
                footer={buyerCanPropose && s.suggestionId ? <ProposeForm suggestionId={s.suggestionId} rank={groups.length + i + 1} /> : null}
              />
            ))}
          </div>
        </section>
      ) : null}
    </div>
  );
}

function parseCompare(value: string | string[] | undefined, count: number): [number, number] | null {
  const match = typeof value === "string" ? /^(\d{1,2}),(\d{1,2})$/.exec(value) : null;
  if (!match) return null;
  const a = Number(match[1]);
  const b = Number(match[2]);
  return a !== b && a >= 1 && b >= 1 && a <= count && b <= count ? [a, b] : null;
}

export default withClientMessages(["common", "groups", "ratings.buyer", "ratings.member"], SuggestionsPage);

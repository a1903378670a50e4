import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { changeJobStatus, reviewJob, withdrawHand } from "@/app/jobs/actions";
import { RowAction } from "@/components/admin/row-action";
import { AnswerForm, AskForm, RaiseHandForm } from "@/components/jobs/job-interactions";
import { processName, reasonParams } from "@/components/matching/taxonomy-names";
import { JobDrawings } from "@/components/drawings/job-drawings";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can, NotFoundError } from "@/lib/authz";
import { requirePermission } from "@/lib/authz/guard";
import { isStaffViewer, isVerifiedFirmViewer } from "@/lib/authz/viewer-kinds";
import { getDatabase } from "@/lib/db/client";
import { withClientMessages } from "@/lib/i18n/client-messages";
import { buyerReliability } from "@/lib/jobs/buyer-reliability";
import { buyerStanding, MIN_RATINGS_SHOWN } from "@/lib/ratings/buyer-ratings";
import { whyNotSuggested } from "@/lib/matching-service/why-not-suggested";
import { getJobDetail } from "@/lib/jobs/job-detail";
import { ACCEPTING_STATUSES, EDITABLE_STATUSES, PUBLISHED_STATUSES, nextStatuses } from "@/lib/jobs/state-machine";
import { explainJobForFirm } from "@/lib/matching-service/explain-for-firm";
import { CERTIFICATIONS } from "@/lib/taxonomy/certifications";
import { MATERIALS } from "@/lib/taxonomy/materials";
import { MUNICIPALITY_BY_CODE } from "@/lib/taxonomy/municipalities";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("jobs"))("detail.steps") };
}

async function JobPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ why?: string | string[] }> }) {
  const viewer = await requirePermission("job.view");
  const { id } = await params;
  const askedWhy = (await searchParams).why === "1";
  const detail = await getJobDetail(viewer, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { job, handRaises, isOwner, ref } = detail;
  const db = await getDatabase();
  const t = await getTranslations("jobs");
  const tq = await getTranslations("quotes");
  const tm = await getTranslations("matching");
  const tg = await getTranslations("groups.compose");
  const locale = await getLocale();
  const format = await getFormatter();
  const en = locale === "en";
  const staff = isStaffViewer(viewer);
  const firm = isVerifiedFirmViewer(viewer);
  const [reliability, standing, fit] = await Promise.all([buyerReliability(db.sql, job.buyerOrgId), buyerStanding(db.sql, job.buyerOrgId), firm ? explainJobForFirm(db, viewer, job.id) : null]);
  const ts = await getTranslations("ratings.standing");
  // Only when the firm asks: it reads every candidate, as a suggestion run does.
  const why = firm && askedWhy && fit?.inLatestSuggestions === false ? await whyNotSuggested(db, viewer, job.id) : null;
  const points = (n: number) => format.number(n, { maximumFractionDigits: 1 });
  const yen = (v: bigint | null) => (v === null ? t("detail.notStated") : format.number(Number(v), { style: "currency", currency: "JPY" }));
  const named = (list: readonly { code: string; nameJa: string; nameEn: string }[], code: string | null) => {
    const item = list.find((i) => i.code === code);
    return item ? (en ? item.nameEn : item.nameJa) : code;
  };
  const stepLabel = (s: (typeof job.steps)[number]) => `${s.position}. ${processName(s.processCode, locale)}`;
  const accepting = ACCEPTING_STATUSES.includes(job.status);
  const ownRaised = new Set(handRaises.filter((h) => h.firmId === viewer.firmId).map((h) => h.stepId));
  const buyerMoves = isOwner ? nextStatuses(job.status, "buyer").filter((s) => s !== "OPEN" && s !== "UNDER_REVIEW" && s !== "AWARDED" && s !== "GROUPS_INVITED") : [];

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        eyebrow={`${t("detail.buyer")}: ${en && job.buyerOrg.nameEn ? job.buyerOrg.nameEn : job.buyerOrg.name}`}
        title={(en && job.titleEn) || job.titleJa}
        actions={
          <>
            <span className="self-center rounded-full bg-slate-100 px-3 py-1 text-sm font-bold" data-testid="job-status">{t(`status.${job.status}`)}</span>
            {isOwner && EDITABLE_STATUSES.includes(job.status) ? <ButtonLink href={`/buyer/jobs/${job.id}/edit`} variant="secondary">{t("detail.edit")}</ButtonLink> : null}
            {(isOwner || staff) && PUBLISHED_STATUSES.includes(job.status) && can(viewer, "match.view", ref.resource) ? (
              <ButtonLink href={`/jobs/${job.id}/suggestions`} data-testid="see-suggestions">{t("detail.suggestions")}</ButtonLink>
            ) : null}
            {(isOwner || staff) && PUBLISHED_STATUSES.includes(job.status) && can(viewer, "offer.compare", ref.resource) ? (
              <ButtonLink href={`/jobs/${job.id}/offers`} variant="secondary" data-testid="see-offers">{tq("card.compare")}</ButtonLink>
            ) : null}
            {accepting && can(viewer, "group.compose", ref.resource) ? (
              <ButtonLink href={`/jobs/${job.id}/compose`} variant="secondary" data-testid="compose-group">{tg(isOwner ? "open" : "openFirm")}</ButtonLink>
            ) : null}
          </>
        }
      />

      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="flex min-w-0 flex-col gap-6">
          {(en && job.descriptionEn) || job.descriptionJa ? <p className="whitespace-pre-line">{(en && job.descriptionEn) || job.descriptionJa}</p> : null}
          <Card>
            <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-2">
              <Item label={t("detail.deadline")} value={format.dateTime(job.deadline, { dateStyle: "medium", timeZone: "UTC" })} />
              {job.answerBy ? <Item label={t("detail.answerBy")} value={format.dateTime(job.answerBy, { dateStyle: "medium", timeZone: "UTC" })} /> : null}
              <Item label={t("detail.quantity")} value={`${t("detail.stepQuantity", { n: format.number(job.quantity) })}${job.partName ? ` · ${job.partName}` : ""}`} />
              <Item label={t("detail.budget")} value={job.budgetMinYen === null && job.budgetMaxYen === null ? t("detail.notStated") : t("detail.budgetRange", { min: yen(job.budgetMinYen), max: yen(job.budgetMaxYen) })} />
              <Item label={t("detail.deliveryPlace")} value={[job.deliveryPlace, job.deliveryMunicipalityCode ? (en ? MUNICIPALITY_BY_CODE.get(job.deliveryMunicipalityCode)?.nameEn : MUNICIPALITY_BY_CODE.get(job.deliveryMunicipalityCode)?.nameJa) : null].filter(Boolean).join(" · ") || t("detail.notStated")} />
              {job.leadCertificationCode ? <Item label={t("detail.leadCertification")} value={named(CERTIFICATIONS, job.leadCertificationCode) ?? ""} /> : null}
            </dl>
          </Card>

          <Card>
            <h2 className="mb-3 text-lg font-bold">{t("detail.steps")}</h2>
            <ol className="flex flex-col gap-2" data-testid="job-steps">
              {job.steps.map((s) => {
                const mine = fit?.steps.find((f) => f.stepId === s.id);
                return (
                  <li key={s.id} className="rounded-md border border-slate-200 p-3">
                    <p className="font-bold">{stepLabel(s)}</p>
                    <p className="text-sm text-slate-700">
                      {[s.materialCode ? named(MATERIALS, s.materialCode) : null, s.toleranceUm ? t("detail.stepTolerance", { um: s.toleranceUm }) : null, s.sizeMm ? t("detail.stepSize", { mm: s.sizeMm }) : null, t("detail.stepQuantity", { n: format.number(s.quantity) })].filter(Boolean).join(" · ")}
                    </p>
                    {s.notes ? <p className="text-sm text-slate-600">{s.notes}</p> : null}
                    {mine ? (
                      <p className={`mt-1 text-sm font-bold ${mine.status === "no" ? "text-red-800" : "text-green-800"}`} data-testid={`fit-${s.position}`}>
                        {tm(`fit.${mine.status}`)}
                        {mine.reason ? `：${tm(mine.reason.key.replace(/^matching\./, "") as "firm.noProcess", reasonParams(mine.reason, locale) as Record<string, string>)}` : ""}
                      </p>
                    ) : null}
                  </li>
                );
              })}
            </ol>
            {fit && fit.inLatestSuggestions !== null ? <p className="mt-3 text-sm">{fit.inLatestSuggestions ? tm("fit.suggested") : tm("fit.notSuggested")}</p> : null}
            {fit?.inLatestSuggestions === false && !why ? <Link href={`/jobs/${job.id}?why=1#why`} className="mt-1 inline-block text-sm font-bold text-brand-800 underline" data-testid="why-not-link">{tm("why.ask")}</Link> : null}
            {why ? (
              <div id="why" className="mt-2 rounded-md bg-slate-50 p-3 text-sm" data-testid="why-not">
                {why.kind === "scoresLower" ? (
                  <>
                    <p>{tm("why.scoresLower", { bound: points(why.bound), lowest: points(why.lowest), top: points(why.top) })}</p>
                    {why.mainGap ? <p>{tm("why.mainGap", { term: tm(`terms.${why.mainGap.term}`), points: points(why.mainGap.points) })}</p> : null}
                  </>
                ) : why.kind === "notDiverse" ? (
                  <p>{tm("why.notDiverse", { score: points(why.score), lowest: points(why.lowest) })}</p>
                ) : (
                  <p>{tm(`why.${why.kind}`)}</p>
                )}
              </div>
            ) : null}
          </Card>

          <JobDrawings viewer={viewer} jobId={job.id} drawings={job.attachments} />

          <Card>
            <h2 className="text-lg font-bold">{t("detail.questions")}</h2>
            <p className="mb-3 text-sm text-slate-600">{t("detail.questionsHelp")}</p>
            {job.questions.length === 0 ? <p className="text-sm">{t("detail.noQuestions")}</p> : null}
            <ul className="flex flex-col gap-3" data-testid="questions">
              {job.questions.map((q) => (
                <li key={q.id} className="rounded-md border border-slate-200 p-3">
                  <p className="font-bold">Q. {q.question}</p>
                  {q.answer ? <p className="mt-1">A. {q.answer}</p> : <p className="mt-1 text-sm text-slate-600">{t("detail.unanswered")}</p>}
                  {isOwner && !q.answer ? <AnswerForm questionId={q.id} /> : null}
                </li>
              ))}
            </ul>
            {firm && accepting ? <div className="mt-4"><AskForm jobId={job.id} /></div> : null}
          </Card>
        </div>

        <aside className="flex min-w-0 flex-col gap-6">
          {firm && accepting && viewer.role === "FIRM_ADMIN" ? (
            <Card>
              <h2 className="mb-2 text-lg font-bold">{t("detail.raiseHand")}</h2>
              <RaiseHandForm jobId={job.id} steps={job.steps.map((s) => ({ id: s.id, label: stepLabel(s), canDo: fit?.steps.find((f) => f.stepId === s.id)?.status !== "no", raised: ownRaised.has(s.id) }))} />
              {ownRaised.size ? <div className="mt-3"><RowAction action={withdrawHand} fields={{ jobId: job.id }} label={t("detail.withdraw")} variant="ghost" /></div> : null}
            </Card>
          ) : null}

          {isOwner || staff ? (
            <Card>
              <h2 className="mb-2 text-lg font-bold">{t("detail.handRaises")}</h2>
              {handRaises.length === 0 ? <p className="text-sm">{t("detail.noHandRaises")}</p> : null}
              <ul className="flex flex-col gap-1 text-sm" data-testid="hand-raises">
                {handRaises.map((h) => (
                  <li key={h.id}>
                    <Link href={`/firms/${h.firmId}`} className="font-bold">{en && h.firm.nameEn ? h.firm.nameEn : h.firm.nameJa}</Link> · {stepLabel(job.steps.find((s) => s.id === h.stepId)!)}
                    {h.note ? ` — ${h.note}` : ""}
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}

          {buyerMoves.length || (staff && job.status === "UNDER_REVIEW") ? (
            <Card className="flex flex-col gap-2">
              <h2 className="text-lg font-bold">{t("detail.actions")}</h2>
              {buyerMoves.map((to) => (
                <RowAction key={to} action={changeJobStatus} fields={{ jobId: job.id, to, reason: "" }} label={t(`transition.${to}`)} variant={to === "CANCELLED" ? "danger" : "secondary"} testId={`transition-${to}`} />
              ))}
              {staff && job.status === "UNDER_REVIEW" ? (
                <>
                  <RowAction action={reviewJob} fields={{ jobId: job.id, decision: "publish", reason: "" }} label={t("review.publish")} variant="primary" testId="review-publish" />
                  <RowAction action={reviewJob} fields={{ jobId: job.id, decision: "return", reason: "" }} label={t("review.return")} />
                </>
              ) : null}
            </Card>
          ) : null}

          <Card>
            <h2 className="mb-2 text-lg font-bold">{t("detail.reliability")}</h2>
            {reliability.published === 0 ? (
              <p className="text-sm">{t("detail.noData")}</p>
            ) : (
              <ul className="flex flex-col gap-1 text-sm" data-testid="reliability">
                <li>{t("detail.published", { count: reliability.published })}</li>
                {reliability.awardShare !== null ? <li>{t("detail.awardShare", { percent: format.number(reliability.awardShare, { style: "percent" }) })}</li> : null}
                {reliability.averageDaysToAward !== null ? <li>{t("detail.avgDays", { days: reliability.averageDaysToAward })}</li> : null}
              </ul>
            )}
            <h3 className="mt-3 mb-1 font-bold">{ts("title")}</h3>
            {standing.averages ? (
              <ul className="flex flex-col gap-1 text-sm" data-testid="buyer-standing">
                <li>{ts("count", { count: standing.count })}</li>
                <li>{ts("paymentOnTime", { value: format.number(standing.averages.paymentOnTime, { minimumFractionDigits: 1 }) })}</li>
                <li>{ts("specChanges", { value: format.number(standing.averages.specChanges, { minimumFractionDigits: 1 }) })}</li>
                <li>{ts("communication", { value: format.number(standing.averages.communication, { minimumFractionDigits: 1 }) })}</li>
              </ul>
            ) : (
              <p className="text-sm" data-testid="buyer-standing">{ts("tooFew", { min: MIN_RATINGS_SHOWN, count: standing.count })}</p>
            )}
          </Card>

          {job.statusChanges && job.statusChanges.length ? (
            <Card>
              <h2 className="mb-2 text-lg font-bold">{t("detail.history")}</h2>
              <ol className="flex flex-col gap-1 text-sm">
                {job.statusChanges.map((c, i) => (
                  <li key={i}>
                    {format.dateTime(c.createdAt, { dateStyle: "short", timeStyle: "short" })} · {t(`status.${c.toStatus}`)}
                    {c.reason ? ` — ${c.reason}` : ""}
                  </li>
                ))}
              </ol>
            </Card>
          ) : null}
        </aside>
      </div>
    </div>
  );
}

function Item({ label, value }: { label: string; value: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="break-words font-bold">{value}</dd>
    </div>
  );
}

export default withClientMessages(["common", "drawings.nda", "jobs.detail"], JobPage);

// The quote on a group's page, by who is looking (lib/quotes/quote-view.ts decides what each may
// see): a member prices its own steps with the budget and reference range beside them; the lead
// firm sees every line, the draft's totals and schedule (critical path marked) and sends it; the
// buyer is pointed to the comparison. Versions sent are listed with what became of each.
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { RowAction } from "@/components/admin/row-action";
import { sendOffer } from "@/app/groups/quote-actions";
import { processName } from "@/components/matching/taxonomy-names";
import { Card } from "@/components/ui/card";
import { formatYen } from "@/lib/money/yen";
import { stepAmount } from "@/lib/quotes/offer-totals";
import type { GroupQuotes } from "@/lib/quotes/quote-view";
import { addWorkingDays, isoDay } from "@/lib/quotes/working-days";
import { DeliveryVersusDeadline, OfferFigures } from "./offer-figures";
import { OfferDraftForm, QuoteLineForm } from "./quote-forms";

export async function QuoteCard({ quotes, groupId, locale, today }: { quotes: GroupQuotes; groupId: string; locale: "ja" | "en"; today: string }) {
  const t = await getTranslations("quotes");
  const format = await getFormatter();
  const dateText = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const yen = (amount: bigint) => formatYen(amount, locale);
  const { job, role } = quotes;
  const firmName = (f: { nameJa: string; nameEn: string | null }) => (locale === "en" && f.nameEn) || f.nameJa;
  const draft = quotes.draft;
  return (
    <Card data-testid="quote-card">
      <h2 className="mb-1 text-lg font-bold">{role === "lead" ? t("card.lead") : t("card.title")}</h2>
      {role === "member" || role === "lead" ? <p className="mb-3 text-sm text-slate-700">{t("card.help")}</p> : null}
      {role === "member" ? <p className="mb-3 text-sm text-slate-600">{t("card.memberNote")}</p> : null}
      {role === "buyer" ? (
        <p className="mb-3 text-sm">{t("card.buyerNote")} <Link href={`/jobs/${job.id}/offers`} className="font-bold text-brand-800 underline" data-testid="compare-link">{t("card.compare")}</Link></p>
      ) : null}
      {role !== "buyer" ? (
        <p className="mb-3 text-sm text-slate-700" data-testid="budget">{job.budgetMinYen !== null || job.budgetMaxYen !== null ? t("card.budget", { min: job.budgetMinYen !== null ? yen(job.budgetMinYen) : "—", max: job.budgetMaxYen !== null ? yen(job.budgetMaxYen) : "—" }) : t("card.noBudget")}</p>
      ) : null}

      {quotes.steps.length ? (
        <ol className="flex flex-col gap-3" aria-label={t("card.lines")}>
          {quotes.steps.map((step, i) => {
            const line = step.line;
            const reference = quotes.references.get(step.assignmentId);
            const editable = step.own && quotes.canPrice;
            return (
              <li key={step.assignmentId} className="rounded-md border border-slate-200 p-3" data-testid={`quote-step-${i + 1}`}>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <p className="font-bold">{t("card.step", { position: step.position, process: processName(step.processCode, locale), quantity: step.quantity })}</p>
                  <p className="text-sm">{step.own ? t("card.lineMine") : t("card.firm", { firm: firmName(step.firm) })}</p>
                </div>
                <p className="text-sm text-slate-700">
                  {line ? `${t("card.linePriced", { price: yen(line.unitPriceYen), days: line.leadTimeDays })} · ${t("line.amount", { amount: yen(stepAmount({ ...line, quantity: step.quantity })) })}` : t("card.unpriced")}
                </p>
                {step.own ? (
                  <p className="mt-1 text-sm text-slate-600" data-testid="reference-range">
                    {reference ? t("card.reference", { orders: reference.orders, q1: yen(reference.q1), q3: yen(reference.q3) }) : t("card.noReference")}
                  </p>
                ) : null}
                {editable ? (
                  // Always open: a form that folded away on saving would hide its own success message.
                  <div className="mt-3 border-t border-slate-200 pt-3">
                    <QuoteLineForm
                      assignmentId={step.assignmentId}
                      testId={`quote-line-${i + 1}`}
                      values={{
                        unitPriceYen: line ? line.unitPriceYen.toString() : "", setupYen: line ? line.setupYen.toString() : "0", toolingYen: line ? line.toolingYen.toString() : "0",
                        materialSupply: line?.materialSupply ?? "BUYER", materialYen: line ? line.materialYen.toString() : "0", leadTimeDays: line ? String(line.leadTimeDays) : "",
                        earliestStart: line ? isoDay(line.earliestStart) : today, validUntil: line ? isoDay(line.validUntil) : addWorkingDays(today, 20), conditions: line?.conditions ?? "", version: line?.version ?? -1,
                      }}
                    />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : null}

      {role === "lead" ? (
        <section className="mt-4 flex flex-col gap-3 border-t border-slate-200 pt-3" data-testid="offer-preview">
          <h3 className="font-bold">{t("card.preview")}</h3>
          {quotes.preview ? (
            <>
              <OfferFigures figures={quotes.preview.figures} locale={locale} testId="preview-figures" />
              <DeliveryVersusDeadline delivery={quotes.preview.schedule.delivery} deadline={isoDay(job.deadline)} slackDays={quotes.preview.schedule.slackDays} dateText={dateText} />
              <ol className="flex flex-col gap-1 text-sm" data-testid="preview-schedule">
                {quotes.steps.map((step) => {
                  const plan = quotes.preview!.schedule.parts.get(step.assignmentId)!;
                  return (
                    <li key={step.assignmentId} className={plan.critical ? "font-bold" : ""}>
                      {step.position}. {processName(step.processCode, locale)} · {firmName(step.firm)} · {t("figures.planned", { start: dateText(plan.start), end: dateText(plan.end) })}
                      {plan.transitDaysIn ? ` · ${t("figures.transit", { days: plan.transitDaysIn })}` : ""}
                      {plan.critical ? <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-900">{t("figures.critical")}</span> : null}
                    </li>
                  );
                })}
              </ol>
            </>
          ) : <p className="text-sm text-slate-600">{t("card.previewMissing")}</p>}
          {quotes.canEditOffer ? (
            <details open={!draft?.validUntil}>
              <summary className="min-h-11 cursor-pointer py-2 font-bold text-brand-800">{t("draft.title")}</summary>
              <OfferDraftForm
                groupId={groupId}
                values={{
                  coordinationFeeYen: (draft?.coordinationFeeYen ?? 0n).toString(), transportYen: (draft?.transportYen ?? 0n).toString(), showBreakdown: draft?.showBreakdown ?? true,
                  validUntil: draft?.validUntil ? isoDay(draft.validUntil) : addWorkingDays(today, 15), paymentTerms: draft?.paymentTerms || t("draft.paymentDefault"), deliveryPlace: draft?.deliveryPlace || job.deliveryPlace, conditions: draft?.conditions ?? "",
                }}
              />
            </details>
          ) : null}
          {draft && quotes.preview ? (
            quotes.canSend && draft.validUntil ? (
              <div className="flex flex-col gap-1">
                <p className="text-sm text-slate-600">{t("draft.sendHelp")}</p>
                <RowAction action={sendOffer} fields={{ groupId, offerId: draft.id, rowVersion: String(draft.rowVersion) }} label={t("draft.send")} variant="primary" testId="send-offer" />
              </div>
            ) : !quotes.canSend ? <p className="text-sm text-slate-600">{t("draft.notReady")}</p> : null
          ) : null}
        </section>
      ) : null}

      {quotes.offers.length ? (
        <section className="mt-4 border-t border-slate-200 pt-3" data-testid="offer-versions">
          <h3 className="mb-2 font-bold">{t("card.versions")}</h3>
          <ol className="flex flex-col gap-2 text-sm">
            {quotes.offers.map((offer) => (
              <li key={offer.id} data-testid={`offer-version-${offer.version}`}>
                <p>
                  <span className="font-bold">{t("card.version", { version: offer.version, number: offer.number })}</span> · {t(`status.${offer.status}`)}
                  {offer.sentAt ? ` · ${t("card.sentOn", { date: format.dateTime(offer.sentAt, { dateStyle: "medium" }) })}` : ""}
                  {offer.validUntil ? ` · ${t("card.validUntil", { date: dateText(isoDay(offer.validUntil)) })}` : ""}
                  {offer.totalYen !== null ? ` · ${t("figures.total")} ${yen(offer.totalYen)}` : ""}
                </p>
                {offer.statusChanges.filter((c) => c.comment || c.reason).map((c, i) => (
                  <p key={i} className="ml-3 text-slate-700">{t(`history.${c.toStatus as "SENT"}`)}{c.reason ? ` (${t(`reasons.${c.reason}`)})` : ""}{c.comment ? `: ${c.comment}` : ""}</p>
                ))}
                {role !== "member" ? (
                  <p className="ml-3 flex gap-3"><a className="font-bold text-brand-800 underline" href={`/api/offers/${offer.id}/pdf?lang=ja`}>{t("compare.pdf")}</a><a className="font-bold text-brand-800 underline" href={`/api/offers/${offer.id}/pdf?lang=en`}>{t("compare.pdfEn")}</a></p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </Card>
  );
}

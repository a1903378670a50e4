// The buyer's comparison: one column per group's latest offer. On a phone the columns sit side by
// side in a row that swipes with snap points, each nearly a screen wide so it stays readable; from
// a tablet on they form a grid. Server component; the decisions are small client forms.
import { getFormatter, getTranslations } from "next-intl/server";
import { processName, reasonParams } from "@/components/matching/taxonomy-names";
import type { Reason } from "@/lib/matching";
import { formatYen } from "@/lib/money/yen";
import type { OfferComparison } from "@/lib/quotes/comparison";
import { isoDay } from "@/lib/quotes/working-days";
import { DeliveryVersusDeadline, OfferFigures } from "./offer-figures";
import { AwardOfferForm, DeclineForm, RevisionForm } from "./quote-forms";

const BUDGET_TONE = { within: "bg-green-100 text-green-900", below: "bg-sky-100 text-sky-900", above: "bg-red-100 text-red-900", unknown: "bg-slate-100 text-slate-700" } as const;
const BUDGET_KEY = { within: "budgetWithin", below: "budgetBelow", above: "budgetAbove", unknown: "budgetUnknown" } as const;

export async function OfferComparisonColumns({ comparison, locale, canDecide }: { comparison: OfferComparison; locale: "ja" | "en"; canDecide: boolean }) {
  const t = await getTranslations("quotes");
  const tm = await getTranslations("matching");
  const format = await getFormatter();
  const dateText = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const yen = (amount: bigint) => formatYen(amount, locale);
  const deadline = isoDay(comparison.job.deadline);
  return (
    <section aria-label={t("compare.title")}>
      <p className="mb-2 text-sm text-slate-600 sm:hidden">{t("compare.swipe")}</p>
      <ol className="-mx-4 flex snap-x snap-mandatory gap-3 overflow-x-auto px-4 pb-3 sm:mx-0 sm:grid sm:grid-cols-2 sm:overflow-visible sm:px-0 xl:grid-cols-3" data-testid="offer-columns">
        {comparison.columns.map((column, index) => {
          const { offer, group } = column;
          const lead = column.members.find((m) => m.isLead);
          const live = (offer.status === "SENT" || offer.status === "REVISION_REQUESTED") && !column.lapsed;
          const name = (m: (typeof column.members)[number]) => (locale === "en" && m.name.nameEn) || m.name.nameJa;
          return (
            <li key={group.id} className="flex w-[85vw] max-w-md shrink-0 snap-start flex-col gap-3 rounded-lg border border-slate-300 bg-white p-4 sm:w-auto sm:max-w-none" data-testid={`offer-column-${index + 1}`}>
              <header className="flex flex-col gap-1">
                <p className="text-sm text-slate-600">{t("compare.lead")}</p>
                <h2 className="text-lg font-bold" data-testid="offer-lead">{lead ? name(lead) : "—"}</h2>
                <p className="text-sm">{t("card.version", { version: offer.version, number: offer.number })} · <span className="font-bold" data-testid="offer-status">{column.lapsed ? t("compare.lapsed") : t(`status.${offer.status}`)}</span></p>
              </header>
              <OfferFigures figures={{ subtotalYen: offer.subtotalYen!, taxYen: offer.taxYen!, totalYen: offer.totalYen! }} locale={locale} testId="offer-figures" />
              <p className="flex flex-wrap gap-2 text-sm">
                <span className={`rounded px-2 py-0.5 font-bold ${BUDGET_TONE[column.budget]}`} data-testid="budget-fit">{t(`compare.${BUDGET_KEY[column.budget]}`)}</span>
                <span className={`rounded px-2 py-0.5 font-bold ${group.approved ? "bg-green-100 text-green-900" : "bg-amber-100 text-amber-900"}`}>{group.approved ? t("compare.approved") : t("compare.notApproved")}</span>
              </p>
              {offer.committedDelivery ? <DeliveryVersusDeadline delivery={isoDay(offer.committedDelivery)} deadline={deadline} slackDays={column.slackDays} dateText={dateText} /> : null}
              <p className={`text-sm ${column.lapsed ? "font-bold text-red-800" : "text-slate-700"}`} data-testid="offer-validity">
                {column.lapsed ? t("compare.lapsed") : offer.validUntil ? t("compare.valid", { date: dateText(isoDay(offer.validUntil)), days: Math.max(0, column.validDaysLeft ?? 0) }) : ""}
              </p>
              {offer.paymentTerms ? <p className="text-sm text-slate-700">{t("compare.paymentTerms", { terms: offer.paymentTerms })}</p> : null}

              {offer.lines.length ? (
                <table className="w-full text-sm">
                  <tbody>
                    {offer.lines.map((line) => (
                      <tr key={line.id} className="border-t border-slate-100">
                        <td className="py-1 pr-2">{line.kind === "STEP" ? `${line.stepPosition}. ${processName(line.processCode ?? "", locale)}${line.critical ? " ●" : ""}` : t(line.kind === "COORDINATION" ? "figures.fee" : "figures.transport")}</td>
                        <td className="py-1 text-right tabular-nums">{yen(line.amountYen)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : <p className="text-sm text-slate-600">{t("compare.totalOnly")}</p>}

              <section>
                <h3 className="text-sm font-bold">{t("compare.members")}</h3>
                <ul className="text-sm" data-testid="offer-members">
                  {column.members.map((m) => (
                    <li key={m.firmId}>{name(m)}{m.isLead ? " ★" : ""} · {m.delivered > 0 ? t("compare.record", { count: m.delivered }) : t("compare.noRecord")}{m.quality !== null ? ` · ${t("compare.quality", { score: m.quality })}` : ""}</li>
                  ))}
                </ul>
              </section>
              {group.score !== null ? (
                <section className="text-sm">
                  <h3 className="font-bold">{t("compare.score", { score: format.number(group.score, { maximumFractionDigits: 2 }) })}</h3>
                  <ul className="list-disc pl-5">
                    {group.reasons.slice(0, 4).map((reason, i) => <li key={i}>{tm(reason.key.replace(/^matching\./, "") as "reasons.members", reasonParams(reason as Reason, locale) as Record<string, string>)}</li>)}
                  </ul>
                </section>
              ) : null}

              <p className="flex gap-3 text-sm"><a className="font-bold text-brand-800 underline" href={`/api/offers/${offer.id}/pdf?lang=ja`}>{t("compare.pdf")}</a><a className="font-bold text-brand-800 underline" href={`/api/offers/${offer.id}/pdf?lang=en`}>{t("compare.pdfEn")}</a></p>

              {canDecide && live ? (
                <div className="mt-auto flex flex-col gap-3 border-t border-slate-200 pt-3">
                  {group.approved ? (
                    <>
                      <p className="text-sm">{t("compare.awardHelp", { total: yen(offer.totalYen!) })}</p>
                      <AwardOfferForm groupId={group.id} offerId={offer.id} rowVersion={offer.rowVersion} testId={`award-offer-${index + 1}`} />
                    </>
                  ) : null}
                  {offer.status === "SENT" ? (
                    <details><summary className="min-h-11 cursor-pointer py-2 text-sm font-bold">{t("compare.revision")}</summary><RevisionForm offerId={offer.id} rowVersion={offer.rowVersion} testId={`revision-${index + 1}`} /></details>
                  ) : null}
                  <details><summary className="min-h-11 cursor-pointer py-2 text-sm font-bold">{t("compare.decline")}</summary><DeclineForm offerId={offer.id} rowVersion={offer.rowVersion} testId={`decline-${index + 1}`} /></details>
                </div>
              ) : null}

              <details className="text-sm">
                <summary className="min-h-11 cursor-pointer py-2 font-bold">{t("compare.history")}</summary>
                <ol className="flex flex-col gap-1">
                  {column.history.map((v) => (
                    <li key={v.id}>
                      {t("card.version", { version: v.version, number: v.number })} · {t(`status.${v.status}`)}{v.totalYen !== null ? ` · ${yen(v.totalYen)}` : ""}
                      {v.changes.filter((c) => c.comment || c.reason).map((c, i) => <span key={i} className="block pl-3 text-slate-700">{t(`history.${c.toStatus as "SENT"}`)}{c.reason ? ` (${t(`reasons.${c.reason}`)})` : ""}{c.comment ? `: ${c.comment}` : ""}</span>)}
                    </li>
                  ))}
                </ol>
              </details>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

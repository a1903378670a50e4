// One suggested group: members and lead, the route step by step with distances, each scoring
// term's contribution, and the reasons. Server component; all text from the matching catalogue.
import Link from "@/components/ui/link";
import type React from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { JobStepInput, SuggestedGroup, TermKey } from "@/lib/matching";
import { processName, reasonParams } from "./taxonomy-names";

interface Props {
  group: SuggestedGroup;
  rank: number;
  steps: readonly JobStepInput[];
  /** Display names by firm id. */
  firmNames: Readonly<Record<string, string>>;
  /** Renames the firms a reason names to their display names. */
  renameFirms: (params: Record<string, string | number>) => Record<string, string | number>;
  /** The score rows to show: those that differ between the groups on the page. */
  rows: readonly TermKey[];
  compareHref?: string;
  /** Shown under the card: e.g. the buyer's "invite this group" form. */
  footer?: React.ReactNode;
  /** Instead of "Suggestion N": e.g. the standing group's name. */
  heading?: React.ReactNode;
}

export async function SuggestionCard({ group, rank, steps, firmNames, renameFirms, rows, compareHref, footer, heading }: Props) {
  const t = await getTranslations("matching");
  const locale = await getLocale();
  const name = (id: string) => firmNames[id] ?? id;
  const stepById = new Map(steps.map((s) => [s.id, s]));
  return (
    <Card as="article" className="flex flex-col gap-5" data-testid={`suggestion-${rank}`}>
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-bold" id={`suggestion-${rank}-title`}>{heading ?? t("rank", { rank })}</h2>
        <p className="text-2xl font-bold text-brand-800" data-testid="suggestion-score">
          {t("score", { score: group.score.toFixed(1) })}
        </p>
      </header>
      <p className="text-sm text-slate-700">
        {t("lead")}: <strong className="text-slate-900">{name(group.leadFirmId)}</strong> · {t("members", { count: group.memberIds.length })}
      </p>

      <section aria-labelledby={`suggestion-${rank}-title suggestion-${rank}-route`}>
        <h3 className="mb-2 text-sm font-bold text-slate-700" id={`suggestion-${rank}-route`}>{t("route")}</h3>
        <ol className="flex flex-col gap-0" data-testid="route">
          {group.assignments.map((assignment, i) => {
            const step = stepById.get(assignment.stepId)!;
            const leg = group.legs.find((l) => l.fromStepId === assignment.stepId);
            return (
              <li key={assignment.stepId} className="flex flex-col">
                <div className="flex items-start gap-3 rounded-md border border-slate-200 bg-slate-50 px-3 py-2">
                  <span className="mt-0.5 inline-flex size-6 shrink-0 items-center justify-center rounded-full bg-brand-700 text-xs font-bold text-white">{i + 1}</span>
                  <div className="min-w-0">
                    <p className="font-bold">{processName(step.processCode, locale)}</p>
                    <p className="break-words text-sm text-slate-700">
                      {assignment.parts.map((p) => (assignment.parts.length > 1 ? `${name(p.firmId)} (${p.quantity.toLocaleString(locale)})` : name(p.firmId))).join(" ＋ ")}
                    </p>
                  </div>
                </div>
                {leg ? (
                  <p className="ml-3 border-l-2 border-dashed border-slate-300 py-1 pl-5 text-xs text-slate-600">
                    ↓ {leg.toStepId === null ? `${t("toDelivery")} · ` : ""}
                    {t("km", { km: leg.km.toFixed(1) })}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby={`suggestion-${rank}-title suggestion-${rank}-terms`}>
        <h3 className="mb-2 text-sm font-bold text-slate-700" id={`suggestion-${rank}-terms`}>{t("terms.title")}</h3>
        <dl className="grid grid-cols-1 gap-1.5" data-testid="terms">
          {rows.map((key) => {
            const term = group.terms[key];
            return (
              <div key={key} className="grid grid-cols-[minmax(0,1fr)_3.5rem] items-center gap-2 text-sm">
                <dt className="min-w-0">
                  <span className="block truncate">{t(`terms.${key}`)}</span>
                  <span className="mt-0.5 block h-2 rounded-full bg-slate-200" aria-hidden="true">
                    <span className="block h-2 rounded-full bg-brand-600" style={{ width: `${Math.round(term.value * 100)}%` }} />
                  </span>
                </dt>
                <dd className="text-right tabular-nums">
                  {term.contribution.toFixed(1)}
                  <span className="text-slate-500">/{term.weight}</span>
                </dd>
              </div>
            );
          })}
        </dl>
        {rows.length < Object.keys(group.terms).length ? <p className="mt-1 text-xs text-slate-600">{t("terms.sameHidden")}</p> : null}
      </section>

      <section aria-labelledby={`suggestion-${rank}-title suggestion-${rank}-reasons`}>
        <h3 className="mb-2 text-sm font-bold text-slate-700" id={`suggestion-${rank}-reasons`}>{t("reasonsTitle")}</h3>
        <ul className="list-disc space-y-1 pl-5 text-sm" data-testid="reasons">
          {group.reasons.map((reason, i) => (
            <li key={i}>{t(reason.key.replace(/^matching\./, "") as "reasons.members", renameFirms(reasonParams(reason, locale)) as Record<string, string>)}</li>
          ))}
        </ul>
      </section>

      {compareHref ? (
        <Link href={compareHref} className="self-start text-sm font-bold text-brand-800 underline" data-testid={`compare-${rank}`}>
          {t("compare")}
        </Link>
      ) : null}
      {footer}
    </Card>
  );
}

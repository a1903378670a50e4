// On a group's page: its members that are down now, the steps they leave, and the best few firms
// to take them over with the rest of the route kept (lib/outages/substitutes.ts); the lead asks one
// in a tap. Shown to the group's members and staff; the buttons only to those who may ask.
import { getLocale, getTranslations } from "next-intl/server";
import { RowAction } from "@/components/admin/row-action";
import { processName, reasonParams } from "@/components/matching/taxonomy-names";
import { Card } from "@/components/ui/card";
import { proposeSubstitute } from "@/app/outages/actions";
import type { DownMember } from "@/lib/outages/substitutes";
import { periodText } from "@/lib/outages/period";

export async function DownMembersCard({ groupId, members, canPropose, substitutable }: { groupId: string; members: DownMember[]; canPropose: boolean; substitutable: boolean }) {
  if (members.length === 0) return null;
  const [t, tm, locale] = await Promise.all([getTranslations("outages"), getTranslations("matching"), getLocale()]);
  const en = locale === "en";
  return (
    <Card className="border-red-300" data-testid="down-members">
      <h2 className="mb-2 text-lg font-bold">{t("group.title")}</h2>
      <ul className="flex flex-col gap-4">
        {members.map((m) => {
          const period = periodText(m.outage.startsOn, m.outage.endsOn);
          return (
            <li key={m.memberId} className="flex flex-col gap-2">
              <p className="font-bold">{t("group.member", { firm: m.name, kind: t(`kinds.${m.outage.kind}`), period: en ? period.en : period.ja })}</p>
              {m.isLead ? <p className="text-sm text-red-900">{t("group.leadDown")}</p> : null}
              <ul className="text-sm">
                {m.openSteps.map((s) => <li key={s.assignmentId}>{t("group.remaining", { position: s.position, process: processName(s.processCode, locale), remaining: s.remaining })}</li>)}
              </ul>
              {m.proposal ? <p className="text-sm font-bold" data-testid="substitution-pending">{t("group.asked", { name: m.proposal.name })}</p> : null}
              {!m.proposal && canPropose ? (
                <>
                  {!substitutable ? <p className="text-sm">{t("group.beforeOrder")}</p> : null}
                  {m.options.length === 0 ? <p className="text-sm">{m.infeasible[0] ? tm(m.infeasible[0].key.replace(/^matching\./, "") as "infeasible.noSubstitutes", reasonParams(m.infeasible[0], locale) as Record<string, string>) : t("group.none")}</p> : null}
                  <ol className="flex flex-col gap-3" data-testid="substitutes">
                    {m.options.map((o) => (
                      <li key={o.firmId} className="rounded-md border border-slate-200 p-3">
                        <p className="font-bold">{o.name} · {t("group.score", { score: o.score })}</p>
                        <ul className="mb-2 list-disc pl-5 text-sm">
                          {o.reasons.map((r, i) => <li key={i}>{tm(r.key.replace(/^matching\./, "") as "reasons.members", reasonParams(r, locale) as Record<string, string>)}</li>)}
                        </ul>
                        {substitutable ? <RowAction action={proposeSubstitute} fields={{ groupId, memberId: m.memberId, firmId: o.firmId }} label={t("group.ask", { name: o.name })} variant="primary" testId="substitute-ask" /> : null}
                      </li>
                    ))}
                  </ol>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}

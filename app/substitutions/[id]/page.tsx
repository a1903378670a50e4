// The substitute firm's admin answers a request to take over a down member's steps.
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AnswerSubstitutionForm } from "@/components/outages/answer-form";
import { processName } from "@/components/matching/taxonomy-names";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ForbiddenError, NotFoundError } from "@/lib/authz";
import { requirePermission } from "@/lib/authz/guard";
import { isoDay } from "@/lib/capacity/weeks";
import { getDatabase } from "@/lib/db/client";
import { withClientMessages } from "@/lib/i18n/client-messages";
import { periodText } from "@/lib/outages/period";
import { loadSubstitution } from "@/lib/outages/substitution";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outages.answer"))("title") };
}

async function SubstitutionPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("substitution.answer");
  const { id } = await params;
  const s = await loadSubstitution(await getDatabase(), viewer, id).catch((error: unknown) => {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) notFound();
    throw error;
  });
  const [t, locale] = await Promise.all([getTranslations("outages"), getLocale()]);
  const en = locale === "en";
  const period = s.outage ? periodText(isoDay(s.outage.startsOn), s.outage.endsOn ? isoDay(s.outage.endsOn) : null) : null;
  const job = s.group.job;
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t("answer.title")} description={t("answer.intro", { firm: (en && s.fromMember.firm.nameEn) || s.fromMember.firm.nameJa, kind: s.outage ? t(`kinds.${s.outage.kind}`) : "—", period: period ? (en ? period.en : period.ja) : "—" })} />
      <Card className="flex flex-col gap-2">
        {job ? <p className="font-bold">{t("answer.job", { title: (en && job.titleEn) || job.titleJa, deadline: isoDay(job.deadline) })}</p> : null}
        <ul className="flex flex-col gap-1 text-sm" data-testid="substitution-steps">
          {s.steps.map((a) => <li key={a.id}>{t("answer.step", { position: a.jobStep?.position ?? 0, process: processName(a.processCode, locale), quantity: a.quantity, percent: a.percentComplete })}</li>)}
        </ul>
        <p className="font-bold" data-testid="substitution-status">{t(`answer.status.${s.status}`)}</p>
        {s.status === "PROPOSED" ? <AnswerSubstitutionForm substitutionId={s.id} version={s.version} /> : null}
        {s.status === "ACCEPTED" ? <Link href={`/groups/${s.group.id}`} className="min-h-11 py-2 font-bold underline">{t("answer.accepted")}</Link> : null}
      </Card>
    </div>
  );
}

export default withClientMessages(["common", "outages.answer"], SubstitutionPage);

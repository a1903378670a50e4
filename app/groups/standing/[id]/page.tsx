import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { RespondForm } from "@/components/groups/group-forms";
import { ApprovalsCard } from "@/components/groups/approvals-card";
import { StandingCapabilities } from "@/components/groups/standing-capabilities";
import { AskApprovalForm, EndStandingForm, RemoveMemberForm, StandingProfileForm } from "@/components/groups/standing-forms";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { can, NotFoundError } from "@/lib/authz";
import { requirePermission } from "@/lib/authz/guard";
import { getDatabase } from "@/lib/db/client";
import { LIVE_STANDING_STATUSES } from "@/lib/groups/standing/form";
import { loadStandingProfile } from "@/lib/groups/standing/profile";
import { withClientMessages } from "@/lib/i18n/client-messages";
import { MUNICIPALITY_BY_CODE } from "@/lib/taxonomy/municipalities";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("groups.standing"))("title") };
}

async function StandingGroupPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("firm.directory.view");
  const { id } = await params;
  const db = await getDatabase();
  const { group, resource, capabilities, record } = await loadStandingProfile(db, viewer, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const [t, locale, format] = await Promise.all([getTranslations("groups"), getLocale(), getFormatter()]);
  const en = locale === "en";
  const live = (LIVE_STANDING_STATUSES as readonly string[]).includes(group.status);
  const lead = viewer.firmId === group.leadFirmId && viewer.role === "FIRM_ADMIN";
  const manages = live && can(viewer, "group.update", resource);
  const own = group.members.find((m) => m.firmId === viewer.firmId && (m.status === "INVITED" || m.status === "ACCEPTED"));
  const shown = group.members.filter((m) => m.status === "ACCEPTED" || m.status === "INVITED" || manages);
  const lastChange = group.statusChanges[0];
  const description = (en && group.descriptionEn) || group.descriptionJa;
  const originTitle = group.originGroup?.job ? (en && group.originGroup.job.titleEn) || group.originGroup.job.titleJa : null;
  const rating = (value: number | null) => (value === null ? "—" : format.number(value, { maximumFractionDigits: 1 }));

  return (
    <div className="flex min-w-0 flex-col gap-4">
      <PageHeader
        eyebrow={t("standing.eyebrow")}
        title={group.name}
        description={group.formedAt ? t("standing.formedOn", { date: format.dateTime(group.formedAt, { dateStyle: "medium" }) }) : undefined}
        actions={<span className="self-center rounded-full bg-slate-100 px-3 py-1 text-sm font-bold" data-testid="standing-status">{t(`standing.status.${group.status}` as "standing.status.APPROVED")}</span>}
      />
      {description ? <p className="max-w-3xl whitespace-pre-line text-slate-800">{description}</p> : null}

      {group.status === "SENT_BACK" && lastChange?.comment ? <Notice tone="warning" title={t("standing.sentBack")}>{lastChange.comment}</Notice> : null}
      {(group.status === "CANCELLED" || group.status === "DISSOLVED") && lastChange?.comment ? (
        <Notice tone="info" title={t(`standing.status.${group.status}`)}>{lastChange.comment.startsWith("system:") ? t(`detail.system.${lastChange.comment.slice(7)}` as "detail.system.tooFewMembers") : lastChange.comment}</Notice>
      ) : null}

      {own?.status === "INVITED" && group.status === "INVITING" && viewer.role === "FIRM_ADMIN" ? (
        <Card className="border-brand-300">
          <h2 className="mb-1 text-lg font-bold">{t("standing.respondTitle")}</h2>
          <p className="mb-3 text-sm text-slate-700">{t("standing.respondHelp")}</p>
          <RespondForm groupId={group.id} version={own.version} />
        </Card>
      ) : null}

      <Card>
        <h2 className="mb-3 text-lg font-bold">{t("standing.members")}</h2>
        <ul className="flex flex-col gap-3" data-testid="standing-members">
          {shown.map((m) => {
            const area = MUNICIPALITY_BY_CODE.get(m.firm.municipalityCode);
            return (
              <li key={m.id} className="flex flex-col gap-1 border-b border-slate-100 pb-3 last:border-0 last:pb-0">
                <span className="flex flex-wrap items-baseline gap-x-2">
                  <Link href={`/firms/${m.firmId}`} className="font-bold text-brand-800 underline">{(en && m.firm.nameEn) || m.firm.nameJa}</Link>
                  {m.isLead ? <span className="rounded bg-brand-100 px-2 text-sm font-bold">{t("detail.lead")}</span> : null}
                  {group.status !== "APPROVED" ? <span className="text-sm">{t(`memberStatus.${m.status}`)}</span> : null}
                </span>
                <span className="text-sm text-slate-700">{area ? (en ? area.nameEn : area.nameJa) : ""} · {(en && m.firm.association.nameEn) || m.firm.association.nameJa}</span>
                {m.declineReason && manages ? <span className="text-sm text-slate-600">{m.declineReason}</span> : null}
                {manages && m.status === "INVITED" && !m.isLead ? <RemoveMemberForm groupId={group.id} memberId={m.id} leaving={false} /> : null}
              </li>
            );
          })}
        </ul>
      </Card>

      <StandingCapabilities capabilities={capabilities} />

      <Card>
        <h2 className="mb-2 text-lg font-bold">{t("standing.record")}</h2>
        <p data-testid="standing-record">{t("standing.recordLine", { jobs: record.jobs, rated: record.rated, quality: rating(record.averageQuality), delivery: rating(record.averageDelivery) })}</p>
        {originTitle && can(viewer, "group.view", resource) ? <p className="mt-1 text-sm"><Link href={`/groups/${group.originGroup!.id}`} className="underline">{t("standing.origin", { job: originTitle })}</Link></p> : null}
      </Card>

      <ApprovalsCard approvals={group.approvals} viewer={viewer} resource={resource} awaiting={group.status === "PENDING_APPROVAL"} />

      {manages ? (
        <Card>
          <h2 className="mb-3 text-lg font-bold">{t("standing.manage.title")}</h2>
          <div className="flex flex-col gap-6">
            <StandingProfileForm groupId={group.id} version={group.version} profile={{ name: group.name, descriptionJa: group.descriptionJa, descriptionEn: group.descriptionEn }} />
            {group.status === "SENT_BACK" && lead ? <AskApprovalForm groupId={group.id} version={group.version} /> : null}
            <EndStandingForm groupId={group.id} version={group.version} formed={group.status === "APPROVED"} />
          </div>
        </Card>
      ) : null}

      {live && own?.status === "ACCEPTED" && !own.isLead && viewer.role === "FIRM_ADMIN" ? (
        <Card>
          <h2 className="mb-2 text-lg font-bold">{t("standing.manage.leaveTitle")}</h2>
          <RemoveMemberForm groupId={group.id} memberId={own.id} leaving />
        </Card>
      ) : null}
    </div>
  );
}

export default withClientMessages(["common", "groups", "ratings.buyer", "ratings.member"], StandingGroupPage);

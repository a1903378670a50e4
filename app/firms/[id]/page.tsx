import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { CapabilitiesSection, CertificationsSection, EquipmentSection, RecordSection } from "@/components/directory/firm-details";
import { InquiryForm } from "@/components/inquiries/inquiry-forms";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { can, NotFoundError } from "@/lib/authz";
import { withClientMessages } from "@/lib/i18n/client-messages";
import { firmsDownToday } from "@/lib/outages/overview";
import { requirePermission } from "@/lib/authz/guard";
import { loadFirmPage } from "@/lib/directory/firm-page";
import { getDatabase } from "@/lib/db/client";
import { scorecardSummary } from "@/lib/quality/scorecard";
import { MUNICIPALITY_BY_CODE } from "@/lib/taxonomy/municipalities";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("directory"))("title") };
}

async function FirmDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("firm.view");
  const { id } = await params;
  const firm = await loadFirmPage(viewer, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const [t, locale, format, tq] = await Promise.all([getTranslations("directory"), getLocale(), getFormatter(), getTranslations("quality.scorecard")]);
  const db = await getDatabase();
  const scorecard = await scorecardSummary(db, viewer, firm.id);
  const down = (await firmsDownToday(db, [firm.id])).has(firm.id);
  const mayDeclareOutage = can(viewer, "outage.declare", { type: "firm", id: firm.id, associationId: firm.associationId, federationId: firm.association.federationId, status: firm.status });
  const to = await getTranslations("outages");
  const en = locale === "en";
  const area = MUNICIPALITY_BY_CODE.get(firm.municipalityCode);
  const formatDate = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const formatNumber = (n: number) => format.number(n);
  const sectionProps = { firm, t, locale, formatNumber, formatDate };
  const description = (en && firm.descriptionEn) || firm.descriptionJa;
  const strengths = (en && firm.strengthsEn) || firm.strengthsJa;

  return (
    <div className="flex min-w-0 flex-col gap-4">
      <Link href="/directory" className="min-h-11 self-start py-2 font-bold underline">{t("firm.back")}</Link>
      <PageHeader
        title={
          <span className="flex items-center gap-3">
            {/* eslint-disable-next-line @next/next/no-img-element -- served by the access-checked firm image route */}
            {firm.logoAttachmentId ? <img src={`/api/firm/images/${firm.id}/${firm.logoAttachmentId}`} alt="" className="h-12 w-12 shrink-0 rounded object-contain" /> : null}
            <span className="min-w-0 break-words" data-testid="firm-name">{(en && firm.nameEn) || firm.nameJa}</span>
          </span>
        }
        eyebrow={area ? (en ? area.nameEn : area.nameJa) : undefined}
        description={firm.nameKana && !en ? firm.nameKana : undefined}
        actions={firm.isOwn && viewer.role === "FIRM_ADMIN" ? <ButtonLink href="/firm/profile" variant="secondary">{t("firm.edit")}</ButtonLink> : undefined}
      />
      {firm.status !== "VERIFIED" ? <Notice tone="warning">{t("firm.pending")}</Notice> : null}
      {firm.stale ? <Notice tone="warning" data-testid="firm-stale">{t("firm.stale")}</Notice> : null}
      {firm.isOwn ? <Notice tone="info">{t("firm.own")}</Notice> : null}
      {down ? <Notice tone="warning" data-testid="firm-down">{to("badge")}</Notice> : null}
      {mayDeclareOutage ? <ButtonLink href={`/firms/${firm.id}/outage`} variant="secondary" className="self-start">{to("link")}</ButtonLink> : null}
      <Card className="flex flex-wrap items-center justify-between gap-2" data-testid="firm-grade">
        <span className="font-bold">{scorecard.grade ? tq("grade", { grade: scorecard.grade.grade, month: scorecard.grade.month }) : tq("noGrade")}</span>
        {scorecard.full ? <ButtonLink href={`/firms/${firm.id}/scorecard`} variant="secondary" size="sm">{tq("open")}</ButtonLink> : null}
      </Card>

      <div className="grid min-w-0 gap-4 lg:grid-cols-2">
        <Card className="flex flex-col gap-3" aria-labelledby="firm-basics">
          <h2 id="firm-basics" className="text-lg font-bold">{t("firm.basics")}</h2>
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
            <dt className="text-slate-600">{t("firm.address")}</dt>
            <dd className="break-words">{firm.address}</dd>
            <dt className="text-slate-600">{t("firm.employees")}</dt>
            <dd>{formatNumber(firm.employees)}</dd>
            {firm.foundedYear ? (<><dt className="text-slate-600">{t("firm.founded")}</dt><dd>{firm.foundedYear}</dd></>) : null}
            <dt className="text-slate-600">{t("firm.association")}</dt>
            <dd className="break-words">{en ? firm.association.nameEn : firm.association.nameJa}</dd>
            {firm.website ? (<><dt className="text-slate-600">{t("firm.website")}</dt><dd className="break-all"><a href={firm.website} rel="noopener noreferrer nofollow" target="_blank" className="underline">{firm.website}</a></dd></>) : null}
          </dl>
          <p className="text-sm text-slate-600" data-testid="firm-confirmed">{t("firm.confirmed", { date: formatDate(firm.profileConfirmedAt) })}</p>
        </Card>
        <Card className="flex flex-col gap-3" aria-labelledby="firm-about">
          <h2 id="firm-about" className="text-lg font-bold">{t("firm.description")}</h2>
          <p className="whitespace-pre-line break-words text-sm">{description || t("firm.none")}</p>
          {strengths ? (<><h3 className="font-bold">{t("firm.strengths")}</h3><p className="whitespace-pre-line break-words text-sm">{strengths}</p></>) : null}
        </Card>
        <CapabilitiesSection {...sectionProps} />
        <EquipmentSection {...sectionProps} />
        <CertificationsSection {...sectionProps} />
        <RecordSection {...sectionProps} />
      </div>
      {firm.standingGroups.length ? (
        <Card className="flex flex-col gap-2" aria-labelledby="firm-standing" data-testid="firm-standing-groups">
          <h2 id="firm-standing" className="text-lg font-bold">{t("firm.standingGroups")}</h2>
          <ul className="flex flex-col gap-1 text-sm">
            {firm.standingGroups.map((g) => (
              <li key={g.id}>
                <Link href={`/groups/standing/${g.id}`} className="font-bold text-brand-800 underline">{g.name}</Link> · {t(g.leads ? "firm.standingLead" : "firm.standingMember", { firms: g.firms })}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {firm.photos.length ? (
        <Card className="flex flex-col gap-3" aria-labelledby="firm-photos">
          <h2 id="firm-photos" className="text-lg font-bold">{t("firm.photos")}</h2>
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {firm.photos.map((photo) => (
              <li key={photo.id}>
                {/* eslint-disable-next-line @next/next/no-img-element -- served by the access-checked firm image route */}
                <img src={`/api/firm/images/${firm.id}/${photo.id}`} alt={photo.fileName} loading="lazy" className="aspect-[4/3] w-full rounded border border-slate-200 object-cover" />
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {firm.canContact ? (
        <Card className="flex flex-col gap-2" aria-labelledby="firm-contact">
          <h2 id="firm-contact" className="text-lg font-bold">{t("firm.contact")}</h2>
          <p className="text-sm">{t("firm.contactHint")}</p>
          <InquiryForm firmId={firm.id} />
        </Card>
      ) : null}
    </div>
  );
}

export default withClientMessages(["common", "inquiries.form"], FirmDetailPage);

import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { processName } from "@/components/matching/taxonomy-names";
import { RaiseNcForm } from "@/components/quality/nc-forms";
import { NcStatusBadge } from "@/components/quality/nc-status-badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { NotFoundError } from "@/lib/authz";
import { requirePermission } from "@/lib/authz/guard";
import { getDatabase } from "@/lib/db/client";
import { withClientMessages } from "@/lib/i18n/client-messages";
import { groupNonConformances } from "@/lib/quality/nc-view";
import { qualityOverview } from "@/lib/quality/overview";
import { addPlanTemplate, removePlanCharacteristic } from "@/app/groups/inspection-actions";
import { RowAction } from "@/components/admin/row-action";
import { AddCharacteristicForm, DeliveryDocumentForm } from "@/components/quality/plan-forms";
import { ButtonLink } from "@/components/ui/button";
import { limitsText } from "@/lib/quality/limits-text";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("quality"))("title") };
}

async function GroupQualityPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("progress.view");
  const { id } = await params;
  const db = await getDatabase();
  const [overview, ncs] = await Promise.all([qualityOverview(db, viewer, id), groupNonConformances(db, viewer, id)]).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("quality");
  const locale = await getLocale();
  const format = await getFormatter();
  const en = locale === "en";
  const firm = (m: { firm: { nameJa: string; nameEn: string | null } }) => (en && m.firm.nameEn) || m.firm.nameJa;
  const { group, plan, lots, documents } = overview;
  const td = await getTranslations("quality.documents");
  const docLink = (d: (typeof documents)[number]) => (
    <a key={d.id} href={`/api/group-files/${d.attachment.id}`} className="underline" data-testid="document-link">{td(d.kind)}: {d.attachment.fileName}</a>
  );
  const tp = await getTranslations("quality.plan");
  const tm = await getTranslations("quality.measure");
  const stations = [...group.assignments.map((a) => ({ id: a.id as string | null, label: tp("step", { position: a.jobStep?.position ?? "", process: processName(a.processCode, locale), firm: firm(a.member) }), processCode: a.processCode })), { id: null, label: tp("final"), processCode: null }];
  const stationLabel = new Map(stations.map((s) => [s.id, s.label]));
  const steps = group.assignments.map((a) => ({ value: a.id, label: `${a.jobStep?.position ?? ""}. ${processName(a.processCode, locale)} · ${firm(a.member)}` }));

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        eyebrow={<Link href={`/groups/${group.id}`} className="underline">{group.job ? (en && group.job.titleEn) || group.job.titleJa : ""}</Link>}
        title={t("title")}
      />
      <Card data-testid="inspection-plan">
        <h2 className="text-lg font-bold">{tp("title")}</h2>
        <p className="mb-3 text-sm text-slate-700">{tp("help")}</p>
        <ol className="flex flex-col gap-4">
          {stations.map((station) => {
            const items = plan.filter((c) => c.assignmentId === station.id);
            const key = station.id ?? "final";
            return (
              <li key={key} className="rounded-md border border-slate-200 p-3" data-testid={`plan-${key}`}>
                <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
                  <h3 className="font-bold">{station.label}</h3>
                  {overview.inspectable.has(station.id) && items.length ? <ButtonLink href={`/groups/${group.id}/quality/measure?step=${key}`} size="sm" data-testid={`measure-${key}`}>{tm("start")}</ButtonLink> : null}
                </div>
                {items.length === 0 ? <p className="text-sm text-slate-600">{tp("none")}</p> : (
                  <ul className="flex flex-col gap-1 text-sm">
                    {items.map((c) => (
                      <li key={c.id} className="flex flex-wrap items-center justify-between gap-2">
                        <span className="break-words"><span className="font-bold">{c.name}</span>{c.unit ? ` (${c.unit})` : ""} · {limitsText(c, tp("goNoGo"))}{c.method ? ` · ${c.method}` : ""}</span>
                        {overview.canPlan && !c.measured ? <RowAction action={removePlanCharacteristic} fields={{ characteristicId: c.id }} label={tp("remove")} variant="ghost" /> : null}
                      </li>
                    ))}
                  </ul>
                )}
                {overview.canPlan ? (
                  <div className="mt-2 flex flex-col gap-2">
                    <RowAction action={addPlanTemplate} fields={{ groupId: group.id, assignmentId: key }} label={station.processCode ? tp("template", { process: processName(station.processCode, locale) }) : tp("templateFinal")} testId={`template-${key}`} />
                    <details>
                      <summary className="min-h-11 cursor-pointer py-2 text-sm font-bold">{tp("addTitle")}</summary>
                      <AddCharacteristicForm groupId={group.id} step={station.id ?? ""} />
                    </details>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      </Card>

      <Card data-testid="inspection-lots">
        <h2 className="mb-2 text-lg font-bold">{tm("lots")}</h2>
        {lots.length === 0 ? <p className="text-sm text-slate-700">{tm("noLots")}</p> : (
          <ul className="flex flex-col divide-y divide-slate-200 text-sm">
            {lots.map((lot) => (
              <li key={lot.id} className="flex flex-col gap-1 py-2" data-testid="lot-row">
                <span className="font-bold">{stationLabel.get(lot.assignmentId) ?? ""}</span>
                <span>{tm("lotLine", { lot: lot.lotNumber, quantity: lot.lotQuantity, sample: lot.sampleSize })} · {format.dateTime(lot.inspectedAt, { dateStyle: "medium" })}</span>
                <span className="flex flex-wrap items-center gap-3">
                  <span className={lot.nonconformingUnits ? "font-bold text-red-800" : "font-bold text-green-800"}>{lot.nonconformingUnits ? tm("fail", { count: lot.nonconformingUnits }) : tm("pass")}</span>
                  <a href={`/api/inspection-lots/${lot.id}/report`} className="underline" data-testid="lot-report">{tm("report")}</a>
                  <a href={`/api/inspection-lots/${lot.id}/report?lang=en`} className="underline">{tm("reportEn")}</a>
                  {lot.nonConformances.map((n) => <Link key={n.id} href={`/groups/${group.id}/quality/nc/${n.id}`} className="underline">{t("nc.title")}</Link>)}
                  {documents.filter((d) => d.lotId === lot.id).map(docLink)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card data-testid="delivery-documents">
        <h2 className="text-lg font-bold">{td("title")}</h2>
        <p className="mb-3 text-sm text-slate-700">{td("help")}</p>
        {documents.filter((d) => d.lotId === null).length ? (
          <p className="mb-3 flex flex-col gap-1 text-sm"><span className="font-bold">{td("wholeDelivery")}</span>{documents.filter((d) => d.lotId === null).map(docLink)}</p>
        ) : documents.length === 0 ? <p className="mb-3 text-sm text-slate-600">{td("none")}</p> : null}
        {overview.canAttach ? <DeliveryDocumentForm groupId={group.id} lots={lots.map((l) => ({ value: l.id, label: `${l.lotNumber} · ${stationLabel.get(l.assignmentId) ?? ""}` }))} /> : null}
      </Card>

      <Card data-testid="nc-list">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="text-lg font-bold">{t("nc.list")}</h2>
          {ncs.openCount ? <span className="text-sm font-bold text-red-800">{t("nc.open", { count: ncs.openCount })}</span> : null}
        </div>
        {ncs.list.length === 0 ? <p className="text-sm text-slate-700">{t("nc.none")}</p> : (
          <ul className="flex flex-col divide-y divide-slate-200">
            {ncs.list.map((nc) => (
              <li key={nc.id} className="py-2">
                <Link href={`/groups/${group.id}/quality/nc/${nc.id}`} className="flex min-h-11 flex-col gap-1 underline-offset-2 hover:underline" data-testid="nc-link">
                  <span className="flex flex-wrap items-center gap-2"><NcStatusBadge status={nc.status} /><span className="text-xs text-slate-600">{format.dateTime(nc.createdAt, { dateStyle: "medium" })} · {t(`nc.source.${nc.source}`)}</span></span>
                  <span className="break-words font-bold">{nc.description}</span>
                  {nc.responsibleMember ? <span className="text-sm text-slate-700">{t("nc.field.responsible")}: {firm(nc.responsibleMember)}</span> : null}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
      {ncs.canRaise ? (
        <Card>
          <details>
            <summary className="min-h-11 cursor-pointer py-2 text-lg font-bold" data-testid="raise-nc-open">{t("nc.raise.title")}</summary>
            <p className="mb-3 text-sm text-slate-700">{t("nc.raise.help")}</p>
            <RaiseNcForm groupId={group.id} steps={steps} />
          </details>
        </Card>
      ) : null}
    </div>
  );
}

export default withClientMessages(["common", "quality.documents", "quality.nc", "quality.plan"], GroupQualityPage);

import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { acknowledgeNonConformanceCost, resolveNcReturn } from "@/app/groups/nc-actions";
import { RowAction } from "@/components/admin/row-action";
import { processName } from "@/components/matching/taxonomy-names";
import { AssignNcForm, MoveNcForm, RmaForm } from "@/components/quality/nc-forms";
import { NcStatusBadge } from "@/components/quality/nc-status-badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { NotFoundError } from "@/lib/authz";
import { requirePermission } from "@/lib/authz/guard";
import { getDatabase } from "@/lib/db/client";
import { withClientMessages } from "@/lib/i18n/client-messages";
import { NC_NEXT_PARTY } from "@/lib/quality/nc-lifecycle";
import { nonConformanceDetail } from "@/lib/quality/nc-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("quality.nc"))("title") };
}

async function NonConformancePage({ params }: { params: Promise<{ id: string; ncId: string }> }) {
  const viewer = await requirePermission("progress.view");
  const { id, ncId } = await params;
  const db = await getDatabase();
  const detail = await nonConformanceDetail(db, viewer, id, ncId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { nc } = detail;
  const t = await getTranslations("quality.nc");
  const locale = await getLocale();
  const format = await getFormatter();
  const en = locale === "en";
  const name = (f: { nameJa: string; nameEn: string | null } | null | undefined) => (f ? (en && f.nameEn) || f.nameJa : "—");
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "—");
  const party = NC_NEXT_PARTY[nc.status];
  const forward = detail.moves.filter((m) => m !== "ASSIGNED" && m !== "WITHDRAWN" && !(nc.status === "CORRECTED" && m === "CONTAINED"));
  const rows: [string, string | null][] = [
    [t("field.raisedBy"), `${name(detail.raisedBy)} · ${when(nc.createdAt)} · ${t(`source.${nc.source}`)}`],
    [t("field.step"), nc.assignment ? `${nc.assignment.jobStep?.position ?? ""}. ${processName(nc.assignment.processCode, locale)}` : null],
    [t("field.quantity"), nc.quantityAffected === null ? null : format.number(nc.quantityAffected)],
    [t("field.responsible"), nc.responsibleMember ? name(nc.responsibleMember.firm) : null],
    [t("field.clause"), nc.agreementClause || null],
    [t("field.cost"), nc.costYen === null ? null : format.number(Number(nc.costYen), { style: "currency", currency: "JPY" })],
    [t("field.containment"), nc.containment],
    [t("field.rootCause"), nc.rootCause ? `${nc.cause ? `${t(`cause.${nc.cause}`)} — ` : ""}${nc.rootCause}` : null],
    [t("field.corrective"), nc.correctiveAction],
    [t("field.verification"), nc.verification || null],
    [t("field.closedAt"), nc.closedAt ? when(nc.closedAt) : null],
  ];

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        eyebrow={<Link href={`/groups/${id}/quality`} className="underline">{t("list")}</Link>}
        title={nc.description}
        actions={<NcStatusBadge status={nc.status} />}
      />
      <Card data-testid="nc-facts">
        <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_minmax(0,1fr)]">
          {rows.filter(([, value]) => value).map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-bold text-slate-700">{label}</dt>
              <dd className="whitespace-pre-wrap break-words">{value}</dd>
            </div>
          ))}
        </dl>
      </Card>

      {nc.costShares.length ? (
        <Card data-testid="nc-shares">
          <h2 className="mb-2 text-lg font-bold">{t("shares.title")}</h2>
          <ul className="flex flex-col gap-1 text-sm">
            {nc.costShares.map((s) => (
              <li key={s.memberId} className="flex flex-wrap justify-between gap-2">
                <span>{name(s.member.firm)} · {format.number(s.basisPoints / 100, { maximumFractionDigits: 2 })}%</span>
                <span className={s.acknowledgedAt ? "text-green-800" : "text-amber-800"}>{s.acknowledgedAt ? `${t("shares.acknowledged")} ${when(s.acknowledgedAt)}` : t("shares.waiting")}</span>
              </li>
            ))}
          </ul>
          {detail.canAcknowledge ? <div className="mt-3"><RowAction action={acknowledgeNonConformanceCost} fields={{ ncId: nc.id }} label={t("shares.acknowledge")} variant="primary" testId="nc-acknowledge" /></div> : null}
        </Card>
      ) : null}

      {nc.rmaQuantity !== null || detail.canRecordRma ? (
        <Card data-testid="nc-rma">
          <h2 className="mb-2 text-lg font-bold">{t("rma.title")}</h2>
          {nc.rmaQuantity !== null ? (
            <p className="text-sm">{t("rma.returned", { quantity: nc.rmaQuantity, disposition: nc.rmaDisposition ? t(`rma.${nc.rmaDisposition}`) : "" })} · {when(nc.rmaReturnedAt)} · {nc.rmaResolvedAt ? `${t("rma.resolved")} ${when(nc.rmaResolvedAt)}` : t("rma.open")}</p>
          ) : null}
          {detail.canRecordRma ? <RmaForm ncId={nc.id} version={nc.version} /> : null}
          {detail.canResolveRma ? <div className="mt-3"><RowAction action={resolveNcReturn} fields={{ ncId: nc.id, version: String(nc.version) }} label={t("rma.resolve")} testId="rma-resolve" /></div> : null}
        </Card>
      ) : null}

      {party ? (
        <Card data-testid="nc-next">
          <h2 className="mb-2 text-lg font-bold">{t("move.title")}</h2>
          {forward.length === 0 && !detail.canAssign ? <p className="text-sm text-slate-700">{t("move.waiting", { party: t(`move.party.${party}`) })}</p> : null}
          <div className="flex flex-col gap-4">
            {forward.map((to) => <MoveNcForm key={to} ncId={nc.id} version={nc.version} to={to as "CONTAINED"} label={t(`move.${to}`)} />)}
            {nc.status === "CORRECTED" && detail.moves.includes("CONTAINED") ? (
              <details><summary className="min-h-11 cursor-pointer py-2 font-bold">{t("move.reject")}</summary><MoveNcForm ncId={nc.id} version={nc.version} to="CONTAINED" label={t("move.reject")} variant="danger" /></details>
            ) : null}
            {detail.canAssign ? (
              <details open={nc.status === "RAISED"}>
                <summary className="min-h-11 cursor-pointer py-2 font-bold">{t("assign.title")}</summary>
                <AssignNcForm ncId={nc.id} version={nc.version} members={detail.members.map((m) => ({ value: m.id, label: name(m.firm) }))} responsibleMemberId={nc.responsibleMember?.id ?? null} clause={nc.agreementClause} reassign={nc.status !== "RAISED"} />
              </details>
            ) : null}
            {detail.moves.includes("WITHDRAWN") ? (
              <details><summary className="min-h-11 cursor-pointer py-2 font-bold">{t("move.WITHDRAWN")}</summary><MoveNcForm ncId={nc.id} version={nc.version} to="WITHDRAWN" label={t("move.WITHDRAWN")} variant="danger" /></details>
            ) : null}
          </div>
        </Card>
      ) : null}

      <Card>
        <h2 className="mb-2 text-lg font-bold">{t("field.history")}</h2>
        <ol className="flex flex-col gap-2 text-sm" data-testid="nc-history">
          {nc.events.map((e) => (
            <li key={e.id}>
              <span className="text-slate-600">{when(e.createdAt)}</span> · <span className="font-bold">{t(`status.${e.toStatus}`)}</span>
              {e.note ? <p className="whitespace-pre-wrap break-words">{e.note}</p> : null}
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}

export default withClientMessages(["common", "quality.nc"], NonConformancePage);

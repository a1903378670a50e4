import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { confirmGroupAgreement, confirmStepHandoff, markGroupDelivered, replaceGroupMember } from "@/app/groups/actions";
import { RowAction } from "@/components/admin/row-action";
import { ApprovalsCard } from "@/components/groups/approvals-card";
import { MemberFactsCard } from "@/components/groups/member-facts-card";
import { MessageThread } from "@/components/groups/message-thread";
import { DownMembersCard } from "@/components/outages/down-members-card";
import { QuoteCard } from "@/components/quotes/quote-card";
import { ContractorCard, OrderDocumentsCard } from "@/components/orders/order-section";
import { AcceptDeliveryForm, CancelGroupForm, ProgressForm, QualityForm, RateBuyerForm, RespondForm, ResubmitForm } from "@/components/groups/group-forms";
import { processName } from "@/components/matching/taxonomy-names";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can, NotFoundError } from "@/lib/authz";
import { requirePermission } from "@/lib/authz/guard";
import { isBuyerViewer, isStaffViewer } from "@/lib/authz/viewer-kinds";
import { getDatabase } from "@/lib/db/client";
import { getGroupDetail } from "@/lib/groups/group-detail";
import { memberFacts } from "@/lib/groups/member-facts";
import { channelsFor, listGroupMessages } from "@/lib/groups/messages";
import { isReplaceable, replacementCandidates } from "@/lib/groups/replacement";
import { OPEN_GROUP_STATUSES } from "@/lib/groups/state-machine";
import { withClientMessages } from "@/lib/i18n/client-messages";
import { downMembers } from "@/lib/outages/substitutes";
import { groupQuotes } from "@/lib/quotes/quote-view";
import { buyerRatingState } from "@/lib/ratings/buyer-ratings";
import { tokyoDay } from "@/lib/quotes/working-days";
import { clock } from "@/lib/clock";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("groups.list"))("title") };
}

async function GroupPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ replace?: string | string[]; channel?: string | string[] }> }) {
  const viewer = await requirePermission("group.view");
  const { id } = await params;
  const { replace, channel: askedChannel } = await searchParams;
  const db = await getDatabase();
  const detail = await getGroupDetail(db, viewer, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { group, agreement, timeline, resource } = detail;
  if (group.kind === "STANDING") redirect(`/groups/standing/${group.id}`);
  const t = await getTranslations("groups");
  const tq = await getTranslations("quality");
  const trb = await getTranslations("ratings.buyer");
  const locale = await getLocale();
  const format = await getFormatter();
  const en = locale === "en";
  const firmName = (m: (typeof group.members)[number]) => (en && m.firm.nameEn) || m.firm.nameJa;
  const memberById = new Map(group.members.map((m) => [m.id, m]));
  const own = group.members.find((m) => m.firmId === viewer.firmId && m.status !== "REPLACED");
  const isBuyer = isBuyerViewer(viewer) && group.job?.buyerOrgId === viewer.buyerOrgId;
  const staff = isStaffViewer(viewer);
  const inProduction = group.status === "AWARDED" || group.status === "IN_PRODUCTION";
  // While inviting, every firm that declined or stayed silent needs a replacement; after a
  // send-back the buyer picks the firm to replace (?replace=member), as any may be the one.
  const replaceable = !isBuyer ? [] : group.members.filter((m) => isReplaceable(group.status, m.status) && (group.status === "INVITING" || m.id === replace));
  const candidates = await Promise.all(replaceable.map(async (m) => ({ member: m, ...(await replacementCandidates(db, viewer, { groupId: group.id, memberId: m.id })) })));
  // Staff decide on these; the buyer weighs them before awarding.
  const facts = (staff || isBuyer) && (group.status === "PENDING_APPROVAL" || group.status === "APPROVED") ? await memberFacts(db, group.id) : [];
  const rowOf = new Map(timeline.rows.map((r) => [r.id, r]));
  const memberOptions = group.members.filter((m) => m.status === "ACCEPTED").map((m) => ({ value: m.id, label: firmName(m) }));
  const canResubmit = group.status === "SENT_BACK" && can(viewer, "group.resubmit", resource);
  const canCancel = OPEN_GROUP_STATUSES.includes(group.status) && can(viewer, "group.cancel", resource);
  const sentBackComment = group.status === "SENT_BACK" ? group.statusChanges.findLast((c) => c.toStatus === "SENT_BACK")?.comment : null;
  // Members and staff open on the members' channel; the buyer has only the buyer channel.
  const channels = channelsFor(viewer);
  const channel = channels.find((c) => c === askedChannel) ?? channels[0]!;
  const messages = await listGroupMessages(db, viewer, group.id, channel);
  const canWrite = group.status !== "CANCELLED" && group.status !== "DISSOLVED" && can(viewer, "message.send", resource);
  const now = clock.now();
  const quotes = group.kind === "JOB" ? await groupQuotes(db, viewer, group.id, now) : null;
  const rateBuyer = group.status === "CLOSED" ? await buyerRatingState(db, viewer, group.id) : null;
  // Members down now (lib/outages), with substitutes for those who may ask one.
  const down = group.kind === "JOB" ? await downMembers(db, viewer, group.id, now) : null;
  const dateText = (iso: string | null) => (iso ? format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) : "—");

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        eyebrow={group.job ? <Link href={`/jobs/${group.job.id}`} className="underline">{t("detail.job")}: {(en && group.job.titleEn) || group.job.titleJa}</Link> : null}
        title={`${t("detail.lead")}: ${firmName(group.members.find((m) => m.firmId === group.leadFirmId) ?? group.members[0]!)}`}
        description={`${t("detail.model")}: ${t(`model.${group.contractModel}`)}`}
        actions={<span className="self-center rounded-full bg-slate-100 px-3 py-1 text-sm font-bold" data-testid="group-status">{t(`status.${group.status}`)}</span>}
      />

      {own && own.status === "INVITED" && group.status === "INVITING" && viewer.role === "FIRM_ADMIN" ? (
        <Card className="border-brand-300">
          <h2 className="mb-1 text-lg font-bold">{t("respond.title")}</h2>
          {own.inviteExpiresAt ? <p className="mb-3 text-sm text-slate-700">{t("detail.expires", { date: format.dateTime(own.inviteExpiresAt, { dateStyle: "medium", timeStyle: "short" }) })}</p> : null}
          <RespondForm groupId={group.id} version={own.version} />
        </Card>
      ) : null}

      {canResubmit ? (
        <Card className="border-amber-400" data-testid="resubmit">
          <h2 className="mb-1 text-lg font-bold">{t("resubmit.title")}</h2>
          {sentBackComment ? <p className="mb-2 rounded bg-amber-50 p-2 text-sm" data-testid="sent-back-comment">{sentBackComment}</p> : null}
          <p className="mb-3 text-sm text-slate-700">{t("resubmit.help")}</p>
          <ResubmitForm groupId={group.id} version={group.version} />
        </Card>
      ) : null}

      <Card>
        <h2 className="mb-3 text-lg font-bold">{t("detail.members")}</h2>
        <ul className="flex flex-col gap-3" data-testid="group-members">
          {group.members.filter((m) => m.status !== "REPLACED").map((m) => (
            <li key={m.id} className="rounded-md border border-slate-200 p-3">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <Link href={`/firms/${m.firmId}`} className="font-bold">{firmName(m)}{m.isLead ? ` ★ ${t("detail.lead")}` : ""}</Link>
                <span className="text-sm font-bold">{t(`memberStatus.${m.status}`)}</span>
              </div>
              <p className="text-sm text-slate-700">
                {t("detail.steps")}: {group.assignments.filter((a) => a.memberId === m.id).map((a) => `${a.jobStep?.position ?? ""}. ${processName(a.processCode, locale)}`).join("、") || "—"} · {t("detail.share")} {format.number(m.shareBasisPoints / 10_000, { style: "percent", maximumFractionDigits: 2 })}
              </p>
              {m.declineReason ? <p className="text-sm text-red-800">{m.declineReason}</p> : null}
              {isBuyer && group.status === "SENT_BACK" && isReplaceable(group.status, m.status) && m.id !== replace ? (
                <Link href={`/groups/${group.id}?replace=${m.id}`} className="inline-block min-h-11 py-2 text-sm font-bold text-brand-800 underline" data-testid={`swap-${m.id}`}>{t("resubmit.swap")}</Link>
              ) : null}
            </li>
          ))}
        </ul>
      </Card>

      {down ? <DownMembersCard groupId={group.id} {...down} /> : null}

      {candidates.map(({ member, options }) => (
        <Card key={member.id} data-testid="replacements">
          <h2 className="text-lg font-bold">{t("replace.title")}: {firmName(member)}</h2>
          <p className="mb-2 text-sm text-slate-700">{t("replace.help")}</p>
          {options.length === 0 ? <p>{t("replace.none")}</p> : null}
          <div className="flex flex-wrap gap-2">
            {options.map((o) => <RowAction key={o.firmId} action={replaceGroupMember} fields={{ groupId: group.id, memberId: member.id, firmId: o.firmId }} label={t("replace.invite", { name: o.name })} />)}
          </div>
        </Card>
      ))}

      {facts.length ? <MemberFactsCard facts={facts} nameOf={(firmId) => firmName(group.members.find((m) => m.firmId === firmId)!)} /> : null}

      <ApprovalsCard approvals={group.approvals} viewer={viewer} resource={resource} awaiting={group.status === "PENDING_APPROVAL"} />

      {agreement ? (
        <Card data-testid="agreement">
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
            <h2 className="text-lg font-bold">{t("agreement.title")}</h2>
            <a href={`/api/groups/${group.id}/agreement`} className="font-bold text-brand-800 underline" data-testid="agreement-pdf">{t("agreement.pdf")}</a>
          </div>
          <p className="mb-2 text-sm text-slate-600">{t("agreement.template", { version: agreement.template.version })} · {t("agreement.confirmed", { count: agreement.confirmations.length, total: group.members.filter((m) => m.status === "ACCEPTED").length })}</p>
          <pre className="max-h-80 overflow-auto whitespace-pre-wrap rounded bg-slate-50 p-3 font-sans text-sm">{en ? agreement.contentEn : agreement.contentJa}</pre>
          {own && own.status === "ACCEPTED" && viewer.role === "FIRM_ADMIN" && !agreement.confirmations.some((c) => c.memberId === own.id) ? (
            <div className="mt-3"><RowAction action={confirmGroupAgreement} fields={{ groupId: group.id, agreementId: agreement.id }} label={t("agreement.confirm")} variant="primary" testId="confirm-agreement" /></div>
          ) : null}
        </Card>
      ) : null}

      {group.kind === "JOB" ? <ContractorCard db={db} viewer={viewer} groupId={group.id} canNominate={can(viewer, "contractor.nominate", resource)} /> : null}
      {group.kind === "JOB" && !OPEN_GROUP_STATUSES.includes(group.status) ? <OrderDocumentsCard db={db} viewer={viewer} groupId={group.id} /> : null}
      {quotes && (OPEN_GROUP_STATUSES.includes(group.status) || quotes.offers.length > 0) ? <QuoteCard quotes={quotes} groupId={group.id} locale={en ? "en" : "ja"} today={tokyoDay(now)} /> : null}

      {group.order ? (
        <Card data-testid="timeline">
          <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
            <h2 className="text-lg font-bold">{t("timeline.title")}</h2>
            <p className="font-bold">{format.number(Number(group.order.contractedValueYen), { style: "currency", currency: "JPY" })} · {timeline.forecastDelivery ? t("timeline.forecast", { date: dateText(timeline.forecastDelivery) }) : ""}</p>
          </div>
          <ol className="flex flex-col gap-3">
            {group.assignments.map((a, index) => {
              const row = rowOf.get(a.id);
              const member = memberById.get(a.memberId);
              const next = group.assignments[index + 1];
              const handoff = a.handoffsOut.find((h) => h.toAssignmentId === next?.id);
              const mine = member?.firmId === viewer.firmId;
              return (
                <li key={a.id} className={`rounded-md border p-3 ${row?.late ? "border-red-400 bg-red-50" : "border-slate-200"}`} data-testid={`timeline-step-${index + 1}`}>
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <p className="font-bold">{a.jobStep?.position}. {processName(a.processCode, locale)} · {member ? firmName(member) : ""}</p>
                    <p className="text-sm font-bold">{row?.late ? <span className="text-red-800">{t("timeline.late")}</span> : t("timeline.onTrack")} · {a.percentComplete}%</p>
                  </div>
                  <p className="text-sm text-slate-700">{t("timeline.planned", { start: dateText(row?.plannedStart ?? null), end: dateText(row?.plannedEnd ?? null) })}{row?.actualEnd ? ` · ${t("timeline.actual", { date: dateText(row.actualEnd) })}` : ""}</p>
                  <div className="mt-1 h-2 rounded-full bg-slate-200" aria-hidden="true"><div className="h-2 rounded-full bg-brand-600" style={{ width: `${a.percentComplete}%` }} /></div>
                  {a.progressUpdates.length ? (
                    <ul className="mt-2 flex flex-col gap-1 text-sm" aria-label={t("progress.recent")} data-testid={`progress-updates-${index + 1}`}>
                      {a.progressUpdates.map((u) => (
                        <li key={u.id} className="flex flex-wrap items-center gap-2">
                          <span className="text-slate-600">{format.dateTime(u.createdAt, { dateStyle: "short", timeStyle: "short" })} · {u.percent}%</span>
                          {u.note ? <span className="break-words">{u.note}</span> : null}
                          {u.photos.map((p) => (
                            <a key={p.id} href={`/api/group-files/${p.id}`} className="block" data-testid="progress-photo-link">
                              {/* eslint-disable-next-line @next/next/no-img-element -- served by our own access-checked route */}
                              <img src={`/api/group-files/${p.id}`} alt={p.fileName} className="h-16 w-16 rounded border border-slate-200 object-cover" />
                            </a>
                          ))}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {mine && inProduction ? <div className="mt-3"><ProgressForm assignmentId={a.id} percent={a.percentComplete} /></div> : null}
                  {inProduction && next && mine && !handoff?.sentAt ? <div className="mt-2"><RowAction action={confirmStepHandoff} fields={{ fromAssignmentId: a.id, toAssignmentId: next.id, side: "send", quantity: String(a.quantity) }} label={t("progress.handoffSend")} /></div> : null}
                  {inProduction && index > 0 && mine && !group.assignments[index - 1]!.handoffsOut.find((h) => h.toAssignmentId === a.id)?.receivedAt ? (
                    <div className="mt-2"><RowAction action={confirmStepHandoff} fields={{ fromAssignmentId: group.assignments[index - 1]!.id, toAssignmentId: a.id, side: "receive", quantity: String(a.quantity) }} label={t("progress.handoffReceive")} /></div>
                  ) : null}
                  {mine && inProduction ? <details className="mt-2"><summary className="cursor-pointer text-sm font-bold">{t("quality.title")}</summary><QualityForm assignmentId={a.id} members={memberOptions} /></details> : null}
                </li>
              );
            })}
          </ol>
          {viewer.firmId === group.leadFirmId && group.status === "IN_PRODUCTION" ? <div className="mt-3"><RowAction action={markGroupDelivered} fields={{ groupId: group.id }} label={t("deliver.submit")} variant="primary" testId="mark-delivered" /></div> : null}
        </Card>
      ) : null}

      {group.order ? (
        <Card data-testid="quality-link">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 className="text-lg font-bold">{tq("title")}</h2>
            {group.nonConformances.length ? <span className="text-sm font-bold text-red-800">{tq("nc.open", { count: group.nonConformances.length })}</span> : null}
          </div>
          <p className="mb-3 text-sm text-slate-700">{tq("help")}</p>
          <ButtonLink href={`/groups/${group.id}/quality`} variant="secondary">{tq("open")}</ButtonLink>
        </Card>
      ) : null}

      {group.qualityRecords.length ? (
        <Card>
          <h2 className="mb-2 text-lg font-bold">{t("quality.title")}</h2>
          <ul className="flex flex-col gap-2 text-sm">
            {group.qualityRecords.map((q) => (
              <li key={q.id}>{format.dateTime(q.createdAt, { dateStyle: "short" })} · {t(`quality.${q.kind}`)}{q.result ? ` (${t(`quality.${q.result}`)})` : ""} · {q.description}{q.responsibleMemberId ? ` · ${firmName(memberById.get(q.responsibleMemberId)!)}` : ""}{q.correctiveAction ? ` → ${q.correctiveAction}` : ""}</li>
            ))}
          </ul>
        </Card>
      ) : null}

      {isBuyer && group.status === "DELIVERED" ? (
        <Card>
          <h2 className="mb-2 text-lg font-bold">{t("accept.title")}</h2>
          <AcceptDeliveryForm groupId={group.id} members={group.members.filter((m) => m.status === "ACCEPTED").map((m) => ({ id: m.id, name: firmName(m), steps: group.assignments.filter((a) => a.memberId === m.id).map((a) => processName(a.processCode, locale)).join("・") }))} />
        </Card>
      ) : null}

      {rateBuyer ? (
        <Card data-testid="rate-buyer">
          <h2 className="mb-2 text-lg font-bold">{trb("title")}</h2>
          <RateBuyerForm groupId={group.id} rated={rateBuyer === "rated"} />
        </Card>
      ) : null}

      {group.status === "CLOSED" && can(viewer, "group.standing.form", resource) ? (
        <Card data-testid="stay-together">
          <h2 className="mb-1 text-lg font-bold">{t("standing.stay.title")}</h2>
          <p className="mb-3 text-sm text-slate-700">{t("standing.stay.help")}</p>
          <ButtonLink href={`/groups/standing/new?from=${group.id}`} variant="secondary">{t("standing.stay.action")}</ButtonLink>
        </Card>
      ) : null}

      <MessageThread groupId={group.id} channel={channel} channels={channels} messages={messages} en={en} canWrite={canWrite} />

      {canCancel ? <CancelGroupForm groupId={group.id} version={group.version} /> : null}

      <Card>
        <h2 className="mb-2 text-lg font-bold">{t("detail.history")}</h2>
        <ol className="flex flex-col gap-1 text-sm">
          {group.statusChanges.map((c, i) => <li key={i}>{format.dateTime(c.createdAt, { dateStyle: "short", timeStyle: "short" })} · {t(`status.${c.toStatus}`)}{c.comment ? ` — ${c.comment.startsWith("system:") ? t(`detail.system.${c.comment.slice(7)}` as "detail.system.jobCancelled") : c.comment}` : ""}</li>)}
        </ol>
      </Card>
    </div>
  );
}

export default withClientMessages(["common", "groups", "orders.certificate", "orders.contractor", "orders.cooperative", "orders.documents", "quotes", "ratings.buyer", "ratings.member"], GroupPage);

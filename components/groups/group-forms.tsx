"use client";
// The forms on a group's page, each backed by one action and its schema (lib/groups/schemas.ts).
import { useTranslations } from "next-intl";
import { acceptGroupDelivery, cancelGroup, decideGroupApproval, proposeGroup, recordQualityRecord, reportStepProgress, respondToGroup, resubmitGroup } from "@/app/groups/actions";
import { errorOf, FormResult, SelectField, SubmitButton, TextField, useForm, valueOf } from "@/components/auth/form-kit";
import { OneTimeKeyField } from "@/components/auth/one-time-key";
import { rateGroupBuyer } from "@/app/groups/rating-actions";
import { BUYER_CRITERIA, MEMBER_CRITERIA, memberRatingField } from "@/lib/ratings/schemas";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export function ProposeForm({ suggestionId, rank }: { suggestionId: string; rank: number }) {
  const t = useTranslations("groups");
  const [state, action] = useForm(proposeGroup);
  const router = useRouter();
  useEffect(() => {
    if (state?.ok) router.push(`/groups/${state.data.groupId}`);
  }, [state, router]);
  return (
    <form action={action} className="flex flex-col gap-2 border-t border-slate-200 pt-3" data-testid={`propose-${rank}`}>
      <OneTimeKeyField state={state} />
      <input type="hidden" name="suggestionId" value={suggestionId} />
      <SelectField state={state} name="contractModel" label={t("propose.model")} defaultValue="MEDIATION" options={[{ value: "MEDIATION", label: t("model.MEDIATION") }, { value: "JOINT_ORDER", label: t("model.JOINT_ORDER") }]} />
      <FormResult state={state} />
      <SubmitButton testId={`propose-submit-${rank}`}>{t("propose.submit")}</SubmitButton>
    </form>
  );
}

export function RespondForm({ groupId, version }: { groupId: string; version: number }) {
  const t = useTranslations("groups.respond");
  const [state, action] = useForm(respondToGroup);
  return (
    <form action={action} className="flex flex-col gap-3" data-testid="respond-form">
      <input type="hidden" name="groupId" value={groupId} />
      <input type="hidden" name="version" value={version} />
      <TextField state={state} name="reason" label={t("reason")} maxLength={1000} />
      <FormResult state={state} testId="respond" />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="decision" value="accept" data-testid="respond-accept">{t("accept")}</Button>
        <Button type="submit" name="decision" value="decline" variant="danger" data-testid="respond-decline">{t("decline")}</Button>
      </div>
    </form>
  );
}

export function ApprovalForm({ approvalId, version }: { approvalId: string; version: number }) {
  const t = useTranslations("groups.approve");
  const [state, action] = useForm(decideGroupApproval);
  return (
    <form action={action} className="flex flex-col gap-3" data-testid={`approval-form-${approvalId}`}>
      <input type="hidden" name="approvalId" value={approvalId} />
      <input type="hidden" name="version" value={version} />
      <Field label={t("comment")} name="comment" error={errorOf(state, "comment")}>
        {(control) => <Textarea key={valueOf(state, "comment")} {...control} rows={2} maxLength={2000} defaultValue={valueOf(state, "comment")} />}
      </Field>
      <FormResult state={state} testId="approval" />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="decision" value="approve" data-testid="approve-group">{t("approve")}</Button>
        <Button type="submit" name="decision" value="sendBack" variant="secondary">{t("sendBack")}</Button>
      </div>
    </form>
  );
}

export function ProgressForm({ assignmentId, percent }: { assignmentId: string; percent: number }) {
  const t = useTranslations("groups.progress");
  const [state, action] = useForm(reportStepProgress);
  return (
    <form action={action} className="flex flex-col gap-2" data-testid={`progress-form-${assignmentId}`}>
      <OneTimeKeyField state={state} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <div className="grid grid-cols-[6rem_minmax(0,1fr)] gap-2">
        <TextField state={state} name="percent" label={t("percent")} inputMode="numeric" required defaultValue={String(percent)} />
        <TextField state={state} name="note" label={t("note")} maxLength={2000} />
      </div>
      <Field label={t("photoLabel")} name="photo" error={errorOf(state, "photo")}>
        {/* capture: a phone opens its camera straight away. */}
        {(control) => <Input {...control} type="file" accept="image/png,image/jpeg,image/webp" capture="environment" className="text-sm" data-testid="progress-photo" />}
      </Field>
      <FormResult state={state} testId="progress" />
      <SubmitButton variant="secondary" testId="progress-submit">{t("submit")}</SubmitButton>
    </form>
  );
}

export function QualityForm({ assignmentId, members }: { assignmentId: string; members: { value: string; label: string }[] }) {
  const t = useTranslations("groups.quality");
  const [state, action] = useForm(recordQualityRecord);
  return (
    <form action={action} className="flex flex-col gap-2" data-testid={`quality-form-${assignmentId}`}>
      <OneTimeKeyField state={state} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="kind" value="INSPECTION" />
      <SelectField state={state} name="result" label={t("result")} placeholder="—" options={[{ value: "PASS", label: t("PASS") }, { value: "FAIL", label: t("FAIL") }, { value: "CONDITIONAL", label: t("CONDITIONAL") }]} />
      <TextField state={state} name="description" label={t("description")} required maxLength={4000} />
      <SelectField state={state} name="responsibleMemberId" label={t("responsible")} placeholder="—" options={members} />
      <TextField state={state} name="correctiveAction" label={t("corrective")} maxLength={4000} />
      <FormResult state={state} testId="quality" />
      <SubmitButton variant="secondary">{t("submit")}</SubmitButton>
    </form>
  );
}

/** Acceptance rates each accepted member on its own work (lib/ratings); the group's rating is their mean. */
export function AcceptDeliveryForm({ groupId, members }: { groupId: string; members: { id: string; name: string; steps: string }[] }) {
  const t = useTranslations("groups.accept");
  const tr = useTranslations("ratings.member");
  const [state, action] = useForm(acceptGroupDelivery);
  const stars = [5, 4, 3, 2, 1].map((n) => ({ value: String(n), label: "★".repeat(n) }));
  return (
    <form action={action} className="flex flex-col gap-3" data-testid="accept-form">
      <input type="hidden" name="groupId" value={groupId} />
      <p className="text-sm text-slate-700">{tr("help")}</p>
      {members.map((m) => (
        <fieldset key={m.id} className="rounded-md border border-slate-200 p-3" data-testid="accept-member">
          <legend className="px-1 font-bold">{m.name}{m.steps ? <span className="ml-2 text-sm font-normal text-slate-700">{m.steps}</span> : null}</legend>
          <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
            {MEMBER_CRITERIA.map((criterion) => (
              <SelectField key={criterion} state={state} name={memberRatingField(m.id, criterion)} label={tr(criterion)} defaultValue="5" options={stars} />
            ))}
          </div>
        </fieldset>
      ))}
      <TextField state={state} name="comment" label={t("comment")} maxLength={2000} />
      <FormResult state={state} testId="accept" />
      <SubmitButton testId="accept-submit">{t("submit")}</SubmitButton>
    </form>
  );
}

/** A member firm's admin rates the buyer once the order is accepted (shown to other firms from 3 ratings). */
export function RateBuyerForm({ groupId, rated }: { groupId: string; rated: boolean }) {
  const t = useTranslations("ratings.buyer");
  const [state, action] = useForm(rateGroupBuyer);
  const stars = [5, 4, 3, 2, 1].map((n) => ({ value: String(n), label: "★".repeat(n) }));
  // Just sent: the thanks stays while the page refreshes into its "rated" state.
  if (state?.ok) return <FormResult state={state} testId="rate-buyer" />;
  if (rated) return <p className="text-sm">{t("rated")}</p>;
  return (
    <form action={action} className="flex flex-col gap-3" data-testid="rate-buyer-form">
      <input type="hidden" name="groupId" value={groupId} />
      <p className="text-sm text-slate-700">{t("help")}</p>
      <div className="grid gap-2 sm:grid-cols-3">
        {BUYER_CRITERIA.map((criterion) => (
          <SelectField key={criterion} state={state} name={criterion} label={t(criterion)} defaultValue="5" options={stars} />
        ))}
      </div>
      <TextField state={state} name="comment" label={t("comment")} maxLength={2000} />
      <FormResult state={state} testId="rate-buyer" />
      <SubmitButton testId="rate-buyer-submit">{t("submit")}</SubmitButton>
    </form>
  );
}

/** After staff sent the group back: say what changed (optional) and propose it again. */
export function ResubmitForm({ groupId, version }: { groupId: string; version: number }) {
  const t = useTranslations("groups.resubmit");
  const [state, action] = useForm(resubmitGroup);
  return (
    <form action={action} className="flex flex-col gap-3" data-testid="resubmit-form">
      <input type="hidden" name="groupId" value={groupId} />
      <input type="hidden" name="version" value={version} />
      <TextField state={state} name="note" label={t("note")} maxLength={2000} />
      <FormResult state={state} testId="resubmit" />
      <SubmitButton testId="resubmit-submit">{t("submit")}</SubmitButton>
    </form>
  );
}

/** Cancelling is final, so it sits behind a disclosure and needs a reason. */
export function CancelGroupForm({ groupId, version }: { groupId: string; version: number }) {
  const t = useTranslations("groups.cancel");
  const [state, action] = useForm(cancelGroup);
  return (
    <details className="rounded-md border border-slate-200 p-3" open={state !== null && !state.ok}>
      <summary className="min-h-11 cursor-pointer py-2 font-bold" data-testid="cancel-open">{t("title")}</summary>
      <form action={action} className="flex flex-col gap-3 pt-2" data-testid="cancel-form">
        <p className="text-sm text-slate-700">{t("help")}</p>
        <input type="hidden" name="groupId" value={groupId} />
        <input type="hidden" name="version" value={version} />
        <TextField state={state} name="reason" label={t("reason")} required maxLength={2000} />
        <FormResult state={state} testId="cancel" />
        <SubmitButton variant="danger" testId="cancel-submit">{t("submit")}</SubmitButton>
      </form>
    </details>
  );
}

"use client";
// The forms of a standing group's pages, each backed by one action and its schema
// (lib/groups/standing/schemas.ts).
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { askStandingApproval, endStanding, formStanding, removeStandingMemberAction, updateStanding } from "@/app/groups/standing/actions";
import { errorOf, FormResult, SubmitButton, TextField, useForm, valueOf } from "@/components/auth/form-kit";
import { OneTimeKeyField } from "@/components/auth/one-time-key";
import type { ActionState } from "@/lib/actions/result";
import { Field, Textarea } from "@/components/ui/field";

interface Profile {
  name: string;
  descriptionJa: string;
  descriptionEn: string;
}

function ProfileFields({ state, profile }: { state: ActionState<unknown>; profile: Profile }) {
  const t = useTranslations("groups.standing.form");
  return (
    <>
      <TextField state={state} name="name" label={t("name")} hint={t("nameHint")} required maxLength={80} defaultValue={profile.name} />
      {(["descriptionJa", "descriptionEn"] as const).map((name) => (
        <Field key={name} label={t(name)} name={name} error={errorOf(state, name)}>
          {(control) => <Textarea key={`${name}:${valueOf(state, name, profile[name])}`} {...control} rows={4} maxLength={2000} defaultValue={valueOf(state, name, profile[name])} />}
        </Field>
      ))}
    </>
  );
}

export function FormStandingForm({ originGroupId, partners }: { originGroupId: string; partners: { firmId: string; name: string }[] }) {
  const t = useTranslations("groups.standing.form");
  const [state, action] = useForm(formStanding);
  // Controlled, so the choice survives a failed save (the form is re-rendered with the errors).
  const [chosen, setChosen] = useState(() => new Set(partners.map((p) => p.firmId)));
  const router = useRouter();
  useEffect(() => {
    if (state?.ok) router.push(`/groups/standing/${state.data.groupId}`);
  }, [state, router]);
  const toggle = (firmId: string) => setChosen((prev) => {
    const next = new Set(prev);
    if (!next.delete(firmId)) next.add(firmId);
    return next;
  });
  return (
    <form action={action} className="flex flex-col gap-4" data-testid="standing-form">
      <OneTimeKeyField state={state} />
      <input type="hidden" name="originGroupId" value={originGroupId} />
      <ProfileFields state={state} profile={{ name: "", descriptionJa: "", descriptionEn: "" }} />
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 font-bold">{t("partners")}</legend>
        {partners.map((p) => (
          <label key={p.firmId} className="flex min-h-11 items-center gap-3">
            <input type="checkbox" name="firmIds" value={p.firmId} checked={chosen.has(p.firmId)} onChange={() => toggle(p.firmId)} className="size-5" />
            {p.name}
          </label>
        ))}
        {errorOf(state, "firmIds") ? <p className="text-sm font-bold text-red-700" role="alert">{errorOf(state, "firmIds")}</p> : null}
      </fieldset>
      <FormResult state={state} />
      <SubmitButton testId="standing-submit">{t("submit")}</SubmitButton>
    </form>
  );
}

export function StandingProfileForm({ groupId, version, profile }: { groupId: string; version: number; profile: Profile }) {
  const t = useTranslations("groups.standing.manage");
  const [state, action] = useForm(updateStanding);
  return (
    <form action={action} className="flex flex-col gap-3" data-testid="standing-profile-form">
      <input type="hidden" name="groupId" value={groupId} />
      <input type="hidden" name="version" value={version} />
      <ProfileFields state={state} profile={profile} />
      <FormResult state={state} />
      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}

export function AskApprovalForm({ groupId, version }: { groupId: string; version: number }) {
  const t = useTranslations("groups.standing.manage");
  const [state, action] = useForm(askStandingApproval);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="groupId" value={groupId} />
      <input type="hidden" name="version" value={version} />
      <FormResult state={state} />
      <SubmitButton testId="standing-ask-again">{t("askAgain")}</SubmitButton>
    </form>
  );
}

export function EndStandingForm({ groupId, version, formed }: { groupId: string; version: number; formed: boolean }) {
  const t = useTranslations("groups.standing.manage");
  const [state, action] = useForm(endStanding);
  return (
    <form action={action} className="flex flex-col gap-2" data-testid="standing-end-form">
      <input type="hidden" name="groupId" value={groupId} />
      <input type="hidden" name="version" value={version} />
      <TextField state={state} name="reason" label={t("reason")} required maxLength={2000} />
      <FormResult state={state} />
      <SubmitButton variant="danger">{formed ? t("dissolve") : t("cancel")}</SubmitButton>
    </form>
  );
}

/** A member firm leaves (with an optional reason), or the lead withdraws an unanswered invitation. */
export function RemoveMemberForm({ groupId, memberId, leaving }: { groupId: string; memberId: string; leaving: boolean }) {
  const t = useTranslations("groups.standing.manage");
  const [state, action] = useForm(removeStandingMemberAction);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="groupId" value={groupId} />
      <input type="hidden" name="memberId" value={memberId} />
      {leaving ? <TextField state={state} name="reason" label={t("reason")} maxLength={1000} /> : null}
      <FormResult state={state} />
      <SubmitButton variant="secondary">{leaving ? t("leave") : t("withdraw")}</SubmitButton>
    </form>
  );
}

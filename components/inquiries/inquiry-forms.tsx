"use client";
// The two inquiry forms: a new inquiry on a firm's page, and a reply in a thread. Subject and text
// stay as typed after an error (the browser cannot keep a chosen file); each error sits by its field.
import { useTranslations } from "next-intl";
import { replyToInquiry, sendInquiry } from "@/app/inquiries/actions";
import { errorOf, FormResult, SubmitButton, TextField, useForm, valueOf } from "@/components/auth/form-kit";
import { OneTimeKeyField } from "@/components/auth/one-time-key";
import { Field, Input, Textarea } from "@/components/ui/field";
import type { ActionState } from "@/lib/actions/result";
import { INQUIRY_FILE_ACCEPT, INQUIRY_FILE_MAX_BYTES, INQUIRY_LIMITS } from "@/lib/inquiries/schemas";

/** The message text and the optional file, shared by both forms. `fresh` empties the text after a send. */
function MessageFields({ state, fresh }: { state: ActionState<unknown>; fresh?: string }) {
  const t = useTranslations("inquiries.form");
  const body = valueOf(state, "body");
  return (
    <>
      <Field label={t("body")} name="body" required error={errorOf(state, "body")}>
        {(control) => <Textarea key={fresh ?? `body:${body}`} {...control} rows={5} maxLength={INQUIRY_LIMITS.body} defaultValue={body} data-testid="inquiry-body" />}
      </Field>
      <Field label={t("file")} name="file" hint={t("fileHint", { mb: INQUIRY_FILE_MAX_BYTES / 1024 / 1024 })} error={errorOf(state, "file")}>
        {(control) => <Input key={fresh} {...control} type="file" accept={INQUIRY_FILE_ACCEPT} className="text-sm" data-testid="inquiry-file" />}
      </Field>
    </>
  );
}

export function InquiryForm({ firmId }: { firmId: string }) {
  const t = useTranslations("inquiries.form");
  const [state, action] = useForm(sendInquiry);
  return (
    <form action={action} className="flex flex-col gap-3" data-testid="inquiry-form">
      <OneTimeKeyField state={state} />
      <input type="hidden" name="firmId" value={firmId} />
      <TextField state={state} name="subject" label={t("subject")} required maxLength={INQUIRY_LIMITS.subject} />
      <MessageFields state={state} />
      <p className="text-sm text-slate-700">{t("privacy")}</p>
      <FormResult state={state} testId="inquiry" />
      <div>
        <SubmitButton testId="inquiry-submit" pendingLabel={t("sending")}>{t("send")}</SubmitButton>
      </div>
    </form>
  );
}

export function ReplyForm({ inquiryId }: { inquiryId: string }) {
  const t = useTranslations("inquiries.form");
  const [state, action] = useForm(replyToInquiry);
  return (
    <form action={action} className="flex flex-col gap-3" data-testid="reply-form">
      <OneTimeKeyField state={state} />
      <input type="hidden" name="inquiryId" value={inquiryId} />
      <MessageFields state={state} fresh={state?.ok ? `sent:${state.data.id}` : undefined} />
      <FormResult state={state} testId="reply" />
      <div>
        <SubmitButton testId="reply-submit" pendingLabel={t("sending")}>{t("reply")}</SubmitButton>
      </div>
    </form>
  );
}

"use client";
// A one-button form for a table row (verify a firm, remove a member, disable a user …): hidden
// fields identify the object; the result shows beside the button.
import { FormResult, SubmitButton, useForm, type FormAction } from "@/components/auth/form-kit";
import type { ButtonVariant } from "@/components/ui/button";
import type { ActionState } from "@/lib/actions/result";
import { useRowActionNotices } from "./row-action-notices";

function noticeOf(state: ActionState<unknown>): string | null {
  return state?.ok && state.data && typeof state.data === "object" && "notice" in state.data ? String((state.data as { notice: unknown }).notice) : null;
}

export function RowAction<T>({ action, fields, label, variant = "secondary", testId, confirmText }: {
  action: FormAction<T>;
  fields: Record<string, string>;
  label: string;
  variant?: ButtonVariant;
  testId?: string;
  confirmText?: string;
}) {
  const report = useRowActionNotices();
  // Inside a RowActionNotices region the message goes there, so it stays when the row leaves the list.
  const [state, run] = useForm<T>(async (previous, data) => {
    const result = await action(previous, data);
    const message = noticeOf(result);
    if (report && message) report(message);
    return result;
  });
  const notice = report ? null : noticeOf(state);
  return (
    <form
      action={run}
      className="flex flex-col gap-1"
      onSubmit={(event) => {
        if (confirmText && !window.confirm(confirmText)) event.preventDefault();
      }}
    >
      {Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <SubmitButton variant={variant} testId={testId}>{label}</SubmitButton>
      {notice ? <p className="text-sm text-green-800" aria-live="polite">{notice}</p> : <FormResult state={state} />}
    </form>
  );
}

"use client";
// A one-button form for a table row (verify a firm, remove a member, disable a user …): hidden
// fields identify the object; the result shows beside the button.
import { FormResult, SubmitButton, useForm, type FormAction } from "@/components/auth/form-kit";
import type { ButtonVariant } from "@/components/ui/button";

export function RowAction<T>({ action, fields, label, variant = "secondary", testId, confirmText }: {
  action: FormAction<T>;
  fields: Record<string, string>;
  label: string;
  variant?: ButtonVariant;
  testId?: string;
  confirmText?: string;
}) {
  const [state, run] = useForm(action);
  const notice = state?.ok && state.data && typeof state.data === "object" && "notice" in state.data ? String((state.data as { notice: unknown }).notice) : null;
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

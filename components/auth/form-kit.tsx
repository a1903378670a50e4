"use client";
// Small helpers for forms backed by a server action defined with lib/actions/define-action.ts:
// the action's state gives each field its error and the user's input back after a failure.
import { useActionState, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ActionResult, ActionState } from "@/lib/actions/result";

export type FormAction<T> = (state: ActionState<T>, formData: FormData) => Promise<ActionResult<T>>;

export function useForm<T>(action: FormAction<T>) {
  return useActionState<ActionState<T>, FormData>(action, null);
}

export function valueOf(state: ActionState<unknown>, name: string, fallback = ""): string {
  return state && !state.ok ? (state.values[name] ?? fallback) : fallback;
}

export function errorOf(state: ActionState<unknown>, name: string): string | undefined {
  return state && !state.ok ? state.fieldErrors?.[name] : undefined;
}

/** The form-level result: an error, or the success message. */
export function FormResult({ state, testId = "form-result" }: { state: ActionState<unknown>; testId?: string }) {
  return (
    <div aria-live="polite" aria-atomic="true">
      {state && !state.ok && state.formError ? (
        <Notice tone="error" data-testid={`${testId}-error`}>
          {state.formError}
        </Notice>
      ) : null}
      {state?.ok && state.message ? (
        <Notice tone="success" data-testid={`${testId}-success`}>
          {state.message}
        </Notice>
      ) : null}
    </div>
  );
}

export function SubmitButton({ children, pendingLabel, variant = "primary", testId }: { children: ReactNode; pendingLabel?: ReactNode; variant?: ButtonVariant; testId?: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-disabled={pending} data-testid={testId}>
      {pending && pendingLabel ? pendingLabel : children}
    </Button>
  );
}

interface TextFieldProps {
  state: ActionState<unknown>;
  name: string;
  label: ReactNode;
  type?: "text" | "email" | "password" | "number" | "date";
  hint?: ReactNode;
  required?: boolean;
  autoComplete?: string;
  inputMode?: "numeric" | "text" | "email";
  defaultValue?: string;
  maxLength?: number;
}

export function TextField({ state, name, label, type = "text", hint, required, autoComplete, inputMode, defaultValue, maxLength }: TextFieldProps) {
  return (
    <Field label={label} name={name} hint={hint} required={required} error={errorOf(state, name)}>
      {(control) => (
        <Input
          key={type === "password" ? undefined : `${name}:${valueOf(state, name, defaultValue)}`}
          {...control}
          type={type}
          autoComplete={autoComplete}
          inputMode={inputMode}
          maxLength={maxLength}
          // Passwords are never sent back; other fields keep what the user typed.
          defaultValue={type === "password" ? undefined : valueOf(state, name, defaultValue)}
        />
      )}
    </Field>
  );
}

export function SelectField({ state, name, label, options, placeholder, required, defaultValue }: {
  state: ActionState<unknown>;
  name: string;
  label: ReactNode;
  options: readonly { value: string; label: string }[];
  placeholder?: string;
  required?: boolean;
  defaultValue?: string;
}) {
  const current = valueOf(state, name, defaultValue);
  return (
    <Field label={label} name={name} required={required} error={errorOf(state, name)}>
      {(control) => (
        // The key goes before the spread: after it, it travels inside the props object and React warns.
        <Select key={`${name}:${current}`} {...control} defaultValue={current}>
          {placeholder ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}

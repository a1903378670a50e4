import { useTranslations } from "next-intl";
import { useId, type ComponentProps, type ReactNode } from "react";
import { cx } from "./cx";

/** Props a form control needs to be tied to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  name: string;
  required?: boolean;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
}

interface FieldProps {
  label: ReactNode;
  name: string;
  /** Help shown under the label, read with the control. */
  hint?: ReactNode;
  /** The field's error, if any (from the form's zod schema); read with the control. */
  error?: string | readonly string[] | null;
  required?: boolean;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * A labelled form field. The control is rendered by `children` with the ids and ARIA attributes it needs:
 * `<Field label="会社名" name="name" error={errors.name}>{(p) => <Input {...p} defaultValue={v} />}</Field>`
 */
export function Field({ label, name, hint, error, required, className, children }: FieldProps) {
  const t = useTranslations("common");
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errors = (typeof error === "string" ? [error] : (error ?? [])).filter(Boolean);
  const errorId = errors.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;

  return (
    <div className={cx("flex flex-col gap-1.5", className)}>
      <label htmlFor={id} className="flex flex-wrap items-center gap-2 font-bold text-slate-900">
        {label}
        {required ? (
          <span className="rounded bg-red-50 px-1.5 py-0.5 text-xs font-bold text-red-800">{t("required")}</span>
        ) : null}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        name,
        required,
        "aria-describedby": describedBy,
        ...(errorId ? { "aria-invalid": true as const } : {}),
      })}
      {errorId ? (
        <div id={errorId} className="text-sm font-bold text-red-700" data-testid={`field-error-${name}`}>
          {errors.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      ) : null}
    </div>
  );
}

const controlClasses =
  "w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-500 " +
  "aria-invalid:border-red-700 aria-invalid:ring-1 aria-invalid:ring-red-700 disabled:bg-slate-100";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={cx(controlClasses, "min-h-11", className)} {...props} />;
}

export function Textarea({ className, rows = 4, ...props }: ComponentProps<"textarea">) {
  return <textarea rows={rows} className={cx(controlClasses, className)} {...props} />;
}

export function Select({ className, ...props }: ComponentProps<"select">) {
  return <select className={cx(controlClasses, "min-h-11", className)} {...props} />;
}

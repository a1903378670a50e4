"use client";
// A labelled, controlled text input or textarea with its error: the editor keeps every value in
// React state, so nothing typed is lost when a save fails.
import type { ReactNode } from "react";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import type { Option } from "./options";

interface Common {
  label: ReactNode;
  name: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
  hint?: ReactNode;
  className?: string;
}

export function TextInput({ label, name, value, onChange, error, required, hint, className, inputMode, type = "text", maxLength, rows }: Common & { inputMode?: "numeric" | "text" | "url"; type?: "text" | "date" | "url"; maxLength?: number; rows?: number }) {
  return (
    <Field label={label} name={name} error={error} required={required} hint={hint} className={className}>
      {(control) =>
        rows ? (
          <Textarea {...control} rows={rows} maxLength={maxLength} value={value} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <Input {...control} type={type} inputMode={inputMode} maxLength={maxLength} value={value} onChange={(e) => onChange(e.target.value)} />
        )
      }
    </Field>
  );
}

export function SelectInput({ label, name, value, onChange, error, required, options, placeholder, className }: Common & { options: readonly Option[]; placeholder: string }) {
  return (
    <Field label={label} name={name} error={error} required={required} className={className}>
      {(control) => (
        <Select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{placeholder}</option>
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </Select>
      )}
    </Field>
  );
}

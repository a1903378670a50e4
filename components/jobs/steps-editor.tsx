"use client";
// The process route: ordered steps, each with its process, material, tolerance, size, quantity
// and notes; add, remove and move up/down with buttons (usable one-handed on a phone).
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import type { Option } from "./job-form";
import { emptyStep, type StepValues } from "./step-values";

export type { StepValues };

interface Props {
  steps: StepValues[];
  onChange: (steps: StepValues[]) => void;
  processes: Option[];
  materials: Option[];
  errors: Record<string, string>;
}

export function StepsEditor({ steps, onChange, processes, materials, errors }: Props) {
  const t = useTranslations("jobs.form");
  const update = (index: number, patch: Partial<StepValues>) => onChange(steps.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...steps];
    const [step] = next.splice(index, 1);
    next.splice(index + by, 0, step!);
    onChange(next);
  };
  const stepError = (index: number, field: string) => errors[`steps.${index}.${field}`];

  return (
    <div className="flex flex-col gap-4">
      {errors.steps ? <p className="font-bold text-red-700" data-testid="field-error-steps">{errors.steps}</p> : null}
      <ol className="flex flex-col gap-4" data-testid="steps">
        {steps.map((step, index) => (
          <li key={index} className="rounded-md border border-slate-300 p-3" data-testid={`step-${index + 1}`}>
            <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
              <span className="font-bold">
                {index + 1}. {processes.find((p) => p.value === step.processCode)?.label ?? ""}
              </span>
              <div className="flex gap-1">
                <Button size="sm" variant="secondary" disabled={index === 0} onClick={() => move(index, -1)} aria-label={`${t("moveUp")} ${index + 1}`}>
                  ↑
                </Button>
                <Button size="sm" variant="secondary" disabled={index === steps.length - 1} onClick={() => move(index, 1)} aria-label={`${t("moveDown")} ${index + 1}`}>
                  ↓
                </Button>
                <Button size="sm" variant="ghost" onClick={() => onChange(steps.filter((_, i) => i !== index))}>
                  {t("removeStep")}
                </Button>
              </div>
            </div>
            <div className="grid gap-3 sm:grid-cols-2">
              <Field label={t("process")} name={`step-${index}-process`} required error={stepError(index, "processCode")}>
                {(control) => (
                  <Select {...control} value={step.processCode} onChange={(e) => update(index, { processCode: e.target.value })}>
                    <option value="">{t("chooseProcess")}</option>
                    {processes.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
              <Field label={t("material")} name={`step-${index}-material`} error={stepError(index, "materialCode")}>
                {(control) => (
                  <Select {...control} value={step.materialCode} onChange={(e) => update(index, { materialCode: e.target.value })}>
                    <option value="">{t("anyMaterial")}</option>
                    {materials.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
              {(["toleranceUm", "sizeMm", "quantity"] as const).map((field) => (
                <Field key={field} label={t(field === "toleranceUm" ? "tolerance" : field === "sizeMm" ? "size" : "stepQuantity")} name={`step-${index}-${field}`} error={stepError(index, field)}>
                  {(control) => <Input {...control} inputMode="numeric" value={step[field]} onChange={(e) => update(index, { [field]: e.target.value })} />}
                </Field>
              ))}
              <Field label={t("notes")} name={`step-${index}-notes`} error={stepError(index, "notes")}>
                {(control) => <Input {...control} maxLength={2000} value={step.notes} onChange={(e) => update(index, { notes: e.target.value })} />}
              </Field>
            </div>
          </li>
        ))}
      </ol>
      <Button variant="secondary" onClick={() => onChange([...steps, emptyStep()])} data-testid="add-step">
        ＋ {t("addStep")}
      </Button>
    </div>
  );
}

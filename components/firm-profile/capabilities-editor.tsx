"use client";
// Capabilities, one card per process: materials (checkboxes, the process's usual ones first),
// best tolerance, largest workpiece, monthly capacity, lead time. Add and remove in place.
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { emptyCapability, type CapabilityValues } from "@/lib/firm-profile/form-values";
import type { ProfileOptions } from "./options";
import { SelectInput, TextInput } from "./text-input";

interface Props {
  rows: CapabilityValues[];
  onChange: (rows: CapabilityValues[]) => void;
  options: ProfileOptions;
  errors: Record<string, string>;
}

function MaterialChoices({ row, index, options, onToggle, error }: { row: CapabilityValues; index: number; options: ProfileOptions; onToggle: (code: string) => void; error?: string }) {
  const t = useTranslations("firmProfile.capabilities");
  const usual = new Set(options.materialsByProcess[row.processCode] ?? []);
  const ordered = [...options.materials.filter((m) => usual.has(m.value)), ...options.materials.filter((m) => !usual.has(m.value))];
  return (
    <fieldset className="sm:col-span-2">
      <legend className="font-bold">{t("materials")}</legend>
      <details className="mt-1 rounded-md border border-slate-300 p-2">
        <summary className="min-h-11 cursor-pointer py-2 text-sm">{t("materialsChosen", { count: row.materialCodes.length })}</summary>
        <div className="grid grid-cols-1 gap-1 min-[420px]:grid-cols-2">
          {ordered.map((m) => (
            <label key={m.value} className="flex min-h-11 items-center gap-2 text-sm">
              <input type="checkbox" className="h-5 w-5" checked={row.materialCodes.includes(m.value)} onChange={() => onToggle(m.value)} data-testid={`capability-${index}-material-${m.value}`} />
              {m.label}
            </label>
          ))}
        </div>
      </details>
      {error ? <p className="text-sm font-bold text-red-700" data-testid={`field-error-capabilities.${index}.materialCodes`}>{error}</p> : null}
    </fieldset>
  );
}

export function CapabilitiesEditor({ rows, onChange, options, errors }: Props) {
  const t = useTranslations("firmProfile.capabilities");
  const basics = useTranslations("firmProfile.basics");
  const update = (index: number, patch: Partial<CapabilityValues>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  // A material's error sits on the list item ("capabilities.0.materialCodes.2"): show it on the list.
  const err = (index: number, field: string) => {
    const key = `capabilities.${index}.${field}`;
    return errors[key] ?? Object.entries(errors).find(([k]) => k.startsWith(`${key}.`))?.[1];
  };
  const numberField = (index: number, field: "bestToleranceUm" | "maxWorkpieceMm" | "monthlyCapacity" | "leadTimeDays") => (
    <TextInput label={t(field)} name={`capabilities.${index}.${field}`} required inputMode="numeric" value={rows[index]![field]} onChange={(v) => update(index, { [field]: v })} error={err(index, field)} />
  );

  return (
    <section className="flex flex-col gap-3" aria-labelledby="capabilities-title" data-testid="capabilities">
      <h2 id="capabilities-title" className="text-lg font-bold">{t("title")}</h2>
      <p className="text-sm text-slate-700">{t("hint")}</p>
      {errors.capabilities ? <p className="font-bold text-red-700" data-testid="field-error-capabilities">{errors.capabilities}</p> : null}
      {rows.length === 0 ? <p>{t("none")}</p> : null}
      <ol className="flex flex-col gap-3">
        {rows.map((row, index) => (
          <li key={index} className="grid gap-3 rounded-md border border-slate-300 p-3 sm:grid-cols-2" data-testid={`capability-${index}`}>
            <SelectInput label={t("process")} name={`capabilities.${index}.processCode`} required value={row.processCode} options={options.processes} placeholder={basics("choose")} onChange={(v) => update(index, { processCode: v })} error={err(index, "processCode")} />
            <div className="flex items-end justify-end">
              <Button variant="ghost" onClick={() => onChange(rows.filter((_, i) => i !== index))} data-testid={`capability-${index}-remove`}>{t("remove")}</Button>
            </div>
            <MaterialChoices row={row} index={index} options={options} error={err(index, "materialCodes")}
              onToggle={(code) => update(index, { materialCodes: row.materialCodes.includes(code) ? row.materialCodes.filter((c) => c !== code) : [...row.materialCodes, code] })} />
            {numberField(index, "bestToleranceUm")}
            {numberField(index, "maxWorkpieceMm")}
            {numberField(index, "monthlyCapacity")}
            {numberField(index, "leadTimeDays")}
            <TextInput className="sm:col-span-2" label={t("notes")} name={`capabilities.${index}.notes`} value={row.notes} maxLength={500} onChange={(v) => update(index, { notes: v })} error={err(index, "notes")} />
          </li>
        ))}
      </ol>
      <Button variant="secondary" className="self-start" onClick={() => onChange([...rows, emptyCapability()])} data-testid="capability-add">{t("add")}</Button>
    </section>
  );
}

"use client";
// Equipment rows: a compact line per machine, opened in place to edit, removed with one tap.
// New rows and rows with an error open by themselves, so a problem is never hidden.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { emptyEquipment, type EquipmentValues } from "@/lib/firm-profile/form-values";
import type { ProfileOptions } from "./options";
import { SelectInput, TextInput } from "./text-input";

interface Props {
  rows: EquipmentValues[];
  onChange: (rows: EquipmentValues[]) => void;
  options: ProfileOptions;
  errors: Record<string, string>;
}

const NUMBER_FIELDS = ["year", "count", "travelXMm", "travelYMm", "travelZMm", "maxDiameterMm", "tonnage", "accuracyUm"] as const;

export function EquipmentEditor({ rows, onChange, options, errors }: Props) {
  const t = useTranslations("firmProfile.equipment");
  const basics = useTranslations("firmProfile.basics");
  // Open rows are tracked by object identity, which survives removing a row above.
  const [open, setOpen] = useState<Set<EquipmentValues>>(() => new Set());
  const update = (index: number, patch: Partial<EquipmentValues>) => {
    const next = { ...rows[index]!, ...patch };
    setOpen((o) => (o.has(rows[index]!) ? new Set([...o].map((r) => (r === rows[index] ? next : r))) : o));
    onChange(rows.map((r, i) => (i === index ? next : r)));
  };
  const err = (index: number, field: string) => errors[`equipment.${index}.${field}`];
  const hasError = (index: number) => Object.keys(errors).some((k) => k.startsWith(`equipment.${index}.`));
  const kindLabel = (kind: string) => options.equipmentKinds.find((k) => k.value === kind)?.label ?? "";

  return (
    <section className="flex flex-col gap-3" aria-labelledby="equipment-title" data-testid="equipment">
      <h2 id="equipment-title" className="text-lg font-bold">{t("title")}</h2>
      {errors.equipment ? <p className="font-bold text-red-700" data-testid="field-error-equipment">{errors.equipment}</p> : null}
      {rows.length === 0 ? <p>{t("none")}</p> : null}
      <ol className="flex flex-col gap-2">
        {rows.map((row, index) => {
          const expanded = open.has(row) || hasError(index);
          return (
            <li key={row.id || `new-${index}`} className="rounded-md border border-slate-300 p-3" data-testid={`equipment-${index}`}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="min-w-0 break-words">
                  <span className="font-bold">{kindLabel(row.kind) || t("newRow")}</span> {row.maker} {row.model}{row.count && row.count !== "1" ? ` × ${row.count}` : ""}
                </span>
                <span className="flex gap-1">
                  <Button size="sm" variant="secondary" aria-expanded={expanded} onClick={() => setOpen((o) => { const n = new Set(o); if (n.has(row)) n.delete(row); else n.add(row); return n; })} data-testid={`equipment-${index}-edit`}>
                    {expanded ? t("done") : t("edit")}
                  </Button>
                  <Button size="sm" variant="ghost" onClick={() => onChange(rows.filter((_, i) => i !== index))} data-testid={`equipment-${index}-remove`}>{t("remove")}</Button>
                </span>
              </div>
              {expanded ? (
                <div className="mt-3 grid gap-3 sm:grid-cols-2">
                  <SelectInput label={t("kind")} name={`equipment.${index}.kind`} required value={row.kind} options={options.equipmentKinds} placeholder={basics("choose")} onChange={(v) => update(index, { kind: v })} error={err(index, "kind")} />
                  <TextInput label={t("maker")} name={`equipment.${index}.maker`} required maxLength={100} value={row.maker} onChange={(v) => update(index, { maker: v })} error={err(index, "maker")} />
                  <TextInput label={t("model")} name={`equipment.${index}.model`} required maxLength={100} value={row.model} onChange={(v) => update(index, { model: v })} error={err(index, "model")} />
                  {NUMBER_FIELDS.map((field) => (
                    <TextInput key={field} label={t(field)} name={`equipment.${index}.${field}`} required={field === "count"} inputMode="numeric" value={row[field]} onChange={(v) => update(index, { [field]: v })} error={err(index, field)} />
                  ))}
                  <TextInput className="sm:col-span-2" label={t("notes")} name={`equipment.${index}.notes`} maxLength={500} value={row.notes} onChange={(v) => update(index, { notes: v })} error={err(index, "notes")} />
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      <Button variant="secondary" className="self-start" data-testid="equipment-add" onClick={() => {
        const row = emptyEquipment();
        setOpen((o) => new Set(o).add(row));
        onChange([...rows, row]);
      }}>{t("add")}</Button>
    </section>
  );
}

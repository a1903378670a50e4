"use client";
// Measured values of one lot, entered on a phone at the machine: one row per sample unit and
// characteristic, a numeric keyboard, and a value outside its limits marked at once (the same
// exact check the server makes, lib/quality/tolerance.ts). The server judges again, records the
// lot and, if any unit is out, raises a non-conformance, whose page opens next.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { recordInspectionLot } from "@/app/groups/inspection-actions";
import { errorOf, FormResult, SubmitButton, TextField, useForm, valueOf } from "@/components/auth/form-kit";
import { OneTimeKeyField } from "@/components/auth/one-time-key";
import { MEASUREMENT_FIELD_PREFIX } from "@/lib/quality/inspection-schemas";
import { judge, parseDecimal } from "@/lib/quality/tolerance";

export interface MeasureCharacteristic {
  id: string;
  name: string;
  kind: "VARIABLE" | "ATTRIBUTE";
  unit: string;
  lower: string | null;
  upper: string | null;
  limits: string;
  method: string;
}

function ValueInput({ name, label, characteristic, initial, error }: { name: string; label: string; characteristic: MeasureCharacteristic; initial: string; error?: string }) {
  const t = useTranslations("quality.measure");
  const [value, setValue] = useState(initial);
  const parsed = value.trim() === "" ? null : parseDecimal(value);
  const out = parsed !== null && judge(parsed, { lower: characteristic.lower, upper: characteristic.upper }) !== "OK";
  const bad = (value.trim() !== "" && parsed === null) || Boolean(error);
  return (
    <label className="flex flex-col gap-1 text-sm">
      <span className="text-slate-700">{label}</span>
      <input
        name={name}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        inputMode="decimal"
        autoComplete="off"
        enterKeyHint="next"
        aria-invalid={out || bad}
        className={`min-h-11 w-full rounded-md border px-2 text-base ${out ? "border-red-600 bg-red-50 text-red-900" : bad ? "border-amber-600" : "border-slate-300"}`}
        data-testid={`value-${name}`}
      />
      {out ? <span className="text-xs font-bold text-red-800" data-testid="out-of-tolerance">{t("out")}</span> : null}
    </label>
  );
}

function GoNoGo({ name, label, initial }: { name: string; label: string; initial: string }) {
  const t = useTranslations("quality.measure");
  const [value, setValue] = useState(initial || "OK");
  return (
    <fieldset className="flex flex-col gap-1 text-sm">
      <legend className="text-slate-700">{label}</legend>
      <div className="grid grid-cols-2 gap-1">
        {(["OK", "NG"] as const).map((v) => (
          <label key={v} className={`flex min-h-11 cursor-pointer items-center justify-center rounded-md border font-bold ${value === v ? (v === "OK" ? "border-green-700 bg-green-50" : "border-red-700 bg-red-50 text-red-900") : "border-slate-300"}`}>
            <input type="radio" name={name} value={v} checked={value === v} onChange={() => setValue(v)} className="sr-only" data-testid={`${v}-${name}`} />
            {t(v)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function MeasureForm({ groupId, step, sampleSize, characteristics }: { groupId: string; step: string; sampleSize: number; characteristics: MeasureCharacteristic[] }) {
  const t = useTranslations("quality.measure");
  const [state, action] = useForm(recordInspectionLot);
  const router = useRouter();
  useEffect(() => {
    if (!state?.ok) return;
    router.push(state.data.ncId ? `/groups/${groupId}/quality/nc/${state.data.ncId}` : `/groups/${groupId}/quality?recorded=${state.data.lotId}`);
  }, [state, router, groupId]);
  const samples = Array.from({ length: sampleSize }, (_, i) => i + 1);
  return (
    <form action={action} className="flex flex-col gap-4" data-testid="measure-form">
      <OneTimeKeyField state={state} />
      <input type="hidden" name="groupId" value={groupId} />
      <input type="hidden" name="assignmentId" value={step} />
      <input type="hidden" name="sampleSize" value={sampleSize} />
      <div className="grid grid-cols-2 gap-2">
        <TextField state={state} name="lotNumber" label={t("lotNumber")} required maxLength={50} />
        <TextField state={state} name="lotQuantity" label={t("lotQuantity")} required inputMode="numeric" />
      </div>
      {characteristics.map((c) => (
        <fieldset key={c.id} className="rounded-md border border-slate-200 p-3">
          <legend className="px-1 font-bold">{c.name}{c.unit ? ` (${c.unit})` : ""}</legend>
          <p className="mb-2 text-sm text-slate-700">{c.limits}{c.method ? ` · ${c.method}` : ""}</p>
          <div className="grid grid-cols-2 gap-2 sm:grid-cols-5">
            {samples.map((i) => {
              const name = `${MEASUREMENT_FIELD_PREFIX}${c.id}:${i}`;
              const label = t("sample", { index: i });
              return c.kind === "ATTRIBUTE"
                ? <GoNoGo key={name} name={name} label={label} initial={valueOf(state, name)} />
                : <ValueInput key={name} name={name} label={label} characteristic={c} initial={valueOf(state, name)} error={errorOf(state, name)} />;
            })}
          </div>
        </fieldset>
      ))}
      <FormResult state={state} testId="measure" />
      <SubmitButton testId="measure-submit">{t("submit")}</SubmitButton>
    </form>
  );
}

"use client";
// Adding a characteristic to a step's inspection plan (lib/quality/inspection-schemas.ts).
import { useTranslations } from "next-intl";
import { useState } from "react";
import { addPlanCharacteristic } from "@/app/groups/inspection-actions";
import { FormResult, SelectField, SubmitButton, TextField, useForm, valueOf } from "@/components/auth/form-kit";
import { OneTimeKeyField } from "@/components/auth/one-time-key";

export function AddCharacteristicForm({ groupId, step }: { groupId: string; step: string }) {
  const t = useTranslations("quality.plan");
  const [state, action] = useForm(addPlanCharacteristic);
  const [kind, setKind] = useState(valueOf(state, "kind", "VARIABLE"));
  return (
    <form action={action} className="flex flex-col gap-2" data-testid={`add-characteristic-${step || "final"}`} onChange={(e) => {
      const target = e.target as unknown as HTMLSelectElement;
      if (target.name === "kind") setKind(target.value);
    }}>
      <OneTimeKeyField state={state} />
      <input type="hidden" name="groupId" value={groupId} />
      <input type="hidden" name="assignmentId" value={step} />
      <div className="grid gap-2 sm:grid-cols-2">
        <TextField state={state} name="name" label={t("name")} required maxLength={200} />
        <SelectField state={state} name="kind" label={t("kind")} defaultValue="VARIABLE" options={[{ value: "VARIABLE", label: t("VARIABLE") }, { value: "ATTRIBUTE", label: t("ATTRIBUTE") }]} />
      </div>
      {kind === "VARIABLE" ? (
        <>
          <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
            <TextField state={state} name="nominal" label={t("nominal")} maxLength={30} />
            <TextField state={state} name="lower" label={t("lower")} maxLength={30} />
            <TextField state={state} name="upper" label={t("upper")} maxLength={30} />
            <TextField state={state} name="unit" label={t("unit")} maxLength={20} defaultValue="mm" />
          </div>
          <p className="text-xs text-slate-600">{t("limitsHint")}</p>
        </>
      ) : null}
      <TextField state={state} name="method" label={t("method")} maxLength={200} />
      <FormResult state={state} testId="add-characteristic" />
      <SubmitButton variant="secondary" testId="add-characteristic-submit">{t("add")}</SubmitButton>
    </form>
  );
}

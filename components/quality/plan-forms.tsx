"use client";
// Adding a characteristic to a step's inspection plan, and a document to a delivery
// (lib/quality/inspection-schemas.ts).
import { useTranslations } from "next-intl";
import { useState } from "react";
import { addPlanCharacteristic, uploadDeliveryDocument } from "@/app/groups/inspection-actions";
import { errorOf, FormResult, SelectField, SubmitButton, TextField, useForm, valueOf } from "@/components/auth/form-kit";
import { Field, Input } from "@/components/ui/field";
import { DELIVERY_DOCUMENT_TYPES } from "@/lib/quality/inspection-schemas";
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

/** A mill certificate, certificate of conformity or RoHS/REACH declaration for a lot. */
export function DeliveryDocumentForm({ groupId, lots }: { groupId: string; lots: { value: string; label: string }[] }) {
  const t = useTranslations("quality.documents");
  const [state, action] = useForm(uploadDeliveryDocument);
  return (
    <form action={action} className="flex flex-col gap-2" data-testid="document-form">
      <OneTimeKeyField state={state} />
      <input type="hidden" name="groupId" value={groupId} />
      <div className="grid gap-2 sm:grid-cols-2">
        <SelectField state={state} name="kind" label={t("kind")} required defaultValue="MILL_CERTIFICATE" options={DELIVERY_DOCUMENT_TYPES.map((k) => ({ value: k, label: t(k) }))} />
        <SelectField state={state} name="lotId" label={t("lot")} placeholder={t("wholeDelivery")} options={lots} />
      </div>
      <Field label={t("file")} name="file" required error={errorOf(state, "file")}>
        {(control) => <Input {...control} type="file" accept="application/pdf,image/png,image/jpeg" className="text-sm" data-testid="document-file" />}
      </Field>
      <FormResult state={state} testId="document" />
      <SubmitButton variant="secondary" testId="document-submit">{t("submit")}</SubmitButton>
    </form>
  );
}

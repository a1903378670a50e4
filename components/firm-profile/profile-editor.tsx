"use client";
// The firm profile editor. Every value lives in React state and is sent as one FormData (lists as
// JSON) to saveFirmProfile, which parses it with the same firmProfileSchema; errors come back per
// field ("equipment.2.year") and are shown next to that field, and nothing typed is lost.
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { saveFirmProfile } from "@/app/firm/profile/actions";
import { FormResult } from "@/components/auth/form-kit";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";
import type { ActionState } from "@/lib/actions/result";
import { profileFormData, type ProfileFormValues } from "@/lib/firm-profile/form-values";
import { CapabilitiesEditor } from "./capabilities-editor";
import { CertificationsEditor } from "./certifications-editor";
import { EquipmentEditor } from "./equipment-editor";
import type { ProfileOptions } from "./options";
import { SelectInput, TextInput } from "./text-input";

export function ProfileEditor({ initial, options, today }: { initial: ProfileFormValues; options: ProfileOptions; today: string }) {
  const t = useTranslations("firmProfile");
  const tb = useTranslations("firmProfile.basics");
  const [values, setValues] = useState(initial);
  const [dirty, setDirty] = useState(false);
  // After a save the page re-renders with the stored profile (new machines now have ids): take it
  // over unless the user has started typing again.
  const [shown, setShown] = useState(initial);
  if (initial !== shown && !dirty) {
    setShown(initial);
    setValues(initial);
  }
  const [state, save, saving] = useActionState(async (_: ActionState<{ firmId: string; savedAt: string }>, data: FormData) => {
    const result = await saveFirmProfile(null, data);
    if (result.ok) setDirty(false);
    return result;
  }, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const errorCount = Object.keys(errors).length;
  const set = <K extends keyof ProfileFormValues>(key: K, value: ProfileFormValues[K]) => {
    setDirty(true);
    setValues((v) => ({ ...v, [key]: value }));
  };
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state && !state.ok) summary.current?.focus();
  }, [state]);
  // Leaving the page with unsaved changes asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const text = (name: keyof ProfileFormValues & string, options: { required?: boolean; maxLength?: number; rows?: number; inputMode?: "numeric" | "url"; className?: string } = {}) => (
    <TextInput label={tb(name)} name={name} value={values[name] as string} onChange={(v) => set(name, v as never)} error={errors[name]} {...options} />
  );

  return (
    <form onSubmit={submitWithoutReset(() => save(profileFormData(values)))} className="flex flex-col gap-6" noValidate data-testid="profile-form">
      <div ref={summary} tabIndex={-1} className="flex flex-col gap-2 outline-none">
        <FormResult state={state} testId="profile" />
        {errorCount > 0 ? <Notice tone="error">{t("rowErrors", { count: errorCount })}</Notice> : null}
      </div>
      <Card className="grid gap-4 sm:grid-cols-2" aria-labelledby="basics-title">
        <h2 id="basics-title" className="text-lg font-bold sm:col-span-2">{tb("title")}</h2>
        {text("nameJa", { required: true, maxLength: 100 })}
        {text("nameKana", { maxLength: 100 })}
        {text("nameEn", { maxLength: 100 })}
        {text("postalCode", { inputMode: "numeric", maxLength: 8 })}
        <SelectInput label={tb("municipalityCode")} name="municipalityCode" required value={values.municipalityCode} options={options.municipalities} placeholder={tb("choose")} onChange={(v) => set("municipalityCode", v)} error={errors.municipalityCode} />
        {text("address", { required: true, maxLength: 200 })}
        {text("employees", { required: true, inputMode: "numeric" })}
        {text("foundedYear", { inputMode: "numeric" })}
        {text("website", { inputMode: "url", maxLength: 300, className: "sm:col-span-2" })}
        {text("invoiceRegistrationNumber", { maxLength: 20, className: "sm:col-span-2" })}
        {text("descriptionJa", { rows: 5, maxLength: 4000, className: "sm:col-span-2" })}
        {text("descriptionEn", { rows: 5, maxLength: 4000, className: "sm:col-span-2" })}
        {text("strengthsJa", { rows: 3, maxLength: 2000, className: "sm:col-span-2" })}
        {text("strengthsEn", { rows: 3, maxLength: 2000, className: "sm:col-span-2" })}
      </Card>
      <Card><CapabilitiesEditor rows={values.capabilities} onChange={(rows) => set("capabilities", rows)} options={options} errors={errors} /></Card>
      <Card><EquipmentEditor rows={values.equipment} onChange={(rows) => set("equipment", rows)} options={options} errors={errors} /></Card>
      <Card><CertificationsEditor rows={values.certifications} onChange={(rows) => set("certifications", rows)} options={options} errors={errors} today={today} /></Card>
      {/* Sticky on phones so Save is always one thumb away. */}
      <div className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 px-4 py-3 sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:px-0">
        <Button type="submit" disabled={saving} aria-disabled={saving} data-testid="profile-save">{saving ? t("saving") : t("save")}</Button>
        {dirty ? <span className="text-sm text-slate-700" data-testid="profile-unsaved">{t("unsaved")}</span> : null}
      </div>
    </form>
  );
}

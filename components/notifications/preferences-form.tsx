"use client";
// Notification settings: for each kind the viewer's role receives, shown in the app (yes/no) and
// e-mail (the kind's choices). After a failed save the form shows what the user chose.
import { useTranslations } from "next-intl";
import { saveNotificationPreferences } from "@/app/profile/notifications/actions";
import { FormResult, SubmitButton, useForm, valueOf } from "@/components/auth/form-kit";
import { Notice } from "@/components/ui/notice";
import { Field, Select } from "@/components/ui/field";
import type { EmailFrequency } from "@/lib/generated/prisma/enums";
import { emailField, inAppField } from "@/lib/notifications/preferences-schema";

export interface PreferenceRow {
  kind: string;
  inApp: boolean;
  email: EmailFrequency;
  emailChoices: readonly EmailFrequency[];
}

export function PreferencesForm({ rows }: { rows: readonly PreferenceRow[] }) {
  const t = useTranslations("notifications");
  const [state, action] = useForm(saveNotificationPreferences);
  const failed = state !== null && !state.ok;
  return (
    <form action={action} className="flex flex-col gap-4" data-testid="notification-preferences-form">
      <input type="hidden" name="kinds" value={rows.map((r) => r.kind).join(",")} />
      <ul className="flex flex-col divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
        {rows.map((row, index) => {
          const inApp = failed ? state.values[inAppField(row.kind)] === "on" : row.inApp;
          const email = valueOf(state, emailField(row.kind), row.email);
          const error = failed ? state.fieldErrors?.[`preferences.${index}.email`] : undefined;
          return (
            <li key={row.kind} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-end sm:justify-between" data-testid={`preference-${row.kind}`}>
              <div className="min-w-0 flex-1">
                <p className="break-words font-bold text-slate-900">{t(`kinds.${row.kind}.label`)}</p>
                <label className="mt-2 flex min-h-11 items-center gap-2 text-slate-800">
                  <input type="checkbox" name={inAppField(row.kind)} defaultChecked={inApp} key={`${row.kind}:${String(inApp)}`} className="h-5 w-5" />
                  {t("settings.inApp")}
                </label>
              </div>
              <Field label={t("settings.email")} name={emailField(row.kind)} error={error} className="sm:w-64">
                {(control) => (
                  <Select key={`${row.kind}:${email}`} {...control} defaultValue={email}>
                    {row.emailChoices.map((choice) => (
                      <option key={choice} value={choice}>
                        {t(`settings.emailChoices.${choice}`)}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
            </li>
          );
        })}
      </ul>
      <FormResult state={state} testId="notification-preferences" />
      {state?.ok ? <Notice tone="success" live data-testid="notification-preferences-saved">{t("settings.saved")}</Notice> : null}
      <div>
        <SubmitButton pendingLabel={t("settings.saving")} testId="notification-preferences-save">
          {t("settings.save")}
        </SubmitButton>
      </div>
    </form>
  );
}

"use client";
// Bulk import from CSV or .xlsx: choose the list and the file, see every problem by row and column,
// then import — possible only when the preview is clean, and all or nothing. Export links give the
// same format back (the template to start from).
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { importFirmSheet, previewFirmSheet } from "@/app/firm/profile/actions";
import { FormResult } from "@/components/auth/form-kit";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import type { ImportPreview } from "@/lib/firm-profile/import-export";

type Preview = Omit<ImportPreview, "problems"> & { problems: (ImportPreview["problems"][number] & { text: string })[]; imported?: number };

export function SheetImport() {
  const t = useTranslations("firmProfile.sheet");
  const [target, setTarget] = useState<"equipment" | "capabilities">("equipment");
  const [state, run, busy] = useActionState(async (_: ActionState<Preview>, data: FormData): Promise<ActionResult<Preview>> => {
    const intent = data.get("intent");
    return intent === "import" ? importFirmSheet(null, data) : previewFirmSheet(null, data);
  }, null);
  const preview = state?.ok ? state.data : null;
  // Not <form action>: React resets a form after its action, which would drop the chosen file
  // between "check" and "import".
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => run(data));
  };
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};

  return (
    <section className="flex flex-col gap-4" aria-labelledby="sheet-title" data-testid="sheet-import">
      <h2 id="sheet-title" className="text-lg font-bold">{t("title")}</h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <div className="flex flex-wrap gap-2">
        <a className="min-h-11 py-2 text-sm font-bold underline" href={`/api/firm/profile/export?target=${target}&format=csv`} data-testid="export-csv">{t("exportCsv")}</a>
        <a className="min-h-11 py-2 text-sm font-bold underline" href={`/api/firm/profile/export?target=${target}&format=xlsx`} data-testid="export-xlsx">{t("exportXlsx")}</a>
      </div>
      <form onSubmit={submit} className="grid gap-3 sm:grid-cols-2" data-testid="sheet-form">
        <Field label={t("target")} name="target" error={errors.target}>
          {(control) => (
            <Select {...control} value={target} onChange={(e) => setTarget(e.target.value as typeof target)}>
              <option value="equipment">{t("equipment")}</option>
              <option value="capabilities">{t("capabilities")}</option>
            </Select>
          )}
        </Field>
        <Field label={t("file")} name="file" error={errors.file} required>
          {(control) => <Input {...control} type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" data-testid="sheet-file" />}
        </Field>
        <div className="flex flex-wrap gap-2 sm:col-span-2">
          <Button type="submit" name="intent" value="preview" variant="secondary" disabled={busy} data-testid="sheet-preview">{t("preview")}</Button>
          <Button type="submit" name="intent" value="import" disabled={busy || !preview || preview.problems.length > 0 || preview.imported !== undefined} data-testid="sheet-import-submit">{t("import")}</Button>
        </div>
      </form>
      <FormResult state={state} testId="sheet" />
      {preview ? (
        <div className="flex flex-col gap-3" data-testid="sheet-preview-result">
          <p className="font-bold">{t("rows", { count: preview.rowCount })}</p>
          {preview.imported !== undefined ? <Notice tone="success">{t("imported", { count: preview.imported })}</Notice> : preview.problems.length === 0 ? <Notice tone="success">{t("clean")}</Notice> : <Notice tone="error">{t("problems", { count: preview.problems.length })}</Notice>}
          {preview.problems.length ? (
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm" data-testid="sheet-problems">
                <thead><tr><th className="p-1">{t("row")}</th><th className="p-1">{t("column")}</th><th className="p-1">{t("problem")}</th></tr></thead>
                <tbody>
                  {preview.problems.map((p, i) => (
                    <tr key={i} className="border-t border-slate-200">
                      <td className="p-1">{p.row}</td>
                      <td className="break-all p-1 font-mono">{p.column ?? t("wholeRow")}</td>
                      <td className="p-1">{p.text}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

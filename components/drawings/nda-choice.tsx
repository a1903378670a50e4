"use client";
// The buyer's choice of confidentiality for a job, in the job form: none, the platform's standard
// agreement, or its own PDF (uploaded to the saved draft, checked like a drawing), and how long the
// drawings are kept after the job ends.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";

export type NdaKindValue = "NONE" | "STANDARD" | "CUSTOM";

export function NdaChoice({ jobId, kind, retentionDays, document, errors, onKind, onRetention }: {
  jobId: string;
  kind: NdaKindValue;
  retentionDays: string;
  document: { fileName: string } | null;
  errors: Record<string, string | undefined>;
  onKind: (kind: NdaKindValue) => void;
  onRetention: (days: string) => void;
}) {
  const t = useTranslations("drawings.form");
  const [current, setCurrent] = useState(document);
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });

  async function upload() {
    if (!file || !jobId) return;
    setState({ busy: true });
    const body = new FormData();
    body.set("file", file);
    const response = await fetch(`/api/jobs/${jobId}/nda`, { method: "POST", body }).catch(() => null);
    const json = (await response?.json().catch(() => null)) as { document?: { fileName: string }; error?: string } | null;
    if (response?.ok && json?.document) {
      setCurrent(json.document);
      setFile(null);
      setState({ busy: false });
    } else setState({ busy: false, error: t("uploadFailed", { reason: json?.error ?? String(response?.status ?? "") }) });
  }

  return (
    <Card className="flex flex-col gap-4" data-testid="nda-choice">
      <h2 className="text-lg font-bold">{t("title")}</h2>
      <p className="text-sm text-slate-600">{t("help")}</p>
      <fieldset className="flex flex-col gap-2" aria-describedby={errors.ndaKind ? "ndaKind-error" : undefined}>
        {(["NONE", "STANDARD", "CUSTOM"] as const).map((value) => (
          <label key={value} className="flex min-h-11 items-center gap-2">
            <input type="radio" name="ndaKind-choice" className="size-5 shrink-0" checked={kind === value} onChange={() => onKind(value)} data-testid={`nda-${value}`} />
            <span>{t(value)}</span>
          </label>
        ))}
      </fieldset>
      {errors.ndaKind ? <p id="ndaKind-error" className="text-sm font-bold text-red-700">{errors.ndaKind}</p> : null}
      {kind !== "NONE" ? (
        <Field label={t("retentionDays")} name="ndaRetentionDays" error={errors.ndaRetentionDays} hint={t("retentionHint")}>
          {(control) => <Input {...control} inputMode="numeric" value={retentionDays} onChange={(e) => onRetention(e.target.value)} />}
        </Field>
      ) : null}
      {kind === "CUSTOM" ? (
        <div className="flex flex-col gap-2">
          <p className="font-bold">{t("document")}</p>
          <p className="text-sm" data-testid="nda-document-current">{current ? t("documentCurrent", { name: current.fileName }) : jobId ? t("documentNone") : t("documentAfterDraft")}</p>
          {jobId ? (
            <div className="flex flex-wrap items-center gap-2">
              <input type="file" accept=".pdf,application/pdf" onChange={(e) => setFile(e.target.files?.[0] ?? null)} className="max-w-full text-sm" data-testid="nda-document-input" />
              <Button variant="secondary" size="sm" disabled={!file || state.busy} onClick={() => void upload()}>{state.busy ? t("uploading") : t("upload")}</Button>
            </div>
          ) : null}
          {state.error ? <p className="text-sm font-bold text-red-700" role="alert">{state.error}</p> : null}
        </div>
      ) : null}
    </Card>
  );
}

"use client";
// Drawings and specifications, uploaded to the saved draft; the server checks type by content.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export interface AttachmentItem {
  id: string;
  fileName: string;
  sizeBytes: number;
}

export function JobAttachments({ jobId, initial }: { jobId: string; initial: AttachmentItem[] }) {
  const t = useTranslations("jobs.form");
  const [items, setItems] = useState(initial);
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });

  async function upload() {
    if (!file || !jobId) return;
    setState({ busy: true });
    const body = new FormData();
    body.set("file", file);
    const response = await fetch(`/api/jobs/${jobId}/attachments`, { method: "POST", body }).catch(() => null);
    const json = (await response?.json().catch(() => null)) as { attachment?: AttachmentItem; error?: string } | null;
    if (response?.ok && json?.attachment) {
      setItems((list) => [...list, json.attachment!]);
      setFile(null);
      setState({ busy: false });
    } else setState({ busy: false, error: t("uploadFailed", { reason: json?.error ?? String(response?.status ?? "") }) });
  }

  return (
    <Card className="flex flex-col gap-3">
      <h2 className="text-lg font-bold">{t("attachments")}</h2>
      <p className="text-sm text-slate-600">{jobId ? t("attachmentsHelp") : t("attachmentsAfterDraft")}</p>
      <ul className="flex flex-col gap-1" data-testid="attachments">
        {items.map((a) => (
          <li key={a.id} className="break-all text-sm">
            <a href={`/api/attachments/${a.id}`} className="text-brand-800 underline">
              {a.fileName}
            </a>{" "}
            <span className="text-slate-500">({Math.ceil(a.sizeBytes / 1024).toLocaleString()} KB)</span>
          </li>
        ))}
      </ul>
      {jobId ? (
        <div className="flex flex-wrap items-center gap-2">
          <input type="file" accept=".pdf,.dxf,.step,.stp,.iges,.igs,.png,.jpg,.jpeg,.webp" onChange={(e) => setFile(e.target.files?.[0] ?? null)} className="max-w-full text-sm" data-testid="attachment-input" />
          <Button variant="secondary" size="sm" disabled={!file || state.busy} onClick={() => void upload()}>
            {state.busy ? t("uploading") : t("upload")}
          </Button>
        </div>
      ) : null}
      {state.error ? <p className="text-sm font-bold text-red-700" role="alert">{state.error}</p> : null}
    </Card>
  );
}

"use client";
// Writing in a group's channel: text and an optional file, sent to the messages route. On an error
// the text stays as typed and the message is shown beside the field; on success the thread reloads.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { OneTimeKeyField } from "@/components/auth/one-time-key";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import type { ActionState } from "@/lib/actions/result";
import type { ChannelName } from "@/lib/groups/messages-channels";

interface Failure {
  error: string;
  fieldErrors?: Record<string, string>;
}

export function MessageForm({ groupId, channel }: { groupId: string; channel: ChannelName }) {
  const t = useTranslations("groups.messages");
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [sent, setSent] = useState<ActionState<{ id: string }>>(null); // a new one-time key after each message

  async function send(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    const body = new FormData(event.currentTarget);
    body.set("channel", channel);
    const response = await fetch(`/api/groups/${groupId}/messages`, { method: "POST", body }).catch(() => null);
    const json = (await response?.json().catch(() => null)) as (Failure & { message?: { id: string } }) | null;
    setBusy(false);
    if (response?.ok && json?.message) {
      setSent({ ok: true, data: json.message });
      form.current?.reset();
      router.refresh();
    } else setFailure({ error: json?.error ?? String(response?.status ?? ""), fieldErrors: json?.fieldErrors });
  }

  return (
    <form ref={form} onSubmit={(e) => void send(e)} className="flex flex-col gap-3" data-testid="message-form">
      <OneTimeKeyField state={sent} />
      <Field label={t("body")} name="body" error={failure?.fieldErrors?.body}>
        {(control) => <Textarea {...control} rows={3} maxLength={4000} data-testid="message-body" />}
      </Field>
      <Field label={t("file")} name="file" error={failure?.fieldErrors?.file}>
        {(control) => <Input {...control} type="file" accept=".pdf,.dxf,.step,.stp,.iges,.igs,.png,.jpg,.jpeg,.webp" className="text-sm" />}
      </Field>
      {failure && !failure.fieldErrors ? <p className="text-sm font-bold text-red-700" role="alert" data-testid="message-error">{failure.error}</p> : null}
      <Button type="submit" disabled={busy} aria-disabled={busy} className="self-start" data-testid="message-send">{busy ? t("sending") : t("send")}</Button>
    </form>
  );
}

// A group's messages in one channel, oldest first, with the channel switch and the form to write.
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { MESSAGES_SHOWN, type listGroupMessages } from "@/lib/groups/messages";
import type { ChannelName } from "@/lib/groups/messages-channels";
import { MessageForm } from "./message-form";

type Message = Awaited<ReturnType<typeof listGroupMessages>>[number];

export async function MessageThread({ groupId, channel, channels, messages, en, canWrite }: { groupId: string; channel: ChannelName; channels: readonly ChannelName[]; messages: Message[]; en: boolean; canWrite: boolean }) {
  const t = await getTranslations("groups.messages");
  const format = await getFormatter();
  const whoIs = (m: Message) => {
    const a = m.author;
    if (!a) return t("removedUser");
    const org = a.firm ? (en && a.firm.nameEn) || a.firm.nameJa : a.buyerOrg ? a.buyerOrg.name : a.association ? (en && a.association.nameEn) || a.association.nameJa : "";
    return org ? `${a.name}（${org}）` : a.name;
  };
  return (
    <Card id="messages" data-testid="messages">
      <h2 className="mb-2 text-lg font-bold">{t("title")}</h2>
      {channels.length > 1 ? (
        <nav className="mb-2 flex gap-2" aria-label={t("title")}>
          {channels.map((c) => (
            <Link key={c} href={`/groups/${groupId}?channel=${c}#messages`} aria-current={c === channel ? "page" : undefined} className={`min-h-11 rounded-full px-4 py-2 text-sm font-bold ${c === channel ? "bg-brand-700 text-white" : "bg-slate-100"}`} data-testid={`channel-${c}`}>
              {t(c)}
            </Link>
          ))}
        </nav>
      ) : null}
      <p className="mb-3 text-sm text-slate-700">{t(channel === "internal" ? "internalHelp" : "buyerHelp")}</p>
      {messages.length === 0 ? <p className="mb-3 text-slate-600">{t("none")}</p> : null}
      {messages.length >= MESSAGES_SHOWN ? <p className="mb-2 text-sm text-slate-600">{t("shownLatest", { count: MESSAGES_SHOWN })}</p> : null}
      <ol className="mb-4 flex flex-col gap-2" data-testid="message-list">
        {messages.map((m) => (
          <li key={m.id} className={`rounded-md border p-3 ${m.mine ? "ml-6 border-brand-200 bg-brand-50" : "mr-6 border-slate-200"}`} data-testid="message">
            <p className="text-xs text-slate-600">{m.mine ? t("you") : whoIs(m)} · {format.dateTime(m.createdAt, { dateStyle: "short", timeStyle: "short" })}</p>
            {m.body ? <p className="whitespace-pre-wrap break-words">{m.body}</p> : null}
            {m.attachments.map((f) => (
              <a key={f.id} href={`/api/group-files/${f.id}`} className="inline-block min-h-11 break-all py-2 text-sm font-bold text-brand-800 underline">
                {f.fileName} ({Math.ceil(f.sizeBytes / 1024).toLocaleString()} KB)
              </a>
            ))}
          </li>
        ))}
      </ol>
      {canWrite ? <MessageForm groupId={groupId} channel={channel} /> : <p className="text-sm text-slate-600">{t("closed")}</p>}
    </Card>
  );
}

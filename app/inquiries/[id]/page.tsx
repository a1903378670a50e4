import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ReplyForm } from "@/components/inquiries/inquiry-forms";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { NotFoundError } from "@/lib/authz";
import { requirePermission } from "@/lib/authz/guard";
import { getDatabase } from "@/lib/db/client";
import { withClientMessages } from "@/lib/i18n/client-messages";
import { loadInquiryThread, THREAD_MESSAGES_SHOWN } from "@/lib/inquiries/inbox";
import { inLocale } from "@/lib/inquiries/parties";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inquiries.inbox"))("title") };
}

async function InquiryThreadPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("inquiry.view");
  const { id } = await params;
  const thread = await loadInquiryThread(await getDatabase(), viewer, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const [t, locale, format] = await Promise.all([getTranslations("inquiries"), getLocale(), getFormatter()]);
  const other = inLocale(thread.other, locale);
  return (
    <div className="mx-auto flex w-full min-w-0 max-w-3xl flex-col gap-3">
      <Link href="/inquiries" className="min-h-11 self-start py-2 font-bold underline">{t("thread.back")}</Link>
      <PageHeader
        title={<span className="break-words" data-testid="inquiry-subject">{thread.subject}</span>}
        description={thread.direction === "sent" ? <Link href={`/firms/${thread.firmId}`} className="underline">{t("inbox.sent", { org: other })}</Link> : t("inbox.received", { org: other })}
      />
      <Card className="flex min-w-0 flex-col gap-3" aria-labelledby="inquiry-messages">
        <h2 id="inquiry-messages" className="text-lg font-bold">{t("thread.messages")}</h2>
        {thread.messages.length >= THREAD_MESSAGES_SHOWN ? <p className="text-sm text-slate-600">{t("thread.shownLatest", { count: THREAD_MESSAGES_SHOWN })}</p> : null}
        <ol className="flex flex-col gap-2" data-testid="inquiry-messages">
          {thread.messages.map((m) => (
            <li key={m.id} className={`min-w-0 rounded-md border p-3 ${m.mine ? "ml-4 border-brand-200 bg-brand-50 sm:ml-8" : "mr-4 border-slate-200 sm:mr-8"}`} data-testid="inquiry-message">
              <p className="break-words text-xs text-slate-600">
                {m.mine ? t("thread.you") : m.author ? `${m.author.name}（${inLocale(m.author.org, locale)}）` : t("thread.removedUser")}
                {" · "}
                <time dateTime={m.createdAt.toISOString()}>{format.dateTime(m.createdAt, { dateStyle: "short", timeStyle: "short" })}</time>
              </p>
              <p className="whitespace-pre-wrap break-words">{m.body}</p>
              {m.attachments.map((f) => (
                <a key={f.id} href={`/api/inquiry-files/${f.id}`} className="inline-block min-h-11 break-all py-2 text-sm font-bold text-brand-800 underline">
                  {f.fileName} ({format.number(Math.ceil(f.sizeBytes / 1024))} KB)
                </a>
              ))}
            </li>
          ))}
        </ol>
      </Card>
      <Card className="flex flex-col gap-3" aria-labelledby="inquiry-reply">
        <h2 id="inquiry-reply" className="text-lg font-bold">{t("thread.reply")}</h2>
        {thread.open ? <ReplyForm inquiryId={thread.id} /> : <Notice tone="info">{t("errors.closed")}</Notice>}
      </Card>
    </div>
  );
}

export default withClientMessages(["common", "inquiries.form"], InquiryThreadPage);

import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/authz/guard";
import { getDatabase } from "@/lib/db/client";
import { INBOX_SHOWN, listInquiries } from "@/lib/inquiries/inbox";
import { inLocale } from "@/lib/inquiries/parties";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inquiries.inbox"))("title") };
}

export default async function InquiriesPage() {
  const viewer = await requirePermission("inquiry.view");
  const [t, locale, format] = await Promise.all([getTranslations("inquiries.inbox"), getLocale(), getFormatter()]);
  const items = await listInquiries(await getDatabase(), viewer);
  const unread = items.filter((i) => i.unread).length;
  return (
    <div className="mx-auto flex w-full min-w-0 max-w-3xl flex-col gap-3">
      <PageHeader title={t("title")} description={t("description")} />
      {unread > 0 ? <p className="text-sm font-bold" data-testid="inquiries-unread">{t("unreadCount", { count: unread })}</p> : null}
      {items.length === 0 ? <p className="text-slate-700">{t("none")}</p> : null}
      {items.length >= INBOX_SHOWN ? <p className="text-sm text-slate-600">{t("shownLatest", { count: INBOX_SHOWN })}</p> : null}
      <ul className="flex flex-col gap-2" data-testid="inquiries">
        {items.map((item) => (
          <li key={item.id}>
            <Card className={`flex min-w-0 flex-col gap-1 ${item.unread ? "border-l-4 border-l-brand-700" : ""}`} data-testid="inquiry-item" data-unread={item.unread ? "true" : undefined}>
              <div className="flex min-w-0 flex-wrap items-baseline gap-2">
                {item.unread ? <span className="rounded-full bg-brand-700 px-2 py-0.5 text-xs font-bold text-white">{t("unread")}</span> : null}
                <Link href={`/inquiries/${item.id}`} className={`min-h-11 min-w-0 break-words py-2 text-brand-800 underline ${item.unread ? "font-bold" : ""}`}>
                  {item.subject}
                </Link>
              </div>
              <p className="break-words text-sm text-slate-700">
                {t(item.direction, { org: inLocale(item.other, locale) })}
                {item.direction === "received" && item.senderName ? ` · ${item.senderName}` : ""}
                {" · "}
                <time dateTime={item.lastMessageAt.toISOString()}>{format.dateTime(item.lastMessageAt, { dateStyle: "medium", timeStyle: "short" })}</time>
              </p>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}

// The viewer's notifications, newest first: unread ones stand out; each links to what it is about.
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { NotificationItem } from "@/lib/notifications/inbox";
import { MarkReadButton } from "./mark-read-button";

export async function NotificationList({ items }: { items: readonly NotificationItem[] }) {
  const t = await getTranslations("notifications.page");
  const locale = await getLocale();
  const when = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "ja-JP", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Tokyo" });
  if (items.length === 0) return <p data-testid="notifications-empty" className="text-slate-700">{t("empty")}</p>;
  return (
    <ul className="flex flex-col gap-3" data-testid="notification-list">
      {items.map((item) => (
        <li key={item.id} data-testid="notification-item" data-read={item.read}>
          <Card className={item.read ? "flex flex-col gap-2" : "flex flex-col gap-2 border-l-4 border-l-brand-700 bg-brand-50"}>
            <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
              {item.read ? null : <span className="rounded bg-brand-700 px-2 py-0.5 text-xs font-bold text-white">{t("unreadBadge")}</span>}
              <time dateTime={item.createdAt.toISOString()}>
                <span className="sr-only">{t("receivedAt")}: </span>
                {when.format(item.createdAt)}
              </time>
            </div>
            <h2 className="break-words text-base font-bold text-slate-900">
              {item.linkPath ? (
                <Link href={item.linkPath} className="text-brand-800 underline">
                  {item.title}
                </Link>
              ) : (
                item.title
              )}
            </h2>
            <p className="break-words text-slate-700">{item.body}</p>
            <div className="flex flex-wrap items-center gap-2">
              <MarkReadButton id={item.id} read={item.read} />
            </div>
          </Card>
        </li>
      ))}
    </ul>
  );
}

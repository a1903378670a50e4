import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MarkAllReadButton } from "@/components/notifications/mark-read-button";
import { NotificationList } from "@/components/notifications/notification-list";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/authz/guard";
import { getPrisma } from "@/lib/db/client";
import { withClientMessages } from "@/lib/i18n/client-messages";
import { listNotifications, unreadCount } from "@/lib/notifications/inbox";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications.page"))("title") };
}

async function NotificationsPage() {
  const viewer = await requirePermission("notification.view");
  const t = await getTranslations("notifications.page");
  const prisma = await getPrisma();
  const [items, unread] = await Promise.all([listNotifications(prisma, viewer), unreadCount(prisma, viewer)]);
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            {unread > 0 ? <MarkAllReadButton /> : null}
            <ButtonLink href="/profile/notifications" variant="ghost" data-testid="notification-settings-link">
              {t("settingsLink")}
            </ButtonLink>
          </>
        }
      />
      <NotificationList items={items} />
    </div>
  );
}

export default withClientMessages(["common", "notifications.page"], NotificationsPage);

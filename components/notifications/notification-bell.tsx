// The bell in the header: a link to /notifications with the viewer's unread count. A server
// component; it renders nothing for visitors, pending firms, or when the count cannot be read
// (the page itself still works).
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/authz/policy";
import { getPrisma } from "@/lib/db/client";
import { unreadCount } from "@/lib/notifications/inbox";

async function countForViewer(): Promise<number | null> {
  try {
    const viewer = await getViewer();
    if (!viewer || !can(viewer, "notification.view")) return null;
    return await unreadCount(await getPrisma(), viewer);
  } catch {
    return null;
  }
}

export async function NotificationBell() {
  const count = await countForViewer();
  if (count === null) return null;
  const t = await getTranslations("notifications.bell");
  const label = count > 0 ? t("unread", { count }) : t("label");
  return (
    // Named by its hidden text, not aria-label: the badge's "99+" or count is shown but not part of a
    // label, so what is read is the full sentence (axe: label-content-name-mismatch).
    <Link
      href="/notifications"
      title={label}
      data-testid="notification-bell"
      className="relative inline-flex h-11 w-11 shrink-0 items-center justify-center rounded-md text-brand-800 hover:bg-brand-50"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.7 21a2 2 0 0 1-3.4 0" />
      </svg>
      <span className="sr-only">{label}</span>
      {count > 0 ? (
        <span
          aria-hidden="true"
          data-testid="notification-count"
          className="absolute right-0.5 top-0.5 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs font-bold leading-5 text-white"
        >
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  );
}

"use client";
// Buttons of the notification list; each posts to a server action and the page (and the bell in
// the header) re-render with the new state.
import { useTranslations } from "next-intl";
import { markAllNotificationsRead, markNotificationRead } from "@/app/notifications/actions";
import { useForm, SubmitButton } from "@/components/auth/form-kit";

/** Marks one notification read, or unread again. */
export function MarkReadButton({ id, read }: { id: string; read: boolean }) {
  const t = useTranslations("notifications.page");
  const [state, action] = useForm(markNotificationRead);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="read" value={read ? "false" : "true"} />
      <SubmitButton variant="ghost" testId={read ? "notification-mark-unread" : "notification-mark-read"}>
        {read ? t("markUnread") : t("markRead")}
      </SubmitButton>
      {state && !state.ok ? <p role="alert" className="text-sm text-red-800">{state.formError}</p> : null}
    </form>
  );
}

export function MarkAllReadButton() {
  const t = useTranslations("notifications.page");
  const [state, action] = useForm(markAllNotificationsRead);
  return (
    <form action={action}>
      <SubmitButton variant="secondary" testId="notifications-mark-all-read">
        {t("markAllRead")}
      </SubmitButton>
      {state && !state.ok ? <p role="alert" className="text-sm text-red-800">{state.formError}</p> : null}
    </form>
  );
}

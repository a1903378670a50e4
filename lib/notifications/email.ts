// The e-mails of notifications: one for a single notification (preference "immediately") and one
// daily digest per user. Plain text in the recipient's language, with absolute links.
import "server-only";
import { appUrl, sendMail } from "@/lib/mail/send";
import { notificationText, renderNotification, type NotificationLocale, type NotificationParams } from "./render";

export interface Recipient {
  email: string;
  name: string;
  locale: NotificationLocale;
}

export const SETTINGS_PATH = "/profile/notifications";

async function link(path: string | null): Promise<string | null> {
  return path ? appUrl(path) : null;
}

export async function sendNotificationMail(to: Recipient, item: { kind: string; params: NotificationParams; linkPath: string | null }): Promise<void> {
  const { title, body } = renderNotification(to.locale, item.kind, item.params);
  const url = await link(item.linkPath);
  const lines = [
    notificationText(to.locale, "email.greeting", { name: to.name }),
    "",
    title,
    "",
    body,
    ...(url ? ["", notificationText(to.locale, "email.open", { url })] : []),
    "",
    "--",
    notificationText(to.locale, "email.footer", { url: await appUrl(SETTINGS_PATH) }),
  ];
  await sendMail({ to: to.email, subject: title, text: lines.join("\n") });
}

export interface DigestJob {
  id: string;
  title: string;
  titleEn: string;
  deadline: string;
  steps: string;
}

export interface DigestContent {
  jobs: readonly DigestJob[];
  others: readonly { kind: string; params: NotificationParams; linkPath: string | null }[];
}

/** The daily mail: fitting jobs first, then the other notifications the user wants daily. */
export async function digestMailText(to: Recipient, content: DigestContent): Promise<{ subject: string; text: string }> {
  const t = (key: string, params?: NotificationParams) => notificationText(to.locale, key, params);
  const lines = [t("email.greeting", { name: to.name }), "", t("email.digestIntro")];
  if (content.jobs.length > 0) {
    lines.push("", `■ ${t("email.digestJobsHeading")}`);
    for (const job of content.jobs) {
      lines.push(t("email.digestJobLine", { title: job.title, titleEn: job.titleEn, steps: job.steps, deadline: job.deadline }));
      lines.push(`  ${await appUrl(`/jobs/${job.id}`)}`);
    }
  }
  if (content.others.length > 0) {
    lines.push("", `■ ${t("email.digestOthersHeading")}`);
    for (const item of content.others) {
      lines.push(`・${renderNotification(to.locale, item.kind, item.params).title}`);
      const url = await link(item.linkPath);
      if (url) lines.push(`  ${url}`);
    }
  }
  lines.push("", "--", t("email.footer", { url: await appUrl(SETTINGS_PATH) }));
  const count = content.jobs.length + content.others.length;
  return { subject: t("email.digestSubject", { count }), text: lines.join("\n") };
}

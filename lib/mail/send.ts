// Sends mail through SMTP when SMTP_URL is set; otherwise writes it to the server log (development
// and demo installations), so reset and invitation links are still usable there.
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/config/env";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

let transporter: Transporter | undefined;

/** Mails written to the log instead of sent (last 50), for tests and development. */
export const loggedMails: Mail[] = [];

export async function sendMail(mail: Mail): Promise<void> {
  const config = env();
  if (!config.SMTP_URL) {
    loggedMails.push(mail);
    if (loggedMails.length > 50) loggedMails.shift();
    if (config.NODE_ENV !== "test") console.info(`[mail] SMTP_URL not set; mail to ${mail.to}:\nSubject: ${mail.subject}\n${mail.text}\n`);
    return;
  }
  transporter ??= nodemailer.createTransport(config.SMTP_URL);
  await transporter.sendMail({ from: config.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
}

/** Absolute link into the app (NEXTAUTH_URL, else the request's origin). */
export async function appUrl(pathWithQuery: string): Promise<string> {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(pathWithQuery, configured).toString();
  try {
    const { headers } = await import("next/headers");
    const h = await headers();
    const host = h.get("host") ?? "localhost:3000";
    const proto = h.get("x-forwarded-proto") ?? "http";
    return `${proto}://${host}${pathWithQuery}`;
  } catch {
    return `http://localhost:3000${pathWithQuery}`;
  }
}

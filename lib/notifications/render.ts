// Renders a notification's texts in one language from messages/{ja,en}/notifications.json. Used by
// the list page and by e-mails alike, so both say the same thing. Placeholders are {name}; a param
// with an "En" twin (title / titleEn) uses the twin in English when it is not empty.
import en from "@/messages/en/notifications.json";
import ja from "@/messages/ja/notifications.json";

export type NotificationLocale = "ja" | "en";
export type NotificationParams = Record<string, string | number>;
type Tree = { [key: string]: string | Tree };

const CATALOGUES: Record<NotificationLocale, Tree> = {
  ja: ja.notifications as Tree,
  en: en.notifications as Tree,
};

function lookup(tree: Tree, path: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of path.split(".")) {
    if (typeof node !== "object") return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

/** Params as stored (JSON) → only string and number values survive. */
export function asParams(value: unknown): NotificationParams {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  const params: NotificationParams = {};
  for (const [key, inner] of Object.entries(value)) {
    if (typeof inner === "string" || typeof inner === "number") params[key] = inner;
  }
  return params;
}

function localizedParams(locale: NotificationLocale, params: NotificationParams): NotificationParams {
  if (locale !== "en") return params;
  const result: NotificationParams = { ...params };
  for (const [key, value] of Object.entries(params)) {
    const twin = params[`${key}En`];
    if (twin !== undefined && String(twin).trim() !== "") result[key] = twin;
    else result[key] = value;
  }
  return result;
}

/** A text of the "notifications" namespace, e.g. "email.footer"; falls back to Japanese, then the key. */
export function notificationText(locale: NotificationLocale, key: string, params: NotificationParams = {}): string {
  const text = lookup(CATALOGUES[locale], key) ?? lookup(CATALOGUES.ja, key);
  if (text === undefined) return key;
  const values = localizedParams(locale, params);
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

export interface RenderedNotification {
  title: string;
  body: string;
}

export function renderNotification(locale: NotificationLocale, kind: string, params: NotificationParams): RenderedNotification {
  return {
    title: notificationText(locale, `kinds.${kind}.title`, params),
    body: notificationText(locale, `kinds.${kind}.body`, params),
  };
}

export function asNotificationLocale(value: unknown): NotificationLocale {
  return value === "en" ? "en" : "ja";
}

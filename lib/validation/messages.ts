// Translates message keys outside React (server actions, mails) from our own catalogues, so the
// action wrapper and mails work the same in tests and in the app. Keys may omit the namespace:
// "validation.required" is looked up as "auth.validation.required". Placeholders: {name}.
import authEn from "@/messages/en/auth.json";
import authJa from "@/messages/ja/auth.json";
import adminEn from "@/messages/en/admin.json";
import adminJa from "@/messages/ja/admin.json";
import groupsEn from "@/messages/en/groups.json";
import groupsJa from "@/messages/ja/groups.json";
import jobsEn from "@/messages/en/jobs.json";
import jobsJa from "@/messages/ja/jobs.json";
import kpiEn from "@/messages/en/kpi.json";
import kpiJa from "@/messages/ja/kpi.json";
import directoryEn from "@/messages/en/directory.json";
import directoryJa from "@/messages/ja/directory.json";
import firmProfileEn from "@/messages/en/firmProfile.json";
import firmProfileJa from "@/messages/ja/firmProfile.json";
import inquiriesEn from "@/messages/en/inquiries.json";
import inquiriesJa from "@/messages/ja/inquiries.json";
import drawingsEn from "@/messages/en/drawings.json";
import drawingsJa from "@/messages/ja/drawings.json";
import moneyEn from "@/messages/en/money.json";
import moneyJa from "@/messages/ja/money.json";
import quotesEn from "@/messages/en/quotes.json";
import quotesJa from "@/messages/ja/quotes.json";
import ordersEn from "@/messages/en/orders.json";
import ordersJa from "@/messages/ja/orders.json";
import qualityEn from "@/messages/en/quality.json";
import qualityJa from "@/messages/ja/quality.json";
import matchingEn from "@/messages/en/matching.json";
import matchingJa from "@/messages/ja/matching.json";
import ratingsEn from "@/messages/en/ratings.json";
import ratingsJa from "@/messages/ja/ratings.json";
import capacityEn from "@/messages/en/capacity.json";
import capacityJa from "@/messages/ja/capacity.json";
import outagesEn from "@/messages/en/outages.json";
import outagesJa from "@/messages/ja/outages.json";
import notificationsEn from "@/messages/en/notifications.json";
import notificationsJa from "@/messages/ja/notifications.json";
import startEn from "@/messages/en/start.json";
import startJa from "@/messages/ja/start.json";

export type AppLocale = "ja" | "en";
type Tree = { [key: string]: string | Tree };

// Every feature catalogue (tests/i18n/server-translate.test.ts fails when one is missing here).
const CATALOGUES: Record<AppLocale, Tree> = {
  ja: { ...authJa, ...adminJa, ...groupsJa, ...jobsJa, ...kpiJa, ...directoryJa, ...firmProfileJa, ...inquiriesJa, ...drawingsJa, ...moneyJa, ...quotesJa, ...ordersJa, ...qualityJa, ...matchingJa, ...ratingsJa, ...capacityJa, ...outagesJa, ...notificationsJa, ...startJa } as Tree,
  en: { ...authEn, ...adminEn, ...groupsEn, ...jobsEn, ...kpiEn, ...directoryEn, ...firmProfileEn, ...inquiriesEn, ...drawingsEn, ...moneyEn, ...quotesEn, ...ordersEn, ...qualityEn, ...matchingEn, ...ratingsEn, ...capacityEn, ...outagesEn, ...notificationsEn, ...startEn } as Tree,
};

/** The namespaces the server can translate. */
export const SERVER_NAMESPACES = Object.keys(CATALOGUES.ja);

function lookup(tree: Tree, path: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of path.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

export function translate(locale: AppLocale, key: string, params: Record<string, string | number> = {}): string {
  const catalogue = CATALOGUES[locale] ?? CATALOGUES.ja;
  const text = lookup(catalogue, key) ?? lookup(catalogue, `auth.${key}`) ?? lookup(CATALOGUES.ja, `auth.${key}`);
  if (text === undefined) return key;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export function isMessageKey(value: string): boolean {
  return /^[a-zA-Z]+(\.[a-zA-Z0-9]+)+$/.test(value);
}

export function asLocale(value: unknown): AppLocale {
  return value === "en" ? "en" : "ja";
}

import "server-only";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages } from "./client-namespaces";

/**
 * A page whose client components need messages beyond the shell's: the page renders inside a
 * provider holding only these namespaces (it replaces the root layout's, so list "common" too
 * when a form field is on the page). Wrapping the page, not a layout: a layout stays mounted
 * across the pages under it and would have to carry all of theirs.
 */
export function withClientMessages<P extends object>(namespaces: readonly string[], Page: (props: P) => Promise<ReactNode>) {
  async function PageWithClientMessages(props: P) {
    const messages = pickMessages(await getMessages(), namespaces);
    return <NextIntlClientProvider messages={messages}><Page {...props} /></NextIntlClientProvider>;
  }
  PageWithClientMessages.displayName = `withClientMessages(${Page.name})`;
  return PageWithClientMessages;
}

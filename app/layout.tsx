import "./globals.css";
import { randomUUID } from "node:crypto";
import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { OneTimeKeySeed } from "@/components/auth/one-time-key";
import { AppShell } from "@/components/shell/app-shell";
import { BundledFont } from "@/components/shell/bundled-font";
import type { ShellViewer } from "@/components/shell/nav-items";
import { getViewer } from "@/lib/auth/viewer";
import { BUNDLED_FONT_CLASS, BUNDLED_FONT_COOKIE } from "@/lib/fonts/bundled-font";
import { bundledFontStylesheetHref } from "@/lib/fonts/bundled-font-files";
import { pickMessages, SHELL_CLIENT_NAMESPACES } from "@/lib/i18n/client-namespaces";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: t("appName"), template: `%s | ${t("appName")}` },
    description: t("description"),
    applicationName: t("appName"),
    icons: { icon: "/favicon.svg" },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#1f417d",
};

/** The header shows the anonymous navigation when the viewer cannot be loaded (e.g. the database is
 *  down), so the page's own error boundary can still render inside the shell. Pages check access themselves. */
async function viewerForShell() {
  try {
    return await getViewer();
  } catch (error) {
    console.error("[shell] could not load the viewer:", (error as Error).name);
    return null;
  }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const viewer = await viewerForShell();
  // Only what the header shows goes to the browser.
  const shellViewer: ShellViewer | null = viewer ? { name: viewer.name, role: viewer.role } : null;
  // A browser that has loaded the bundled font before has it cached: link it from the first paint.
  const fontCached = (await cookies()).has(BUNDLED_FONT_COOKIE);
  const fontHref = bundledFontStylesheetHref();
  // Not the whole catalogue (~130 KB in every page's payload): what the shell's client components
  // use; a page needing more sends its own (withClientMessages, decision 027).
  const messages = pickMessages(await getMessages(), SHELL_CLIENT_NAMESPACES);

  return (
    <html lang={locale} className={fontCached ? BUNDLED_FONT_CLASS : undefined}>
      <head>{fontCached ? <link rel="stylesheet" href={fontHref} /> : null}</head>
      <body>
        <BundledFont href={fontHref} />
        <NextIntlClientProvider messages={messages}>
          <OneTimeKeySeed seed={randomUUID()}>
            <AppShell viewer={shellViewer}>{children}</AppShell>
          </OneTimeKeySeed>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

"use client";
// Shown when the root layout itself fails, so nothing from it is available: no message provider,
// no stylesheet. The texts come straight from the catalogues; the language from the NEXT_LOCALE cookie.
import { useSyncExternalStore } from "react";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import { LOCALE_COOKIE, defaultLocale, isLocale, type AppLocale } from "@/lib/i18n/config";

const catalogues = { ja, en } as const;

function cookieLocale(): AppLocale {
  const value = document.cookie
    .split("; ")
    .find((part) => part.startsWith(`${LOCALE_COOKIE}=`))
    ?.slice(LOCALE_COOKIE.length + 1);
  return isLocale(value) ? value : defaultLocale;
}

const noSubscription = () => () => {};

export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  const locale = useSyncExternalStore(noSubscription, cookieLocale, () => defaultLocale);
  const messages = catalogues[locale];
  const text = messages.errors.global;

  return (
    <html lang={locale}>
      <body style={{ margin: 0, fontFamily: "'Noto Sans JP', 'Hiragino Kaku Gothic ProN', Meiryo, system-ui, sans-serif", color: "#0f172a", background: "#f8fafc" }}>
        <title>{text.title}</title>
        <main style={{ maxWidth: "36rem", margin: "0 auto", padding: "4rem 1rem", textAlign: "center", lineHeight: 1.75 }} data-testid="global-error">
          <p style={{ fontWeight: 700, color: "#1f417d" }}>{messages.common.appName}</p>
          <h1 style={{ fontSize: "1.5rem", margin: "1rem 0 0.5rem" }}>{text.title}</h1>
          <p>{text.body}</p>
          <p style={{ marginTop: "2rem", display: "flex", gap: "0.75rem", justifyContent: "center", flexWrap: "wrap" }}>
            <button
              type="button"
              onClick={() => retry()}
              style={{ minHeight: 44, padding: "0 1rem", borderRadius: 6, border: "1px solid #1f417d", background: "#1f417d", color: "#fff", fontWeight: 700, fontSize: "1rem", cursor: "pointer" }}
            >
              {messages.common.tryAgain}
            </button>
            {/* A full page load, since the app's router may be what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" style={{ minHeight: 44, display: "inline-flex", alignItems: "center", padding: "0 1rem", color: "#1f417d", fontWeight: 700 }}>
              {messages.common.backToHome}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}

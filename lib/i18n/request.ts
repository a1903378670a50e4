// next-intl's per-request configuration (referenced from next.config.js).
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getViewer } from "@/lib/auth/viewer";
import { LOCALE_COOKIE, resolveLocale } from "./config";
import { loadMessages } from "./messages";

async function savedPreference(): Promise<string | null> {
  try {
    return (await getViewer())?.locale ?? null;
  } catch {
    // The language must never be the reason a page (or the error page) fails to render.
    return null;
  }
}

export default getRequestConfig(async () => {
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = resolveLocale({ cookie, saved: cookie ? null : await savedPreference() });
  return {
    locale,
    messages: loadMessages(locale),
    // Dates and times are shown in Tokyo time on the server and in every browser alike.
    timeZone: "Asia/Tokyo",
  };
});

"use server";
// The language switch. Public on purpose: it only sets a preference cookie for the caller's own
// browser and touches no data. (When the accounts issue lands, a signed-in user's choice is also
// saved as their preference; that belongs with the user settings action, not here.)
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, locales } from "./config";
import { safeReturnPath } from "./return-path";

const switchLocaleSchema = z.object({
  locale: z.enum(locales),
  returnTo: z.string().max(2048).optional(),
});

export async function switchLocale(formData: FormData): Promise<void> {
  const parsed = switchLocaleSchema.safeParse({
    locale: formData.get("locale"),
    returnTo: formData.get("returnTo") ?? undefined,
  });
  const referer = (await headers()).get("referer");
  const back = safeReturnPath(parsed.success ? parsed.data.returnTo : undefined, referer);
  if (parsed.success) {
    (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
      path: "/",
      maxAge: LOCALE_COOKIE_MAX_AGE,
      sameSite: "lax",
    });
  }
  // Back to the same page (with its query string when the browser told us it), now in the new language.
  redirect(back);
}

"use server";
// The language switch. Public: anyone may choose a language for their own browser. A signed-in
// user's choice is also saved as their preference, so e-mails and other devices follow it.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { storableString } from "@/lib/validation/text";
import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db/client";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, locales } from "./config";
import { safeReturnPath } from "./return-path";

const switchLocaleSchema = z.object({
  locale: z.enum(locales),
  returnTo: storableString().max(2048).optional(),
});

export const switchLocale = defineAction({
  name: "locale.switch",
  permission: "public",
  schema: switchLocaleSchema,
  handler: async ({ input, viewer }) => {
    (await cookies()).set(LOCALE_COOKIE, input.locale, { path: "/", maxAge: LOCALE_COOKIE_MAX_AGE, sameSite: "lax" });
    if (viewer && viewer.locale !== input.locale) {
      await (await getPrisma()).user.update({ where: { id: viewer.userId }, data: { locale: input.locale } });
    }
    // Back to the same page (with its query string when the browser told us it), now in the new language.
    redirect(safeReturnPath(input.returnTo, (await headers()).get("referer")));
  },
});

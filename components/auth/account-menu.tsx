// For the header (wired by the shell): a link to the own account and the sign-out button.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "./sign-out-button";

export async function AccountMenu() {
  const t = await getTranslations("auth.profile");
  return (
    <div className="flex items-center gap-2">
      <Link href="/profile" className="text-sm font-bold text-brand-800 underline-offset-2 hover:underline">
        {t("title")}
      </Link>
      <SignOutButton />
    </div>
  );
}

import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm, ProfileDetailsForm } from "@/components/auth/profile-forms";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/authz/guard";
import { withClientMessages } from "@/lib/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.profile"))("title") };
}

async function ProfilePage() {
  const viewer = await requirePermission("profile.view");
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6">
      <PageHeader title={t("profile.title")} description={`${viewer.email} · ${t(`roles.${viewer.role}`)}`} actions={<SignOutButton />} />
      <Card className="flex flex-col gap-4">
        <h2 className="text-lg font-bold">{t("profile.detailsTitle")}</h2>
        <ProfileDetailsForm name={viewer.name} locale={viewer.locale} />
      </Card>
      <Card className="flex flex-col gap-4">
        <h2 className="text-lg font-bold">{t("profile.passwordTitle")}</h2>
        <ChangePasswordForm />
      </Card>
      <Card>
        <h2 className="text-lg font-bold">{t("profile.twoFactorTitle")}</h2>
        <Link href="/profile/security" className="mt-2 inline-block text-brand-800 underline">{t("profile.twoFactorIntro")}</Link>
      </Card>
    </div>
  );
}

export default withClientMessages(["auth.profile", "auth.signOut", "common"], ProfilePage);

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SettingsForm } from "@/components/admin/admin-forms";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { readSettings } from "@/lib/auth/user-admin";
import { requirePermission } from "@/lib/authz/guard";
import { withClientMessages } from "@/lib/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("settings") };
}

async function SettingsPage() {
  const viewer = await requirePermission("settings.manage");
  const t = await getTranslations("admin");
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6">
      <PageHeader title={t("settings")} />
      <Card><SettingsForm initial={await readSettings(viewer)} /></Card>
    </div>
  );
}

export default withClientMessages(["admin", "auth.members", "auth.roles", "common"], SettingsPage);

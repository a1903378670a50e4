import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/authz/guard";
import { getPrisma } from "@/lib/db/client";
import { withClientMessages } from "@/lib/i18n/client-messages";
import { kindDefinition } from "@/lib/notifications/kinds";
import { getPreferences } from "@/lib/notifications/preferences";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications.settings"))("title") };
}

async function NotificationSettingsPage() {
  const viewer = await requirePermission("profile.view");
  const t = await getTranslations("notifications.settings");
  const preferences = await getPreferences(await getPrisma(), viewer);
  const rows = preferences.map((p) => ({ ...p, emailChoices: kindDefinition(p.kind).emailChoices }));
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <ButtonLink href="/notifications" variant="ghost">
            {t("back")}
          </ButtonLink>
        }
      />
      {rows.length > 0 ? <PreferencesForm rows={rows} /> : <p className="text-slate-700">{t("none")}</p>}
    </div>
  );
}

export default withClientMessages(["common", "notifications"], NotificationSettingsPage);

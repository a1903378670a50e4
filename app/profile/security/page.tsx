import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { TwoFactorEnrolment, TwoFactorManage } from "@/components/auth/profile-forms";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { pendingEnrolment, twoFactorStatus } from "@/lib/auth/two-factor";
import { requirePermission } from "@/lib/authz/guard";
import { withClientMessages } from "@/lib/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.profile"))("twoFactorTitle"), referrer: "no-referrer" };
}

async function SecurityPage() {
  const viewer = await requirePermission("profile.update");
  const t = await getTranslations("auth.profile");
  const format = await getFormatter();
  const status = await twoFactorStatus(viewer);
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6">
      <PageHeader title={t("twoFactorTitle")} description={t("twoFactorIntro")} />
      {viewer.twoFactorPending ? <Notice tone="warning" data-testid="2fa-required">{t("twoFactorRequired")}</Notice> : null}
      <Card className="flex flex-col gap-4">
        {status.enabledAt ? (
          <>
            <p data-testid="2fa-on">{t("twoFactorOn", { date: format.dateTime(status.enabledAt, { dateStyle: "medium" }) })} {t("recoveryLeft", { count: status.recoveryCodesLeft })}</p>
            <TwoFactorManage canDisable={!status.required} />
          </>
        ) : (
          <>
            <p>{t("twoFactorOff")}</p>
            <TwoFactorEnrolment pending={await pendingEnrolment(viewer)} />
          </>
        )}
      </Card>
    </div>
  );
}

export default withClientMessages(["auth.profile", "common"], SecurityPage);

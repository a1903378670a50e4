import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResetRequestForm } from "@/components/auth/token-forms";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { withClientMessages } from "@/lib/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.reset"))("requestTitle") };
}

async function ResetRequestPage() {
  const t = await getTranslations("auth.reset");
  return (
    <div className="mx-auto w-full max-w-md">
      <PageHeader title={t("requestTitle")} description={t("requestIntro")} />
      <Card>
        <ResetRequestForm />
      </Card>
    </div>
  );
}

export default withClientMessages(["auth.invite", "auth.reset", "common"], ResetRequestPage);

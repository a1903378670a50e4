import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResetRequestForm } from "@/components/auth/token-forms";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.reset"))("requestTitle") };
}

export default async function ResetRequestPage() {
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

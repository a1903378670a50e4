import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/auth/token-forms";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { peekLinkToken } from "@/lib/auth/link-tokens";
import { getPrisma } from "@/lib/db/client";
import { withClientMessages } from "@/lib/i18n/client-messages";

export const metadata: Metadata = { referrer: "no-referrer" };

async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("auth");
  const valid = (await peekLinkToken(await getPrisma(), token, "PASSWORD_RESET")) !== null;
  return (
    <div className="mx-auto w-full max-w-md">
      <PageHeader title={t("reset.setTitle")} />
      <Card>
        {valid ? (
          <ResetPasswordForm token={token} />
        ) : (
          <>
            <Notice tone="error">{t("errors.invalidToken")}</Notice>
            <Link href="/reset-password" className="mt-4 inline-block text-brand-800 underline">{t("reset.requestTitle")}</Link>
          </>
        )}
      </Card>
    </div>
  );
}

export default withClientMessages(["auth.invite", "auth.reset", "common"], ResetPasswordPage);

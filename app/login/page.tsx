import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getViewer } from "@/lib/auth/viewer";
import { env } from "@/lib/config/env";
import { withClientMessages } from "@/lib/i18n/client-messages";
import { safeNextPath } from "@/lib/security/safe-redirect";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signIn"))("title") };
}

async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  // After sign-in each user lands on their own start page, unless a page sent them here to come back.
  const requested = safeNextPath(params.next, "/start");
  const next = requested === "/" ? "/start" : requested;
  if (await getViewer()) redirect(next);
  const t = await getTranslations("auth.signIn");
  const config = env();
  return (
    <div className="mx-auto w-full max-w-md">
      <PageHeader title={t("title")} />
      <Card>
        {params.error === "AccessDenied" ? <p className="mb-4 text-red-800">{t("ssoFailed")}</p> : null}
        <SignInForm next={next} ssoName={config.OIDC_ISSUER ? config.OIDC_NAME : null} />
        <div className="mt-6 flex flex-col gap-2 text-sm">
          <Link href="/reset-password" className="text-brand-800 underline">{t("forgot")}</Link>
          <p className="text-slate-700">{t("noAccount")}</p>
          <Link href="/register" className="text-brand-800 underline">{t("registerFirm")}</Link>
          <Link href="/register?as=buyer" className="text-brand-800 underline">{t("registerBuyer")}</Link>
        </div>
      </Card>
    </div>
  );
}

export default withClientMessages(["auth.signIn", "common"], LoginPage);

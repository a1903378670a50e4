import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AcceptInvitationForm } from "@/components/auth/token-forms";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { describeInvitation } from "@/lib/auth/invitations";
import { withClientMessages } from "@/lib/i18n/client-messages";

export const metadata: Metadata = { referrer: "no-referrer" };

async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("auth");
  const invitation = await describeInvitation(token);
  return (
    <div className="mx-auto w-full max-w-md">
      <PageHeader title={t("invite.title")} description={invitation ? invitation.organisation : undefined} />
      <Card>{invitation ? <AcceptInvitationForm token={token} name={invitation.name} /> : <Notice tone="error">{t("errors.invalidToken")}</Notice>}</Card>
    </div>
  );
}

export default withClientMessages(["auth.invite", "auth.reset", "common"], InvitationPage);

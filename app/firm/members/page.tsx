import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RowAction } from "@/components/admin/row-action";
import { InviteMemberForm } from "@/components/auth/invite-member-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listMembers } from "@/lib/auth/members";
import { requirePermission } from "@/lib/authz/guard";
import { removeMember, resendInvitation, setMemberPriceVisibility } from "./actions";
import { withClientMessages } from "@/lib/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.members"))("inviteTitle") };
}

async function MembersPage() {
  const viewer = await requirePermission("firm.members.manage");
  const t = await getTranslations("auth");
  const { firm, members } = await listMembers(viewer);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("members.title", { firm: firm.name })} />
      <Card>
        <ul className="divide-y divide-slate-200" data-testid="member-list">
          {members.map((m) => (
            <li key={m.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <p className="font-bold">{m.name} {m.id === viewer.userId ? t("members.you") : ""}</p>
                <p className="break-all text-sm text-slate-700">{m.email} · {t(`roles.${m.role}`)} · {t(`userStatus.${m.status}`)}</p>
              </div>
              {m.id !== viewer.userId ? (
                <div className="flex gap-2">
                  {m.status === "INVITED" ? <RowAction action={resendInvitation} fields={{ userId: m.id }} label={t("members.resend")} /> : null}
                  <RowAction action={removeMember} fields={{ userId: m.id }} label={t("members.remove")} variant="danger" confirmText={t("members.confirmRemove")} />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </Card>
      <Card className="flex flex-col gap-2" data-testid="member-prices">
        <h2 className="text-lg font-bold">{t("members.pricesTitle")}</h2>
        <p className="text-sm text-slate-700">{firm.showPricesToMembers ? t("members.pricesShown") : t("members.pricesHidden")}</p>
        <div><RowAction action={setMemberPriceVisibility} fields={{ show: String(!firm.showPricesToMembers) }} label={firm.showPricesToMembers ? t("members.pricesHide") : t("members.pricesShow")} testId="member-prices-toggle" /></div>
      </Card>
      <Card className="flex flex-col gap-4">
        <h2 className="text-lg font-bold">{t("members.inviteTitle")}</h2>
        <InviteMemberForm />
      </Card>
    </div>
  );
}

export default withClientMessages(["auth.members", "auth.roles", "common"], MembersPage);

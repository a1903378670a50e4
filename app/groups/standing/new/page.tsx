import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { FormStandingForm } from "@/components/groups/standing-forms";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { NotFoundError } from "@/lib/authz";
import { requirePermission } from "@/lib/authz/guard";
import { getDatabase } from "@/lib/db/client";
import { loadGroupRef } from "@/lib/groups/group-access";
import { withClientMessages } from "@/lib/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("groups.standing.form"))("title") };
}

async function NewStandingGroupPage({ searchParams }: { searchParams: Promise<{ from?: string | string[] }> }) {
  const viewer = await requirePermission("group.standing.form");
  const { from } = await searchParams;
  const db = await getDatabase();
  const { group } = await loadGroupRef(db.prisma, viewer, typeof from === "string" ? from : "", "group.standing.form").catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("groups.standing.form");
  const en = (await getLocale()) === "en";
  const origin = await db.prisma.jointOrderGroup.findUniqueOrThrow({
    where: { id: group.id },
    select: { job: { select: { titleJa: true, titleEn: true } }, members: { where: { status: "ACCEPTED" }, orderBy: { invitedAt: "asc" }, select: { firmId: true, firm: { select: { nameJa: true, nameEn: true } } } } },
  });
  const jobTitle = (en && origin.job?.titleEn) || origin.job?.titleJa || "";
  const partners = origin.members.filter((m) => m.firmId !== viewer.firmId).map((m) => ({ firmId: m.firmId, name: (en && m.firm.nameEn) || m.firm.nameJa }));
  const delivered = group.kind === "JOB" && group.status === "CLOSED";

  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <Link href={`/groups/${group.id}`} className="min-h-11 self-start py-2 font-bold underline">{t("back", { job: jobTitle })}</Link>
      <PageHeader title={t("title")} description={t("intro")} />
      {delivered ? (
        <Card>
          <FormStandingForm originGroupId={group.id} partners={partners} />
        </Card>
      ) : (
        <Notice tone="info">{t("notDelivered")}</Notice>
      )}
    </div>
  );
}

export default withClientMessages(["common", "groups.standing.form", "groups.standing.manage"], NewStandingGroupPage);

import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/authz/guard";
import { getPrisma } from "@/lib/db/client";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.pending"))("title") };
}

/** The read-only notice for users of a firm that is not (or no longer) verified. */
export default async function PendingPage() {
  const viewer = await requireViewer();
  if (!viewer.firmId) redirect("/");
  const t = await getTranslations("auth");
  const en = (await getLocale()) === "en";
  const prisma = await getPrisma();
  const firm = await prisma.firm.findUnique({ where: { id: viewer.firmId }, select: { nameJa: true, nameEn: true, status: true, association: { select: { nameJa: true, nameEn: true } } } });
  if (!firm) redirect("/");
  return (
    <div className="mx-auto w-full max-w-2xl">
      <PageHeader title={t("pending.title")} />
      <Notice tone={firm.status === "VERIFIED" ? "success" : "warning"} data-testid="pending-notice">
        {t(`pending.${firm.status}`)}
      </Notice>
      <Card className="mt-6">
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
          <dt className="font-bold">{t("pending.firm")}</dt>
          <dd>{en ? (firm.nameEn ?? firm.nameJa) : firm.nameJa}</dd>
          <dt className="font-bold">{t("pending.association")}</dt>
          <dd>{en ? firm.association.nameEn : firm.association.nameJa}</dd>
          <dt className="font-bold">{t("pending.status")}</dt>
          <dd data-testid="firm-status">{t(`firmStatus.${firm.status}`)}</dd>
        </dl>
      </Card>
    </div>
  );
}

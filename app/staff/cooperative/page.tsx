import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CooperativeTermsForm } from "@/components/orders/order-forms";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/authz/guard";
import { getDatabase } from "@/lib/db/client";
import { withClientMessages } from "@/lib/i18n/client-messages";
import { cooperativeOverview } from "@/lib/orders/contractor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orders.cooperative"))("title") };
}

async function CooperativePage() {
  const viewer = await requirePermission("cooperative.manage");
  const t = await getTranslations("orders.cooperative");
  const en = (await getLocale()) === "en";
  const { association, pending } = await cooperativeOverview(await getDatabase(), viewer);
  const rate = association.feeRateBasisPoints / 100;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={`${t("title")}: ${en ? association.nameEn : association.nameJa}`} description={t("explain")} />
      <Card>
        <CooperativeTermsForm feeRate={String(rate)} registrationNumber={association.invoiceRegistrationNumber ?? ""} />
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-bold">{t("pending")}</h2>
        {pending.length === 0 ? <p>{t("noPending")}</p> : null}
        <ul className="flex flex-col gap-2" data-testid="pending-nominations">
          {pending.map((n) => (
            <li key={n.id}>
              <Link href={`/groups/${n.group.id}`} className="font-bold text-brand-800 underline">{(en && n.group.job?.titleEn) || n.group.job?.titleJa || n.group.name}</Link>
              <span className="text-sm text-slate-700"> · {(en && n.group.leadFirm.nameEn) || n.group.leadFirm.nameJa} · {n.requestedAt.toISOString().slice(0, 10)}</span>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}

export default withClientMessages(["common", "orders.certificate", "orders.contractor", "orders.cooperative", "orders.documents"], CooperativePage);

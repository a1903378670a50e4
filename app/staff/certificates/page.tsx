import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/authz/guard";
import { getDatabase } from "@/lib/db/client";
import { formatYen } from "@/lib/money/yen";
import { listCertificates } from "@/lib/orders/certificates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orders.staff"))("certificates") };
}

export default async function CertificatesPage() {
  const viewer = await requirePermission("certificate.list");
  const t = await getTranslations("orders");
  const locale = (await getLocale()) as "ja" | "en";
  const rows = await listCertificates(await getDatabase(), viewer);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t("staff.certificates")} description={t("certificate.explain")} />
      {rows.length === 0 ? <p>{t("certificate.none")}</p> : null}
      <ul className="flex flex-col gap-3" data-testid="certificate-list">
        {rows.map((r) => (
          <li key={r.id}>
            <Card className="flex flex-col gap-1">
              <Link href={`/groups/${r.order.groupId}`} className="font-bold text-brand-800 underline">{r.content.subject[locale]}</Link>
              <p className="text-sm">{t("staff.firm")}: {r.content.member.name[locale]} · {t("staff.amount")}: {formatYen(r.amountYen, locale)}</p>
              <p className="text-sm text-slate-700">{t("staff.issuedAt")}: {r.issuedAt.toISOString().slice(0, 10)} · {t("staff.status")}: {t(`orderStatus.${r.order.status}`)} · <Link className="underline break-all" href={`/verify/${r.code}`}>{r.code}</Link></p>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}

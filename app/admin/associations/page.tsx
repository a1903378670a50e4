import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { AssociationForm } from "@/components/admin/admin-forms";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listAssociations } from "@/lib/auth/user-admin";
import { requirePermission } from "@/lib/authz/guard";
import { withClientMessages } from "@/lib/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("associations") };
}

async function AssociationsPage() {
  const viewer = await requirePermission("association.manage");
  const t = await getTranslations("admin");
  const associations = await listAssociations(viewer);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("associations")} actions={<Link href="/admin/staff" className="underline">{t("staff")}</Link>} />
      <Card className="flex flex-col gap-4">
        <h2 className="text-lg font-bold">{t("add")}</h2>
        <AssociationForm />
      </Card>
      <ul className="flex flex-col gap-3">
        {associations.map((a) => (
          <li key={a.id}>
            <details className="rounded-lg border border-slate-200 bg-white p-4">
              <summary className="cursor-pointer font-bold">{a.nameJa} / {a.nameEn} <span className="font-normal text-slate-600">({a.code} · {t("firms")}: {a._count.firms})</span></summary>
              <div className="mt-4"><AssociationForm initial={a} /></div>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}

export default withClientMessages(["admin", "auth.members", "auth.roles", "common"], AssociationsPage);

import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CreateStaffForm } from "@/components/admin/admin-forms";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listAssociations } from "@/lib/auth/user-admin";
import { requirePermission } from "@/lib/authz/guard";
import { withClientMessages } from "@/lib/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("staff") };
}

async function StaffPage() {
  const viewer = await requirePermission("staff.manage");
  const t = await getTranslations("admin");
  const en = (await getLocale()) === "en";
  const associations = await listAssociations(viewer);
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6">
      <PageHeader title={t("staff")} actions={<Link href="/admin/users" className="underline">{t("users")}</Link>} />
      <Card className="flex flex-col gap-4">
        <h2 className="text-lg font-bold">{t("createStaff")}</h2>
        <CreateStaffForm associations={associations.map((a) => ({ value: a.id, label: en ? a.nameEn : a.nameJa }))} />
      </Card>
    </div>
  );
}

export default withClientMessages(["admin", "auth.members", "auth.roles", "common"], StaffPage);

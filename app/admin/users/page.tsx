import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RowAction } from "@/components/admin/row-action";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { listManagedUsers } from "@/lib/auth/user-admin";
import { requireViewer } from "@/lib/authz/guard";
import { can } from "@/lib/authz/policy";
import { changeUserStatus, revokeUserSessions } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("users") };
}

/** System admin: every user. Federation staff: the staff accounts of their federation. */
export default async function UsersPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "user.manage") && !can(viewer, "staff.manage")) notFound();
  const { q, page } = await searchParams;
  const t = await getTranslations();
  const result = await listManagedUsers(viewer, { q, page: Number(page) || 1 });
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("admin.users")} description={t("admin.total", { count: result.total })} />
      <form method="get" className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <Field label={t("admin.search")} name="q" hint={t("admin.searchHint")}>{(p) => <Input {...p} defaultValue={q ?? ""} />}</Field>
        <Button type="submit">{t("admin.search")}</Button>
      </form>
      <Card>
        <ul className="divide-y divide-slate-200" data-testid="user-list">
          {result.users.map((u) => (
            <li key={u.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <p className="font-bold">{u.name}</p>
                <p className="break-all text-sm text-slate-700">
                  {u.email} · {t(`auth.roles.${u.role}`)} · {t(`auth.userStatus.${u.status}`)} · {u.firm?.nameJa ?? u.buyerOrg?.name ?? u.association?.nameJa ?? ""}
                  {u.twoFactor ? ` · ${t("admin.twoFactor")}` : ""}
                </p>
              </div>
              {u.id !== viewer.userId ? (
                <div className="flex flex-wrap gap-2">
                  {u.status === "ACTIVE" ? <RowAction action={changeUserStatus} fields={{ userId: u.id, status: "DISABLED" }} label={t("admin.disable")} variant="danger" /> : null}
                  {u.status === "DISABLED" ? <RowAction action={changeUserStatus} fields={{ userId: u.id, status: "ACTIVE" }} label={t("admin.enable")} /> : null}
                  {u.status === "ACTIVE" ? <RowAction action={revokeUserSessions} fields={{ userId: u.id }} label={t("admin.revoke")} /> : null}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}

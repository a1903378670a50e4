import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { queryAuditLog } from "@/lib/audit/query";
import { requirePermission } from "@/lib/authz/guard";
import { ScrollRegion } from "@/components/ui/scroll-region";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("audit") };
}

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requirePermission("audit.view");
  const params = await searchParams;
  const filter = { action: one(params.action), actor: one(params.actor), target: one(params.target), from: one(params.from), to: one(params.to), page: Number(one(params.page)) || 1 };
  const t = await getTranslations("admin");
  const { total, page, rows } = await queryAuditLog(viewer, filter);
  const link = (p: number) => `?${new URLSearchParams({ ...filter, page: String(p) }).toString()}`;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("audit")} description={t("total", { count: total })} />
      <form className="grid grid-cols-1 gap-3 sm:grid-cols-3 lg:grid-cols-6 lg:items-end" method="get">
        <Field label={t("action")} name="action" hint={t("actionHint")}>{(p) => <Input {...p} defaultValue={filter.action} />}</Field>
        <Field label={t("actor")} name="actor">{(p) => <Input {...p} defaultValue={filter.actor} />}</Field>
        <Field label={t("target")} name="target">{(p) => <Input {...p} defaultValue={filter.target} />}</Field>
        <Field label={t("from")} name="from">{(p) => <Input {...p} type="date" defaultValue={filter.from} />}</Field>
        <Field label={t("to")} name="to">{(p) => <Input {...p} type="date" defaultValue={filter.to} />}</Field>
        <Button type="submit">{t("filter")}</Button>
      </form>
      <ScrollRegion label={t("audit")}>
        <table className="w-full min-w-[720px] text-left text-sm" data-testid="audit-table">
          <thead>
            <tr className="border-b">
              <th className="p-2">{t("when")}</th><th className="p-2">{t("action")}</th><th className="p-2">{t("actor")}</th>
              <th className="p-2">{t("target")}</th><th className="p-2">{t("ip")}</th><th className="p-2">{t("details")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b align-top">
                <td className="whitespace-nowrap p-2 font-mono">{r.createdAt.toISOString().replace("T", " ").slice(0, 19)}</td>
                <td className="p-2 font-mono">{r.action}</td>
                <td className="break-all p-2">{r.actor?.email ?? "—"}{r.actorRole ? ` (${r.actorRole})` : ""}</td>
                <td className="break-all p-2">{r.targetType ?? ""} {r.targetId ?? ""}</td>
                <td className="p-2 font-mono">{r.ip ?? ""}</td>
                <td className="break-all p-2 font-mono text-xs">{JSON.stringify(r.details)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <nav className="flex gap-4">
        {page > 1 ? <a href={link(page - 1)} className="underline">{t("previous")}</a> : null}
        <span>{t("page", { page })}</span>
        {page * 100 < total ? <a href={link(page + 1)} className="underline">{t("next")}</a> : null}
      </nav>
    </div>
  );
}

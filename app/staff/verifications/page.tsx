import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { RowAction } from "@/components/admin/row-action";
import { RowActionNotices } from "@/components/admin/row-action-notices";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listFirmsForVerification } from "@/lib/auth/firm-verification";
import { requirePermission } from "@/lib/authz/guard";
import type { FirmStatus } from "@/lib/generated/prisma/enums";
import { decideFirm } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.verifications"))("title") };
}

const STATUSES = ["PENDING", "VERIFIED", "REJECTED", "SUSPENDED"] as const;

export default async function VerificationsPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const viewer = await requirePermission("firm.verify");
  const { status: raw } = await searchParams;
  const status: FirmStatus = (STATUSES as readonly string[]).includes(raw ?? "") ? (raw as FirmStatus) : "PENDING";
  const t = await getTranslations("auth");
  const en = (await getLocale()) === "en";
  const format = await getFormatter();
  const firms = await listFirmsForVerification(viewer, status);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("verifications.title")} />
      <nav aria-label={t("verifications.filter")} className="flex flex-wrap gap-2">
        {STATUSES.map((s) => (
          <a key={s} href={`?status=${s}`} aria-current={s === status ? "page" : undefined} className={`rounded-full border px-3 py-1 text-sm ${s === status ? "border-brand-700 bg-brand-50 font-bold" : "border-slate-300"}`}>
            {t(`firmStatus.${s}`)}
          </a>
        ))}
      </nav>
      <RowActionNotices testId="verification-notice">
        {firms.length === 0 ? <p data-testid="verifications-empty">{t("verifications.empty")}</p> : null}
        <ul className="flex flex-col gap-4" data-testid="verification-list">
          {firms.map((firm) => {
            const name = en ? (firm.nameEn ?? firm.nameJa) : firm.nameJa;
            return (
              <li key={firm.id}>
                <Card className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between" data-testid={`firm-${firm.id}`}>
                  <div className="min-w-0">
                    <h2 className="text-lg font-bold"><Link href={`/firms/${firm.id}`} className="text-brand-800 underline" data-testid="firm-profile-link">{name}</Link></h2>
                    <p className="text-sm text-slate-700">
                      {en ? firm.association.nameEn : firm.association.nameJa} · {en ? firm.municipality.nameEn : firm.municipality.nameJa} · {firm.address}
                    </p>
                    <p className="text-sm text-slate-700">
                      {t("verifications.registered")}: {format.dateTime(firm.createdAt, { dateStyle: "medium" })}
                      {firm.corporateNumber ? ` · ${t("verifications.corporateNumber")}: ${firm.corporateNumber}` : ""}
                    </p>
                    {firm.users[0] ? <p className="text-sm">{t("verifications.admin")}: {firm.users[0].name} &lt;{firm.users[0].email}&gt;</p> : null}
                  </div>
                  <div className="flex flex-wrap gap-2">
                    {firm.status === "PENDING" || firm.status === "REJECTED" ? (
                      <RowAction action={decideFirm} fields={{ firmId: firm.id, decision: "verify" }} label={t("verifications.verify")} variant="primary" testId="verify-firm" confirmText={t("verifications.confirmVerify", { firm: name })} />
                    ) : null}
                    {firm.status === "PENDING" ? <RowAction action={decideFirm} fields={{ firmId: firm.id, decision: "reject" }} label={t("verifications.reject")} variant="danger" confirmText={t("verifications.confirmReject", { firm: name })} /> : null}
                    {firm.status === "VERIFIED" ? <RowAction action={decideFirm} fields={{ firmId: firm.id, decision: "suspend" }} label={t("verifications.suspend")} variant="danger" /> : null}
                    {firm.status === "SUSPENDED" ? <RowAction action={decideFirm} fields={{ firmId: firm.id, decision: "reinstate" }} label={t("verifications.reinstate")} /> : null}
                  </div>
                </Card>
              </li>
            );
          })}
        </ul>
      </RowActionNotices>
    </div>
  );
}

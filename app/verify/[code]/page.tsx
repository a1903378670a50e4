// Public: anyone with a certificate's code (a bank, the credit guarantee corporation) sees exactly
// what the certificate states and whether the order is still live — nothing else, no sign-in.
// Look-ups are limited per address (lib/orders/certificates.ts).
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getDatabase } from "@/lib/db/client";
import { formatRegistrationNumber } from "@/lib/money/registration-number";
import { formatYen } from "@/lib/money/yen";
import { verifyCertificate } from "@/lib/orders/certificates";
import { currentClientIp } from "@/lib/security/client-ip";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orders.verify"))("title"), robots: { index: false, follow: false } };
}

export default async function VerifyPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const t = await getTranslations("orders");
  const locale = (await getLocale()) as "ja" | "en";
  const result = await verifyCertificate(await getDatabase(), code.slice(0, 64), await currentClientIp());
  if (result.state !== "found") {
    return (
      <div className="flex flex-col gap-4">
        <PageHeader title={t("verify.title")} />
        <Card><p className="font-bold" data-testid="verify-result">{result.state === "limited" ? t("errors.tooManyVerifications") : t("verify.unknown")}</p></Card>
      </div>
    );
  }
  const c = result.content;
  const yen = (v: string) => formatYen(BigInt(v), locale);
  const rows: [string, string][] = [
    [t("pdf.subject"), c.subject[locale]],
    [t("pdf.facts.orderNumber"), c.orderNumber],
    [t("pdf.facts.buyer"), c.buyer.name[locale]],
    [t("pdf.facts.contractor"), c.contractor.name[locale]],
    [t("pdf.facts.member"), `${c.member.name[locale]}${c.member.registrationNumber ? ` (${formatRegistrationNumber(c.member.registrationNumber)})` : ""}`],
    [t("pdf.facts.amount"), `${yen(c.totalYen)}（${t("pdf.subtotal")} ${yen(c.subtotalYen)} / ${t("pdf.tax", { rate: 10 })} ${yen(c.taxYen)}）`],
    [t("verify.contractedOn"), c.contractedOn],
    [t("pdf.facts.deliveryDate"), c.deliveryDue],
    [t("pdf.facts.plannedStart"), c.plannedStart ?? "—"],
    [t("pdf.facts.paymentDue"), c.expectedPayment ?? "—"],
    [t("verify.issuedAt"), result.issuedAt.toISOString().slice(0, 10)],
  ];
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t("verify.title")} description={t("verify.found")} />
      <Card className={result.live ? "border-green-600" : "border-red-600"}>
        <p className={`font-bold ${result.live ? "text-green-800" : "text-red-800"}`} data-testid="verify-result">
          {result.live ? t("verify.live", { status: t(`orderStatus.${result.orderStatus}`) }) : t("verify.cancelled")}
        </p>
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-bold">{t("verify.statement")}</h2>
        <dl className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]" data-testid="verify-statement">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-sm font-bold text-slate-600">{label}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
        </dl>
      </Card>
    </div>
  );
}

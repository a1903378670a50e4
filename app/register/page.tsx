import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { RegisterBuyerForm, RegisterFirmForm } from "@/components/auth/register-forms";
import { PageHeader } from "@/components/ui/page-header";
import { getPrisma } from "@/lib/db/client";
import { withClientMessages } from "@/lib/i18n/client-messages";
import { BUYER_INDUSTRIES } from "@/lib/validation/auth-schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.register"))("firmTitle") };
}

const INDUSTRY_LABELS: Record<(typeof BUYER_INDUSTRIES)[number], [string, string]> = {
  AUTOMOTIVE: ["自動車", "Automotive"], AEROSPACE: ["航空宇宙", "Aerospace"], MEDICAL: ["医療機器", "Medical devices"],
  ELECTRONICS: ["電子・電機", "Electronics"], INDUSTRIAL_MACHINERY: ["産業機械", "Industrial machinery"], ROBOTICS: ["ロボット", "Robotics"],
  ENERGY: ["エネルギー", "Energy"], RAILWAY: ["鉄道", "Railway"], PUBLIC_SECTOR: ["官公庁", "Public sector"], CONSUMER: ["消費財", "Consumer goods"],
  STARTUP: ["スタートアップ", "Start-up"], OTHER: ["その他", "Other"],
};

async function RegisterPage({ searchParams }: { searchParams: Promise<{ as?: string }> }) {
  const { as } = await searchParams;
  const locale = await getLocale();
  const en = locale === "en";
  const t = await getTranslations("auth.register");
  if (as === "buyer") {
    const industries = BUYER_INDUSTRIES.map((value) => ({ value, label: INDUSTRY_LABELS[value][en ? 1 : 0] }));
    return (
      <div className="mx-auto w-full max-w-2xl">
        <PageHeader title={t("buyerTitle")} description={t("buyerIntro")} />
        <RegisterBuyerForm industries={industries} />
        <Link href="/login" className="mt-6 inline-block text-brand-800 underline">{t("haveAccount")}</Link>
      </div>
    );
  }
  const prisma = await getPrisma();
  const [associations, municipalities] = await Promise.all([
    prisma.association.findMany({ select: { id: true, nameJa: true, nameEn: true }, orderBy: { code: "asc" } }),
    prisma.municipality.findMany({ select: { code: true, nameJa: true, nameEn: true }, orderBy: { code: "asc" } }),
  ]);
  return (
    <div className="mx-auto w-full max-w-2xl">
      <PageHeader title={t("firmTitle")} description={t("firmIntro")} />
      <RegisterFirmForm
        associations={associations.map((a) => ({ value: a.id, label: en ? a.nameEn : a.nameJa }))}
        municipalities={municipalities.map((m) => ({ value: m.code, label: en ? m.nameEn : m.nameJa }))}
      />
      <Link href="/login" className="mt-6 inline-block text-brand-800 underline">{t("haveAccount")}</Link>
    </div>
  );
}

export default withClientMessages(["auth.register", "auth.signIn", "common"], RegisterPage);

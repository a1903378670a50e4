import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ComposeForm } from "@/components/groups/compose-form";
import { processName } from "@/components/matching/taxonomy-names";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { DomainError, NotFoundError } from "@/lib/authz/errors";
import { requirePermission } from "@/lib/authz/guard";
import { getDatabase } from "@/lib/db/client";
import { loadComposeContext } from "@/lib/groups/compose";
import { withClientMessages } from "@/lib/i18n/client-messages";
import { CERTIFICATIONS } from "@/lib/taxonomy/certifications";
import { MATERIALS } from "@/lib/taxonomy/materials";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("groups.compose"))("title") };
}

const UUID = /^[0-9a-f-]{36}$/i;

async function ComposePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string | string[] }> }) {
  const viewer = await requirePermission("group.compose");
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const { from } = await searchParams;
  const t = await getTranslations("groups.compose");
  const tj = await getTranslations("jobs");
  const locale = await getLocale();
  const format = await getFormatter();
  const en = locale === "en";
  const context = await loadComposeContext(await getDatabase(), viewer, id, { fromSuggestionId: typeof from === "string" && UUID.test(from) ? from : undefined, locale }).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof DomainError) return null;
    throw error;
  });
  if (!context) {
    return (
      <div className="flex flex-col gap-6">
        <PageHeader title={t("title")} />
        <Notice tone="warning">{tj("errors.notAccepting")}</Notice>
      </div>
    );
  }
  const { job } = context;
  const named = (list: readonly { code: string; nameJa: string; nameEn: string }[], code: string) => {
    const item = list.find((i) => i.code === code);
    return item ? (en ? item.nameEn : item.nameJa) : code;
  };
  const steps = context.steps.map((s) => ({
    id: s.id,
    position: s.position,
    quantity: s.quantity,
    label: `${t("step", { position: s.position })} · ${processName(s.processCode, locale)}`,
    details: [s.materialCode ? named(MATERIALS, s.materialCode) : null, s.toleranceUm ? tj("detail.stepTolerance", { um: s.toleranceUm }) : null, s.sizeMm ? tj("detail.stepSize", { mm: s.sizeMm }) : null, tj("detail.stepQuantity", { n: format.number(s.quantity) })].filter(Boolean).join(" · "),
    options: s.options,
  }));

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        eyebrow={t("title")}
        title={(en && job.titleEn) || job.titleJa}
        description={`${tj("detail.deadline")}: ${format.dateTime(job.deadline, { dateStyle: "medium", timeZone: "UTC" })}${job.leadCertificationCode ? ` · ${t("leadNeeds", { certification: named(CERTIFICATIONS, job.leadCertificationCode) })}` : ""}`}
      />
      <p className="max-w-3xl text-slate-700">{context.composer.kind === "firm" ? t("introFirm") : t("intro")}</p>
      {context.initial?.fromSuggestionId ? <Notice tone="info">{t("fromSuggestionPlain")}</Notice> : null}
      <ComposeForm jobId={job.id} steps={steps} firms={context.firms} composer={context.composer} initial={context.initial} />
    </div>
  );
}

export default withClientMessages(["common", "groups"], ComposePage);

import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { TemplateForm } from "@/components/groups/template-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/authz/guard";
import { getDatabase } from "@/lib/db/client";
import { templateVersions } from "@/lib/groups/agreement-template";
import { withClientMessages } from "@/lib/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("groups.template"))("title") };
}

async function AgreementTemplatePage() {
  const viewer = await requirePermission("agreement.template.manage");
  const t = await getTranslations("groups.template");
  const format = await getFormatter();
  const versions = await templateVersions(await getDatabase(), viewer);
  const latest = versions[0];
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("intro")} />
      <Card>
        <TemplateForm version={latest?.version ?? 0} bodyJa={latest?.bodyJa ?? ""} bodyEn={latest?.bodyEn ?? ""} />
      </Card>
      <Card>
        <h2 className="mb-2 text-lg font-bold">{t("versions")}</h2>
        <ol className="flex flex-col gap-1 text-sm" data-testid="template-versions">
          {versions.map((v) => (
            <li key={v.id}>{t("versionLine", { version: v.version, date: format.dateTime(v.createdAt, { dateStyle: "medium", timeStyle: "short" }), count: v._count.agreements })}</li>
          ))}
        </ol>
      </Card>
    </div>
  );
}

export default withClientMessages(["common", "groups.template"], AgreementTemplatePage);

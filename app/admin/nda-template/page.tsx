import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { TemplateForm } from "@/components/groups/template-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/authz/guard";
import { ndaTemplateVersions } from "@/lib/drawings/nda-template";
import { saveNdaTemplate } from "./actions";
import { withClientMessages } from "@/lib/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("drawings.template"))("title") };
}

async function NdaTemplatePage() {
  const viewer = await requirePermission("agreement.template.manage");
  const t = await getTranslations("drawings.template");
  const tg = await getTranslations("groups.template");
  const format = await getFormatter();
  const versions = await ndaTemplateVersions(viewer);
  const latest = versions[0];
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("intro")} />
      <Card>
        <TemplateForm version={latest?.version ?? 0} bodyJa={latest?.bodyJa ?? ""} bodyEn={latest?.bodyEn ?? ""} save={saveNdaTemplate} hint={t("hint")} />
      </Card>
      <Card>
        <h2 className="mb-2 text-lg font-bold">{tg("versions")}</h2>
        <ol className="flex flex-col gap-1 text-sm" data-testid="nda-template-versions">
          {versions.map((v) => (
            <li key={v.id}>{t("versionLine", { version: v.version, date: format.dateTime(v.createdAt, { dateStyle: "medium", timeStyle: "short" }), count: v._count.jobNdas })}</li>
          ))}
        </ol>
      </Card>
    </div>
  );
}

export default withClientMessages(["common", "groups.template"], NdaTemplatePage);

// A firm's outages: its admin declares, changes and ends them; staff do so for a firm they cover.
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { RowAction } from "@/components/admin/row-action";
import { OutageForm } from "@/components/outages/outage-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { endFirmOutage } from "@/app/outages/actions";
import { ForbiddenError, NotFoundError } from "@/lib/authz";
import { requirePermission } from "@/lib/authz/guard";
import { tokyoToday } from "@/lib/capacity/weeks";
import { clock } from "@/lib/clock";
import { getDatabase } from "@/lib/db/client";
import { withClientMessages } from "@/lib/i18n/client-messages";
import { firmForOutage, outagesOfFirm } from "@/lib/outages/declare";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outages"))("title") };
}

async function FirmOutagePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("outage.declare");
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const db = await getDatabase();
  const now = clock.now();
  const loaded = await Promise.all([firmForOutage(db, viewer, id), outagesOfFirm(db, viewer, id, now)]).catch((error: unknown) => {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) notFound();
    throw error;
  });
  const [firm, outages] = loaded;
  const [t, locale] = await Promise.all([getTranslations("outages"), getLocale()]);
  const name = (locale === "en" && firm.nameEn) || firm.nameJa;
  const today = tokyoToday(now);
  return (
    <div className="flex flex-col gap-4">
      <Link href={`/firms/${firm.id}`} className="min-h-11 self-start py-2 font-bold underline">{name}</Link>
      <PageHeader title={t("forFirm", { firm: name })} description={t("intro")} />
      <Card>
        <h2 className="mb-3 text-lg font-bold">{t("current")}</h2>
        {outages.length === 0 ? <p data-testid="no-outage">{t("none")}</p> : null}
        <ul className="flex flex-col gap-4">
          {outages.map((o) => (
            <li key={o.id} className="flex flex-col gap-2 rounded-md border border-slate-200 p-3" data-testid="outage-row">
              <p className="font-bold">{t(`kinds.${o.kind}`)} · {o.startsOn}〜{o.endsOn ?? t("untilFurther")}</p>
              {o.note ? <p className="text-sm">{o.note}</p> : null}
              <RowAction action={endFirmOutage} fields={{ outageId: o.id, version: String(o.version) }} label={t("end")} confirmText={t("endConfirm")} testId="outage-end" />
              <details>
                <summary className="min-h-11 cursor-pointer py-2 font-bold">{t("edit")}</summary>
                <OutageForm firmId={firm.id} today={today} existing={o} />
              </details>
            </li>
          ))}
        </ul>
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-bold">{t("declare")}</h2>
        <OutageForm firmId={firm.id} today={today} />
      </Card>
    </div>
  );
}

export default withClientMessages(["common", "outages"], FirmOutagePage);

import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ConfirmProfileButton } from "@/components/firm-profile/confirm-button";
import { MediaEditor } from "@/components/firm-profile/media-editor";
import { profileOptions } from "@/components/firm-profile/options";
import { ProfileEditor } from "@/components/firm-profile/profile-editor";
import { SheetImport } from "@/components/firm-profile/sheet-import";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/authz/guard";
import { profileFormValues } from "@/lib/firm-profile/form-values";
import { loadOwnProfile } from "@/lib/firm-profile/profile-data";
import { isProfileStale } from "@/lib/firm-profile/staleness";
import { clock } from "@/lib/clock";
import { withClientMessages } from "@/lib/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("firmProfile"))("title") };
}

async function FirmProfilePage() {
  const viewer = await requirePermission("firm.update");
  const profile = await loadOwnProfile(viewer);
  const [t, td, locale, format] = await Promise.all([getTranslations("firmProfile"), getTranslations("directory"), getLocale(), getFormatter()]);
  const now = clock.now();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });

  return (
    <div className="flex min-w-0 flex-col gap-4">
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={<ButtonLink href={`/firms/${profile.id}`} variant="secondary">{t("view")}</ButtonLink>}
      />
      <div className="flex flex-col gap-2 text-sm text-slate-700">
        <p data-testid="profile-confirmed">{t("lastConfirmed", { date: date(profile.profileConfirmedAt) })}</p>
        {profile.lastSave ? <p>{t("lastSaved", { date: date(profile.lastSave.at), name: profile.lastSave.by ?? "—" })}</p> : null}
      </div>
      {isProfileStale(profile.profileConfirmedAt, now) ? (
        <Notice tone="warning" data-testid="profile-stale">
          <p>{t("stale")}</p>
        </Notice>
      ) : null}
      <ConfirmProfileButton />
      <ProfileEditor initial={profileFormValues(profile)} options={profileOptions(locale, (kind) => td(`equipmentKind.${kind}`))} today={now.toISOString().slice(0, 10)} />
      <Card>
        <MediaEditor firmId={profile.id} logoId={profile.logoAttachmentId} photos={profile.photos} />
      </Card>
      <Card>
        <SheetImport />
      </Card>
    </div>
  );
}

export default withClientMessages(["common", "firmProfile"], FirmProfilePage);

"use client";
// The logo and shop photos: upload one at a time (type and size checked on the server by the
// file's bytes), remove photos. Images are served only through the firm image route.
import { useTranslations } from "next-intl";
import { uploadFirmImage, removeFirmImage } from "@/app/firm/profile/actions";
import { FormResult, SelectField, SubmitButton, errorOf, useForm } from "@/components/auth/form-kit";
import { OneTimeKeyField } from "@/components/auth/one-time-key";
import { Field, Input } from "@/components/ui/field";

const imageUrl = (firmId: string, attachmentId: string) => `/api/firm/images/${firmId}/${attachmentId}`;

function RemovePhoto({ attachmentId }: { attachmentId: string }) {
  const t = useTranslations("firmProfile.media");
  const [state, action] = useForm(removeFirmImage);
  return (
    <form action={action}>
      <input type="hidden" name="attachmentId" value={attachmentId} />
      <SubmitButton variant="ghost">{t("remove")}</SubmitButton>
      <FormResult state={state} testId={`photo-remove-${attachmentId}`} />
    </form>
  );
}

export function MediaEditor({ firmId, logoId, photos }: { firmId: string; logoId: string | null; photos: { id: string; fileName: string }[] }) {
  const t = useTranslations("firmProfile.media");
  const [state, action] = useForm(uploadFirmImage);
  return (
    <section className="flex flex-col gap-4" aria-labelledby="media-title" data-testid="media">
      <h2 id="media-title" className="text-lg font-bold">{t("title")}</h2>
      <div className="flex flex-wrap gap-4">
        <figure className="flex flex-col gap-1">
          <figcaption className="text-sm font-bold">{t("logo")}</figcaption>
          {/* eslint-disable-next-line @next/next/no-img-element -- served by our own access-checked route, not optimisable */}
          {logoId ? <img src={imageUrl(firmId, logoId)} alt={t("logo")} className="h-24 w-24 rounded border border-slate-200 object-contain" /> : <p className="text-sm">{t("noLogo")}</p>}
        </figure>
      </div>
      {photos.length === 0 ? <p className="text-sm">{t("noPhotos")}</p> : null}
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {photos.map((photo) => (
          <li key={photo.id} className="flex flex-col gap-1">
            {/* eslint-disable-next-line @next/next/no-img-element -- see above */}
            <img src={imageUrl(firmId, photo.id)} alt={photo.fileName} className="aspect-[4/3] w-full rounded border border-slate-200 object-cover" />
            <RemovePhoto attachmentId={photo.id} />
          </li>
        ))}
      </ul>
      <form action={action} className="grid gap-3 sm:grid-cols-2" data-testid="media-upload">
        <OneTimeKeyField state={state} />
        <SelectField state={state} name="slot" label={t("slot")} defaultValue="photo" options={[{ value: "photo", label: t("photo") }, { value: "logo", label: t("logo") }]} />
        <Field label={t("file")} name="file" hint={t("hint")} error={errorOf(state, "file")} required>
          {(control) => <Input {...control} type="file" accept="image/png,image/jpeg,image/webp" />}
        </Field>
        <div className="sm:col-span-2"><SubmitButton testId="media-upload-submit">{t("upload")}</SubmitButton></div>
      </form>
      <FormResult state={state} testId="media" />
    </section>
  );
}

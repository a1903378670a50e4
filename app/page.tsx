import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ButtonLink, buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { routes } from "@/components/shell/nav-items";
import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";

const audiences = [
  { key: "buyers", href: routes.registerBuyer, icon: "buyer" },
  { key: "firms", href: routes.register, icon: "factory" },
  { key: "staff", href: routes.login, icon: "staff" },
] as const;

const steps = ["post", "propose", "approve", "deliver"] as const;

/** An illustration of what the platform proposes (placeholder firms, not data). */
const exampleRows = [
  { key: "turning", lead: true },
  { key: "grinding", lead: false },
  { key: "plating", lead: false },
  { key: "assembly", lead: false },
] as const;

function ExampleGroup() {
  const t = useTranslations("home");
  return (
    <figure className="hidden rounded-lg border border-white/15 bg-white/[0.07] p-5 lg:block" aria-labelledby="example-title">
      <figcaption id="example-title" className="text-sm font-bold text-brand-200">
        {t("exampleTitle")}
      </figcaption>
      <p className="mt-1 font-bold text-white">{t("exampleJob")}</p>
      <ol className="mt-4 flex flex-col gap-2">
        {exampleRows.map(({ key, lead }, index) => (
          <li key={key} className="flex items-center gap-3 rounded-md bg-white px-3 py-2 text-slate-900">
            <span aria-hidden="true" className="flex size-6 shrink-0 items-center justify-center rounded-full bg-brand-100 text-xs font-bold text-brand-800">
              {index + 1}
            </span>
            <span className="flex min-w-0 flex-1 flex-col leading-snug">
              <span className="font-bold">{t(`exampleRows.${key}.process`)}</span>
              <span className="text-sm text-slate-600">{t(`exampleRows.${key}.firm`)}</span>
            </span>
            {lead ? (
              <span className="shrink-0 rounded bg-brand-700 px-1.5 py-0.5 text-[11px] font-bold text-white">{t("exampleLead")}</span>
            ) : null}
          </li>
        ))}
      </ol>
    </figure>
  );
}

function Icon({ name }: { name: (typeof audiences)[number]["icon"] }): ReactNode {
  const paths = {
    buyer: "M4 7h16v12H4zM9 7V5h6v2M4 12h16",
    factory: "M3 20V10l5 3V10l5 3V10l5 3V4h3v16zM7 17h2M12 17h2M17 17h2",
    staff: "M12 3l8 3v5c0 5-3.4 8.5-8 10-4.6-1.5-8-5-8-10V6zM8.5 12l2.5 2.5 4.5-5",
  } as const;
  return (
    <span className="flex size-11 shrink-0 items-center justify-center rounded-lg bg-brand-50 text-brand-700">
      <svg viewBox="0 0 24 24" aria-hidden="true" className="size-6" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinejoin="round" strokeLinecap="round">
        <path d={paths[name]} />
      </svg>
    </span>
  );
}

/** A signed-in user's home is their own start page: the public page offers registration and sign-in,
 *  which mean nothing to them. Without a database the public page still renders. */
export default async function HomePage() {
  if (await getViewer().catch(() => null)) redirect("/start");
  return <PublicHome />;
}

function PublicHome() {
  const t = useTranslations("home");

  return (
    <div className="flex flex-col gap-12 sm:gap-16">
      <section
        aria-labelledby="home-title"
        className="grid gap-10 overflow-hidden rounded-xl bg-brand-800 px-5 py-8 text-white shadow-sm sm:px-10 sm:py-14 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-center"
      >
        <div>
          <p className="text-sm font-bold text-brand-200">{t("eyebrow")}</p>
          <h1 id="home-title" data-testid="home-title" className="mt-3 max-w-3xl text-[1.7rem] font-bold leading-snug sm:text-4xl sm:leading-tight">
            {t("title")}
          </h1>
          <p className="mt-4 max-w-3xl text-base text-brand-50 sm:text-lg">{t("lead")}</p>
          <div className="mt-8 flex flex-col gap-3 sm:flex-row sm:flex-wrap">
            <Link href={routes.register} className={buttonClasses("secondary", "lg", "border-white")} data-testid="cta-register-firm">
              {t("ctaRegisterFirm")}
            </Link>
            <Link
              href={routes.registerBuyer}
              className={buttonClasses("ghost", "lg", "border-white/70 text-white hover:bg-white/10 hover:text-white")}
              data-testid="cta-register-buyer"
            >
              {t("ctaRegisterBuyer")}
            </Link>
            <Link
              href={routes.login}
              className="inline-flex min-h-12 items-center justify-center px-2 font-bold text-white underline underline-offset-4 hover:text-brand-100 sm:justify-start"
              data-testid="cta-sign-in"
            >
              {t("ctaSignIn")}
            </Link>
          </div>
        </div>
        <ExampleGroup />
      </section>

      <section aria-labelledby="audiences-title">
        <h2 id="audiences-title" className="text-xl font-bold text-slate-900 sm:text-2xl">
          {t("audiencesTitle")}
        </h2>
        <ul className="mt-5 grid gap-4 md:grid-cols-3">
          {audiences.map(({ key, href, icon }) => (
            <li key={key} className="flex">
              <Card as="article" className="flex w-full flex-col" aria-labelledby={`audience-${key}`}>
                <div className="flex items-center gap-3">
                  <Icon name={icon} />
                  <h3 id={`audience-${key}`} className="text-lg font-bold text-slate-900">
                    {t(`${key}.title`)}
                  </h3>
                </div>
                <p className="mt-3 text-slate-700">{t(`${key}.body`)}</p>
                <ul className="mt-3 flex flex-col gap-1.5 text-[15px] text-slate-700">
                  {(["point1", "point2", "point3"] as const).map((point) => (
                    <li key={point} className="flex gap-2">
                      <span aria-hidden="true" className="mt-[0.7em] size-1.5 shrink-0 rounded-full bg-brand-600" />
                      <span>{t(`${key}.${point}`)}</span>
                    </li>
                  ))}
                </ul>
                <div className="mt-auto pt-5">
                  <ButtonLink href={href} variant="secondary" className="w-full">
                    {t(`${key}.cta`)}
                  </ButtonLink>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="flow-title">
        <h2 id="flow-title" className="text-xl font-bold text-slate-900 sm:text-2xl">
          {t("flowTitle")}
        </h2>
        <ol className="mt-5 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {steps.map((step, index) => (
            <li key={step} className="rounded-lg border border-slate-200 bg-white p-5">
              <p className="flex items-center gap-3">
                <span aria-hidden="true" className="flex size-8 shrink-0 items-center justify-center rounded-full bg-brand-700 text-sm font-bold text-white">
                  {index + 1}
                </span>
                <span className="font-bold text-slate-900">{t(`steps.${step}.title`)}</span>
              </p>
              <p className="mt-3 text-[15px] text-slate-700">{t(`steps.${step}.body`)}</p>
            </li>
          ))}
        </ol>
      </section>

    </div>
  );
}

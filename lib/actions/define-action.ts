// The one server-action wrapper. In a "use server" file:
//   export const inviteMember = defineAction({ name: "members.invite", permission: "firm.members.manage",
//     schema: inviteSchema, handler: async ({ input, viewer }) => { … } });
// Order: load the viewer → check the permission (role level) FIRST → parse the input → run the
// handler (which loads its object with a scoped query and calls authorize(viewer, action, resource)).
// Known errors become localized messages; anything else is logged and hidden behind a generic one.
import "server-only";
import { redirect, unstable_rethrow } from "next/navigation";
import { getRedirectTypeFromError, getURLFromRedirectError } from "next/dist/client/components/redirect";
import { isRedirectError, type RedirectType } from "next/dist/client/components/redirect-error";
import type { z } from "zod";
import { audit } from "@/lib/audit/log";
import { getViewer } from "@/lib/auth/viewer";
import { getDatabase } from "@/lib/db/client";
import type { Viewer } from "@/lib/auth/viewer-types";
import { can } from "@/lib/authz/policy";
import type { Action } from "@/lib/authz/actions";
import { DomainError, ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/authz/errors";
import { log } from "@/lib/observability/log";
import { localizedIssues } from "@/lib/validation/error-map";
import { UNSTORABLE_TEXT, unstorableFields } from "@/lib/validation/text";
import { asLocale, translate, type AppLocale } from "@/lib/validation/messages";
import { formDataToObject, redisplayValues } from "./form-data";
import { runOnce, SUBMISSION_KEY_FIELD, submissionKeySchema } from "./one-time-key";
import type { ActionResult, ActionState, FailureCode } from "./result";

/** "public": anyone (registration, reset); "signedIn": any valid session; else a policy action,
 *  or a list of actions of which the viewer needs any one (role level). */
export type Permission = Action | readonly Action[] | "public" | "signedIn";

function allowed(viewer: Viewer, permission: Exclude<Permission, "public" | "signedIn">): boolean {
  return typeof permission === "string" ? can(viewer, permission) : permission.some((action) => can(viewer, action));
}

export interface ActionContext<I, P extends Permission> {
  input: I;
  viewer: P extends "public" ? Viewer | null : Viewer;
  locale: AppLocale;
  t: (key: string, params?: Record<string, string | number>) => string;
}

export interface ActionDefinition<S extends z.ZodType, T, P extends Permission> {
  /** Used in logs and the audit log, e.g. "firm.verify". */
  name: string;
  permission: P;
  schema: S;
  handler: (context: ActionContext<z.output<S>, P>) => Promise<T>;
  /** Optional localized success message key. */
  successMessage?: string;
  /** A create action: the form sends a one-time key (components/auth/one-time-key.tsx) and a
   *  repeated submission with the same key gets the first one's result (lib/actions/one-time-key.ts). */
  oneTime?: boolean;
}

/** What a one-time action keeps of its first run: its value, or where it redirected. */
type Outcome<T> = { value: T } | { redirect: string; type: RedirectType };

async function outcomeOf<T>(run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { value: await run() };
  } catch (error) {
    if (isRedirectError(error)) return { redirect: getURLFromRedirectError(error), type: getRedirectTypeFromError(error) };
    throw error;
  }
}

async function requestLocale(viewer: Viewer | null): Promise<AppLocale> {
  if (viewer) return asLocale(viewer.locale);
  try {
    const { cookies } = await import("next/headers");
    return asLocale((await cookies()).get("NEXT_LOCALE")?.value);
  } catch {
    return "ja";
  }
}

export function defineAction<S extends z.ZodType, T, P extends Permission>(definition: ActionDefinition<S, T, P>) {
  const action = async function action(
    previous: ActionState<T> | FormData | Record<string, unknown> | undefined,
    formData?: FormData | Record<string, unknown>,
  ): Promise<ActionResult<T>> {
    // Callable as useActionState(action) → (previous, formData) or directly as action(formData).
    const { [SUBMISSION_KEY_FIELD]: submissionKey, ...rawInput } = formDataToObject(formData ?? (previous instanceof FormData ? previous : null));
    const values = redisplayValues(rawInput);
    let viewer: Viewer | null = null;
    let locale: AppLocale = "ja";
    const fail = (code: FailureCode, key: string, params?: Record<string, string | number>, extra: Partial<{ fieldErrors: Record<string, string> }> = {}): ActionResult<T> => ({
      ok: false,
      code,
      formError: translate(locale, key, params),
      values,
      ...extra,
    });

    try {
      viewer = await getViewer();
      locale = await requestLocale(viewer);
      if (definition.permission !== "public") {
        if (!viewer) return fail("unauthenticated", "errors.unauthenticated");
        if (definition.permission !== "signedIn" && !allowed(viewer, definition.permission)) {
          await audit({ action: "access.denied", actor: { userId: viewer.userId, role: viewer.role }, details: { endpoint: definition.name, permission: String(definition.permission) } });
          return fail("forbidden", "errors.forbidden");
        }
      }
      // A NUL byte or a lone surrogate anywhere (a file name too) is refused before the schema, so
      // no handler can fail half-way on it (decision 019); the log names the field and the cause.
      const unstorable = unstorableFields(rawInput);
      if (unstorable.length > 0) {
        log.warn({ action: definition.name, refused: unstorable }, "input refused: characters that cannot be stored");
        const fieldErrors = Object.fromEntries(unstorable.map(({ field }) => [field, translate(locale, UNSTORABLE_TEXT)]));
        return { ok: false, code: "invalid", formError: translate(locale, "errors.invalidInput"), fieldErrors, values };
      }
      const parsed = definition.schema.safeParse(rawInput);
      if (!parsed.success) {
        const { fieldErrors, formError } = localizedIssues(parsed.error, locale);
        return { ok: false, code: "invalid", formError: formError ?? translate(locale, "errors.invalidInput"), fieldErrors, values };
      }
      const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
      const run = () => definition.handler({ input: parsed.data, viewer: viewer as ActionContext<z.output<S>, P>["viewer"], locale, t });
      let data: T;
      if (definition.oneTime && viewer) {
        const key = submissionKeySchema.safeParse(submissionKey);
        if (!key.success) return fail("invalid", "errors.submissionKeyMissing");
        const outcome = await runOnce(await getDatabase(), { userId: viewer.userId, key: key.data, action: definition.name }, () => outcomeOf(run));
        if ("redirect" in outcome) redirect(outcome.redirect, outcome.type);
        data = outcome.value;
      } else data = await run();
      return definition.successMessage ? { ok: true, data, message: t(definition.successMessage) } : { ok: true, data };
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() from handlers
      if (error instanceof DomainError) {
        const message = translate(locale, error.messageKey, error.params);
        return error.field
          ? { ok: false, code: "domain", formError: translate(locale, "errors.invalidInput"), fieldErrors: { [error.field]: message }, values }
          : { ok: false, code: "domain", formError: message, values };
      }
      if (error instanceof NotFoundError) return fail("not_found", "errors.notFound");
      if (error instanceof UnauthenticatedError) return fail("unauthenticated", "errors.unauthenticated");
      if (error instanceof ForbiddenError) {
        if (viewer) await audit({ action: "access.denied", actor: { userId: viewer.userId, role: viewer.role }, details: { endpoint: definition.name, permission: error.action } });
        return fail("forbidden", "errors.forbidden");
      }
      const reference = Math.random().toString(36).slice(2, 10);
      console.error(`[action ${definition.name}] unexpected error (ref ${reference})`, error);
      return fail("error", "errors.generic");
    }
  };
  // The schema travels with the action (server side only) so tests can find every input schema.
  return Object.assign(action, { inputSchema: definition.schema, actionName: definition.name });
}

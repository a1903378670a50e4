// What every server action returns (safe to pass to the client: never a secret, never a stack).
export type FailureCode = "unauthenticated" | "forbidden" | "not_found" | "invalid" | "domain" | "error";

export type ActionResult<T = unknown> =
  | { ok: true; data: T; message?: string }
  | {
      ok: false;
      code: FailureCode;
      /** One localized message for the whole form (aria-live region). */
      formError?: string;
      /** Localized message per field name (aria-describedby). */
      fieldErrors?: Record<string, string>;
      /** The user's input, minus passwords, codes and tokens, for re-display. */
      values: Record<string, string>;
    };

/** The state a form starts with before its first submission. */
export const initialActionState = null;
export type ActionState<T = unknown> = ActionResult<T> | null;

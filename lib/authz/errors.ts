// Typed errors of the policy module. Pages turn NotFoundError into notFound() (404), so an object
// outside the caller's scope looks exactly like one that does not exist; the action wrapper maps
// each to a localized message. Never put object details in the message.

/** No signed-in, active session. */
export class UnauthenticatedError extends Error {
  override readonly name = "UnauthenticatedError";
  constructor() {
    super("Not signed in");
  }
}

/** Signed in, but the role may not do this at all (the caller already knows the page exists). */
export class ForbiddenError extends Error {
  override readonly name = "ForbiddenError";
  constructor(readonly action: string) {
    super(`Forbidden: ${action}`);
  }
}

/** The object does not exist or lies outside the caller's scope: answer 404, never 403. */
export class NotFoundError extends Error {
  override readonly name = "NotFoundError";
  constructor(readonly resourceType?: string) {
    super("Not found");
  }
}

/** A known business-rule failure whose message key is safe to show (e.g. "auth.errors.emailTaken"). */
export class DomainError extends Error {
  override readonly name = "DomainError";
  constructor(
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
    readonly field?: string,
  ) {
    super(messageKey);
  }
}

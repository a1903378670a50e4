// The one policy module: every page, route handler, server action and data-access function asks it.
//   can(viewer, "firm.verify", { type: "firm", id, associationId })  → boolean
//   authorize(viewer, "job.create")                                   → throws if denied
// Deny by default: no viewer, an unknown action or a resource of the wrong type is refused.
import type { Viewer } from "@/lib/auth/viewer-types";
import { isAction, type Action } from "./actions";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "./errors";
import { RULES } from "./policy-rules";
import type { Resource } from "./resources";

/** Actions a viewer who still has to enrol in two-factor sign-in may take. */
const ALLOWED_BEFORE_2FA: ReadonlySet<Action> = new Set(["profile.view", "profile.update", "start.view"]);

/** May a viewer who has not enrolled two-factor sign-in yet take this action? */
export const allowedBeforeTwoFactor = (action: Action) => ALLOWED_BEFORE_2FA.has(action);

export function can(viewer: Viewer | null | undefined, action: Action, resource?: Resource): boolean {
  if (!viewer) return false;
  if (!isAction(action)) return false;
  if (viewer.twoFactorPending && !ALLOWED_BEFORE_2FA.has(action)) return false;
  const rule = RULES[action];
  return rule(viewer, resource);
}

/**
 * Throws unless allowed. Without a resource a denial is ForbiddenError (the role may not do this);
 * with a resource it is NotFoundError, so objects outside the caller's scope answer 404.
 */
export function authorize(viewer: Viewer | null | undefined, action: Action, resource?: Resource): asserts viewer is Viewer {
  if (!viewer) throw new UnauthenticatedError();
  if (can(viewer, action, resource)) return;
  if (resource !== undefined && can(viewer, action)) throw new NotFoundError(resource.type);
  throw new ForbiddenError(action);
}

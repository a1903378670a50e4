// Public surface of the policy module; see README.md.
export { ACTIONS, isAction, type Action } from "./actions";
export type { Resource, ResourceType } from "./resources";
export { can, authorize } from "./policy";
export { DomainError, ForbiddenError, NotFoundError, UnauthenticatedError } from "./errors";

// Limits of the capacity API, shared by the handler, the token check and the OpenAPI description.
/** Requests per token per minute. */
export const REQUESTS_PER_MINUTE = 60;
/** Declarations per PUT: 30 processes × 12 weeks fit with room. */
export const MAX_ITEMS = 400;

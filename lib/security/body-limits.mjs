// The server actions' body limit, shared by next.config.js (Next.js enforces it, with a 500) and the
// request guard (lib/security/malformed-requests.ts answers 413 before Next.js reads the body).
// Inquiry files (lib/inquiries/schemas.ts) stay below it with room for the text fields.
export const SERVER_ACTION_BODY_LIMIT = "6mb";
export const SERVER_ACTION_BODY_LIMIT_BYTES = 6 * 1024 * 1024;

// The current request's Viewer, or null when nobody (validly) is signed in. Reads the next-auth
// session cookie, then checks it against the database on every request (load-viewer.ts). Cached per request.
import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { getPrisma } from "@/lib/db/client";
import { authSecret } from "./secret";
import { sessionCookieName } from "./session-refresh";
import { decodeSessionToken } from "./session-token";
import { recordFirmActivity } from "./firm-activity";
import { loadViewer } from "./load-viewer";
import { parseClaims } from "./session-claims";
import { getSessionLimits } from "./session-limits";
import type { Viewer } from "./viewer-types";

export type { Viewer, Role } from "./viewer-types";

export const getViewer = cache(async (): Promise<Viewer | null> => {
  // The session cookie's claims, read directly rather than through getServerSession, which also
  // runs the callbacks and seals a new token that a page cannot set anyway (~2 ms per request,
  // decision 033). Its jwt callback only moved seenAt forward while the session was alive, which
  // changes nothing in the checks below. The token is small and never split into chunks.
  const token = (await cookies()).get(sessionCookieName().name)?.value;
  const raw = token ? await decodeSessionToken({ token, secret: authSecret() }).catch(() => null) : null; // null: unreadable or tampered
  const claims = parseClaims(raw);
  if (!claims) return null;
  const { viewer } = await loadViewer(await getPrisma(), claims, await getSessionLimits());
  if (viewer?.firmId) await recordFirmActivity(viewer.firmId);
  return viewer;
});

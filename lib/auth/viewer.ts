// The current request's Viewer, or null when nobody (validly) is signed in. Reads the next-auth
// session, then checks it against the database on every request (load-viewer.ts). Cached per request.
import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { getPrisma } from "@/lib/db/client";
import { authOptions } from "./auth-options";
import { recordFirmActivity } from "./firm-activity";
import { loadViewer } from "./load-viewer";
import { parseClaims } from "./session-claims";
import { getSessionLimits } from "./session-limits";
import type { Viewer } from "./viewer-types";

export type { Viewer, Role } from "./viewer-types";

export const getViewer = cache(async (): Promise<Viewer | null> => {
  let raw: unknown;
  try {
    raw = await getServerSession(authOptions());
  } catch {
    return null; // unreadable or tampered cookie
  }
  const claims = parseClaims(raw);
  if (!claims) return null;
  const { viewer } = await loadViewer(await getPrisma(), claims, await getSessionLimits());
  if (viewer?.firmId) await recordFirmActivity(viewer.firmId);
  return viewer;
});

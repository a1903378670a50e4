"use client";
// The one-time key of a create form (lib/actions/one-time-key.ts). The server renders a key into
// the form (the layout's per-request seed + the form's place in the tree), so even a submission
// before the page's scripts run carries one; once mounted the form takes a random key of its own
// (a form opened again must not reuse the last one), and a new one after each success (the next
// message is a new submission). A double tap or a resent request keeps the key, so it makes one thing.
import { createContext, useContext, useEffect, useId, useState, type ReactNode } from "react";
import type { ActionState } from "@/lib/actions/result";

const SUBMISSION_KEY_FIELD = "submissionKey"; // = lib/actions/one-time-key.ts (server-only)
const Seed = createContext("");

/** Rendered once by the root layout with a random seed per request. */
export function OneTimeKeySeed({ seed, children }: { seed: string; children: ReactNode }) {
  return <Seed value={seed}>{children}</Seed>;
}

function randomKey(): string {
  // getRandomValues works on plain http too (randomUUID needs a secure context).
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** The key to send with the form's next submission; `result` is the form's last action result. */
export function useOneTimeKey(result: ActionState<unknown>): string {
  const seed = useContext(Seed);
  const place = useId().replace(/[^A-Za-z0-9]/g, "");
  const [key, setKey] = useState(`${seed}.${place}`);
  const [lastResult, setLastResult] = useState(result);
  if (result !== lastResult) {
    setLastResult(result);
    if (result?.ok) setKey(randomKey());
  }
  // eslint-disable-next-line react-hooks/set-state-in-effect -- only after hydration may the key differ from the server's
  useEffect(() => setKey(randomKey()), []);
  return key;
}

/** The hidden field of a form built with useForm (components/auth/form-kit.tsx). */
export function OneTimeKeyField({ state }: { state: ActionState<unknown> }) {
  return <input type="hidden" name={SUBMISSION_KEY_FIELD} value={useOneTimeKey(state)} data-testid="submission-key" />;
}

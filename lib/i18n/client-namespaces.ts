// The messages the browser gets: next-intl would otherwise serialise the whole catalogue (~130 KB)
// into every page's RSC payload (decision 027). The root layout sends what the shell and the root
// error page use; a page whose client components need more wraps itself in withClientMessages
// (lib/i18n/client-messages.tsx) with its own list. tests/i18n/client-messages.test.ts reads the
// source and fails when a client component uses a namespace its page does not send.

/** Namespaces (dotted paths into the catalogue) used by client code in the root layout and app/error.tsx. */
export const SHELL_CLIENT_NAMESPACES = ["common", "errors.error", "shell", "nav.items", "roles", "auth.signOut"] as const;

type Messages = Record<string, unknown>;

/** The parts of a catalogue at these dotted paths, nested as in the catalogue. Paths may overlap. */
export function pickMessages(messages: Messages, namespaces: readonly string[]): Messages {
  const picked: Messages = {};
  const taken: string[] = [];
  // Wider paths first: a narrower one inside a path already taken adds nothing.
  const byDepth = [...namespaces].sort((a, b) => a.split(".").length - b.split(".").length);
  for (const namespace of byDepth) {
    if (taken.some((wider) => namespace === wider || namespace.startsWith(`${wider}.`))) continue;
    const parts = namespace.split(".");
    let value: unknown = messages;
    for (const part of parts) value = value && typeof value === "object" ? (value as Messages)[part] : undefined;
    if (value === undefined) continue; // tests/i18n/client-messages.test.ts checks every listed path exists
    const last = parts.pop()!;
    let target = picked;
    for (const part of parts) target = (target[part] ??= {}) as Messages;
    target[last] = value;
    taken.push(namespace);
  }
  return picked;
}

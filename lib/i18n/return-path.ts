// Where the language switch sends the user back to: a path on this site only (never another origin,
// so the switch cannot be used as an open redirect).

const base = "http://same-origin.invalid";

function localPath(value: string | null | undefined): URL | null {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  try {
    const url = new URL(value, base);
    return url.origin === base ? url : null;
  } catch {
    return null;
  }
}

/**
 * The path to return to after switching language. `returnTo` is the page's path from the form;
 * when the Referer is the same page, its query string is kept as well.
 */
export function safeReturnPath(returnTo: string | undefined, referer: string | null): string {
  const target = localPath(returnTo);
  if (!target) return "/";
  if (referer) {
    try {
      const from = new URL(referer);
      if (from.pathname === target.pathname && !target.search) return `${from.pathname}${from.search}`;
    } catch {
      // An unparseable Referer is ignored.
    }
  }
  return `${target.pathname}${target.search}`;
}

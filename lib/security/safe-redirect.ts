// Only same-site paths are accepted as a "next" destination (no open redirect: "//evil", "http://…").
export function safeNextPath(value: unknown, fallback = "/"): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  if (typeof candidate !== "string" || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return fallback;
  if (/[\r\n]/.test(candidate) || candidate.length > 500) return fallback;
  return candidate;
}

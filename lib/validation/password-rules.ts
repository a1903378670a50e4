// Server-side password checks beyond length (ASVS 2.1.7: refuse common and context-specific ones).
import "server-only";
import { isCommonPassword } from "@/lib/auth/common-passwords/is-common";

/** A message key when the password is unacceptable, else null. */
export function passwordProblem(password: string, context: { email?: string; name?: string } = {}): string | null {
  if (isCommonPassword(password)) return "validation.passwordCommon";
  const lower = password.normalize("NFKC").toLowerCase();
  const local = context.email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return "validation.passwordContext";
  if (/^(.)\1+$/.test(lower)) return "validation.passwordCommon";
  return null;
}

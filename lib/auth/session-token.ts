// Decoding the session cookie, once per cookie value. next-auth derives its encryption key (HKDF)
// and decrypts the JWT on every call, and a page request decodes twice (proxy.ts rolling the idle
// timer, then getServerSession): ~3 ms of the request thread per signed-in request, a tenth of a
// job page's (decision 033). A cookie value seen before is the same sealed token, so its claims are
// kept, bounded in number, and re-checked for expiry on every use. The claims are only read here:
// the session's limits and the user's state are checked against the database on every request
// (load-viewer.ts), as before.
import { decode, type JWT, type JWTDecodeParams } from "next-auth/jwt";
import { clock } from "@/lib/clock";

/** Signed-in users' cookies in use at once on one instance, with room to spare. */
const KEPT_TOKENS = 5_000;
/** The tolerance next-auth's decoder allows on `exp`. */
const CLOCK_TOLERANCE_SECONDS = 15;
const kept = new Map<string, JWT>();

export async function decodeSessionToken(params: JWTDecodeParams): Promise<JWT | null> {
  const { token } = params;
  if (!token) return null;
  const claims = kept.get(token);
  if (claims) {
    if (typeof claims.exp === "number" && claims.exp + CLOCK_TOLERANCE_SECONDS < clock.now().getTime() / 1000) {
      kept.delete(token);
      return null;
    }
    return claims;
  }
  const decoded = await decode(params);
  if (decoded) {
    kept.set(token, decoded);
    if (kept.size > KEPT_TOKENS) kept.delete(kept.keys().next().value!);
  }
  return decoded;
}

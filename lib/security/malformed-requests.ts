// Requests refused before Next.js sees them, with a 4xx and a reason instead of Next's 500:
// - a path segment whose percent-encoding is not valid UTF-8 ("%", "%C0%AF", "%uD800"): Next.js
//   fails decoding it in route handlers and dynamic pages;
// - a server action whose declared body is over the limit: Next.js reads it, then fails with 500;
// - a server action that declares no length (a chunked body): Next.js fails with 500 when it runs
//   over the limit, and Next's own client always sends the length.
// Checked in the HTTP server's "request" event (lib/security/forwarded-headers.ts installs it), so
// /api, which the proxy does not run for, is covered too. The server log names the cause.
import type { IncomingMessage, ServerResponse } from "node:http";
import { SERVER_ACTION_BODY_LIMIT, SERVER_ACTION_BODY_LIMIT_BYTES } from "./body-limits.mjs";

export interface Refusal {
  status: 400 | 411 | 413;
  error: "malformed_path" | "length_required" | "payload_too_large";
  /** For the log and developers. */
  reason: string;
}

/** What a person is told, in both languages: a refusal comes before the locale is known. */
const MESSAGES: Record<Refusal["error"], { ja: string; en: string }> = {
  malformed_path: { ja: "アドレスが正しくありません。リンクを確かめてください。", en: "This address is not valid. Please check the link." },
  length_required: { ja: "送信内容の長さが分かりません。ページを読み込み直して、もう一度送ってください。", en: "The form was sent without its length. Please reload the page and send it again." },
  payload_too_large: { ja: `送信内容が大きすぎます（上限 ${SERVER_ACTION_BODY_LIMIT}）。ファイルを小さくして送ってください。`, en: `What was sent is too large (limit ${SERVER_ACTION_BODY_LIMIT}). Please send a smaller file.` },
};

function malformedSegment(path: string): string | null {
  for (const segment of path.split("/")) {
    try {
      decodeURIComponent(segment);
    } catch {
      return segment;
    }
  }
  return null;
}

/** Why this request is refused, or null to hand it to Next.js. */
export function refusalFor(request: Pick<IncomingMessage, "method" | "url" | "headers">): Refusal | null {
  const path = (request.url ?? "/").split("?")[0]!;
  const segment = malformedSegment(path);
  if (segment !== null) return { status: 400, error: "malformed_path", reason: `invalid percent-encoding in path segment ${JSON.stringify(segment.slice(0, 40))}` };
  if (request.method !== "POST" || !request.headers["next-action"]) return null;
  const declared = request.headers["content-length"];
  if (declared === undefined) return { status: 411, error: "length_required", reason: "a server action must declare its body's length (Content-Length)" };
  const length = Number(declared);
  if (length > SERVER_ACTION_BODY_LIMIT_BYTES) {
    return { status: 413, error: "payload_too_large", reason: `server action body of ${length} bytes is over the ${SERVER_ACTION_BODY_LIMIT} limit` };
  }
  return null;
}

/** Answers the refusal as JSON (Node.js discards an unread body). */
export function sendRefusal(response: ServerResponse, refusal: Refusal): void {
  const body = JSON.stringify({ error: refusal.error, message: MESSAGES[refusal.error], reason: refusal.reason });
  response.writeHead(refusal.status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body), "cache-control": "no-store" });
  response.end(body);
}

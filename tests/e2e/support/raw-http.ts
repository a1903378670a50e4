// Plain HTTP requests with exactly the headers given (no Origin, Referer or cookie added by a
// browser or by Playwright's request context), for checks of what the server accepts.
import http from "node:http";

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export function rawRequest(url: string, method: string, headers: Record<string, string>, body?: Buffer | string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    // A body is sent with its length, unless the headers ask for chunks.
    const length = body !== undefined && !headers["transfer-encoding"] ? { "content-length": String(Buffer.byteLength(body)) } : {};
    const request = http.request(url, { method, headers: { ...headers, ...length } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", reject);
    });
    request.on("error", reject);
    if (body !== undefined) request.write(body);
    request.end();
  });
}

export const setCookies = (response: RawResponse): string[] => response.headers["set-cookie"] ?? [];

// Collects Content-Security-Policy violations a page reports: the browser's own console message
// ("Refused to …") and the securitypolicyviolation event, which also fires for blocked eval and
// inline handlers. Call before the first navigation; assert the array is empty at the end.
import type { Page } from "@playwright/test";

export async function watchCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.warn(`[csp-violation] ${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  page.on("console", (message) => {
    const text = message.text();
    if (text.startsWith("[csp-violation]") || /Content Security Policy/i.test(text)) violations.push(`${page.url()}: ${text}`);
  });
  return violations;
}

/** The directives of a CSP header value, by name. */
export function cspDirectives(header: string | undefined): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of (header ?? "").split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

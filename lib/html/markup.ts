// Markup written as text, for the few server-rendered parts that repeat one small element hundreds
// of times (the directory's facet links and map): as React elements every one of them is rendered,
// serialised into the RSC payload, parsed back and rendered to HTML again in the request thread
// (decision 032). `html` escapes every interpolated value, so text from the database or a URL
// cannot become markup; only another `html` result (or a list of them) is inserted as it is.

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Markup known to be safe: made by `html`, never from a plain string. */
export class Markup {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export type Interpolation = Markup | string | number | boolean | null | undefined | readonly Interpolation[];

/** Text for an element's content or a quoted attribute value. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

function part(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Markup) return value.text;
  if (Array.isArray(value)) return value.map(part).join("");
  return escapeHtml(String(value));
}

/** html`<a href="${href}">${name}</a>`: values escaped, nested `html` kept; null, undefined and false leave nothing. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Markup {
  let text = strings[0]!;
  for (let i = 0; i < values.length; i++) text += part(values[i]) + strings[i + 1]!;
  return new Markup(text);
}

/** An attribute present only when the value is: ` name="value"`, or nothing for null/undefined/false. */
export function attr(name: string, value: string | number | true | null | undefined | false): Markup {
  if (value === null || value === undefined || value === false) return new Markup("");
  return new Markup(value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`);
}

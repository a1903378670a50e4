import { describe, expect, it } from "vitest";
import { attr, escapeHtml, html } from "./markup";

describe("html", () => {
  it("escapes every interpolated string, in text and in attribute values", () => {
    const name = `<script>alert("x")</script> & 'y'`;
    expect(html`<a title="${name}">${name}</a>`.text).toBe(
      `<a title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</a>`,
    );
    expect(escapeHtml("a&b")).toBe("a&amp;b");
  });

  it("keeps nested markup and lists as they are, and leaves nothing for null, undefined and false", () => {
    const items = ["1 < 2", "b"].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${0}`.text).toBe("<ul><li>1 &lt; 2</li><li>b</li></ul>0");
  });

  it("does not take a plain string for markup", () => {
    const fake = { text: "<b>bold</b>" }; // shaped like Markup, but not made by html
    expect(html`${fake as unknown as string}`.text).not.toContain("<b>");
  });

  it("writes an attribute only when it has a value", () => {
    expect(html`<a${attr("aria-current", "true")}${attr("hidden", false)}${attr("title", null)}${attr("download", true)}${attr("data-n", 7)}>`.text).toBe('<a aria-current="true" download data-n="7">');
    expect(attr("title", '"><script>').text).toBe(' title="&quot;&gt;&lt;script&gt;"');
  });
});

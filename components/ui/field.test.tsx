import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import ja from "@/messages/ja.json";
import { Field, Input } from "./field";

function render(props: { error?: string; hint?: string; required?: boolean }) {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale="ja" messages={ja} timeZone="Asia/Tokyo">
      <Field label="会社名" name="companyName" {...props}>
        {(control) => <Input {...control} defaultValue="大田精工" />}
      </Field>
    </NextIntlClientProvider>,
  );
}

const attr = (html: string, name: string) => html.match(new RegExp(`<input[^>]* ${name}="([^"]*)"`))?.[1];

describe("Field", () => {
  it("ties the label to the control", () => {
    const html = render({});
    const id = attr(html, "id");
    expect(id).toBeTruthy();
    expect(html).toContain(`for="${id}"`);
    expect(attr(html, "name")).toBe("companyName");
    expect(attr(html, "aria-describedby")).toBeUndefined();
    expect(attr(html, "aria-invalid")).toBeUndefined();
  });

  it("describes the control by its hint and error, and marks it invalid", () => {
    const html = render({ hint: "登記上の名称", error: "会社名を入力してください", required: true });
    const [hintId, errorId] = (attr(html, "aria-describedby") ?? "").split(" ");
    expect(html).toMatch(new RegExp(`id="${hintId}"[^>]*>登記上の名称`));
    expect(html).toMatch(new RegExp(`id="${errorId}"[^>]*><p>会社名を入力してください</p>`));
    expect(attr(html, "aria-invalid")).toBe("true");
    expect(html).toContain("必須");
    expect(attr(html, "value")).toBe("大田精工");
  });
});

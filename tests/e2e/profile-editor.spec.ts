// The firm profile editor keeps every value of a failed save, including the dropdowns of rows added
// since the page loaded (a form reset after the action used to show them empty).
import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

test("a failed save keeps a new equipment row's kind selected and says what the year needs", async ({ page }) => {
  await signIn(page, "press-admin@demo.kyodo.example", undefined, "/firm/profile");
  const form = page.getByTestId("profile-form");
  await expect(form).toBeVisible();
  const rows = form.locator('[data-testid^="equipment-"][data-testid$="-edit"]');
  const index = await rows.count();
  await page.getByTestId("equipment-add").click();
  const kind = form.locator(`select[name="equipment.${index}.kind"]`);
  await kind.selectOption({ index: 2 });
  const chosen = await kind.inputValue();
  expect(chosen).not.toBe("");
  await form.locator(`input[name="equipment.${index}.maker"]`).fill("アマダ");
  await form.locator(`input[name="equipment.${index}.model"]`).fill("HG-1003");
  await form.locator(`input[name="equipment.${index}.year"]`).fill("98");
  await page.getByTestId("profile-save").click();

  await expect(page.getByTestId(`field-error-equipment.${index}.year`)).toContainText("4");
  await expect(kind).toHaveValue(chosen);
  await expect(form.locator(`input[name="equipment.${index}.maker"]`)).toHaveValue("アマダ");
});

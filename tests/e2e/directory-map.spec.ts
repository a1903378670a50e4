// The directory's map: a visitor taps a ward on the map (where its label is, as a person would), sees
// the list narrowed to that ward with as many firms as the map said, and removes the filter again
// from the keyboard. Desktop and phone; the open map must not widen the page.
import { expect, test, type Page } from "@playwright/test";

async function openMap(page: Page) {
  const map = page.getByTestId("area-map");
  await map.locator("summary").click();
  await expect(map.getByTestId("area-map-panel-wards")).toBeVisible();
  return map;
}

test("tapping a ward on the map filters the list to that ward", async ({ page, isMobile }) => {
  const blocked: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  await page.goto("/directory");
  const map = await openMap(page);
  const ota = map.getByRole("link", { name: /^大田区：\d+ 社$/ });
  await expect(ota).toBeVisible(); // its outline, drawn from the static SVG file, has loaded
  const count = Number(/：(\d+) 社/.exec((await ota.getAttribute("aria-label"))!)![1]);
  expect(count).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

  const otaLabel = map.locator('[data-label-for="13111"]');
  await otaLabel.scrollIntoViewIfNeeded();
  const label = await otaLabel.boundingBox();
  const [x, y] = [label!.x + label!.width / 2, label!.y + label!.height / 2];
  if (isMobile) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);

  await expect(page).toHaveURL(/[?&]area=13111(&|$)/);
  await expect(page.getByTestId("directory-count")).toHaveText(`${count} 社が見つかりました`);
  const results = page.getByTestId("directory-result");
  await expect(results.first()).toBeVisible();
  for (const card of await results.all()) await expect(card).toContainText("大田区");
  await expect(page.getByTestId("active-filters")).toContainText("大田区");

  const again = await openMap(page);
  const selected = again.getByRole("link", { name: `大田区：${count} 社` });
  await expect(selected).toHaveAttribute("aria-current", "true");
  await selected.focus();
  await expect(selected).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/directory$/);
  await expect(page.getByTestId("active-filters")).toHaveCount(0);
  expect(blocked).toEqual([]);
});

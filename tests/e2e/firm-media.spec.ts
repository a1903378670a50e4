// A firm admin adds a shop photo of the size a phone camera makes (over the 1 MB that server actions
// take by default) and sees it on the profile.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

/** A PNG signature and header followed by padding: recognised as PNG by its content, ~2.5 MB. */
function phoneSizedPng(): Buffer {
  const head = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return Buffer.concat([head, Buffer.alloc(2_500_000)]);
}

test("a phone-sized shop photo uploads", async ({ page, isMobile }) => {
  test.skip(isMobile, "runs once; the upload does not depend on the viewport");
  await signIn(page, "firm-admin@demo.kyodo.example", undefined, "/firm/profile");
  const photos = page.getByTestId("media").locator("li");
  const before = await photos.count();
  await page.getByTestId("media-upload").locator('input[type="file"]').setInputFiles({ name: "工場.png", mimeType: "image/png", buffer: phoneSizedPng() });
  await page.getByTestId("media-upload-submit").click();
  await expect(page.getByTestId("media-success")).toBeVisible({ timeout: 20_000 });
  await expect(photos).toHaveCount(before + 1);
});

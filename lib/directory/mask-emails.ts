// E-mail addresses a firm typed into its own profile texts are not shown to others: contact goes
// through the platform (lib/inquiries), never a raw address.
/** Anything shaped like an e-mail address, typed in half- or full-width letters ("info@example.co.jp",
 *  "ｉｎｆｏ＠ｅｘａｍｐｌｅ．ｊｐ"); the top-level domain needs letters, so "4V@0.01" is not one. */
const W = "A-Za-z0-9Ａ-Ｚａ-ｚ０-９";
const EMAIL = new RegExp(`[${W}._%+\\-]+[@＠][${W}\\-]+(?:[.．][${W}\\-]+)*[.．][A-Za-zＡ-Ｚａ-ｚ]{2,}`, "g");

/** A firm's own text with every e-mail address replaced by a note that it is hidden. */
export function maskEmails(text: string, note: string): string {
  return text.replace(EMAIL, note);
}

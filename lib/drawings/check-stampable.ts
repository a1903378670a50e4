// Refuses at upload what could not be stamped at download: an encrypted or broken PDF, an image
// that does not decode. The check is the stamp itself, so what passes here stamps later.
import "server-only";
import { EncryptedPDFError } from "pdf-lib";
import { detectFileKind, MIME_TYPES } from "@/lib/uploads/file-kinds";
import { UploadRejectedError } from "@/lib/uploads/storage";
import { canStamp, stampFor } from "./stamp";

const SAMPLE_READER = { organisation: "検査", user: "check", date: "2000-01-01" };

export async function assertStampable(bytes: Uint8Array): Promise<void> {
  const kind = await detectFileKind(bytes);
  if (!kind || !canStamp(MIME_TYPES[kind])) return; // storeUpload refuses other kinds with its own message
  try {
    await stampFor(MIME_TYPES[kind], bytes, SAMPLE_READER);
  } catch (error) {
    if (error instanceof EncryptedPDFError || /encrypt/i.test((error as Error).message)) throw new UploadRejectedError("encrypted");
    // Logged: a refusal the user sees as "damaged" could also be a fault of ours.
    console.warn(`[drawings] upload refused as unreadable: ${(error as Error).message}`);
    throw new UploadRejectedError("unreadable");
  }
}

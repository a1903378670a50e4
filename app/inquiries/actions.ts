"use server";
// Inquiries to a firm (問い合わせ): start a thread from the firm's page, reply in a thread. Each checks
// its permission first (defineAction); lib/inquiries then loads the firm or thread with the
// viewer's scope, so a thread of other parties is not found.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { getDatabase } from "@/lib/db/client";
import { replyInquirySchema, startInquirySchema } from "@/lib/inquiries/schemas";
import { createInquiry, postInquiryMessage } from "@/lib/inquiries/threads";

const upload = async (file: File | undefined) => (file ? { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name } : null);

export const sendInquiry = defineAction({
  name: "inquiry.start",
  oneTime: true,
  permission: "inquiry.send",
  schema: startInquirySchema,
  handler: async ({ input, viewer }) => {
    const { id } = await createInquiry(await getDatabase(), viewer, input, await upload(input.file));
    revalidatePath("/inquiries");
    redirect(`/inquiries/${id}`);
  },
});

export const replyToInquiry = defineAction({
  name: "inquiry.reply",
  oneTime: true,
  permission: "inquiry.reply",
  schema: replyInquirySchema,
  successMessage: "inquiries.thread.sent",
  handler: async ({ input, viewer }) => {
    const message = await postInquiryMessage(await getDatabase(), viewer, input, await upload(input.file));
    revalidatePath(`/inquiries/${input.inquiryId}`);
    revalidatePath("/inquiries");
    return message;
  },
});

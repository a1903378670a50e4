"use server";
// Job board actions: buyers write and run their jobs, firms raise hands and ask, staff review.
// Every action checks its permission first (defineAction) and then the job's scope (lib/jobs).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { storableString } from "@/lib/validation/text";
import { defineAction } from "@/lib/actions/define-action";
import { changeOwnJobStatus } from "@/lib/jobs/buyer-transitions";
import { saveDraft, submitJob as submit } from "@/lib/jobs/job-editing";
import { answerSchema, draftSchema, handRaiseSchema, jobFormSchema, jobIdSchema, questionSchema, transitionSchema } from "@/lib/jobs/job-schema";
import { raiseHand as raise, withdrawHand as withdraw } from "@/lib/jobs/hand-raises";
import { answerQuestion as answer, askQuestion as ask } from "@/lib/jobs/questions";
import { reviewJob as review } from "@/lib/jobs/review";

export const saveJobDraft = defineAction({
  name: "job.saveDraft",
  permission: "job.create",
  schema: draftSchema,
  handler: async ({ input, viewer }) => saveDraft(viewer, input),
});

export const submitJob = defineAction({
  name: "job.submit",
  oneTime: true,
  permission: "job.create",
  schema: jobFormSchema.and(z.object({ jobId: storableString().uuid().optional().or(z.literal("").transform(() => undefined)) })),
  successMessage: "jobs.form.submitted",
  handler: async ({ input, viewer }) => {
    const result = await submit(viewer, input);
    revalidatePath("/buyer/jobs");
    return result;
  },
});

export const changeJobStatus = defineAction({
  name: "job.transition",
  permission: "job.update",
  schema: transitionSchema,
  handler: async ({ input, viewer }) => {
    const result = await changeOwnJobStatus(viewer, input);
    revalidatePath(`/jobs/${input.jobId}`);
    return result;
  },
});

export const raiseHand = defineAction({
  name: "job.handRaise",
  permission: "job.handRaise",
  schema: handRaiseSchema,
  successMessage: "jobs.detail.raised",
  handler: async ({ input, viewer }) => {
    const result = await raise(viewer, input);
    revalidatePath(`/jobs/${input.jobId}`);
    return result;
  },
});

export const withdrawHand = defineAction({
  name: "job.handWithdraw",
  permission: "job.handRaise",
  schema: jobIdSchema,
  handler: async ({ input, viewer }) => {
    const result = await withdraw(viewer, input);
    revalidatePath(`/jobs/${input.jobId}`);
    return result;
  },
});

export const askQuestion = defineAction({
  name: "job.ask",
  oneTime: true,
  permission: "job.ask",
  schema: questionSchema,
  handler: async ({ input, viewer }) => {
    const result = await ask(viewer, input);
    revalidatePath(`/jobs/${input.jobId}`);
    return result;
  },
});

export const answerQuestion = defineAction({
  name: "job.answer",
  oneTime: true,
  permission: "job.answer",
  schema: answerSchema,
  handler: async ({ input, viewer }) => {
    const result = await answer(viewer, input);
    revalidatePath(`/jobs/${result.jobId}`);
    return result;
  },
});

export const reviewJob = defineAction({
  name: "job.review",
  permission: "job.review",
  schema: z.object({ jobId: storableString().uuid("validation.invalid"), decision: z.enum(["publish", "return"]), reason: storableString().trim().max(1000).default("") }),
  handler: async ({ input, viewer }) => {
    const result = await review(viewer, input);
    revalidatePath("/staff/job-reviews");
    return result;
  },
});

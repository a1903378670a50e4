"use server";
// Accepting an e-mailed invitation: the invitee chooses a name and a password.
import { defineAction } from "@/lib/actions/define-action";
import { acceptInvitation as accept } from "@/lib/auth/invitations";
import { acceptInvitationSchema } from "@/lib/validation/auth-schemas";

export const acceptInvitation = defineAction({
  name: "invitation.accept",
  permission: "public",
  schema: acceptInvitationSchema,
  successMessage: "invite.done",
  handler: async ({ input }) => {
    await accept(input.token, input.name, input.password);
    return null;
  },
});

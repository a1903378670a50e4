"use server";
// Administration: associations and staff accounts (federation staff); users and settings (system
// admin). Each action checks its permission first; the lib functions check the target's scope.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { createStaffAccount, revokeSessions, saveAssociation as save, saveSettings as store, setUserRole, setUserStatus } from "@/lib/auth/user-admin";
import { associationSchema, createStaffSchema, settingsSchema, userIdSchema, userRoleSchema, userStatusSchema } from "@/lib/validation/auth-schemas";

export const saveAssociation = defineAction({
  name: "association.save",
  oneTime: true,
  permission: "association.manage",
  schema: associationSchema,
  successMessage: "admin.saved",
  handler: async ({ input, viewer }) => {
    const result = await save(viewer, input);
    revalidatePath("/admin/associations");
    return result;
  },
});

export const createStaff = defineAction({
  name: "staff.create",
  oneTime: true,
  permission: "staff.manage",
  schema: createStaffSchema,
  handler: async ({ input, viewer, t }) => {
    await createStaffAccount(viewer, input);
    revalidatePath("/admin/staff");
    return { notice: t("members.invited", { email: input.email }) };
  },
});

/** Federation staff (staff accounts) or the system admin (everyone). */
export const changeUserStatus = defineAction({
  name: "user.status",
  permission: ["user.manage", "staff.manage"],
  schema: userStatusSchema,
  successMessage: "admin.saved",
  handler: async ({ input, viewer }) => {
    await setUserStatus(viewer, input.userId, input.status);
    revalidatePath("/admin", "layout");
    return null;
  },
});

export const revokeUserSessions = defineAction({
  name: "user.sessions.revoke",
  permission: ["user.manage", "staff.manage"],
  schema: userIdSchema,
  successMessage: "admin.saved",
  handler: async ({ input, viewer }) => {
    await revokeSessions(viewer, input.userId);
    return null;
  },
});

export const changeUserRole = defineAction({
  name: "user.role",
  permission: "user.manage",
  schema: userRoleSchema,
  successMessage: "admin.saved",
  handler: async ({ input, viewer }) => {
    await setUserRole(viewer, input.userId, input.role);
    revalidatePath("/admin/users");
    return null;
  },
});

export const saveSettings = defineAction({
  name: "settings.save",
  permission: "settings.manage",
  schema: settingsSchema,
  successMessage: "admin.saved",
  handler: async ({ input, viewer }) => {
    await store(viewer, input);
    revalidatePath("/admin/settings");
    return null;
  },
});

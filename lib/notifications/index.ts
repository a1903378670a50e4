// The notifications feature for other features: notify people, read the viewer's inbox, settings.
export { notify, notifyBuyerOrg, notifyFirm, recordNotifications, sendPendingMails, type NotificationInput, type NotifyResult, type PendingMails } from "./notify";
export { listNotifications, unreadCount, markRead, markAllRead, type NotificationItem } from "./inbox";
export { getPreferences, setPreferences, type KindPreference } from "./preferences";
export { preferencesSchema, preferencesFormSchema, type PreferencesInput } from "./preferences-schema";
export { NOTIFICATION_KINDS, type NotificationKind } from "./kinds";
export type { NotificationDb } from "./db";

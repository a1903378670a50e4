// The two channels of a group's messages, shared by the server and the message form.
export type ChannelName = "internal" | "buyer";
export const CHANNEL_NAMES: readonly ChannelName[] = ["internal", "buyer"];

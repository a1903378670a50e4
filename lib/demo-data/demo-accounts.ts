// Demo accounts, one or more per role, all with the same password. Listed in the README.
import type { Role } from "@/lib/generated/prisma/enums";

export const DEMO_PASSWORD = "Kyodo-Demo-2026";

export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  /** What the account is attached to, resolved by the seed. */
  attachTo:
    | { kind: "federation" }
    | { kind: "association"; associationCode: string }
    | { kind: "firm"; label: "otaMachining" | "sumidaPress" | "pendingFirm" }
    | { kind: "buyer"; label: "mainBuyer" | "secondBuyer" }
    | { kind: "none" };
  /** Staff and admins must use two-factor sign-in; they enrol on first sign-in. */
  note: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: "admin@demo.kyodo.example", name: "システム管理者", role: "SYSTEM_ADMIN", attachTo: { kind: "none" }, note: "installation: users and settings" },
  { email: "federation@demo.kyodo.example", name: "佐藤 恵子", role: "FEDERATION_STAFF", attachTo: { kind: "federation" }, note: "all associations, KPIs, approvals" },
  { email: "ota-staff@demo.kyodo.example", name: "田中 修", role: "ASSOCIATION_STAFF", attachTo: { kind: "association", associationCode: "ota" }, note: "verifies Ota firms, approves groups with Ota members" },
  { email: "tama-staff@demo.kyodo.example", name: "鈴木 大輔", role: "ASSOCIATION_STAFF", attachTo: { kind: "association", associationCode: "tama_coop" }, note: "the TAMA region across Tokyo, Saitama and Kanagawa" },
  { email: "firm-admin@demo.kyodo.example", name: "山田 太郎", role: "FIRM_ADMIN", attachTo: { kind: "firm", label: "otaMachining" }, note: "verified machining firm in Ota" },
  { email: "firm-member@demo.kyodo.example", name: "中村 誠", role: "FIRM_MEMBER", attachTo: { kind: "firm", label: "otaMachining" }, note: "reports progress and quality" },
  { email: "press-admin@demo.kyodo.example", name: "小林 健一", role: "FIRM_ADMIN", attachTo: { kind: "firm", label: "sumidaPress" }, note: "verified press firm in Sumida" },
  { email: "pending-admin@demo.kyodo.example", name: "伊藤 裕子", role: "FIRM_ADMIN", attachTo: { kind: "firm", label: "pendingFirm" }, note: "firm awaiting verification (read-only)" },
  { email: "buyer@demo.kyodo.example", name: "高橋 直樹", role: "BUYER", attachTo: { kind: "buyer", label: "mainBuyer" }, note: "has open, awarded and delivered jobs" },
  { email: "buyer2@demo.kyodo.example", name: "渡辺 美穂", role: "BUYER", attachTo: { kind: "buyer", label: "secondBuyer" }, note: "a second buyer organisation" },
];

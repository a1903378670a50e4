import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/** The Prisma client, or a transaction of it: notifications can be written with the change they announce. */
export type NotificationDb = PrismaClient | Prisma.TransactionClient;

-- Notifications the user wants only by e-mail (in-app turned off for that kind) are still stored, so
-- the daily digest can collect them; the bell and the list show only rows with "inApp" = true.
ALTER TABLE "Notification" ADD COLUMN "inApp" BOOLEAN NOT NULL DEFAULT true;

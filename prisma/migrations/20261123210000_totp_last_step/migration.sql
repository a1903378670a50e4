-- An authenticator code is accepted once: the time step of the last accepted code is kept, and a
-- code of that step or an earlier one is refused (replay of a code seen over a shoulder).
ALTER TABLE "User" ADD COLUMN "totpLastStep" INTEGER;

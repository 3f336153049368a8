-- Playground personas were counted as verified by a rule in code. They now carry verifiedAt like
-- everyone else, so that one can be made unverified to try /verify.
UPDATE "User" SET "verifiedAt" = "createdAt" WHERE "playground" AND "verifiedAt" IS NULL;

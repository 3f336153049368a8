import { applyMigrations, createMigration } from "./schema-engine.js";

// `npm run db:migrate` and `npm run db:migration -- <name>`: the two migrate commands honjok
// needs, working where the Prisma CLI cannot fetch its native engine.

const usage = "usage: migrate-cli.ts deploy | create <name>";

async function main([command, name]: string[]) {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl)
    throw new Error("DATABASE_URL is not set (e.g. postgresql://postgres@127.0.0.1:5432/honjok)");
  if (command === "deploy") {
    const applied = await applyMigrations(databaseUrl);
    process.stdout.write(applied.length ? `applied: ${applied.join(", ")}\n` : "no pending migrations\n");
  } else if (command === "create" && name && /^[a-z0-9_]+$/.test(name)) {
    const created = await createMigration(databaseUrl, name);
    process.stdout.write(
      created ? `created prisma/migrations/${created}\n` : "schema unchanged: no migration\n",
    );
  } else {
    throw new Error(usage);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

import { defineConfig } from 'drizzle-kit';

// One schema, one set of SQL migrations for both PGlite and PostgreSQL 15.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/modules/*/schema.ts',
  out: './drizzle',
});

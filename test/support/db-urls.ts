export const testDbKind = (): 'pglite' | 'postgres' => (process.env.VANGNET_TEST_DB === 'postgres' ? 'postgres' : 'pglite');

/** The PostgreSQL server the suite uses; scripts/test-all.sh starts the local cluster and sets this. */
export const testServerUrl = (): string => process.env.TEST_DATABASE_URL ?? 'postgres://vangnet:vangnet@127.0.0.1:5432/postgres';

export const withDatabase = (url: string, name: string): string => {
  const u = new URL(url);
  u.pathname = `/${name}`;

  return u.toString();
};

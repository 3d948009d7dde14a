/**
 * The fast tier's naming rule, shared by vitest.config.ts and the guard test
 * (test/platform/test-tiers.unit.test.ts).
 */
export const FAST_TESTS = ['src/**/*.unit.test.{ts,tsx}', 'test/**/*.unit.test.{ts,tsx}'];
export const ALL_TESTS = ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'];

export const isFastTestFile = (file: string): boolean => /\.unit\.test\.tsx?$/.test(file);

/**
 * What makes a test file an app-tier file: it starts the app or its servers, opens a database, starts
 * the job queue, drives a browser or runs a command-line tool on a database.
 */
const APP_TIER = [
  /from '[^']*support\/(app|browser|factories|client)\.ts'/,
  /\b(createTestApp|openTestDatabase|startServers|launchBrowser|launchCaptureBrowser|createContext|startJobs)\b/,
  /@electric-sql\/pglite|\bopenPglite\b|\bopenPostgres\b|from 'pg'/,
];

export const needsAppTier = (source: string): boolean => APP_TIER.some((re) => re.test(source));

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };

/**
 * A package's version, for the "with what" of each capture. Found by walking up from its entry file,
 * because some packages (warcio) do not export their package.json.
 */
export const packageVersion = (name: string): string => {
  try {
    let dir = path.dirname(require.resolve(name));
    for (let i = 0; i < 6; i += 1) {
      const file = path.join(dir, 'package.json');
      if (existsSync(file)) {
        const pkg = readJson(file);
        if (pkg.name === name) return pkg.version ?? 'unknown';
      }
      dir = path.dirname(dir);
    }
  } catch {
    // fall through
  }

  return 'unknown';
};

/** Vangnet's own version (the root package.json). */
export const vangnetVersion = (): string => {
  try {
    return readJson(new URL('../../../package.json', import.meta.url).pathname).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
};

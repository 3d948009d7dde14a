// No cycles between modules (issue 11 point 3), the second pass of `npm run check:deps`.
// Module level: a → b → a counts when any file of a imports any file of b and any file of b imports
// any file of a, also when no single file lies on a cycle. dependency-cruiser finds that with a
// folder-scoped rule: a folder src/modules/<a> stands for all the files under it.
// This pass sees production code in src/modules only. In the whole tree src/app imports every
// module's module.ts and every module imports src/app (context, forms, views), so every pair of
// modules would meet in a cycle through src/app; and a test may use the helpers of a module that
// depends on its own.
const main = require('./.dependency-cruiser.cjs');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-module-cycles',
      severity: 'error',
      scope: 'folder',
      comment:
        'Two or more modules depend on each other. Let one of them own the code, or turn the dependency around with a hook ' +
        'in module.ts (like homeNotices or sourceAccess).',
      from: { path: '^src/modules/([^/]+)$' },
      to: { path: '^src/modules/[^/]+(?:/|$)', pathNot: '^src/modules/$1(?:/|$)', circular: true },
    },
  ],
  options: {
    ...main.options,
    includeOnly: '^src/modules/',
    // Tests and test helpers (*.test.ts(x), testing.ts, testing/), as in .dependency-cruiser.cjs.
    exclude: { path: '(?:^|/)(?:[^/]+\\.test\\.tsx?$|testing\\.ts$|testing/)' },
  },
};

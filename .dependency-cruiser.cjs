// Module boundaries (issue 11 point 3), checked by `npm run check:deps`.
// A module is a folder src/modules/<name>/. Its public face is its index.ts; src/app and src/web may
// also use its module.ts (the plug into the app). Tests and test helpers (*.test.ts, testing.ts,
// testing/) may also use another module's testing.ts and testing/ helpers.
// The cycle rule between modules lives in .dependency-cruiser-modules.cjs: it needs a graph of
// src/modules alone (see there).

/** Tests and test helpers: *.test.ts(x), testing.ts, files under testing/ (a path that contains one). */
const TESTS = '(?:^|/)(?:[^/]+\\.test\\.tsx?$|testing\\.ts$|testing/)';
/** The same, for the rest of a path after a folder (without nested quantifiers: safe-regex). */
const TEST_TAIL = '(?:[^/]+\\.test\\.tsx?$|testing\\.ts$|testing/|.*/(?:[^/]+\\.test\\.tsx?$|testing\\.ts$|testing/))';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'module-internals',
      severity: 'error',
      comment:
        "Another module's internals: import only its index.ts (its public face). If you need something that is not there, " +
        'export it from that index.ts, or move a shared helper to src/app.',
      from: { path: '^src/modules/([^/]+)/', pathNot: TESTS },
      to: { path: '^src/modules/[^/]+/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'module-internals-from-tests',
      severity: 'error',
      comment: "A test reaches into another module: use that module's index.ts or its testing.ts / testing/ helpers.",
      from: { path: `^src/modules/([^/]+)/${TEST_TAIL}` },
      to: { path: '^src/modules/[^/]+/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/(?:index\\.ts$|testing\\.ts$|testing/)'] },
    },
    {
      name: 'routes-no-queries',
      severity: 'error',
      comment: 'Routes do HTTP only: they call a command or a read function, never queries.ts (nor queries/) directly.',
      from: { path: '(?:^|/)(?:routes[^/]*\\.tsx?$|routes/)', pathNot: '\\.test\\.tsx?$' },
      to: { path: '(?:^|/)queries(?:\\.ts$|/)' },
    },
    {
      name: 'app-web-module-internals',
      severity: 'error',
      comment: "src/app and src/web use a module only through its index.ts or module.ts.",
      from: { path: '^src/(?:app|web)/', pathNot: TESTS },
      to: { path: '^src/modules/[^/]+/', pathNot: '^src/modules/[^/]+/(?:index|module)\\.ts$' },
    },
    {
      name: 'app-web-module-internals-from-tests',
      severity: 'error',
      comment: "Tests in src/app and src/web use a module through its index.ts, module.ts or testing helpers.",
      from: { path: `^src/(?:app|web)/${TEST_TAIL}` },
      to: { path: '^src/modules/[^/]+/', pathNot: '^src/modules/[^/]+/(?:index\\.ts$|module\\.ts$|testing\\.ts$|testing/)' },
    },
    {
      name: 'no-orphans',
      severity: 'error',
      comment: 'A file that nothing imports and that imports nothing: remove it, or use it (browser scripts under assets/ are served, not imported).',
      from: { orphan: true, pathNot: ['\\.d\\.ts$', '/assets/[^/]+\\.js$'] },
      to: {},
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that does not resolve to a file or an installed package.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports tie modules together as much as value imports do.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};

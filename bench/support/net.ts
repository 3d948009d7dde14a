// The benchmarks share the tests' loopback helpers.
export { freePort, sleep } from '../../test/support/net.ts';

import { defineConfig } from 'vitest/config';

// Two projects: fast checks in Node, and end-to-end tests in Debian's Chromium against dist/.
export default defineConfig({
  test: {
    // The JSON report lets .ci/run print a plain "N passed, N failed" closing line.
    reporters: ['default', 'json'],
    outputFile: { json: 'tests/.artifacts/vitest.json' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/serve.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two files at a time, one browser each: on two cores this cuts the suite by about 40%. No
          // test measures time (the benchmark does), and each file serves nothing of its own but
          // address.test.ts's servers, on ports of their own.
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});

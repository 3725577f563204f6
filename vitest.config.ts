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
          // A condition may take longer than a second to come true on a busy two-core machine
          // (CI's): polls wait up to 10 s before they fail. Waiting longer never passes a test
          // whose condition does not come true.
          expect: { poll: { timeout: 10_000 } },
          // One file at a time: two at once cut the suite by a minute but made the machine busy
          // enough for polls to time out in clean-clone runs.
          fileParallelism: false,
        },
      },
    ],
  },
});

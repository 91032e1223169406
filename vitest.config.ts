import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'electron/**/*.test.ts',
      'webhost/**/*.test.ts',
      'tests/unit/**/*.test.ts',
      'tests/contract/**/*.test.ts',
      'tests/documents/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
    setupFiles: ['tests/support/vitest.setup.ts'],
    testTimeout: 30000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
  },
});

import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Tests of the BUILT bundles (npm run build first): `npm run test:smoke`, part of `npm test`.
export default defineConfig({
  root: path.resolve(__dirname, '../..'),
  test: {
    include: ['tests/smoke/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/smoke.json' },
  },
});

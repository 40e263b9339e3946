import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'tests/**/*.test.ts',
      'scrapers/**/*.test.ts',
      'src/**/*.test.ts',
      'db/**/*.test.ts',
      'schedules/**/*.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The persisted posture checks that every record a rule changed was named (src/deadlines/record/persist.ts).
    env: { DOCKETWATCH_POSTURE_VERIFY: '1' },
  },
});

import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

// Unit and component tests. Component tests opt into happy-dom with a file comment;
// the real-browser tests live in test/e2e and run with vitest.e2e.config.ts.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    globalSetup: ['test/server/buildServer.setup.ts'],
    // Password hashing runs at OWASP cost (about 0.2 s each) in the server tests.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

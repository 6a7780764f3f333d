import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests against the built game (`npm run build` first), served by `vite preview`, in
 * Debian's Chromium: Playwright cannot download its own browser on the project's machines.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  // Software WebGL on two cores is slow when tests run side by side: give pages time to settle.
  expect: { timeout: 10_000 },
  fullyParallel: true,
  // Each page runs WebGL in software (SwiftShader): more workers than cores only slows every test.
  workers: Math.max(1, Math.min(4, availableParallelism())),
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    ...devices['Desktop Chrome'],
    baseURL: 'http://127.0.0.1:4173/',
    viewport: { width: 1280, height: 720 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // WebGL for the Phaser board through the software rasteriser.
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
      ],
    },
  },
  webServer: {
    command: 'node_modules/.bin/vite preview --host 127.0.0.1 --port 4173 --strictPort',
    url: 'http://127.0.0.1:4173/',
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});

import { defineConfig } from 'vitest/config';
import { phaserLite } from './src/board/phaser-build.ts';
import { scenarioFiles } from './src/scenario/vite-plugin.ts';

// Relative base so the built site works from any folder (a school's file share, a sub-path).
export default defineConfig({
  base: './',
  plugins: [phaserLite(), scenarioFiles()],
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
});

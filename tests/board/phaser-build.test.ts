import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { phaserDefines, phaserModules } from '../../src/board/phaser-build';

const liteSource = readFileSync(new URL('../../src/board/phaser-lite.ts', import.meta.url), 'utf8');

describe('the custom Phaser entry', () => {
  it('pre-bundles exactly the modules phaser-lite.ts imports', () => {
    const imported = [...liteSource.matchAll(/^import (?:\w+ from )?'(phaser\/src\/[^']+)';$/gm)].map(
      (m) => m[1],
    );
    expect(new Set(imported)).toEqual(new Set(phaserModules));
  });

  it('defines every compile-time flag Phaser tests with typeof', () => {
    // An undefined flag reads as "undefined", which is truthy: the feature would be bundled.
    for (const flag of [
      'WEBGL_RENDERER',
      'CANVAS_RENDERER',
      'WEBGL_DEBUG',
      'FEATURE_SOUND',
      'PLUGIN_CAMERA3D',
    ]) {
      expect(phaserDefines[`typeof ${flag}`]).toMatch(/^(true|false)$/);
    }
  });
});

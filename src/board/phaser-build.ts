/**
 * Build settings for phaser-lite.ts, for vite.config.ts (this file runs in Node, never in the
 * browser). Phaser's sources test compile-time flags with `if (typeof WEBGL_RENDERER)`; an undefined
 * flag reads as the string "undefined", which is truthy, so every flag must be defined, and the ones
 * set false drop their code (the Canvas renderer, the WebGL debug hooks, sound, plugins v4 removed).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

export const phaserDefines: Record<string, string> = {
  'typeof WEBGL_RENDERER': 'true',
  'typeof CANVAS_RENDERER': 'false',
  'typeof WEBGL_DEBUG': 'false',
  'typeof FEATURE_SOUND': 'false',
  'typeof EXPERIMENTAL': 'false',
  'typeof PLUGIN_CAMERA3D': 'false',
  'typeof PLUGIN_FBINSTANT': 'false',
};

/** The folder of Phaser's sources; the package's `exports` field does not expose it. */
const phaserSource = join(dirname(createRequire(import.meta.url).resolve('phaser/package.json')), 'src');

/** `phaser/src/x.js` → the file itself. */
export const phaserAlias = [{ find: /^phaser\/src\/(.*)$/, replacement: `${phaserSource}/$1` }];

/** Every module phaser-lite.ts imports (tests/board checks the two lists agree). */
export const phaserModules = [
  'phaser/src/renderer/index.js',
  'phaser/src/const.js',
  'phaser/src/core/Game.js',
  'phaser/src/scale/index.js',
  'phaser/src/scene/Scene.js',
  'phaser/src/cameras/2d/CameraManager.js',
  'phaser/src/events/EventEmitter.js',
  'phaser/src/gameobjects/DisplayList.js',
  'phaser/src/gameobjects/GameObjectCreator.js',
  'phaser/src/gameobjects/GameObjectFactory.js',
  'phaser/src/gameobjects/UpdateList.js',
  'phaser/src/scene/ScenePlugin.js',
  'phaser/src/gameobjects/container/ContainerFactory.js',
  'phaser/src/gameobjects/graphics/GraphicsFactory.js',
  'phaser/src/gameobjects/text/TextFactory.js',
  'phaser/src/gameobjects/zone/ZoneFactory.js',
  'phaser/src/input/InputPlugin.js',
  'phaser/src/tweens/TweenManager.js',
];

/**
 * The dev server serves CommonJS only pre-bundled; listing the modules up front saves a reload on
 * first visit. The flags must apply in the pre-bundle too.
 */
export const phaserOptimizeDeps = {
  include: phaserModules,
  rolldownOptions: { transform: { define: phaserDefines } },
};

/** All of the above as one plugin: `plugins: [phaserLite()]` in vite.config.ts. */
export function phaserLite(): Plugin {
  return {
    name: 'treaty-table:phaser-lite',
    config: () => ({
      define: phaserDefines,
      resolve: { alias: phaserAlias },
      optimizeDeps: phaserOptimizeDeps,
    }),
  };
}

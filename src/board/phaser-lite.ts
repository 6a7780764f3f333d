/**
 * The slice of Phaser the board uses, imported module by module from Phaser's sources so that the
 * bundle leaves out physics, tilemaps, the loader's file types, sound, the Canvas renderer and the
 * rest (stock `import Phaser from 'phaser'` costs ~358 KB gzip). Needs the `define`s and the alias
 * in phaser-build.ts.
 *
 * Requiring a plugin or factory module registers it with Phaser (the scene's core plugins: events,
 * cameras, display and update lists, `this.add`, `this.scene`; then `this.add.text`, `this.tweens`,
 * `this.input`), so most imports here are there for their side effects.
 */
import type PhaserTypes from 'phaser';
// First: the WebGL render nodes and the renderer index require each other, and only this order
// resolves (it is the order of Phaser's own entry file).
import 'phaser/src/renderer/index.js';
import ConstModule from 'phaser/src/const.js';
import GameModule from 'phaser/src/core/Game.js';
import ScaleModule from 'phaser/src/scale/index.js';
import SceneModule from 'phaser/src/scene/Scene.js';
import 'phaser/src/cameras/2d/CameraManager.js';
import 'phaser/src/events/EventEmitter.js';
import 'phaser/src/gameobjects/DisplayList.js';
import 'phaser/src/gameobjects/GameObjectCreator.js';
import 'phaser/src/gameobjects/GameObjectFactory.js';
import 'phaser/src/gameobjects/UpdateList.js';
import 'phaser/src/scene/ScenePlugin.js';
import 'phaser/src/gameobjects/container/ContainerFactory.js';
import 'phaser/src/gameobjects/graphics/GraphicsFactory.js';
import 'phaser/src/gameobjects/text/TextFactory.js';
import 'phaser/src/gameobjects/zone/ZoneFactory.js';
import 'phaser/src/input/InputPlugin.js';
import 'phaser/src/tweens/TweenManager.js';

export const Game = GameModule as typeof PhaserTypes.Game;
export const Scene = SceneModule as typeof PhaserTypes.Scene;
export const Scale = ScaleModule as typeof PhaserTypes.Scale;
export const WEBGL = (ConstModule as { WEBGL: typeof PhaserTypes.WEBGL }).WEBGL;

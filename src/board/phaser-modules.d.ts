/**
 * Phaser's own source files are CommonJS without type declarations, and the package's `exports`
 * field hides them. phaser-lite.ts imports them by path and gives each its type from Phaser's
 * published declarations, so this only has to say "a module with a default export".
 */
declare module 'phaser/src/*' {
  const value: unknown;
  export default value;
}

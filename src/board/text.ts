/**
 * Text on the table. Scenario strings are plain data and reach the screen only through Phaser Text
 * (drawn on a canvas, never parsed as HTML). Re-rendering a Text costs a canvas redraw and a texture
 * upload, so setters here skip work when nothing changed.
 */
import type Phaser from 'phaser';
import { colours, cssColour, fonts } from './theme';

type Scene = Phaser.Scene;
type Text = Phaser.GameObjects.Text;

export interface TextOptions {
  serif?: boolean;
  bold?: boolean;
  italic?: boolean;
  colour?: string;
  align?: 'left' | 'center' | 'right';
}

export function addText(scene: Scene, options: TextOptions = {}): Text {
  const style = [options.italic ? 'italic' : '', options.bold ? 'bold' : ''].join(' ').trim();
  return scene.add.text(0, 0, '', {
    fontFamily: options.serif ? fonts.serif : fonts.sans,
    fontSize: '14px',
    fontStyle: style,
    color: options.colour ?? cssColour(colours.ink),
    align: options.align ?? 'left',
  });
}

/** The quiet centred line a table shows while nothing lies on it (talks and session alike). */
export function addTableNote(scene: Scene): Text {
  return addText(scene, {
    serif: true,
    italic: true,
    colour: cssColour(colours.paperShade),
    align: 'center',
  }).setOrigin(0.5);
}

export function setFontSize(text: Text, size: number): void {
  if (text.style.fontSize !== `${size}px`) text.setFontSize(size);
}

export function setColour(text: Text, colour: string): void {
  if (text.style.color !== colour) text.setColor(colour);
}

/** What each text last showed through fitText, and for which request (text set elsewhere since is redone). */
const fitted = new WeakMap<Text, { key: string; shown: string }>();

/**
 * Shows `value` wrapped to `width` in at most `maxLines` lines, ending in "…" when it had to be cut
 * (scenario labels have no length the board can rely on).
 */
export function fitText(text: Text, value: string, width: number, maxLines: number): void {
  const key = `${value}\u0000${Math.round(width)}\u0000${maxLines}\u0000${text.style.fontSize}`;
  const last = fitted.get(text);
  if (last?.key === key && last.shown === text.text) return;
  const wrapWidth = Math.max(8, Math.floor(width));
  if (text.style.wordWrapWidth !== wrapWidth) text.setWordWrapWidth(wrapWidth, true);
  text.setText(truncated(text, value, Math.max(1, maxLines)));
  fitted.set(text, { key, shown: text.text });
}

function truncated(text: Text, value: string, maxLines: number): string {
  if (text.getWrappedText(value).length <= maxLines) return value;
  const words = value.split(/\s+/);
  // Drop words from the end until the text and its ellipsis fit; then characters, for one long word.
  while (words.length > 1) {
    words.pop();
    const candidate = `${words.join(' ')}…`;
    if (text.getWrappedText(candidate).length <= maxLines) return candidate;
  }
  let word = words[0] ?? '';
  while (word.length > 1) {
    word = word.slice(0, -1);
    const candidate = `${word}…`;
    if (text.getWrappedText(candidate).length <= maxLines) return candidate;
  }
  return '…';
}

/** The width `value` would take on one line in `text`'s font, whatever its wrapping. */
export function lineWidth(text: Text, value: string): number {
  text.style.syncFont(text.canvas, text.context);
  return Math.ceil(text.context.measureText(value).width);
}

/**
 * Small line charts of the game over its rounds (tension, then each issue), built as inline SVG with
 * DOM calls. Each chart has a text equivalent in its label, since a picture says nothing to a
 * screen reader.
 */
import { el } from './dom';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 260;
const HEIGHT = 96;
const PAD = { left: 26, right: 8, top: 8, bottom: 20 };

export interface Series {
  title: string;
  /** Values by round, in order. */
  values: readonly number[];
  /** Round labels ("Nov 2022"), the same length as values. */
  labels: readonly string[];
  min: number;
  max: number;
  /** Optional names of the levels, for the text equivalent ("2 modalities agreed"). */
  levelNames?: readonly string[];
  /** A historical value to draw as a dashed reference line. */
  reference?: number;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

export function renderChart(series: Series): HTMLElement {
  const { values, min, max } = series;
  const x = (i: number) =>
    PAD.left + (values.length <= 1 ? 0 : (i * (WIDTH - PAD.left - PAD.right)) / (values.length - 1));
  const y = (v: number) => PAD.top + ((max - v) * (HEIGHT - PAD.top - PAD.bottom)) / Math.max(1, max - min);
  const chart = svg('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    width: WIDTH,
    height: HEIGHT,
    role: 'img',
    'aria-label': summarise(series),
    class: 'chart__svg',
  });
  chart.append(
    svg('line', { x1: PAD.left, x2: WIDTH - PAD.right, y1: y(min), y2: y(min), class: 'chart__axis' }),
    svg('line', { x1: PAD.left, x2: WIDTH - PAD.right, y1: y(max), y2: y(max), class: 'chart__grid' }),
    label(String(max), PAD.left - 6, y(max) + 4, 'end'),
    label(String(min), PAD.left - 6, y(min) + 4, 'end'),
    label(series.labels[0] ?? '', PAD.left, HEIGHT - 4, 'start'),
    label(series.labels[series.labels.length - 1] ?? '', WIDTH - PAD.right, HEIGHT - 4, 'end'),
  );
  if (series.reference !== undefined) {
    const ref = y(series.reference);
    chart.append(
      svg('line', { x1: PAD.left, x2: WIDTH - PAD.right, y1: ref, y2: ref, class: 'chart__reference' }),
    );
  }
  const points = values.map((v, i) => `${x(i)},${y(v)}`).join(' ');
  chart.append(svg('polyline', { points, class: 'chart__line' }));
  values.forEach((v, i) => {
    chart.append(svg('circle', { cx: x(i), cy: y(v), r: 2.5, class: 'chart__dot' }));
  });
  return el('figure', { className: 'chart' }, [chart, el('figcaption', { text: series.title })]);
}

function label(text: string, x: number, y: number, anchor: 'start' | 'end') {
  const node = svg('text', { x, y, 'text-anchor': anchor, class: 'chart__label' });
  node.textContent = text;
  return node;
}

function summarise(series: Series): string {
  const steps = series.values.map((v, i) => {
    const name = series.levelNames?.[v];
    return `${series.labels[i] ?? ''}: ${v}${name ? ` (${name})` : ''}`;
  });
  return `${series.title} by round, from ${series.min} to ${series.max}. ${steps.join('; ')}.`;
}

import { type Document, isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from 'yaml';

export type PathKey = string | number;

/**
 * Finds where a document path sits in the source text. For a key that is missing, it points at the
 * nearest parent that exists, so that "add the key here" lands on the right block.
 */
export function locate(
  doc: Document,
  lineCounter: LineCounter,
  path: readonly PathKey[],
  preferKey = false,
): { line: number; column: number } {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const key of path) {
    const child = childOf(node, key);
    if (!child) break;
    const start =
      preferKey && key === path[path.length - 1] ? rangeStart(child.key) : rangeStart(child.value);
    offset = start ?? rangeStart(child.key) ?? offset;
    node = child.value;
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function childOf(node: unknown, key: PathKey): { key: unknown; value: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find(
      (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key),
    );
    return pair ? { key: pair.key, value: pair.value } : undefined;
  }
  if (isSeq(node) && typeof key === 'number') {
    const item = node.items[key];
    return item === undefined ? undefined : { key: item, value: item };
  }
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

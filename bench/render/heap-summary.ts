/**
 * `npx tsx bench/render/heap-summary.ts <after.heapsnapshot> [before.heapsnapshot]`: what a heap
 * snapshot holds, by node type and constructor (self size; with a second snapshot, the growth from
 * it), and the largest strings with a few of their retainers' names, to find what keeps an answer
 * alive after a run.
 */
import { readFileSync } from 'node:fs';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

const [file, baseFile] = process.argv.slice(2);
if (!file) throw new Error('usage: heap-summary.ts <after.heapsnapshot> [before.heapsnapshot]');
const heap = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
const { node_fields: nodeFields, node_types: [nodeTypes], edge_fields: edgeFields } = heap.snapshot.meta;
const nodeWidth = nodeFields.length;
const edgeWidth = edgeFields.length;
const at = { type: nodeFields.indexOf('type'), name: nodeFields.indexOf('name'), size: nodeFields.indexOf('self_size'), edges: nodeFields.indexOf('edge_count') };
const toNode = edgeFields.indexOf('to_node');
const nodeCount = heap.nodes.length / nodeWidth;

/** Count and self size by node type (and constructor name for objects and closures). */
function kinds(snapshot: Snapshot): Map<string, { count: number; bytes: number }> {
  const byKind = new Map<string, { count: number; bytes: number }>();
  const types = snapshot.snapshot.meta.node_types[0];
  for (let base = 0; base < snapshot.nodes.length; base += nodeWidth) {
    const type = types[snapshot.nodes[base + at.type] ?? 0] ?? '?';
    const name = type === 'object' || type === 'closure' ? (snapshot.strings[snapshot.nodes[base + at.name] ?? 0] ?? '') : '';
    const kind = `${type}${name ? ` ${name}` : ''}`;
    const entry = byKind.get(kind) ?? { count: 0, bytes: 0 };
    entry.count++;
    entry.bytes += snapshot.nodes[base + at.size] ?? 0;
    byKind.set(kind, entry);
  }
  return byKind;
}

const strings: { index: number; size: number }[] = [];
for (let i = 0; i < nodeCount; i++) {
  const type = nodeTypes[heap.nodes[i * nodeWidth + at.type] ?? 0] ?? '?';
  if (type.includes('string')) strings.push({ index: i, size: heap.nodes[i * nodeWidth + at.size] ?? 0 });
}

// Retainers of every node (reversed edges), to walk from a large string up to what holds it.
const retainersOf: number[][] = Array.from({ length: nodeCount }, () => []);
const edgeType = edgeFields.indexOf('type');
const weakType = heap.snapshot.meta.edge_types[0].indexOf('weak');
let edgeIndex = 0;
for (let i = 0; i < nodeCount; i++) {
  const count = heap.nodes[i * nodeWidth + at.edges] ?? 0;
  for (let e = 0; e < count; e++, edgeIndex++) {
    if (heap.edges[edgeIndex * edgeWidth + edgeType] === weakType) continue;
    const target = (heap.edges[edgeIndex * edgeWidth + toNode] ?? 0) / nodeWidth;
    retainersOf[target]?.push(i);
  }
}
const largest = strings.sort((a, b) => b.size - a.size).slice(0, 12).map((item) => item.index);

/** One chain of retainers from a node upward (breadth first, so the shortest), up to `depth` holders. */
function retainerPath(start: number, depth = 10): number[] {
  const seen = new Set([start]);
  let paths = [[start]];
  for (let level = 0; level < depth; level++) {
    const next: number[][] = [];
    for (const path of paths) {
      for (const holder of retainersOf[path.at(-1) ?? 0] ?? []) {
        if (seen.has(holder)) continue;
        seen.add(holder);
        next.push([...path, holder]);
      }
    }
    if (next.length === 0) break;
    // Keep the search small: a few hundred chains per level are enough to name the holder.
    paths = next.slice(0, 200);
  }
  return paths[0] ?? [start];
}

const describe = (i: number): string => {
  const base = i * nodeWidth;
  return `${nodeTypes[heap.nodes[base + at.type] ?? 0]} ${String(heap.strings[heap.nodes[base + at.name] ?? 0]).slice(0, 40)}`;
};

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(2);
const byKind = kinds(heap);
const base = baseFile ? kinds(JSON.parse(readFileSync(baseFile, 'utf8')) as Snapshot) : new Map<string, { count: number; bytes: number }>();
const growth = [...byKind].map(([kind, { count, bytes }]) => ({ kind, count: count - (base.get(kind)?.count ?? 0), bytes: bytes - (base.get(kind)?.bytes ?? 0) }));
console.log(baseFile ? 'growth from the first snapshot:\n MB      count  kind' : ' MB      count  kind');
for (const { kind, count, bytes } of growth.sort((x, y) => y.bytes - x.bytes).slice(0, 30)) console.log(`${mb(bytes).padStart(6)} ${String(count).padStart(8)}  ${kind}`);
console.log('\nlargest strings (KB) and a chain of what holds them:');
for (const index of largest) {
  const size = heap.nodes[index * nodeWidth + at.size] ?? 0;
  console.log(`${(size / 1024).toFixed(0).padStart(6)}  ${retainerPath(index).map((node) => describe(node).replace(/\s+/g, ' ').slice(0, 36)).join(' ← ')}`);
}

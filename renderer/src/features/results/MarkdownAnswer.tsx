import { Fragment, memo, useMemo, useRef, useState } from 'react';
import { MARKDOWN_COMPONENTS } from './markdown-elements';
import { CITED_MARKDOWN_COMPONENTS, type CitationMarker } from './citation-markers';
import { hastToReact } from './hast-to-react';
import { useMarkdownTree } from './use-markdown-tree';
import { OffscreenGroup, ScrollRootProvider } from './OffscreenGroup';
import { usePacedValue } from './render-pacing';
import { grewFrom, type AnswerText } from '../runs/answer-text';
import { blockTexts, splitMarkdownBlocks, type Block, type MarkdownBlocks } from './markdown-blocks';

const NO_MARKERS: readonly CitationMarker[] = [];

/**
 * Model output rendered as markdown (GFM: tables, task lists, strikethrough), never as HTML.
 *
 * Safety: no rehype-raw, so raw HTML in the text is shown as escaped text, not parsed; links keep
 * only http(s)/mailto URLs and open in a new window without opener or referrer; images are never
 * loaded. React escapes all text, and nothing here uses dangerouslySetInnerHTML.
 *
 * Streaming: the text is split into top-level blocks (markdown-blocks.ts) and each block is its own
 * memoized parse, so a finished block is parsed once and each frame re-parses only the growing
 * tail; splitting resumes from the previous split. Each frame's render is therefore small and is
 * done at once: deferring it (useDeferredValue) starved under a fast stream, as every new frame
 * restarted the background render and the backlog of unparsed blocks only grew. An unclosed code
 * fence simply runs to the end of the text, as CommonMark says, and its `<pre>` scrolls horizontally.
 */
export const MarkdownAnswer = memo(function MarkdownAnswer({
  answer: latest,
  markers: allMarkers = NO_MARKERS,
  streaming = false,
}: {
  answer: AnswerText;
  markers?: readonly CitationMarker[];
  /** While the answer streams, its renders are paced with the other streaming answers' (render-pacing.ts). */
  streaming?: boolean;
}) {
  // The growing end far off screen (the reader is higher up) is shown a few times a second only.
  const [endNearView, setEndNearView] = useState(true);
  const answer = usePacedValue(latest, !streaming, !endNearView);
  const split = useRef<MarkdownBlocks | undefined>(undefined);
  const previousBlocks = useRef<Block[]>([]);
  const blocks = useMemo(() => {
    const resumed = split.current;
    split.current = splitMarkdownBlocks(answer, resumed);
    // Reused only when the text grew from the previous one, so a reused block's text is still right.
    const reusable = resumed !== undefined && grewFrom(resumed.answer, answer);
    previousBlocks.current = blockTexts(split.current, reusable ? previousBlocks.current : []);
    return previousBlocks.current;
  }, [answer]);
  const shownLength = answer.length;
  // A held (older) text shows only the markers it reaches; the latest shows all (one past its end goes at the end).
  const holding = answer !== latest;
  const markers = useMemo(() => (holding ? allMarkers.filter((marker) => marker.offset <= shownLength) : allMarkers), [allMarkers, shownLength, holding]);
  // While the paced answer holds its text, this is the element rendered before, so React skips the
  // whole answer at once (a stream re-renders this component on every frame, mostly to hold).
  return useMemo(() => {
    // The last block may still grow; every full group before it is finished.
    const groups = Math.floor((blocks.length - 1) / GROUP_SIZE);
    if (groups === 0) return <Blocks blocks={blocks} markers={markers} />;
    // The growing tail is a live group with the key it keeps once finished, so its blocks are not remounted (and parsed again) then.
    return (
      <ScrollRootProvider>
        {Array.from({ length: groups + 1 }, (_, g) => {
          const members = blocks.slice(g * GROUP_SIZE, (g + 1) * GROUP_SIZE);
          const own = markersFor(markers, members[0]?.start ?? 0, blocks[(g + 1) * GROUP_SIZE]?.start ?? Infinity);
          return <BlockGroup key={`g${members[0]?.start}`} blocks={members} markers={own} markerKey={keyOf(own)} length={(blocks[(g + 1) * GROUP_SIZE]?.start ?? shownLength) - (members[0]?.start ?? 0)} live={g === groups} onLiveNearView={setEndNearView} />;
        })}
      </ScrollRootProvider>
    );
  }, [blocks, markers, shownLength]);
});

/**
 * Finished blocks are wrapped in groups: React compares one group instead of each block, groups far
 * off screen are unmounted (OffscreenGroup), and the browser skips layout and paint of the mounted
 * ones just off screen (`content-visibility: auto`, see app.css).
 * The growing tail is a live group: always mounted, never skipped. Short answers have no group, so
 * their markup is exactly one parse's.
 */
const GROUP_SIZE = 32;

const BlockGroup = memo(
  function BlockGroup({ blocks, markers, length, live, onLiveNearView }: { blocks: Block[]; markers: readonly CitationMarker[]; markerKey: string; length: number; live: boolean; onLiveNearView: (near: boolean) => void }) {
    return (
      <OffscreenGroup live={live} length={length} onLiveNearView={onLiveNearView}>
        <Blocks blocks={blocks} markers={markers} />
      </OffscreenGroup>
    );
  },
  // A block is one object for the life of the answer (blockTexts), and its text only grows: the objects and the total length are the whole comparison.
  (before, after) =>
    before.live === after.live &&
    before.markerKey === after.markerKey &&
    before.length === after.length &&
    before.blocks.length === after.blocks.length &&
    before.blocks.every((block, i) => block === after.blocks[i]),
);

function Blocks({ blocks, markers }: { blocks: Block[]; markers: readonly CitationMarker[] }) {
  return blocks.map((block, i) => {
    const own = markersFor(markers, block.start, blocks[i + 1]?.start ?? Infinity);
    return (
      <Fragment key={block.start}>
        {/* The same line break react-markdown puts between blocks, so the markup is as one parse would give. */}
        {i > 0 && '\n'}
        <MarkdownBlock block={block} length={block.text.length} markers={own.map((marker) => ({ ...marker, offset: marker.offset - block.start }))} markerKey={keyOf(own)} />
      </Fragment>
    );
  });
}

const keyOf = (markers: readonly CitationMarker[]) => markers.map((marker) => `${marker.number}@${marker.offset}`).join(',');

/** Markers whose offset falls in (start, end], still as answer offsets. */
function markersFor(markers: readonly CitationMarker[], start: number, end: number): readonly CitationMarker[] {
  return markers.length === 0 ? NO_MARKERS : markers.filter((marker) => marker.offset > start && marker.offset <= end);
}

/**
 * One block, rendered from its sanitised tree (use-markdown-tree.ts), redone only when its text grows
 * or its markers change (`markerKey` is their content). It takes the block object and reads its text
 * here, so no earlier frame's string stays in its props (see Block).
 */
const MarkdownBlock = memo(
  function MarkdownBlock({ block, markers, markerKey }: { block: Block; length: number; markers: readonly CitationMarker[]; markerKey: string }) {
    const { text } = block;
    const tree = useMarkdownTree(text, markers, markerKey);
    const components = markers.length === 0 ? MARKDOWN_COMPONENTS : CITED_MARKDOWN_COMPONENTS;
    // Until its first tree arrives from the worker, a block shows its text as it is.
    const fallback = tree ? undefined : text;
    return useMemo(() => (tree ? hastToReact(tree, components) : <p>{fallback}</p>), [tree, components, fallback]);
  },
  (before, after) => before.block === after.block && before.length === after.length && before.markerKey === after.markerKey,
);

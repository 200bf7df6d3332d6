import { memo, useDeferredValue } from 'react';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { ALLOWED_ELEMENTS, MARKDOWN_COMPONENTS, transformUrl } from './markdown-elements';
import { rehypeRawHtmlAsBlocks } from './raw-html-as-blocks';

/** Module-level so every render passes the same plugin lists. */
const REMARK_PLUGINS = [remarkGfm];
const REHYPE_PLUGINS = [rehypeRawHtmlAsBlocks];

/**
 * Model output rendered as markdown (GFM: tables, task lists, strikethrough), never as HTML.
 *
 * Safety: no rehype-raw, so raw HTML in the text is shown as escaped text, not parsed; links keep
 * only http(s)/mailto URLs and open in a new window without opener or referrer; images are never
 * loaded. React escapes all text, and nothing here uses dangerouslySetInnerHTML.
 *
 * Streaming: the parent re-renders once per animation frame. `memo` skips renders when the text
 * has not changed, and `useDeferredValue` lets React drop stale intermediate parses under load so
 * typing stays responsive. An unclosed code fence simply runs to the end of the text, as
 * CommonMark says, and its `<pre>` scrolls horizontally rather than widening the pane.
 */
export const MarkdownAnswer = memo(function MarkdownAnswer({ text }: { text: string }) {
  const deferred = useDeferredValue(text);
  return (
    <Markdown
      remarkPlugins={REMARK_PLUGINS}
      rehypePlugins={REHYPE_PLUGINS}
      allowedElements={ALLOWED_ELEMENTS}
      unwrapDisallowed
      urlTransform={transformUrl}
      components={MARKDOWN_COMPONENTS}
    >
      {deferred}
    </Markdown>
  );
});

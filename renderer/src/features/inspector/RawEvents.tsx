import { memo } from 'react';
import type { InspectedEvent } from '../../../../shared/contract';

/**
 * The kept raw events as a list. Rows are plain elements with `content-visibility: auto` (CSS), so
 * a few thousand rows cost layout only where they are on screen; the list re-renders only when
 * events are added (the array keeps its identity once the cap is reached).
 */
export const RawEvents = memo(function RawEvents({ events }: { events: readonly InspectedEvent[] }) {
  return (
    <ol className="raw-events" aria-label="Raw events">
      {events.map((item, i) => (
        <li key={i} className="raw-event">
          <span className="raw-event-time">+{item.at} ms</span> <span className="raw-event-name">{item.event}</span>
          <code className="raw-event-data">{item.data}</code>
        </li>
      ))}
    </ol>
  );
});

import { useMemo, type ReactNode } from 'react';
import { runText, type RunState } from '../runs/run-state';
import { runChunks } from '../runs/store';
import { assembleCompletion } from '../../../../shared/chat/assemble-completion';
import { CopyButton } from './CopyButton';
import { eventsNote, formatEvents, formatUpstreamRequest } from './inspector-text';
import { RawEvents } from './RawEvents';

/** What the latest run exchanged: the pane's request, the upstream request and stream, the assembled response. */
export function Inspector({ run }: { run: RunState }) {
  if (run.status === 'idle') return <p className="empty-state">Run a prompt to inspect what was sent and received.</p>;
  const { inspection } = run;
  const openAIRequest = run.request ? JSON.stringify(run.request, null, 2) : '';
  const upstream = inspection.upstream ? formatUpstreamRequest(inspection.upstream) : '';
  const note = eventsNote(inspection.events.length, inspection.eventCount);
  return (
    <div className="inspector">
      <Section title="OpenAI request" copy={openAIRequest ? <CopyButton label="Copy OpenAI request" text={() => openAIRequest} /> : null}>
        {openAIRequest ? <pre className="inspector-code">{openAIRequest}</pre> : <p className="empty-state">Not kept for this run.</p>}
      </Section>
      <Section title="Anthropic request" copy={upstream ? <CopyButton label="Copy Anthropic request" text={() => upstream} /> : null}>
        {upstream ? <pre className="inspector-code">{upstream}</pre> : <p className="empty-state">Not sent upstream (yet).</p>}
      </Section>
      <Section
        title={`Raw events (${inspection.eventCount.toLocaleString('en-US')})`}
        copy={inspection.events.length > 0 ? <CopyButton label="Copy raw events" text={() => formatEvents(inspection.events)} /> : null}
      >
        {note && <p className="inspector-note">{note}</p>}
        {inspection.events.length > 0 ? <RawEvents events={inspection.events} /> : <p className="empty-state">No events yet.</p>}
      </Section>
      <AssembledResponse run={run} />
      <Section title="Gateway warnings">
        {run.warnings.length > 0 ? (
          <ul className="inspector-warnings">
            {run.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        ) : (
          <p className="empty-state">None.</p>
        )}
      </Section>
    </div>
  );
}

/** Assembled once the run has ended: while streaming it would be rebuilt on every frame. */
function AssembledResponse({ run }: { run: RunState }) {
  const ended = run.status !== 'running';
  const text = useMemo(
    () => (ended ? JSON.stringify(assembleCompletion(runChunks(run.runId), { content: runText(run), reasoning: run.reasoning }), null, 2) : ''),
    // The run's text is final once it has ended.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [ended, run.runId],
  );
  return (
    <Section title="Response" copy={text ? <CopyButton label="Copy response" text={() => text} /> : null}>
      {ended ? <pre className="inspector-code">{text}</pre> : <p className="empty-state">Assembled when the run ends.</p>}
    </Section>
  );
}

function Section({ title, copy, children }: { title: string; copy?: ReactNode; children: ReactNode }) {
  return (
    <section className="inspector-section" aria-label={title.replace(/ \(.*\)$/, '')}>
      <header className="inspector-section-header">
        <h3>{title}</h3>
        {copy}
      </header>
      {children}
    </section>
  );
}

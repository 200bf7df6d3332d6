import { useId, useMemo } from 'react';
import type { AttachmentRef } from '../../../../shared/chat/attachment';
import type { RunRequest } from '../../../../shared/contract/run-request';
import { prepareRequest } from './prepare-request';
import { usePaneParams, useParamsStore } from './store';

interface RequestCheckProps {
  paneId: string;
  /** The built request (null while the prompt cannot be built, e.g. a variable has no value). */
  request: RunRequest | null;
  attachments?: readonly AttachmentRef[];
}

/** The request check, live: errors block Run (with their reasons), warnings are only shown. */
export function RequestCheck({ paneId, request, attachments }: RequestCheckProps) {
  const params = usePaneParams(paneId);
  const refused = useParamsStore((state) => state.refused[paneId] ?? false);
  const headingId = useId();
  const prepared = useMemo(() => (request ? prepareRequest(request, params, attachments) : null), [request, params, attachments]);
  const issues = prepared?.issues ?? [];
  const errors = issues.filter((issue) => issue.severity === 'error');

  return (
    <section className="request-check" role="region" aria-labelledby={headingId}>
      <h2 id={headingId} className="field-label">
        Request check
      </h2>
      {refused && errors.length > 0 && (
        <p className="run-blocked" role="alert">
          <strong>Not sent.</strong> Fix the {errors.length === 1 ? 'error' : `${errors.length} errors`} below, then run again.
        </p>
      )}
      {issues.length === 0 ? (
        <p className="request-check-ok">{request ? 'No problems found.' : 'Write a message and give every variable a value: the request is checked as soon as it can be built.'}</p>
      ) : (
        <ul aria-label="Request issues">
          {issues.map((issue, index) => (
            <li key={`${issue.code}-${index}`} className={`lint-${issue.severity}`}>
              <span className="lint-severity">{issue.severity === 'error' ? 'Error' : 'Warning'}:</span> {issue.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

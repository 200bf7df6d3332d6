import { useId, useMemo } from 'react';
import { templateVariables, unusedValues } from '../../../../shared/template';
import { templateTexts } from '../pane/conversation';
import { promptActions, usePromptField } from '../compare/pane-prompt';
import { usePaneId } from '../pane/pane-context';
import { variableFieldId } from './field-id';

/**
 * One field per `{{variable}}` in the system prompt and messages, in reading order.
 * Values of names no longer used are kept (listed under "Unused values") until removed,
 * so renaming a placeholder never loses what was typed.
 */
export function VariablesPanel() {
  const paneId = usePaneId();
  const system = usePromptField(paneId, 'system');
  const messages = usePromptField(paneId, 'messages');
  const values = usePromptField(paneId, 'values');
  const { setValue, removeValue } = promptActions(paneId);
  const headingId = useId();
  const texts = useMemo(() => templateTexts({ system, messages }), [system, messages]);
  const names = useMemo(() => templateVariables(texts), [texts]);
  const unused = useMemo(() => unusedValues(texts, values), [texts, values]);

  return (
    <section className="variables" aria-labelledby={headingId}>
      <h2 id={headingId} className="field-label">
        Variables
      </h2>
      {names.length === 0 ? (
        <p className="variables-empty">No variables. Write {'{{name}}'} in a prompt to add one.</p>
      ) : (
        <div className="variable-fields">
          {names.map((name) => (
            <VariableField key={name} paneId={paneId} name={name} value={values[name]} onChange={(value) => setValue(name, value)} />
          ))}
        </div>
      )}
      {unused.length > 0 && (
        <div className="unused-values">
          <h3 className="field-label">Unused values</h3>
          <ul aria-label="Unused values">
            {unused.map((name) => (
              <li key={name} className="unused-value">
                <span className="unused-name">{name}</span>
                <span className="unused-text" title={values[name]}>
                  {values[name] === '' ? '(empty)' : values[name]}
                </span>
                <button type="button" onClick={() => removeValue(name)} aria-label={`Remove value of ${name}`}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

interface VariableFieldProps {
  paneId: string;
  name: string;
  /** undefined: not set yet (Run refuses); '' is a value. */
  value: string | undefined;
  onChange(value: string): void;
}

function VariableField({ paneId, name, value, onChange }: VariableFieldProps) {
  const hintId = useId();
  const id = variableFieldId(name, paneId);
  const unset = value === undefined;
  return (
    <div className={unset ? 'variable-field unset' : 'variable-field'}>
      <label htmlFor={id} className="variable-name">
        {name}
      </label>
      <textarea id={id} rows={2} value={value ?? ''} onChange={(event) => onChange(event.target.value)} aria-describedby={hintId} spellCheck={false} />
      <span id={hintId} className="variable-hint">
        {unset ? 'Not set: Run needs a value. ' : ''}
        An empty value counts as set
        {unset ? (
          <>
            {' ('}
            <button type="button" className="link-button" onClick={() => onChange('')}>
              Set {name} to empty
            </button>
            {')'}
          </>
        ) : null}
        .
      </span>
    </div>
  );
}

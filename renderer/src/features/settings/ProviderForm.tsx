import { useRef, useState, type ChangeEvent, type FormEvent, type InputHTMLAttributes, type RefObject } from 'react';
import { keyEnvVarName } from './describe-key';
import { ErrorNote, LiveStatus } from './Feedback';
import { checkProviderDraft, EMPTY_DRAFT, PROVIDER_PRESETS, type ProviderDraft, type ProviderErrors, type ProviderField, type ProviderPreset } from './provider-form';
import { useAddProvider } from './queries';

const FIELDS: readonly ProviderField[] = ['id', 'name', 'baseURL', 'key'];

/** Adds (or replaces, by id) an OpenAI-compatible provider, with an optional key for the keychain. */
export function ProviderForm({ existingIds }: { existingIds: readonly string[] }) {
  const [draft, setDraft] = useState<ProviderDraft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<ProviderErrors>({});
  const [preset, setPreset] = useState<ProviderPreset>();
  const [added, setAdded] = useState('');
  const add = useAddProvider();
  const refs: Record<ProviderField, RefObject<HTMLInputElement | null>> = { id: useRef(null), name: useRef(null), baseURL: useRef(null), key: useRef(null) };
  const id = draft.id.trim();

  const edit = (field: ProviderField) => (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.target.value;
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };
  const choosePreset = (chosen: ProviderPreset): void => {
    // The key field is left as typed: a preset never throws away what was pasted.
    setDraft((current) => ({ ...current, id: chosen.id, name: chosen.name, baseURL: chosen.baseURL }));
    setErrors({});
    setPreset(chosen);
  };
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const found = checkProviderDraft(draft);
    setErrors(found);
    const firstWrong = FIELDS.find((field) => found[field]);
    if (firstWrong) return refs[firstWrong].current?.focus();
    setAdded('');
    const key = draft.key.trim();
    add.mutate(
      { id, name: draft.name.trim(), baseURL: draft.baseURL.trim(), ...(key ? { key } : {}) },
      {
        onSuccess: (saved) => {
          setDraft(EMPTY_DRAFT);
          setPreset(undefined);
          setAdded(`Added ${saved.name}. Its models are addressed as ${saved.id}/<model>.`);
        },
      },
    );
  };

  return (
    <form className="provider-form" onSubmit={submit} aria-labelledby="provider-form-title" noValidate>
      <h4 id="provider-form-title">Add a provider</h4>
      <div className="settings-row" role="group" aria-label="Presets">
        <span className="settings-hint">Presets:</span>
        {PROVIDER_PRESETS.map((choice) => (
          <button key={choice.id} type="button" aria-label={`${choice.name} preset`} onClick={() => choosePreset(choice)}>
            {choice.name}
          </button>
        ))}
      </div>
      <div className="provider-fields">
        <Field field="id" label="Provider id" inputRef={refs.id} error={errors.id} value={draft.id} onChange={edit('id')} placeholder="openrouter" autoCapitalize="none"
          hint={existingIds.includes(id) ? `A provider with the id ${id} exists: adding replaces it.` : `Its models are addressed as ${id || '<id>'}/<model>.`} />
        <Field field="name" label="Name" inputRef={refs.name} error={errors.name} value={draft.name} onChange={edit('name')} placeholder="OpenRouter" />
        <Field field="baseURL" label="Base URL" inputRef={refs.baseURL} error={errors.baseURL} value={draft.baseURL} onChange={edit('baseURL')} type="url" placeholder="https://openrouter.ai/api/v1" />
        <Field field="key" label="API key" inputRef={refs.key} error={errors.key} value={draft.key} onChange={edit('key')} type="password" autoComplete="off"
          hint={`${preset?.keyNote ?? 'Optional.'} Leave it empty for servers without keys, or to use ${id ? keyEnvVarName(id) : 'the provider\'s variable (DUET_<ID>_API_KEY)'} from the environment.`} />
      </div>
      <div className="settings-row">
        <button type="submit" className="primary" disabled={add.isPending}>
          {add.isPending ? 'Adding…' : 'Add provider'}
        </button>
      </div>
      <ErrorNote error={add.error} />
      <LiveStatus tone={added ? 'ok' : undefined} label="Provider added">
        {added}
      </LiveStatus>
    </form>
  );
}

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  field: ProviderField;
  label: string;
  hint?: string;
  error: string | undefined;
  inputRef: RefObject<HTMLInputElement | null>;
}

function Field({ field, label, hint, error, inputRef, ...input }: FieldProps) {
  const id = `provider-${field}`;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="settings-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} ref={inputRef} spellCheck={false} aria-invalid={error ? true : undefined} aria-describedby={describedBy || undefined} {...input} />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="settings-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

import type { ComponentChildren } from 'preact';

export interface FieldA11y {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface Props {
  id: string;
  label: string;
  hint?: string;
  /** Shown under the label and read with the input, so a screen reader hears why. */
  error?: string | null;
  /** Gets the props that tie the input to its label, hint and error. */
  children(a11y: FieldA11y): ComponentChildren;
}

/** A label, an optional hint and error, and the input they describe: one pattern everywhere. */
export function Field({ id, label, hint, error, children }: Props) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p class="muted" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {children({
        id,
        ...(described ? { 'aria-describedby': described } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
    </div>
  );
}

import { type InputHTMLAttributes, useId } from 'react';

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  hint?: string;
  error?: string | null;
  isRequired?: boolean;
}

/** A labelled input with its hint and error, wired for screen readers. */
export function Field({ label, hint, error, isRequired, ...input }: FieldProps) {
  const id = useId();
  return (
    <div className="auth-field">
      <label className="auth-label" htmlFor={id}>
        {label}
        {isRequired && (
          <span className="auth-required" aria-hidden>
            *
          </span>
        )}
      </label>
      {hint && (
        <span className="auth-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <input
        id={id}
        className="auth-input"
        aria-invalid={!!error}
        aria-describedby={hint ? `${id}-hint` : undefined}
        {...input}
      />
      {error && <span className="auth-error">{error}</span>}
    </div>
  );
}

import { useEffect, useId, useRef, type ReactNode } from 'react';

interface SecretShownOnceProps {
  heading: string;
  warning: string;
  howTo: string;
  doneLabel: string;
  /** The read-only fields to copy: the secret and whatever goes with it. */
  children: ReactNode;
  /** Changes with each new secret, so focus comes back for it. */
  secret: string;
  onDone: () => void;
}

/** A secret the API shows once (an API client's, a webhook's): the fields to copy and "I have copied it". */
export function SecretShownOnce({
  heading,
  warning,
  howTo,
  doneLabel,
  children,
  secret,
  onDone,
}: SecretShownOnceProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The secret appears away from the button that made it; focus takes the reader there.
  useEffect(() => headingRef.current?.focus(), [secret]);
  return (
    <section className="notice" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      <p>
        <strong>{warning}</strong>
      </p>
      {children}
      <p>{howTo}</p>
      <button type="button" className="button button--secondary" onClick={onDone}>
        {doneLabel}
      </button>
    </section>
  );
}

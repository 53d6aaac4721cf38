import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface ShownOncePasswordProps {
  heading: string;
  password: string;
}

/**
 * A generated password, shown this one time: the API keeps only its hash. The heading takes focus so that
 * a screen reader user hears at once that there is something to write down.
 */
export function ShownOncePassword({ heading, password }: ShownOncePasswordProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="notice notice--success">
      <h2 ref={ref} tabIndex={-1}>
        {heading}
      </h2>
      <p>{t('applicants.password.label')}</p>
      <p className="panel__value">
        <code lang="en" aria-label={password.split('').join(' ')}>
          {password}
        </code>
      </p>
      <p>
        <strong>{t('applicants.password.once')}</strong> {t('applicants.password.give')}
      </p>
    </div>
  );
}

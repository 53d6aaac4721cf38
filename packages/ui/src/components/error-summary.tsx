import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldIds } from '../lib/field-ids.js';

export interface ErrorSummaryItem {
  /** The field's name; the item then links to it. Problems that belong to no field leave it out. */
  field?: string;
  /** The field's label, shown above the message so that "Fyll i det här fältet." says which field. */
  label?: string;
  message: string;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  // Following the link natively would only scroll; moving focus puts the user in the field to fix it.
  event.preventDefault();
  target.closest('.field')?.scrollIntoView();
  target.focus({ preventScroll: true });
}

interface ErrorSummaryProps {
  errors: ErrorSummaryItem[];
  /**
   * One below the heading of the form it belongs to, so that heading levels do not skip (WCAG 1.3.1);
   * 2 suits a form that is the page's own content under its h1.
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

/**
 * The list of what to fix, shown above the form after a failed attempt. It takes focus when it appears,
 * so render it only when there are errors and give it a new `key` for each failed attempt.
 */
export function ErrorSummary({ errors, headingLevel = 2 }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const Title = `h${headingLevel}` as const;

  return (
    <div ref={ref} className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <Title id="error-summary-title" className="error-summary__title">
        {t('ui.errorSummary.title')}
      </Title>
      <ul className="error-summary__list">
        {errors.map((item) => {
          const text = (
            <>
              {item.label ? <span className="error-summary__label">{item.label} </span> : null}
              {item.message}
            </>
          );
          if (!item.field) return <li key={item.message}>{text}</li>;
          const id = fieldIds(item.field).id;
          return (
            <li key={item.field}>
              <a href={`#${id}`} onClick={(event) => focusField(event, id)}>
                {text}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

import type { ReactNode } from 'react';

/** Facts as term and value pairs; each term must be unique within the list. */
export function SummaryList({ rows }: { rows: { term: string; value: ReactNode }[] }) {
  return (
    <dl className="summary-list">
      {rows.map((row) => (
        <div key={row.term} className="summary-list__row">
          <dt>{row.term}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

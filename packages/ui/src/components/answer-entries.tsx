import { useTranslation } from 'react-i18next';
import type { AnswerEntry } from '@ebistans/schema';
import { Heading } from './heading.js';

interface AnswerEntriesProps {
  entries: readonly AnswerEntry[];
  /** The level of list rows' titles ("Barn 2"); rows nested deeper get the next one. */
  headingLevel: number;
}

/** Answers as terms and values; a group's or a list row's answers nest under its label or title. */
export function AnswerEntries({ entries, headingLevel }: AnswerEntriesProps) {
  return (
    <dl className="summary-list">
      {entries.map((entry) => (
        <AnswerRow key={entry.path} entry={entry} headingLevel={headingLevel} />
      ))}
    </dl>
  );
}

function AnswerRow({ entry, headingLevel }: { entry: AnswerEntry; headingLevel: number }) {
  const { t } = useTranslation();
  switch (entry.kind) {
    case 'value':
      return (
        <div className="summary-list__row">
          <dt>{entry.label}</dt>
          <dd>{entry.text}</dd>
        </div>
      );
    case 'group':
      return (
        <div className="summary-list__row summary-list__row--nested">
          <dt>{entry.label}</dt>
          <dd>
            <AnswerEntries entries={entry.entries} headingLevel={headingLevel} />
          </dd>
        </div>
      );
    case 'list':
      return (
        <div className="summary-list__row summary-list__row--nested">
          <dt>{entry.label}</dt>
          <dd>
            {entry.items.length === 0
              ? t('ui.answers.noRows')
              : entry.items.map((item, index) => (
                  <div key={index} className="answers__item">
                    <Heading level={headingLevel}>{item.title}</Heading>
                    <AnswerEntries entries={item.entries} headingLevel={headingLevel + 1} />
                  </div>
                ))}
          </dd>
        </div>
      );
  }
}

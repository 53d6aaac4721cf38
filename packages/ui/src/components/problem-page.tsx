import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../hooks/use-document-title.js';
import { problemMessage } from '../lib/problem-message.js';

/** A whole page for an error that stops the user, with a way on (`children`, such as a link home). */
export function ProblemPage({ error, children }: { error: unknown; children?: ReactNode }) {
  const { t } = useTranslation();
  const title = t('ui.problemPage.title');
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p>{problemMessage(error, t)}</p>
      {children}
    </>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { problemMessage } from '@ebistans/ui';
import type { ApplicationDraft } from '../hooks/use-application-draft';
import { startPath } from '../lib/application-form';

/** Navigation state for the start page when the draft was submitted or discarded on another device. */
interface DraftGoneState {
  draftGone: true;
}

export function isDraftGoneState(state: unknown): state is DraftGoneState {
  return typeof state === 'object' && state !== null && 'draftGone' in state && state.draftGone === true;
}

function focusHeading() {
  const heading = document.querySelector<HTMLElement>('main h1');
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus();
}

/**
 * Shown when another device (the phone, say) saved the application after this one read it. Nothing
 * more is saved here until the person has taken the newer answers, so neither device overwrites the other.
 */
export function DraftConflict({ reload }: Pick<ApplicationDraft, 'reload'>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(false);

  async function takeNewer() {
    if (loading) return;
    setLoading(true);
    setError(undefined);
    try {
      const found = await reload();
      const state: DraftGoneState = { draftGone: true };
      if (!found) void navigate(startPath, { state });
      // The page starts over with the newer answers and this notice goes: its heading takes focus, as after
      // any page change, once React has rendered it (the next task).
      setTimeout(focusHeading, 0);
    } catch (caught) {
      setError(caught);
    } finally {
      setLoading(false);
    }
  }

  return (
    <div className="notice notice--action" role="alert">
      <h2>{t('application.conflict.title')}</h2>
      <p>{t('application.conflict.text')}</p>
      {error ? <p className="field-error">{problemMessage(error, t)}</p> : null}
      <button type="button" className="button" onClick={() => void takeNewer()}>
        {loading ? t('application.conflict.loading') : t('application.conflict.reload')}
      </button>
    </div>
  );
}

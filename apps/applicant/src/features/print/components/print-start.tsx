import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { validationText } from '@ebistans/schema';
import { ErrorSummary, SelectField, useDocumentTitle, useLanguage } from '@ebistans/ui';
import type { Municipality } from '../api/list-municipalities';
import { usePrintAnswers } from '../hooks/use-print-session';
import { printForm, printStepPath } from '../lib/print-form';
import { NothingStored } from './nothing-stored';

const fieldName = 'municipality';

/** The first page: what printing means, that nothing is stored, and the municipality to send the paper to. */
export function PrintStart({ municipalities }: { municipalities: Municipality[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const { municipality, save } = usePrintAnswers();
  const only = municipalities.length === 1 ? municipalities[0]?.slug : undefined;
  const [chosen, setChosen] = useState(municipality || only || '');
  const [attempt, setAttempt] = useState(0);
  const [missing, setMissing] = useState(false);
  const title = t('print.title');
  useDocumentTitle(title);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempt((value) => value + 1);
    if (!municipalities.some((candidate) => candidate.slug === chosen)) {
      setMissing(true);
      return;
    }
    save({ municipality: chosen });
    void navigate(printStepPath(printForm.steps[0]?.id ?? ''));
  }

  const label = t('print.municipality');
  const error = missing ? validationText('choose_one', language) : undefined;
  return (
    <>
      {error ? <ErrorSummary key={attempt} errors={[{ field: fieldName, label, message: error }]} /> : null}
      <h1>{title}</h1>
      <p className="lead">{t('print.intro')}</p>
      <NothingStored />
      <h2>{t('print.howTitle')}</h2>
      <ol>
        <li>{t('print.how1')}</li>
        <li>{t('print.how2')}</li>
        <li>{t('print.how3')}</li>
      </ol>
      <form noValidate onSubmit={handleSubmit}>
        <SelectField
          name={fieldName}
          label={label}
          hint={t('print.municipalityHint')}
          placeholder={t('print.chooseMunicipality')}
          options={municipalities.map((candidate) => ({ value: candidate.slug, label: candidate.name }))}
          error={error}
          value={chosen}
          onChange={(event) => {
            setChosen(event.target.value);
            setMissing(false);
          }}
        />
        <div className="button-group">
          <button type="submit" className="button">
            {t('print.start')}
          </button>
        </div>
      </form>
    </>
  );
}

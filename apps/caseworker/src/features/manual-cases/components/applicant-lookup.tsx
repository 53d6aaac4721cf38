import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { parseIdentityNumber } from '@ebistans/schema';
import { TextField, isProblem, problemMessage } from '@ebistans/ui';
import { useFindApplicant, type ManualCaseApplicant } from '../api/find-applicant';

/**
 * Finds the applicant by personnummer among the municipality's accounts. A person without an account is
 * sent to "Hantera sökande" to create one first: a case always belongs to an account.
 */
export function ApplicantLookup({ onFound }: { onFound: (applicant: ManualCaseApplicant) => void }) {
  const { t } = useTranslation();
  const find = useFindApplicant();
  const [personnummer, setPersonnummer] = useState('');
  const [invalid, setInvalid] = useState(false);
  const notFound = isProblem(find.error, 'not-found');
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const valid = parseIdentityNumber(personnummer) !== null;
        setInvalid(!valid);
        if (valid) find.mutate(personnummer, { onSuccess: onFound });
      }}
    >
      <TextField
        name="personnummer"
        label={t('manualCases.lookup.label')}
        hint={t('manualCases.lookup.hint')}
        error={invalid ? t('manualCases.lookup.invalid') : undefined}
        inputMode="numeric"
        autoComplete="off"
        value={personnummer}
        onChange={(event) => setPersonnummer(event.target.value)}
      />
      <button type="submit" className="button" disabled={find.isPending}>
        {t('manualCases.lookup.submit')}
      </button>
      <div role="status">
        {notFound ? (
          <p>
            {t('manualCases.lookup.notFound')} <Link to="/sokande/ny">{t('manualCases.lookup.create')}</Link>
          </p>
        ) : null}
      </div>
      {find.error && !notFound ? (
        <p role="alert" className="field-error">
          {problemMessage(find.error, t)}
        </p>
      ) : null}
    </form>
  );
}

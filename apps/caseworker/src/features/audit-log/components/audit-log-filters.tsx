import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '@ebistans/ui';
import { findCaseId, useAllColleagues, type AuditLogFilters as Filters } from '../api/audit-log';

interface AuditLogFiltersProps {
  current: Filters;
  caseNumber: string;
  onChange: (filters: Filters, caseNumber: string) => void;
}

/** Person, case number and dates; a case number is looked up so a person never needs the case's id. */
export function AuditLogFilters({ current, caseNumber: currentCaseNumber, onChange }: AuditLogFiltersProps) {
  const { t } = useTranslation();
  const colleagues = useAllColleagues();
  const [staffId, setStaffId] = useState(current.staffId);
  const [caseNumber, setCaseNumber] = useState(currentCaseNumber);
  const [from, setFrom] = useState(current.from);
  const [to, setTo] = useState(current.to);
  const [caseError, setCaseError] = useState<string>();
  return (
    <form
      role="search"
      aria-label={t('audit.filters.label')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const number = caseNumber.trim();
        void (async () => {
          const caseId = number ? await findCaseId(number) : '';
          if (caseId === undefined) return setCaseError(t('audit.filters.caseNotFound'));
          setCaseError(undefined);
          onChange({ staffId, caseId, from, to, page: 1 }, number);
        })();
      }}
    >
      <SelectField
        name="staffId"
        label={t('audit.filters.person')}
        placeholder={t('audit.filters.anyone')}
        options={(colleagues.data?.items ?? []).map((person) => ({
          value: person.id,
          label: `${person.name} (${person.username})`,
        }))}
        value={staffId}
        onChange={(event) => setStaffId(event.target.value)}
      />
      <TextField
        name="caseNumber"
        label={t('audit.filters.caseNumber')}
        error={caseError}
        value={caseNumber}
        onChange={(event) => setCaseNumber(event.target.value)}
      />
      <TextField
        name="from"
        label={t('audit.filters.from')}
        type="date"
        value={from}
        onChange={(event) => setFrom(event.target.value)}
      />
      <TextField
        name="to"
        label={t('audit.filters.to')}
        type="date"
        value={to}
        onChange={(event) => setTo(event.target.value)}
      />
      <button type="submit" className="button">
        {t('audit.filters.submit')}
      </button>
    </form>
  );
}

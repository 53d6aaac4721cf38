import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIdentityNumber } from '@ebistans/schema';
import { ChoiceGroup, SummaryList, useLanguage } from '@ebistans/ui';
import type { ManualCaseApplicant } from '../api/find-applicant';
import type { ManualChannel } from '../api/register-manual-case';
import { applicationForms } from '../lib/application-forms';

export interface ManualCaseSetup {
  formId: string;
  channel: ManualChannel;
}

interface ManualCaseSetupFormProps {
  applicant: ManualCaseApplicant;
  initial: Partial<ManualCaseSetup>;
  onChangeApplicant: () => void;
  onContinue: (setup: ManualCaseSetup) => void;
}

/** The chosen applicant, then which form the paper is and how the application came in. */
export function ManualCaseSetupForm({ applicant, initial, onChangeApplicant, onContinue }: ManualCaseSetupFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [formId, setFormId] = useState(initial.formId ?? applicationForms[0]?.id ?? '');
  const [channel, setChannel] = useState<ManualChannel | undefined>(initial.channel);
  const [missingChannel, setMissingChannel] = useState(false);
  return (
    <>
      <h2>{t('manualCases.setup.applicantHeading')}</h2>
      <SummaryList
        rows={[
          { term: t('manualCases.setup.name'), value: applicant.name },
          { term: t('manualCases.setup.personnummer'), value: formatIdentityNumber(applicant.personnummer) },
        ]}
      />
      {applicant.deactivated ? <p className="notice">{t('manualCases.setup.deactivated')}</p> : null}
      <p>
        <button type="button" className="button button--secondary" onClick={onChangeApplicant}>
          {t('manualCases.setup.changeApplicant')}
        </button>
      </p>
      <h2>{t('manualCases.setup.heading')}</h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setMissingChannel(!channel);
          if (channel) onContinue({ formId, channel });
        }}
      >
        <ChoiceGroup
          name="formId"
          legend={t('manualCases.setup.form')}
          choices={applicationForms.map((form) => ({ value: form.id, label: form.title[language] }))}
          value={formId}
          onChange={setFormId}
        />
        <ChoiceGroup
          name="channel"
          legend={t('manualCases.setup.channel')}
          choices={(['paper', 'phone'] as const).map((value) => ({ value, label: t(`manualCases.channel.${value}`) }))}
          value={channel}
          onChange={(value) => setChannel(value as ManualChannel)}
          error={missingChannel ? t('manualCases.setup.channelMissing') : undefined}
        />
        <button type="submit" className="button">
          {t('manualCases.setup.continue')}
        </button>
      </form>
    </>
  );
}

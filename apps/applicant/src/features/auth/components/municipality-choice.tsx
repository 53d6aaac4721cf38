import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, SelectField, useErrorTexts } from '@ebistans/ui';
import type { Municipality } from '../api/list-municipalities';

interface MunicipalityChoiceProps {
  municipalities: Municipality[];
  onChoose: (slug: string) => void;
}

/** Which municipality to log in to; its login methods are offered next. */
export function MunicipalityChoice({ municipalities, onChoose }: MunicipalityChoiceProps) {
  const { t } = useTranslation();
  const {
    register,
    handleSubmit,
    formState: { errors, submitCount },
  } = useForm<{ municipality: string }>({ defaultValues: { municipality: '' }, shouldFocusError: false });
  const { errorText, summary } = useErrorTexts(errors, [{ name: 'municipality', label: t('login.municipality') }]);
  return (
    <form noValidate onSubmit={(event) => void handleSubmit(({ municipality }) => onChoose(municipality))(event)}>
      {summary.length > 0 ? <ErrorSummary key={submitCount} errors={summary} /> : null}
      <SelectField
        label={t('login.municipality')}
        hint={t('login.municipalityHint')}
        placeholder={t('login.chooseMunicipality')}
        options={municipalities.map((municipality) => ({ value: municipality.slug, label: municipality.name }))}
        error={errorText('municipality')}
        {...register('municipality', { required: 'choose_one' })}
      />
      <button type="submit" className="button">
        {t('login.chooseSubmit')}
      </button>
    </form>
  );
}

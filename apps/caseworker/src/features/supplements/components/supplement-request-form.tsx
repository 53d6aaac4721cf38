import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RECEIPT_CATEGORIES } from '@ebistans/schema';
import { CheckboxGroup, ErrorSummary, TextArea, TextField, useErrorTexts, useLanguage } from '@ebistans/ui';
import { ActionResult } from '../../../components/action-result';
import { useRequestSupplement, type SupplementRequestInput } from '../api/supplements';

const receiptChoices = Object.entries(RECEIPT_CATEGORIES);

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Asks the applicant for more: what, which receipts, and by when. The case then awaits the supplement. */
export function SupplementRequestForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const request = useRequestSupplement(caseId);
  const {
    register,
    control,
    handleSubmit,
    reset,
    formState: { errors, submitCount },
  } = useForm<SupplementRequestInput>({
    defaultValues: { message: '', dueDate: '', receiptCategories: [] },
    shouldFocusError: false,
  });
  const { errorText, summary } = useErrorTexts(errors, [
    { name: 'message', label: t('supplements.form.message') },
    { name: 'dueDate', label: t('supplements.form.dueDate') },
  ]);
  const onSubmit = handleSubmit((values) => request.mutate(values, { onSuccess: () => reset() }));
  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} aria-labelledby="supplement-form-heading">
      <h3 id="supplement-form-heading">{t('supplements.form.heading')}</h3>
      {summary.length > 0 ? <ErrorSummary key={submitCount} errors={summary} headingLevel={4} /> : null}
      <TextArea
        label={t('supplements.form.message')}
        hint={t('supplements.form.messageHint')}
        error={errorText('message')}
        rows={4}
        maxLength={4000}
        {...register('message', { validate: (value) => value.trim() !== '' || 'required' })}
      />
      <Controller
        control={control}
        name="receiptCategories"
        render={({ field }) => (
          <CheckboxGroup
            name={field.name}
            legend={t('supplements.form.receipts')}
            choices={receiptChoices.map(([value, names]) => ({ value, label: names[language] }))}
            value={field.value}
            // In the list's order, as the applicant is asked for them.
            onChange={(chosen) =>
              field.onChange(receiptChoices.flatMap(([value]) => (chosen.includes(value) ? [value] : [])))
            }
            onBlur={field.onBlur}
          />
        )}
      />
      <TextField
        label={t('supplements.form.dueDate')}
        type="date"
        min={today()}
        error={errorText('dueDate')}
        {...register('dueDate', {
          validate: (value) => (value === '' ? 'required' : value < today() ? t('supplements.form.dueDatePast') : true),
        })}
      />
      <button type="submit" className="button" disabled={request.isPending}>
        {t('supplements.form.submit')}
      </button>
      <ActionResult error={request.error} done={request.isSuccess ? t('supplements.form.sent') : undefined} />
    </form>
  );
}

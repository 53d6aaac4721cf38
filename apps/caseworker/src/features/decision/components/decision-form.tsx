import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  DECISION_OUTCOMES,
  DECISION_OUTCOME_TEXT,
  FORSORJNINGSHINDER,
  allowsJobStimulus,
  decisionMessages,
  forsorjningshinderText,
  type DecisionAdult,
  type DecisionInput,
  type DecisionIssueCode,
} from '@ebistans/schema';
import { ChoiceGroup, ErrorSummary, SelectField, TextArea, TextField, isProblem, useLanguage } from '@ebistans/ui';
import { ActionResult } from '../../../components/action-result';
import { useRecordDecision, type DecisionProposal } from '../api/decision';
import {
  formIssues,
  grants,
  initialValues,
  liveResult,
  requestFrom,
  type DecisionFormValues,
  type DecisionIssue,
} from '../lib/decision-form';
import { CalculationTable } from './calculation-table';

interface DecisionFormProps {
  caseId: string;
  input: DecisionInput;
  proposed: number;
  adults: DecisionProposal['adults'];
}

const isIssueCode = (code: string): code is DecisionIssueCode => code in decisionMessages;

/** Field errors of an `invalid-decision` problem, so the API's refusal shows at the fields like our own check. */
function problemIssues(error: unknown): DecisionIssue[] {
  if (!isProblem(error, 'invalid-decision')) return [];
  return (error.problem.errors ?? []).flatMap((item) => (isIssueCode(item.code) ? [{ ...item, code: item.code }] : []));
}

/**
 * Records the decision: the calculation with an approved amount per cost line and jobbstimulans per salary,
 * recomputed as the caseworker types; then outcome, amount (following the calculation until changed by
 * hand), reasons and a försörjningshinder per adult. The same rules as the API are checked before sending.
 */
export function DecisionForm({ caseId, input, proposed, adults }: DecisionFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const record = useRecordDecision(caseId);
  const [ownIssues, setOwnIssues] = useState<DecisionIssue[]>([]);
  const [attempt, setAttempt] = useState(0);
  const { register, control, handleSubmit, setValue, getFieldState } = useForm<DecisionFormValues>({
    defaultValues: initialValues(input, proposed),
  });
  const values = useWatch({ control }) as DecisionFormValues;
  const result = liveResult(input, values);
  const adultKeys = adults.map((adult) => adult.adult);

  // The amount follows the calculation until the caseworker types one of their own.
  const calculated = result?.amount;
  useEffect(() => {
    if (calculated !== undefined && !getFieldState('amount').isDirty) setValue('amount', String(calculated));
  }, [calculated, getFieldState, setValue]);

  const issues = ownIssues.length > 0 ? ownIssues : problemIssues(record.error);
  const errorText = (path: string) => {
    const issue = issues.find((item) => item.path === path);
    return issue ? decisionMessages[issue.code][language] : undefined;
  };
  const labels: Record<string, string> = {
    outcome: t('decision.form.outcome'),
    amount: t('decision.form.amount'),
    motivation: t('decision.form.motivation'),
    ...Object.fromEntries(input.costs.map((cost, index) => [`costs.${index}.approved`, cost.label])),
    ...Object.fromEntries(input.incomes.map((income, index) => [`incomes.${index}.jobStimulus`, income.label])),
    ...Object.fromEntries(
      adults.map((adult) => [`hindrances.${adult.adult}`, t('decision.form.hindrance', { name: adult.name })]),
    ),
  };
  const summary = issues.map((issue) => ({
    field: issue.path,
    label: labels[issue.path],
    message: decisionMessages[issue.code][language],
  }));

  const onSubmit = handleSubmit((submitted) => {
    setAttempt((count) => count + 1);
    const found = formIssues(input, submitted, adultKeys);
    setOwnIssues(found);
    if (found.length > 0 || submitted.outcome === '') return;
    record.mutate(requestFrom(input, submitted, adultKeys, submitted.outcome), {
      onError: () => setAttempt((count) => count + 1),
    });
  });

  const granting = grants(values.outcome);
  const hindranceOptions = FORSORJNINGSHINDER.map((item) => ({
    value: item.code,
    label: forsorjningshinderText(item.code, language),
  }));

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} aria-labelledby="decision-form-heading">
      <h3 id="decision-form-heading">{t('decision.form.heading')}</h3>
      {summary.length > 0 ? <ErrorSummary key={attempt} errors={summary} headingLevel={4} /> : null}
      <p>{t('decision.form.intro')}</p>
      {result ? (
        <CalculationTable
          input={input}
          result={result}
          approvedCell={(index) => (
            <TextField
              label={t('decision.form.approved', { line: input.costs[index]?.label ?? '' })}
              inputMode="numeric"
              autoComplete="off"
              className="input--short"
              unit="kr"
              error={errorText(`costs.${index}.approved`)}
              {...register(`costs.${index}.approved`)}
            />
          )}
          incomeControls={(index) => {
            const income = input.incomes[index];
            if (!income || !allowsJobStimulus(income)) return null;
            const id = `field-incomes.${index}.jobStimulus`;
            return (
              <div className="choice">
                <input type="checkbox" id={id} {...register(`incomes.${index}.jobStimulus`)} />
                <label htmlFor={id}>{t('decision.form.jobStimulus', { line: income.label })}</label>
              </div>
            );
          }}
        />
      ) : (
        <p role="alert">{t('decision.form.fixLines')}</p>
      )}
      <div role="status" className="decision-proposed">
        {result ? t('decision.form.proposedNow', { amount: String(result.amount) }) : null}
      </div>

      <ChoiceGroup
        name="outcome"
        legend={t('decision.form.outcome')}
        choices={DECISION_OUTCOMES.map((outcome) => ({
          value: outcome,
          label: DECISION_OUTCOME_TEXT[outcome][language],
          hint: t(`decision.outcomeHint.${outcome}`),
        }))}
        value={values.outcome || undefined}
        onChange={(outcome) => setValue('outcome', outcome as DecisionFormValues['outcome'])}
        error={errorText('outcome')}
      />
      {granting ? (
        <TextField
          label={t('decision.form.amount')}
          hint={t('decision.form.amountHint')}
          inputMode="numeric"
          autoComplete="off"
          className="input--short"
          unit="kr"
          error={errorText('amount')}
          {...register('amount')}
        />
      ) : null}
      <TextArea
        label={t('decision.form.motivation')}
        hint={t('decision.form.motivationHint')}
        error={errorText('motivation')}
        rows={5}
        maxLength={4000}
        {...register('motivation')}
      />
      {adults.map((adult) => (
        <SelectField
          key={adult.adult}
          label={t('decision.form.hindrance', { name: adult.name })}
          placeholder={t('decision.form.chooseHindrance')}
          options={hindranceOptions}
          error={errorText(`hindrances.${adult.adult}`)}
          {...register(`hindrances.${adult.adult satisfies DecisionAdult}`)}
        />
      ))}
      <button type="submit" className="button" disabled={record.isPending}>
        {t('decision.form.submit')}
      </button>
      {issues.length === 0 ? <ActionResult error={record.error} /> : null}
    </form>
  );
}

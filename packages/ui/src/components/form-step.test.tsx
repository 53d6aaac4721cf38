import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation, useParams } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { MONTHLY_APPLICATION_FORM_ID, currentForm, type FieldIssue, type FormData } from '@ebistans/schema';
import { useStepNavigation } from '../hooks/use-step-navigation.js';
import { renderWithI18n } from '../test-support/render-with-i18n.js';
import { FormStep, type FormStepProps } from './form-step.js';

const form = currentForm(MONTHLY_APPLICATION_FORM_ID)!;
const stepPath = (stepId: string) => `/steg/${stepId}`;

/** A form's steps as pages, moved between with the shared navigation, as the applicant app does. */
function StepPage({ answers, callbacks }: { answers: FormData; callbacks: Partial<FormStepProps> }) {
  const { stepId } = useParams();
  const navigation = useStepNavigation({ form, stepPath, afterLast: '/granska', beforeFirst: '/', pagesAfter: 1 });
  const step = form.steps.find((candidate) => candidate.id === stepId)!;
  const position = navigation.position(step.id, answers);
  return (
    <FormStep
      key={step.id}
      form={form}
      step={step}
      answers={answers}
      onNext={(data) => navigation.goNext(step.id, data)}
      onBack={(data) => navigation.goBack(step.id, data)}
      nextLabel="Nästa"
      backLabel="Tillbaka"
      progress={<p>{`Steg ${position.number} av ${position.total}`}</p>}
      {...callbacks}
    />
  );
}

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

function setUp(start: string, answers: FormData = {}, callbacks: Partial<FormStepProps> = {}, state?: unknown) {
  return renderWithI18n(
    <MemoryRouter initialEntries={[{ pathname: start, state }]}>
      <Routes>
        <Route path="/steg/:stepId" element={<StepPage answers={answers} callbacks={callbacks} />} />
        <Route path="*" element={null} />
      </Routes>
      <Where />
    </MemoryRouter>,
  );
}

const where = () => screen.getByTestId('where').textContent;

describe('FormStep', () => {
  it('checks the step by the form\'s rules: a missing answer is listed and "Nästa" goes nowhere', async () => {
    const onNext = vi.fn();
    setUp('/steg/assets', {}, { onNext });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(form.steps[7]!.title.sv);

    await userEvent.click(screen.getByRole('button', { name: 'Nästa' }));
    const summary = screen.getByRole('alert');
    expect(within(summary).getAllByRole('link')).toHaveLength(1);
    expect(document.activeElement).toBe(summary);
    expect(onNext).not.toHaveBeenCalled();
  });

  it('hands all the answers on with "Nästa", and "Tillbaka" the unchecked ones', async () => {
    const onNext = vi.fn();
    const onBack = vi.fn();
    setUp('/steg/assets', { period: '2030-01' }, { onNext, onBack });

    await userEvent.click(screen.getByRole('button', { name: 'Tillbaka' }));
    expect(onBack).toHaveBeenCalledWith(expect.objectContaining({ period: '2030-01' }));

    await userEvent.click(screen.getByRole('radio', { name: 'Nej' }));
    await userEvent.click(screen.getByRole('button', { name: 'Nästa' }));
    expect(onNext).toHaveBeenCalledWith(expect.objectContaining({ period: '2030-01', hasAssets: false }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('reports each change and leaving a field, for saving as the person goes', async () => {
    const onChange = vi.fn();
    const onFieldLeave = vi.fn();
    setUp('/steg/assets', {}, { onChange, onFieldLeave });
    await userEvent.click(screen.getByRole('radio', { name: 'Ja' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ hasAssets: true }));
    await userEvent.tab();
    expect(onFieldLeave).toHaveBeenCalled();
  });

  it('shows the problems found on the whole form on the step they belong to', () => {
    const issues: FieldIssue[] = [{ path: 'hasAssets', code: 'required' }];
    setUp('/steg/assets', {}, {}, { issues });
    expect(within(screen.getByRole('alert')).getAllByRole('link')).toHaveLength(1);
  });

  it('shows a problem that belongs to no question when the questions have none', () => {
    setUp('/steg/assets', { hasAssets: false }, { otherErrors: [{ message: 'Det gick inte att skicka.' }] });
    expect(within(screen.getByRole('alert')).getByText('Det gick inte att skicka.')).toBeTruthy();
  });
});

describe('useStepNavigation', () => {
  it('skips the steps the answers do not ask, both ways', async () => {
    setUp('/steg/applicant', { civilStatus: 'single' });
    expect(screen.getByText('Steg 3 av 13')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Tillbaka' }));
    expect(where()).toBe('/steg/changes');

    setUp('/steg/household', { civilStatus: 'single', hasChildren: false, hasOtherMembers: false });
    await userEvent.click(screen.getAllByRole('button', { name: 'Tillbaka' }).at(-1)!);
    expect(screen.getAllByTestId('where').at(-1)!.textContent).toBe('/steg/applicant');
  });

  it('leads from the last step to the page after the form, and from the first to the one before', async () => {
    setUp('/steg/period', {});
    await userEvent.click(screen.getByRole('button', { name: 'Tillbaka' }));
    expect(where()).toBe('/');
  });

  it('sends the person to the first step with a problem, with the problems', async () => {
    function ShowIssues() {
      const { showIssues } = useStepNavigation({ form, stepPath, afterLast: '/granska', beforeFirst: '/' });
      const issues: FieldIssue[] = [
        { path: 'costs', code: 'required' },
        { path: 'phone', code: 'required' },
      ];
      return (
        <button type="button" onClick={() => showIssues(issues)}>
          Skicka
        </button>
      );
    }
    renderWithI18n(
      <MemoryRouter initialEntries={['/granska']}>
        <Routes>
          <Route path="/granska" element={<ShowIssues />} />
          <Route path="/steg/:stepId" element={<StepPage answers={{ civilStatus: 'single' }} callbacks={{}} />} />
        </Routes>
        <Where />
      </MemoryRouter>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Skicka' }));
    expect(where()).toBe('/steg/applicant');
    expect(within(screen.getByRole('alert')).getAllByRole('link')).toHaveLength(1);
  });
});

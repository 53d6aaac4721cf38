import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { Outlet, RouterProvider, createMemoryRouter } from 'react-router';
import { vi } from 'vitest';
import type { FieldIssue, FormData, FormDefinition, Language, StepDefinition } from '@ebistans/schema';
import { createI18n } from '@ebistans/ui';
import { StepForm } from '../features/application/components/step-form';
import type { SavedAnswers } from '../features/application/hooks/use-saved-answers';
import { stepPath } from '../features/application/lib/application-form';
import en from '../locales/en.json';
import sv from '../locales/sv.json';

/** What the page after a step shows in these tests, so that a step that let the user on can be told. */
export const nextPageText = 'Nästa sida';

interface RenderStepOptions {
  language?: Language;
  /** Problems found on submit, as the review page hands them to the step. */
  issues?: FieldIssue[];
}

/** The applicant's step component under the application's layout route, with these answers saved so far. */
export function renderStep(
  form: FormDefinition,
  step: StepDefinition,
  answers: FormData,
  options: RenderStepOptions = {},
) {
  const i18n = createI18n({ sv, en });
  void i18n.changeLanguage(options.language ?? 'sv');
  const saved: SavedAnswers = { answers, save: vi.fn(), clear: vi.fn() };
  const router = createMemoryRouter(
    [
      {
        element: <Outlet context={saved} />,
        children: [
          { path: '/ansokan/:stepId', element: <StepForm form={form} step={step} /> },
          { path: '*', element: <p>{nextPageText}</p> },
        ],
      },
    ],
    { initialEntries: [{ pathname: stepPath(step.id), state: options.issues ? { issues: options.issues } : null }] },
  );
  return {
    saved,
    ...render(
      <I18nextProvider i18n={i18n}>
        <RouterProvider router={router} />
      </I18nextProvider>,
    ),
  };
}

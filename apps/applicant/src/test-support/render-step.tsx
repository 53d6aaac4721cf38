import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, createMemoryRouter } from 'react-router';
import type { FieldIssue, FormData, FormDefinition, Language, StepDefinition } from '@ebistans/schema';
import { createI18n } from '@ebistans/ui';
import { StepForm } from '../features/application/components/step-form';
import { stepPath } from '../features/application/lib/application-form';
import { DraftOutlet, testDraftStore } from '../features/application/testing/draft-outlet';
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
  const store = testDraftStore(answers);
  const router = createMemoryRouter(
    [
      {
        element: <DraftOutlet store={store} />,
        children: [
          { path: '/ansokan/:stepId', element: <StepForm form={form} step={step} /> },
          { path: '*', element: <p>{nextPageText}</p> },
        ],
      },
    ],
    { initialEntries: [{ pathname: stepPath(step.id), state: options.issues ? { issues: options.issues } : null }] },
  );
  return {
    store,
    ...render(
      <I18nextProvider i18n={i18n}>
        <RouterProvider router={router} />
      </I18nextProvider>,
    ),
  };
}

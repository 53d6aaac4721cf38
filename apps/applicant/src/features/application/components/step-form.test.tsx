import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  ALL_FORMS,
  MONTHLY_APPLICATION_FORM_ID,
  currentForm,
  isFieldVisible,
  isRecord,
  validateStep,
  validationText,
  visibleAnswers,
  type FieldDefinition,
  type FormData,
  type FormDefinition,
  type Language,
  type StepDefinition,
} from '@ebistans/schema';
import { expectAccessible } from '../../../test-support/expect-accessible';
import { nextPageText, renderStep } from '../../../test-support/render-step';
import { revealingAnswers } from '../../../test-support/revealing-answers';

const language: Language = 'sv';

function rowTitle(field: FieldDefinition, index: number): string {
  return (field.itemLabel?.[language] ?? '{n}').replace('{n}', String(index + 1));
}

function join(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}

/** The control or group a question is rendered as, found by its role and accessible name. */
function questionElement(scope: HTMLElement, field: FieldDefinition): HTMLElement {
  const name = field.label[language];
  const query = within(scope);
  switch (field.kind) {
    case 'radio':
    case 'yesno':
    case 'checkboxes':
    case 'group':
    case 'list':
      return query.getByRole('group', { name });
    case 'select':
      return query.getByRole('combobox', { name });
    case 'confirm':
      return query.getByRole('checkbox', { name });
    case 'month':
    case 'date': {
      // Date and month inputs have no ARIA role; their label must still name them.
      const input = query.getByLabelText(name, { selector: 'input' });
      expect(input.getAttribute('type')).toBe(field.kind);
      return input;
    }
    default:
      return query.getByRole('textbox', { name });
  }
}

interface RenderedList {
  field: FieldDefinition;
  element: HTMLElement;
}

/**
 * Asserts that every question the answers make visible is rendered inside its group or list row, and
 * records its path (rows as `.0`) in `shown`. Returns the lists, to add and remove rows in.
 */
function expectQuestions(
  fields: readonly FieldDefinition[],
  data: FormData,
  scope: HTMLElement,
  path: string,
  shown: Set<string>,
): RenderedList[] {
  return fields
    .filter((field) => isFieldVisible(field, data))
    .flatMap((field) => {
      const fieldPath = join(path, field.name);
      shown.add(fieldPath);
      const element = questionElement(scope, field);
      const value = data[field.name];
      if (field.kind === 'group') {
        return expectQuestions(field.fields ?? [], isRecord(value) ? value : {}, element, fieldPath, shown);
      }
      if (field.kind !== 'list') return [];
      const rows = Array.isArray(value) ? value : [];
      const nested = rows.flatMap((row: unknown, index) => {
        const rowElement = within(element).getByRole('group', { name: rowTitle(field, index) });
        return expectQuestions(field.fields ?? [], isRecord(row) ? row : {}, rowElement, join(fieldPath, 0), shown);
      });
      return [{ field, element }, ...nested];
    });
}

/** Every question of a step, rows as `.0`: what the answer sets together must show. */
function allPaths(fields: readonly FieldDefinition[], path = ''): string[] {
  return fields.flatMap((field) => {
    const fieldPath = join(path, field.name);
    if (field.kind === 'group') return [fieldPath, ...allPaths(field.fields ?? [], fieldPath)];
    if (field.kind === 'list') return [fieldPath, ...allPaths(field.fields ?? [], join(fieldPath, 0))];
    return [fieldPath];
  });
}

async function addAndRemoveRow({ field, element }: RenderedList) {
  const user = userEvent.setup();
  const second = rowTitle(field, 1);
  await user.click(within(element).getByRole('button', { name: field.addLabel?.[language] ?? '' }));
  const row = within(element).getByRole('group', { name: second });
  expect(row.contains(document.activeElement), `focus in ${second}`).toBe(true);
  await user.click(within(row).getByRole('button', { name: `Ta bort ${second}` }));
  expect(within(element).queryByRole('group', { name: second })).toBeNull();
  expect(
    within(element)
      .getByRole('group', { name: rowTitle(field, 0) })
      .contains(document.activeElement),
  ).toBe(true);
}

/** After "Nästa", each of the step's issues shows its text at its own field and is linked from the summary. */
async function expectIssuesShown(
  form: FormDefinition,
  step: StepDefinition,
  answers: FormData,
  container: HTMLElement,
) {
  const issues = validateStep(form, step.id, visibleAnswers(form, answers));
  await userEvent.click(screen.getByRole('button', { name: 'Nästa' }));
  if (issues.length === 0) {
    await screen.findByText(nextPageText);
    return;
  }
  const summary = await screen.findByRole('alert');
  const links = within(summary)
    .getAllByRole('link')
    .map((link) => link.getAttribute('href'));
  for (const issue of issues) {
    const target = document.getElementById(`field-${issue.path}`);
    expect(target, issue.path).not.toBeNull();
    const error = target?.closest('.field')?.querySelector(':scope > .field-error');
    expect(error?.textContent, issue.path).toContain(validationText(issue.code, language));
    expect(links).toContain(`#field-${issue.path}`);
  }
  await expectAccessible(container);
}

describe('every step of every form renders from its definition', () => {
  for (const form of ALL_FORMS) {
    describe(`${form.id} version ${form.version}`, () => {
      for (const step of form.steps) {
        it(`step "${step.id}": every question, rows added and removed, errors at nested fields`, async () => {
          const variants = revealingAnswers(step);
          const shown = new Set<string>();
          for (const [index, answers] of variants.entries()) {
            const view = renderStep(form, step, answers);
            screen.getByRole('heading', { level: 1, name: step.title[language] });
            const lists = expectQuestions(step.fields, answers, view.container, '', shown);
            await expectAccessible(view.container);
            if (index === 0) {
              for (const list of lists) await addAndRemoveRow(list);
              await expectIssuesShown(form, step, answers, view.container);
            }
            view.unmount();
          }
          expect([...shown].sort()).toEqual(allPaths(step.fields).sort());
        });
      }
    });
  }
});

describe('problems found on submit', () => {
  it('are shown at the nested field of the step they belong to', () => {
    const form = currentForm(MONTHLY_APPLICATION_FORM_ID);
    const step = form?.steps.find((candidate) => candidate.id === 'household');
    if (!form || !step) throw new Error('No household step');
    const child = { name: 'Barn', personnummer: '20150601-4586', livingArrangement: 'full_time', registeredHere: true };
    renderStep(
      form,
      step,
      { hasChildren: true, children: [child, child], hasOtherMembers: false },
      { issues: [{ path: 'children.1.personnummer', code: 'person_duplicate' }] },
    );
    const row = within(screen.getByRole('group', { name: 'Barn' })).getByRole('group', { name: 'Barn 2' });
    const input = within(row).getByRole('textbox', { name: 'Barnets personnummer' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.closest('.field')?.textContent).toContain(validationText('person_duplicate', 'sv'));
    const summary = screen.getByRole('alert');
    expect(
      within(summary)
        .getByRole('link', { name: /Barn 2 – Barnets personnummer/ })
        .getAttribute('href'),
    ).toBe('#field-children.1.personnummer');
  });
});

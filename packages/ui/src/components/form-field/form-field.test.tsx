import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { FieldDefinition, Language } from '@ebistans/schema';
import { renderWithI18n } from '../../test-support/render-with-i18n.js';
import { FormField } from './form-field.js';

const t = (sv: string, en: string) => ({ sv, en });

/** A field with its value in local state, as react-hook-form's Controller would hold it. */
function Harness({
  field,
  initial,
  errors = {},
}: {
  field: FieldDefinition;
  initial?: unknown;
  errors?: Record<string, string>;
}) {
  const [value, setValue] = useState<unknown>(initial);
  return (
    <>
      <FormField field={field} path={field.name} value={value} onChange={setValue} errorText={(path) => errors[path]} />
      <output data-testid="value">{JSON.stringify(value) ?? ''}</output>
    </>
  );
}

function renderField(
  field: FieldDefinition,
  initial?: unknown,
  options: { errors?: Record<string, string>; language?: Language } = {},
) {
  renderWithI18n(<Harness field={field} initial={initial} errors={options.errors} />, options.language);
}

const currentValue = () => screen.getByTestId('value').textContent;

const children: FieldDefinition = {
  name: 'children',
  kind: 'list',
  label: t('Barn', 'Children'),
  itemLabel: t('Barn {n}', 'Child {n}'),
  addLabel: t('Lägg till ett barn', 'Add a child'),
  max: 3,
  fields: [
    { name: 'name', kind: 'text', label: t('Namn', 'Name') },
    {
      name: 'livingArrangement',
      kind: 'radio',
      label: t('Hur bor barnet?', 'Where does the child live?'),
      options: [
        { value: 'full_time', label: t('Hela tiden', 'All the time') },
        { value: 'alternating', label: t('Växelvis', 'Alternately') },
      ],
    },
    {
      name: 'daysPerMonth',
      kind: 'number',
      label: t('Dagar hos dig', 'Days with you'),
      unit: t('dagar', 'days'),
      visibleWhen: { field: 'livingArrangement', equals: 'alternating' },
    },
  ],
};

describe('FormField inputs', () => {
  it('gives text-like kinds their input type, keyboard and autocomplete', () => {
    renderField({ name: 'phone', kind: 'phone', label: t('Telefon', 'Phone'), autoComplete: 'tel' });
    const phone = screen.getByRole('textbox', { name: 'Telefon' });
    expect(phone.getAttribute('type')).toBe('tel');
    expect(phone.getAttribute('autocomplete')).toBe('tel');
    expect(phone.id).toBe('field-phone');
  });

  it('keeps another person’s details from being autofilled', () => {
    renderField({ name: 'personnummer', kind: 'personnummer', label: t('Personnummer', 'Personal identity number') });
    const input = screen.getByRole('textbox', { name: 'Personnummer' });
    expect(input.getAttribute('inputmode')).toBe('numeric');
    expect(input.getAttribute('autocomplete')).toBe('off');
  });

  it('renders email and date inputs by type', () => {
    renderField({ name: 'email', kind: 'email', label: t('E-post', 'Email'), autoComplete: 'email' });
    renderField({ name: 'from', kind: 'date', label: t('Från', 'From') });
    expect(screen.getByRole('textbox', { name: 'E-post' }).getAttribute('type')).toBe('email');
    expect(screen.getByLabelText('Från').getAttribute('type')).toBe('date');
  });

  it('holds a number with its unit read out as the description', async () => {
    renderField({ name: 'days', kind: 'number', label: t('Dagar', 'Days'), unit: t('dagar', 'days') });
    const input = screen.getByRole('textbox', { name: 'Dagar' });
    expect(input.getAttribute('inputmode')).toBe('numeric');
    expect(document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent).toBe('dagar');
    await userEvent.type(input, '15');
    expect(currentValue()).toBe('15');
    await userEvent.type(input, 'x');
    expect(currentValue()).toBe('"15x"');
  });

  it('offers a select with an empty "Välj" first, in English "Choose"', async () => {
    const field: FieldDefinition = {
      name: 'type',
      kind: 'select',
      label: t('Vilken kostnad?', 'Which cost?'),
      options: [{ value: 'electricity', label: t('Hushållsel', 'Household electricity') }],
    };
    renderField(field);
    const select = screen.getByRole('combobox', { name: 'Vilken kostnad?' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Välj', 'Hushållsel']);
    await userEvent.selectOptions(select, 'electricity');
    expect(currentValue()).toBe('"electricity"');
    await userEvent.selectOptions(select, '');
    expect(currentValue()).toBe('');
    renderField(field, undefined, { language: 'en' });
    expect(screen.getByRole('option', { name: 'Choose' })).toBeTruthy();
  });

  it('groups radio buttons under their question, an option’s hint describing that option', () => {
    renderField({
      name: 'reason',
      kind: 'radio',
      label: t('Varför?', 'Why?'),
      hint: t('Välj ett.', 'Choose one.'),
      options: [{ value: 'requested', label: t('Handläggaren bad om det', 'Asked'), hint: t('Ett brev', 'A letter') }],
    });
    const group = screen.getByRole('group', { name: 'Varför?' });
    expect(group.getAttribute('aria-describedby')).toBe('field-reason-hint');
    const radio = within(group).getByRole('radio', { name: 'Handläggaren bad om det' });
    expect(document.getElementById(radio.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Ett brev');
  });

  it('answers yes/no as a boolean', async () => {
    renderField({ name: 'hasIncome', kind: 'yesno', label: t('Har du inkomster?', 'Any income?') });
    await userEvent.click(
      within(screen.getByRole('group', { name: 'Har du inkomster?' })).getByRole('radio', { name: 'Nej' }),
    );
    expect(currentValue()).toBe('false');
  });

  it('lets an exclusive checkbox clear the others, and another clear it', async () => {
    renderField({
      name: 'activities',
      kind: 'checkboxes',
      label: t('Vad gör du?', 'What do you do?'),
      options: [
        { value: 'work', label: t('Arbetar', 'Works') },
        { value: 'studies', label: t('Studerar', 'Studies') },
        { value: 'none', label: t('Inget av detta', 'None of these'), exclusive: true },
      ],
    });
    const group = screen.getByRole('group', { name: 'Vad gör du?' });
    await userEvent.click(within(group).getByRole('checkbox', { name: 'Arbetar' }));
    await userEvent.click(within(group).getByRole('checkbox', { name: 'Studerar' }));
    expect(currentValue()).toBe('["work","studies"]');
    await userEvent.click(within(group).getByRole('checkbox', { name: 'Inget av detta' }));
    expect(currentValue()).toBe('["none"]');
    await userEvent.click(within(group).getByRole('checkbox', { name: 'Arbetar' }));
    expect(currentValue()).toBe('["work"]');
    expect(within(group).getByText('eller')).toBeTruthy();
  });
});

describe('FormField groups and lists', () => {
  const coApplicant: FieldDefinition = {
    name: 'coApplicant',
    kind: 'group',
    label: t('Medsökande', 'Co-applicant'),
    fields: [
      { name: 'hasPhone', kind: 'yesno', label: t('Har personen telefon?', 'Has a phone?') },
      {
        name: 'phone',
        kind: 'phone',
        label: t('Telefonnummer', 'Phone number'),
        visibleWhen: { field: 'hasPhone', equals: true },
      },
    ],
  };

  it('renders a group as a fieldset whose conditions are read in the group’s own answers', async () => {
    renderField(coApplicant, {}, { errors: { 'coApplicant.hasPhone': 'Välj ett av alternativen.' } });
    const group = screen.getByRole('group', { name: 'Medsökande' });
    expect(within(group).queryByRole('textbox', { name: 'Telefonnummer' })).toBeNull();
    const question = within(group).getByRole('group', { name: 'Har personen telefon?' });
    expect(within(question).getByText('Välj ett av alternativen.')).toBeTruthy();
    await userEvent.click(within(question).getByRole('radio', { name: 'Ja' }));
    const phone = within(group).getByRole('textbox', { name: 'Telefonnummer' });
    expect(phone.getAttribute('name')).toBe('coApplicant.phone');
    expect(phone.getAttribute('autocomplete')).toBe('off');
    await userEvent.type(phone, '070');
    expect(currentValue()).toBe('{"hasPhone":true,"phone":"070"}');
  });

  it('starts a required list with one row and gives each row ids of its own', () => {
    renderField(children);
    expect(currentValue()).toBe('[{}]');
    const row = screen.getByRole('group', { name: 'Barn 1' });
    expect(within(row).getByRole('textbox', { name: 'Namn' }).id).toBe('field-children.0.name');
    expect(within(row).getByRole('radio', { name: 'Hela tiden' }).getAttribute('name')).toBe(
      'children.0.livingArrangement',
    );
  });

  it('adds a row and moves focus into it; removes a row by its name and keeps focus in the list', async () => {
    renderField(children, [{ name: 'Alva' }, { name: 'Elis' }]);
    const list = screen.getByRole('group', { name: 'Barn' });
    await userEvent.click(within(list).getByRole('button', { name: 'Lägg till ett barn' }));
    const third = within(list).getByRole('group', { name: 'Barn 3' });
    expect(document.activeElement).toBe(within(third).getByRole('textbox', { name: 'Namn' }));
    // At the maximum of three rows there is nothing more to add.
    expect(within(list).queryByRole('button', { name: 'Lägg till ett barn' })).toBeNull();

    await userEvent.click(within(list).getByRole('button', { name: 'Ta bort Barn 1' }));
    expect(currentValue()).toBe('[{"name":"Elis"},{}]');
    expect(within(list).getByRole('status').textContent).toBe('Barn 1 har tagits bort.');
    // Elis's row keeps its input (stable keys), now titled Barn 1, and takes focus.
    const first = within(list).getByRole('group', { name: 'Barn 1' });
    const name = within(first).getByRole<HTMLInputElement>('textbox', { name: 'Namn' });
    expect(name.value).toBe('Elis');
    expect(document.activeElement).toBe(name);

    await userEvent.click(within(list).getByRole('button', { name: 'Ta bort Barn 2' }));
    await userEvent.click(within(list).getByRole('button', { name: 'Ta bort Barn 1' }));
    expect(currentValue()).toBe('[]');
    expect(document.activeElement).toBe(within(list).getByRole('button', { name: 'Lägg till ett barn' }));
  });

  it('names the remove button in English too', () => {
    renderField(children, [{}, {}], { language: 'en' });
    expect(screen.getByRole('button', { name: 'Remove Child 2' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add a child' })).toBeTruthy();
  });

  it('shows a nested error at that row’s field only, and a row’s conditions in that row', () => {
    renderField(children, [{ livingArrangement: 'full_time' }, { livingArrangement: 'alternating' }], {
      errors: { 'children.1.daysPerMonth': 'Ange ett heltal med siffror.', children: 'Det är för många rader.' },
    });
    const list = screen.getByRole('group', { name: 'Barn' });
    expect(list.getAttribute('aria-describedby')).toBe('field-children-error');
    const first = within(list).getByRole('group', { name: 'Barn 1' });
    const second = within(list).getByRole('group', { name: 'Barn 2' });
    expect(within(first).queryByRole('textbox', { name: 'Dagar hos dig' })).toBeNull();
    const days = within(second).getByRole('textbox', { name: 'Dagar hos dig' });
    expect(days.getAttribute('aria-invalid')).toBe('true');
    expect(days.getAttribute('aria-describedby')).toBe(
      'field-children.1.daysPerMonth-unit field-children.1.daysPerMonth-error',
    );
    expect(document.getElementById('field-children.1.daysPerMonth-error')?.textContent).toContain(
      'Ange ett heltal med siffror.',
    );
    expect(within(first).queryByText('Ange ett heltal med siffror.')).toBeNull();
  });
});

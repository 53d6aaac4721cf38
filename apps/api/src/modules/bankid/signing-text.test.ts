import { exampleMonthlyApplication, manadsansokanV2 } from '@ebistans/schema';
import { describe, expect, it } from 'vitest';
import { signingText } from './signing-text.js';

const answers = exampleMonthlyApplication('2026-12');
/** The text the applicant ticked, signed word for word. */
const declaration = manadsansokanV2.steps.flatMap((step) => step.fields).find((field) => field.name === 'declaration')!
  .label.sv;

describe('what the BankID app shows when signing', () => {
  it('names the application, the municipality, the month, the household and the declaration', () => {
    expect(declaration).toMatch(/^Jag intygar på heder och samvete/);
    expect(signingText(manadsansokanV2, answers, 'Testkommun')).toBe(
      [
        '# Ansökan om ekonomiskt bistånd, fortsatt ansökan',
        '',
        'Jag skriver under min ansökan till Testkommun.',
        '',
        '*Månad:* december 2026',
        '*Hushåll:* jag, min medsökande Kim Tolvansson och 2 barn',
        '',
        declaration,
      ].join('\n'),
    );
  });

  it('describes a single applicant and others in the home', () => {
    const single = { ...answers, civilStatus: 'single', coApplicant: undefined, children: [], otherMembers: [{}] };
    expect(signingText(manadsansokanV2, single, 'Testkommun')).toContain('*Hushåll:* jag och 1 annan person');
  });

  it('shows names as written, never as formatting, and stays within what BankID accepts', () => {
    const name = `*Kim* #1 | ${'x'.repeat(300)}`;
    const text = signingText(manadsansokanV2, { ...answers, coApplicant: { name } }, 'Testkommun');
    expect(text).toContain('min medsökande \\*Kim\\* \\#1 \\| x');
    expect(Buffer.from(text, 'utf8').toString('base64').length).toBeLessThanOrEqual(1_500);
  });
});

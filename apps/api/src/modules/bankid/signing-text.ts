import { formatMonth, type FormData, type FormDefinition } from '@ebistans/schema';

/** Long names are cut, so the text stays within BankID's 1 500 base64 characters whatever the answers. */
const NAME_MAX = 80;

/** Text from outside is shown as written: simpleMarkdownV1 would read `* + # | \` as formatting. */
const plain = (text: string) => text.replace(/[\\*+#|]/g, (character) => `\\${character}`);

const name = (text: string) => plain(text.length > NAME_MAX ? `${text.slice(0, NAME_MAX - 1)}…` : text);

const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);

function listInSwedish(parts: string[]): string {
  return parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} och ${parts.at(-1)}`;
}

/** "jag, min medsökande Kim Tolvansson och 2 barn": who the application is for, from the visible answers. */
function household(data: FormData): string {
  const parts = ['jag'];
  const coApplicant = data.coApplicant as { name?: unknown } | undefined;
  // The form's own word for the spouse or sambo, so the text need not guess which of them it is.
  if (typeof coApplicant?.name === 'string') parts.push(`min medsökande ${name(coApplicant.name)}`);
  const children = count(data.children);
  if (children > 0) parts.push(`${children} barn`);
  const others = count(data.otherMembers);
  if (others > 0) parts.push(others === 1 ? '1 annan person' : `${others} andra personer`);
  return listInSwedish(parts);
}

/** The declaration exactly as the applicant ticked it in the form. */
function declaration(form: FormDefinition): string {
  const field = form.steps.flatMap((step) => step.fields).find((candidate) => candidate.name === 'declaration');
  if (!field) throw new Error(`Form ${form.id} v${form.version} has no declaration to sign`);
  return field.label.sv;
}

/**
 * What the BankID app shows when the applicant signs (simpleMarkdownV1): which application, to whom, for
 * which month and household, and the truthfulness declaration. The answers themselves are bound to the
 * signature by their digest in userNonVisibleData.
 */
export function signingText(form: FormDefinition, data: FormData, municipalityName: string): string {
  return [
    `# ${form.title.sv}`,
    '',
    `Jag skriver under min ansökan till ${plain(municipalityName)}.`,
    '',
    `*Månad:* ${formatMonth(String(data.period), 'sv')}`,
    `*Hushåll:* ${household(data)}`,
    '',
    declaration(form),
  ].join('\n');
}

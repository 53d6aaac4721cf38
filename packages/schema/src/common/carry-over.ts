import { visibleAnswers, type FormData, type FormDefinition } from './form-definition.js';

/**
 * "Start from last month": the answers of a previous case that still make sense for a new month, in the
 * current form version. Only questions `form` asks (and shows) are kept; steps and fields marked
 * `carriesOver: false` are left for the person to answer anew. Returns the answers and the names of
 * the top-level answers copied, in form order, so the person can be shown what was copied.
 */
export function carryOverAnswers(form: FormDefinition, previous: FormData): { data: FormData; copied: string[] } {
  const oneMonth = new Set(
    form.steps.flatMap((step) =>
      step.fields.filter((field) => step.carriesOver === false || field.carriesOver === false).map((field) => field.name),
    ),
  );
  const kept = Object.fromEntries(Object.entries(visibleAnswers(form, previous)).filter(([name]) => !oneMonth.has(name)));
  // Again, so that follow-ups of a dropped answer are dropped too.
  const data = visibleAnswers(form, kept);
  return { data, copied: Object.keys(data) };
}

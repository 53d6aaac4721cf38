import type { FormDefinition, Language } from '@ebistans/schema';

/** Where "Börja från förra månaden" took the answers from, and which top-level answers it copied. */
export interface CopiedAnswers {
  names: readonly string[];
  sourceCase: { caseNumber: string; period: string };
  /** The draft's revision as copied: until the person saves anything, the start page lists what was copied. */
  revision: number;
}

interface CopiedStep {
  stepId: string;
  title: string;
  questions: string[];
}

/** The copied answers as the person reads them: each step with the questions whose answers were copied. */
export function copiedSteps(form: FormDefinition, names: readonly string[], language: Language): CopiedStep[] {
  const copied = new Set(names);
  return form.steps.flatMap((step) => {
    const questions = step.fields.filter((field) => copied.has(field.name)).map((field) => field.label[language]);
    return questions.length > 0 ? [{ stepId: step.id, title: step.title[language], questions }] : [];
  });
}

import { isRecord, type FormData } from '../common/form-definition.js';

/**
 * Defensive readers for answers that may be incomplete or wrong: checks and receipt rules run while a
 * person is still filling in the form, so they read only what is well-formed and skip the rest.
 */
export function rows(data: FormData, name: string): FormData[] {
  const value = data[name];
  return Array.isArray(value) ? value.map((item) => (isRecord(item) ? item : {})) : [];
}

export function group(data: FormData, name: string): FormData | undefined {
  const value = data[name];
  return isRecord(value) ? value : undefined;
}

export function text(data: FormData, name: string): string | undefined {
  const value = data[name];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function integer(data: FormData, name: string): number | undefined {
  const value = data[name];
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

export function strings(data: FormData, name: string): string[] {
  const value = data[name];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function hasCoApplicant(data: FormData): boolean {
  return data.civilStatus === 'sambo' || data.civilStatus === 'married';
}

/** The adults' activity groups present in the answers, with the path they live at. */
export function adultActivities(data: FormData): { path: string; activity: FormData }[] {
  return ['applicantActivity', 'coApplicantActivity'].flatMap((path) => {
    const activity = group(data, path);
    return activity ? [{ path, activity }] : [];
  });
}

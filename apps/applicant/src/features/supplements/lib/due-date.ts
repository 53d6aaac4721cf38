/** Whether the last day to answer (YYYY-MM-DD) has passed, by the calendar in Sweden. */
export function isPastDue(dueDate: string, now: Date = new Date()): boolean {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now);
  return dueDate < today;
}

import { describe, expect, it } from 'vitest';
import { webhookEventsOf } from './case-events.js';

describe('webhook events of a case event', () => {
  it('tells a submission, whether on the web or registered by staff', () => {
    expect(webhookEventsOf('submitted', {})).toEqual(['case.submitted']);
    expect(webhookEventsOf('registered', {})).toEqual(['case.submitted']);
  });

  it('tells a status change also as case.status_changed, but only when the status did change', () => {
    expect(webhookEventsOf('withdrawn', { from: 'submitted' })).toEqual(['case.withdrawn', 'case.status_changed']);
    expect(webhookEventsOf('supplemented', { from: 'awaiting_supplement' })).toEqual([
      'case.supplemented',
      'case.status_changed',
    ]);
    // A supplement nobody asked for, or a second request, leaves the status as it was.
    expect(webhookEventsOf('supplemented', {})).toEqual(['case.supplemented']);
    expect(webhookEventsOf('supplement_requested', { from: 'awaiting_supplement' })).toEqual([]);
    expect(webhookEventsOf('decision_recorded', { from: 'in_progress' })).toEqual(['case.status_changed']);
  });

  it('tells a message from the applicant and nothing for internal events', () => {
    expect(webhookEventsOf('message_from_applicant', {})).toEqual(['message.received']);
    expect(webhookEventsOf('note_added', {})).toEqual([]);
    expect(webhookEventsOf('assigned', {})).toEqual([]);
  });
});

import path from 'node:path';
import { clientCredentials, createIntegrationClient, type IntegrationClient } from '@ebistans/api-client';
import { decisionLetter } from './decision-letter.js';
import { caseFolder, safeName, type CaseFolder, type CaseRecord, type SimulatorState } from './folder.js';

export interface SimulatorOptions {
  /** Where ebistans runs, e.g. https://ebistans.kommun.se */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  /** The case system's folder: one folder per case, and where it has come to (see folder.ts). */
  folder: string;
  /** Decide a received case this many seconds after it arrived; leave out to only receive cases. */
  decideAfterSeconds?: number;
  /** The amount granted, in kronor (the simulator always grants: bifall). */
  amount?: number;
  /** Told after each step has been stored; a throw stops the run right there, as a crash would. */
  onEvent?: (event: SimulatorEvent) => void;
}

export type SimulatorEvent =
  | { type: 'saved'; caseNumber: string; folder: string }
  | { type: 'acknowledged'; caseNumber: string }
  | { type: 'numbered'; caseNumber: string; externalCaseNumber: string }
  | { type: 'letter-uploaded'; caseNumber: string; documentId: string }
  | { type: 'decided'; caseNumber: string; amount: number }
  | { type: 'ended-without-decision'; caseNumber: string; status: string };

export interface RunSummary {
  /** Case numbers received (saved, acknowledged and numbered) in this run. */
  received: string[];
  /** Case numbers decided in this run. */
  decided: string[];
}

export const DEFAULT_AMOUNT = 8_500;

/** Statuses a decision can follow, as in ebistans's case lifecycle. */
const DECIDABLE = new Set(['submitted', 'in_progress', 'awaiting_supplement', 'supplemented']);

/** How many cases to read per page of the change feed. */
const PAGE_SIZE = 50;

/** A failed API call, with the RFC 9457 problem type to match on. */
export class ApiError extends Error {
  constructor(
    readonly operation: string,
    readonly status: number,
    readonly problem: unknown,
  ) {
    const type = (problem as { type?: string } | undefined)?.type;
    super(`${operation} failed: ${status}${type ? ` ${type}` : ''}`);
  }
}

function must<T>(operation: string, result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined) throw new ApiError(operation, result.response.status, result.error);
  return result.data;
}

/** The calendar month "YYYY-MM" as a decision period: its first and last day. */
export function monthPeriod(month: string): { from: string; to: string } {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(lastDay).padStart(2, '0')}` };
}

const today = () => new Date().toLocaleDateString('sv-SE');

/**
 * The case system: its API client (with one token, renewed as needed) and its folder. `runOnce` can be
 * called again and again; each call carries on from what the folder says was done.
 */
export function createSimulator(options: SimulatorOptions) {
  const api: IntegrationClient = createIntegrationClient(options.baseUrl, clientCredentials(options));
  const folder: CaseFolder = caseFolder(options.folder);
  const amount = options.amount ?? DEFAULT_AMOUNT;
  const emit = (event: SimulatorEvent) => options.onEvent?.(event);

  /** The digital "postöppning": the case's answers, its PDF and every file, into the case's folder. */
  async function save(record: CaseRecord) {
    const params = { params: { path: { caseId: record.caseId } } };
    const found = must('v1GetCase', await api.GET('/api/v1/cases/{caseId}', params));
    await folder.writeFile(record.caseNumber, 'case.json', `${JSON.stringify(found, null, 2)}\n`);
    const pdf = must(
      'v1GetCasePdf',
      await api.GET('/api/v1/cases/{caseId}/pdf', { ...params, parseAs: 'arrayBuffer' }),
    );
    await folder.writeFile(record.caseNumber, 'ansokan.pdf', new Uint8Array(pdf));
    await folder.clear(record.caseNumber, 'bilagor');
    for (const [index, attachment] of found.attachments.entries()) {
      const content = must(
        'v1GetCaseAttachment',
        await api.GET('/api/v1/cases/{caseId}/attachments/{attachmentId}', {
          params: { path: { caseId: record.caseId, attachmentId: attachment.id } },
          parseAs: 'arrayBuffer',
        }),
      );
      const name = `${String(index + 1).padStart(2, '0')}-${safeName(attachment.fileName)}`;
      await folder.writeFile(record.caseNumber, path.join('bilagor', name), new Uint8Array(content));
    }
  }

  /**
   * Receives one case from the feed. Each step is written down when done, and each write to ebistans carries
   * an Idempotency-Key made from the case, so after a crash the same steps are retried and nothing doubles.
   * Returns false for a case already received: it is back in the feed because it changed (often by our hand).
   */
  async function receive(item: { id: string; caseNumber: string }, state: SimulatorState): Promise<boolean> {
    let record = await folder.readRecord(item.caseNumber);
    if (record?.numberedAt) return false;
    if (!record) {
      state.lastNumber += 1;
      await folder.writeState(state);
      record = {
        caseId: item.id,
        caseNumber: item.caseNumber,
        externalCaseNumber: `VIVA-${new Date().getFullYear()}-${String(state.lastNumber).padStart(4, '0')}`,
        receivedAt: new Date().toISOString(),
        savedAt: null,
        acknowledgedAt: null,
        numberedAt: null,
        decision: null,
        endedWithoutDecision: null,
      };
      await folder.writeRecord(record);
    }
    const caseId = record.caseId;
    if (!record.savedAt) {
      await save(record);
      record.savedAt = new Date().toISOString();
      await folder.writeRecord(record);
      emit({ type: 'saved', caseNumber: record.caseNumber, folder: folder.folderOf(record.caseNumber) });
    }
    if (!record.acknowledgedAt) {
      const acknowledged = must(
        'v1AcknowledgeCase',
        await api.POST('/api/v1/cases/{caseId}/acknowledge', {
          params: { path: { caseId }, header: { 'idempotency-key': `acknowledge-${caseId}` } },
        }),
      );
      record.acknowledgedAt = acknowledged.takenOverAt;
      await folder.writeRecord(record);
      emit({ type: 'acknowledged', caseNumber: record.caseNumber });
    }
    // The number is part of the key: should the folder ever be lost and the case numbered anew, the new
    // number is a new request rather than a clash with the old key.
    const externalCaseNumber = record.externalCaseNumber;
    must(
      'v1SetExternalCaseNumber',
      await api.PUT('/api/v1/cases/{caseId}/external-case-number', {
        params: { path: { caseId }, header: { 'idempotency-key': `number-${caseId}-${externalCaseNumber}` } },
        body: { externalCaseNumber },
      }),
    );
    record.numberedAt = new Date().toISOString();
    await folder.writeRecord(record);
    emit({ type: 'numbered', caseNumber: record.caseNumber, externalCaseNumber });
    return true;
  }

  /**
   * Decides a received case: bifall with the configured amount for the month applied for, with a letter
   * made here. The decision and the letter are written down before they are sent, so a retry sends the
   * very same ones under the same keys.
   */
  async function decide(record: CaseRecord): Promise<boolean> {
    const caseId = record.caseId;
    if (!record.decision) {
      const found = must('v1GetCase', await api.GET('/api/v1/cases/{caseId}', { params: { path: { caseId } } }));
      if (!DECIDABLE.has(found.status)) {
        record.endedWithoutDecision = found.status;
        await folder.writeRecord(record);
        emit({ type: 'ended-without-decision', caseNumber: record.caseNumber, status: found.status });
        return false;
      }
      const period = monthPeriod(found.period);
      const letter = await decisionLetter({
        applicantName: found.household.applicant.name,
        caseNumber: record.caseNumber,
        externalCaseNumber: record.externalCaseNumber,
        amount,
        period,
        decidedOn: today(),
      });
      await folder.writeFile(record.caseNumber, 'beslut.pdf', letter);
      record.decision = { outcome: 'bifall', amount, period, documentId: null, decidedAt: null };
      await folder.writeRecord(record);
    }
    const decision = record.decision;
    if (!decision.documentId) {
      const form = new FormData();
      const letter = await folder.readFile(record.caseNumber, 'beslut.pdf');
      form.append('file', new Blob([letter], { type: 'application/pdf' }), `beslut-${record.caseNumber}.pdf`);
      const uploaded = must(
        'v1UploadCaseDocuments',
        await api.POST('/api/v1/cases/{caseId}/documents', {
          params: { path: { caseId }, header: { 'idempotency-key': `letter-${caseId}` } },
          // openapi-fetch sends a FormData body as it is; the schema can only type its parts as strings.
          body: form as unknown as { file: string[] },
        }),
      );
      decision.documentId = uploaded.items[0]!.id;
      await folder.writeRecord(record);
      emit({ type: 'letter-uploaded', caseNumber: record.caseNumber, documentId: decision.documentId });
    }
    const recorded = must(
      'v1RecordDecision',
      await api.POST('/api/v1/cases/{caseId}/decision', {
        params: { path: { caseId }, header: { 'idempotency-key': `decision-${caseId}` } },
        body: {
          outcome: decision.outcome,
          amount: decision.amount,
          period: decision.period,
          hindrances: {},
          motivation: null,
          documentId: decision.documentId,
          notifyApplicant: true,
        },
      }),
    );
    decision.decidedAt = recorded.decidedAt;
    await folder.writeRecord(record);
    emit({ type: 'decided', caseNumber: record.caseNumber, amount: decision.amount });
    return true;
  }

  async function receiveNewCases(): Promise<string[]> {
    const state = await folder.readState();
    const received: string[] = [];
    for (;;) {
      const page = must(
        'v1ListCases',
        await api.GET('/api/v1/cases', {
          params: { query: { ...(state.cursor ? { cursor: state.cursor } : {}), limit: PAGE_SIZE } },
        }),
      );
      for (const item of page.items) {
        if (await receive(item, state)) received.push(item.caseNumber);
      }
      // Only a page fully handled moves the cursor: after a crash the page is read again.
      state.cursor = page.nextCursor;
      await folder.writeState(state);
      if (!page.hasMore) return received;
    }
  }

  async function decideDueCases(): Promise<string[]> {
    const after = options.decideAfterSeconds;
    if (after === undefined) return [];
    const decided: string[] = [];
    for (const record of await folder.records()) {
      if (!record.numberedAt || record.decision?.decidedAt || record.endedWithoutDecision) continue;
      // A decision already begun is always finished, whatever the clock says.
      if (!record.decision && Date.now() - Date.parse(record.receivedAt) < after * 1000) continue;
      if (await decide(record)) decided.push(record.caseNumber);
    }
    return decided;
  }

  return {
    /** Reads the feed to its end, receives each new case, then decides the cases that are due. */
    async runOnce(): Promise<RunSummary> {
      const received = await receiveNewCases();
      return { received, decided: await decideDueCases() };
    },
  };
}

/** One pass: receive what is new, decide what is due, and return. */
export function runOnce(options: SimulatorOptions): Promise<RunSummary> {
  return createSimulator(options).runOnce();
}

/**
 * Polls every `pollIntervalSeconds` (30 unless told) until stopped. A failed pass is reported to `onError`
 * and retried at the next poll, from where the folder says it stopped.
 */
export function start(
  options: SimulatorOptions & { pollIntervalSeconds?: number; onError?: (error: unknown) => void },
): { stop(): Promise<void> } {
  const simulator = createSimulator(options);
  const interval = (options.pollIntervalSeconds ?? 30) * 1000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();

  const poll = () => {
    current = simulator
      .runOnce()
      .then(
        () => undefined,
        (error: unknown) => options.onError?.(error),
      )
      .then(() => {
        if (!stopped) timer = setTimeout(poll, interval);
      });
  };
  poll();

  return {
    /** Stops polling; resolves when a pass under way has finished. */
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}

import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The case system's own storage: a folder per case (the digital "postöppning") and two small JSON files
 * that say how far it has come, so a restart, even after a crash, carries on where it stopped.
 *
 *   <folder>/simulator.json              the change feed's cursor and the last case-system number given
 *   <folder>/<caseNumber>/case.json      the case as v1GetCase gave it
 *   <folder>/<caseNumber>/ansokan.pdf    the application PDF
 *   <folder>/<caseNumber>/bilagor/…      the applicant's files
 *   <folder>/<caseNumber>/beslut.pdf     the decision letter, once decided
 *   <folder>/<caseNumber>/arende.json    what the case system has done with the case (CaseRecord)
 */

export interface SimulatorState {
  /** `nextCursor` of the last page fully handled; null before the first. */
  cursor: string | null;
  /** The case system's own running number, for VIVA-<year>-<n>. */
  lastNumber: number;
}

export interface PlannedDecision {
  outcome: 'bifall';
  amount: number;
  period: { from: string; to: string };
  /** The uploaded letter's document id, once uploaded. */
  documentId: string | null;
  decidedAt: string | null;
}

/** Each step is written down when done, so a retry repeats only what is missing (with the same Idempotency-Key). */
export interface CaseRecord {
  caseId: string;
  caseNumber: string;
  /** Chosen before it is sent, so a retry sends the same number. */
  externalCaseNumber: string;
  receivedAt: string;
  savedAt: string | null;
  acknowledgedAt: string | null;
  numberedAt: string | null;
  /** Chosen (and the letter written) before anything is sent, so a retry sends the same decision and letter. */
  decision: PlannedDecision | null;
  /** The status the case had when it was due for a decision but could no longer get one (withdrawn, decided by staff …). */
  endedWithoutDecision: string | null;
}

/** Writes through a temporary file and a rename, so a crash never leaves a half-written file behind. */
export async function writeAtomically(file: string, content: string | Uint8Array) {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, file);
}

async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

const writeJson = (file: string, value: unknown) => writeAtomically(file, `${JSON.stringify(value, null, 2)}\n`);

/** A file or folder name that is safe on every file system, whatever the applicant called the file. */
export function safeName(name: string): string {
  const cleaned = path
    .basename(name.replaceAll('\\', '/'))
    .replace(/[\p{Cc}<>:"/\\|?*]/gu, '_')
    .replace(/^\.+/, '_')
    .slice(-120);
  return cleaned || 'fil';
}

export function caseFolder(root: string) {
  const stateFile = path.join(root, 'simulator.json');
  const folderOf = (caseNumber: string) => path.join(root, safeName(caseNumber));
  const recordFile = (caseNumber: string) => path.join(folderOf(caseNumber), 'arende.json');

  return {
    folderOf,
    async readState(): Promise<SimulatorState> {
      return (await readJson<SimulatorState>(stateFile)) ?? { cursor: null, lastNumber: 0 };
    },
    writeState: (state: SimulatorState) => writeJson(stateFile, state),
    readRecord: (caseNumber: string) => readJson<CaseRecord>(recordFile(caseNumber)),
    writeRecord: (record: CaseRecord) => writeJson(recordFile(record.caseNumber), record),
    /** Every case the case system has received, oldest folder name (case number) first. */
    async records(): Promise<CaseRecord[]> {
      const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
      const found = await Promise.all(
        entries
          .filter((entry) => entry.isDirectory())
          .map((entry) => readJson<CaseRecord>(path.join(root, entry.name, 'arende.json'))),
      );
      return found.filter((record) => record !== undefined).sort((a, b) => a.caseNumber.localeCompare(b.caseNumber));
    },
    /** Writes one of the case's files into its folder. */
    writeFile: (caseNumber: string, name: string, content: string | Uint8Array) =>
      writeAtomically(path.join(folderOf(caseNumber), name), content),
    readFile: (caseNumber: string, name: string) => readFile(path.join(folderOf(caseNumber), name)),
    /** Empties a folder inside the case's folder, so a repeated download leaves no stale files. */
    clear: (caseNumber: string, name: string) =>
      rm(path.join(folderOf(caseNumber), name), { recursive: true, force: true }),
  };
}

export type CaseFolder = ReturnType<typeof caseFolder>;

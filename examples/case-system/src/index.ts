export {
  ApiError,
  createSimulator,
  DEFAULT_AMOUNT,
  runOnce,
  start,
  type RunSummary,
  type SimulatorEvent,
  type SimulatorOptions,
} from './simulator.js';

export type { CaseRecord, SimulatorState } from './folder.js';

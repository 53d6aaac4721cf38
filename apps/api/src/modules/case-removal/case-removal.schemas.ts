import { z } from 'zod';

export const caseParams = z.object({ caseId: z.uuid() });

export const handOverSchema = z
  .object({
    handedOverAt: z.iso
      .datetime()
      .nullable()
      .describe("When the case was marked as taken over by the municipality's case system; null after an undo"),
  })
  .meta({ id: 'CaseHandOver' });

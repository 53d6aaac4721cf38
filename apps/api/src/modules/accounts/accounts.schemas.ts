import { z } from 'zod';

export const applicantParams = z.object({ applicantId: z.uuid() });
export const staffParams = z.object({ staffId: z.uuid() });

export const loginCodeListSchema = z
  .object({
    listId: z.uuid(),
    issuedAt: z.iso.datetime(),
    codes: z
      .array(z.object({ number: z.number().int(), code: z.string().regex(/^\d{6}$/) }))
      .describe('Shown this once, to print; the previous list of the applicant stops working'),
  })
  .meta({ id: 'LoginCodeList' });

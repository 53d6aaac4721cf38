import { z } from 'zod';
import { staffRoles } from '../../db/schema/index.js';
import { assigneeSchema } from '../inbox/inbox.schemas.js';

export const caseParams = z.object({ caseId: z.uuid() });

export const assigneesSchema = z.object({ items: z.array(assigneeSchema) }).meta({ id: 'CaseAssignees' });

export const assignBody = z.object({
  staffIds: z
    .array(z.uuid())
    .max(20)
    .describe('Everyone who should handle the case: caseworkers or assistants of its municipality; [] for nobody'),
});

export const colleaguesQuery = z.object({
  search: z.string().trim().min(1).max(100).optional().describe('Part of the name'),
});

export const colleaguesSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        username: z.string(),
        role: z.enum(staffRoles),
        restricted: z.boolean().describe('Sees only the cases assigned to them'),
      }),
    ),
  })
  .meta({ id: 'Colleagues' });

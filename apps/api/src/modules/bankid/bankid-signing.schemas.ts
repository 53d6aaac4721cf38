import { z } from 'zod';
import { bankIdFlows } from '../../db/schema/index.js';
import { bankIdMessageCodes } from './user-messages.js';

export const startSigningBody = z.object({
  formId: z.string().min(1).max(100),
  formVersion: z.number().int().min(1),
  data: z.record(z.string(), z.unknown()).describe('The answers to sign, exactly as they will be submitted'),
  flow: z
    .enum(bankIdFlows)
    .describe('same_device: open the BankID app on this device; other_device: scan the QR code with a phone'),
});

export const signingStartedSchema = z
  .object({
    id: z.uuid().describe('The signature id to submit with; works only in the session that started it'),
    flow: z.enum(bankIdFlows),
    pollIntervalMs: z.number().int().describe('Collect this often'),
    visibleText: z.string().describe('What the BankID app shows (simpleMarkdownV1)'),
    autoStartToken: z.string().optional().describe('same_device only'),
    launchUrl: z.string().optional().describe('same_device only: opens the BankID app (or the simulator page)'),
    qrData: z.string().optional().describe('other_device only: the QR code for second 0'),
  })
  .meta({ id: 'BankIdSigningStarted' });

export const signingStatusSchema = z
  .object({
    status: z.enum(['pending', 'failed', 'complete']),
    hintCode: z.string().nullable().describe("BankID's hint code, for diagnostics"),
    messageCode: z
      .enum(bankIdMessageCodes)
      .nullable()
      .describe("BankID's recommended user message to show (RFA number); null when complete"),
    signer: z
      .object({ name: z.string(), signedAt: z.iso.datetime() })
      .optional()
      .describe('When complete: who signed and when'),
  })
  .meta({ id: 'BankIdSigningStatus' });

import { z } from 'zod';
import { bankIdFlows } from '../../db/schema/index.js';
import { meSchema } from '../auth/auth.schemas.js';
import { bankIdMessageCodes } from './user-messages.js';

export const startBankIdLoginBody = z.object({
  municipality: z.string().min(1).max(100).describe('Municipality slug'),
  flow: z
    .enum(bankIdFlows)
    .describe('same_device: open the BankID app on this device; other_device: scan the QR code with a phone'),
});

export const bankIdLoginStartedSchema = z
  .object({
    id: z.uuid().describe('Opaque id of the login; works only in the browser that started it'),
    flow: z.enum(bankIdFlows),
    pollIntervalMs: z.number().int().describe('Collect this often'),
    autoStartToken: z.string().optional().describe('same_device only'),
    launchUrl: z.string().optional().describe('same_device only: opens the BankID app (or the simulator page)'),
    qrData: z.string().optional().describe('other_device only: the QR code for second 0'),
  })
  .meta({ id: 'BankIdLoginStarted' });

export const bankIdLoginParams = z.object({ id: z.uuid() });

export const bankIdQrCodeSchema = z
  .object({ qrData: z.string().describe('Show as a QR code; fetch a new one every second') })
  .meta({ id: 'BankIdQrCode' });

export const bankIdLoginStatusSchema = z
  .object({
    status: z.enum(['pending', 'failed', 'complete']),
    hintCode: z.string().nullable().describe("BankID's hint code, for diagnostics"),
    messageCode: z
      .enum(bankIdMessageCodes)
      .nullable()
      .describe("BankID's recommended user message to show (RFA number); null when complete"),
    me: meSchema.optional().describe('When complete: who is now logged in (the session cookie is set)'),
  })
  .meta({ id: 'BankIdLoginStatus' });

import { isIP } from 'node:net';
import { z } from 'zod';

/**
 * The BankID Relying Party API v6.0 wire format: what the client sends and accepts, and what the
 * simulator enforces. Unknown response fields are dropped, so additions by BankID do not break us.
 */

const base64 = z.string().regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, 'must be base64');

const orderRequestFields = {
  endUserIp: z.string().refine((value) => isIP(value) !== 0, 'must be an IPv4 or IPv6 address'),
  requirement: z
    .strictObject({
      pinCode: z.boolean().optional(),
      mrtd: z.boolean().optional(),
      cardReader: z.enum(['class1', 'class2']).optional(),
      certificatePolicies: z.array(z.string()).optional(),
      personalNumber: z
        .string()
        .regex(/^\d{12}$/, 'must be 12 digits')
        .optional(),
    })
    .optional(),
  userVisibleData: base64.min(1).max(1_500).optional(),
  userNonVisibleData: base64.min(1).max(200_000).optional(),
  userVisibleDataFormat: z.enum(['plaintext', 'simpleMarkdownV1']).optional(),
  returnUrl: z.url().optional(),
  returnRisk: z.boolean().optional(),
  app: z
    .strictObject({
      appIdentifier: z.string(),
      deviceOS: z.string(),
      deviceModelName: z.string(),
      deviceIdentifier: z.string(),
    })
    .optional(),
  web: z.strictObject({ referringDomain: z.string(), userAgent: z.string(), deviceIdentifier: z.string() }).optional(),
};

export const authRequestSchema = z.strictObject(orderRequestFields);
export type AuthRequest = z.input<typeof authRequestSchema>;

/** Signing shows the user what they sign, so the visible text is required. */
export const signRequestSchema = z.strictObject({ ...orderRequestFields, userVisibleData: base64.min(1).max(1_500) });
export type SignRequest = z.input<typeof signRequestSchema>;

export const orderRefRequestSchema = z.strictObject({ orderRef: z.string().min(1) });

export const orderResponseSchema = z.object({
  orderRef: z.string().min(1),
  autoStartToken: z.string().min(1),
  qrStartToken: z.string().min(1),
  qrStartSecret: z.string().min(1),
});

export const completionDataSchema = z.object({
  user: z.object({
    personalNumber: z.string().regex(/^\d{12}$/),
    name: z.string(),
    givenName: z.string(),
    surname: z.string(),
  }),
  device: z.object({ ipAddress: z.string(), uhi: z.string().optional() }),
  bankIdIssueDate: z.string(),
  stepUp: z.object({ mrtd: z.boolean() }).optional(),
  signature: base64,
  ocspResponse: base64,
  risk: z.enum(['low', 'moderate', 'high']).optional(),
});
export type CompletionData = z.infer<typeof completionDataSchema>;

// Hint codes stay open strings: BankID adds new ones, and callers must have a default branch.
export const collectResponseSchema = z.discriminatedUnion('status', [
  z.object({ orderRef: z.string(), status: z.literal('pending'), hintCode: z.string().optional() }),
  z.object({ orderRef: z.string(), status: z.literal('failed'), hintCode: z.string().optional() }),
  z.object({ orderRef: z.string(), status: z.literal('complete'), completionData: completionDataSchema }),
]);

export const rpErrorSchema = z.object({ errorCode: z.string(), details: z.string().default('') });

export type RpErrorCode =
  | 'alreadyInProgress'
  | 'invalidParameters'
  | 'unauthorized'
  | 'notFound'
  | 'methodNotAllowed'
  | 'requestTimeout'
  | 'unsupportedMediaType'
  | 'internalError'
  | 'maintenance';

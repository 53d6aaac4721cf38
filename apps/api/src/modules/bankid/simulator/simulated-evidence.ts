import { createHash, randomBytes } from 'node:crypto';

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * Stand-ins for the signature and OCSP response BankID returns: the same shape (base64 of an XML
 * signature over what the user saw, base64 of DER-like bytes), clearly marked as simulated and signed
 * by nobody, so they can never pass for real evidence.
 */
export function simulatedEvidence(
  order: {
    orderRef: string;
    kind: 'auth' | 'sign';
    visibleData: string | undefined;
    nonVisibleData: string | undefined;
  },
  person: { personalNumber: string; givenName: string; surname: string },
  time: number,
) {
  const signedData = [
    '<bankIdSignedData xmlns="http://www.bankid.com/signature/v1.0.0/types" Id="bidSignedData">',
    `<usrVisibleData charset="UTF-8" visible="wysiwys">${order.visibleData ?? ''}</usrVisibleData>`,
    order.nonVisibleData ? `<usrNonVisibleData>${order.nonVisibleData}</usrNonVisibleData>` : '',
    '<srvInfo>',
    `<name>${escapeXml('SIMULATED BankID — not a real signature')}</name>`,
    `<nonce>${randomBytes(16).toString('base64')}</nonce>`,
    `<orderRef>${order.orderRef}</orderRef>`,
    '</srvInfo>',
    `<clientInfo><funcId>${order.kind === 'auth' ? 'Identification' : 'Signing'}</funcId>`,
    `<time>${new Date(time).toISOString()}</time></clientInfo>`,
    `<subject><personalNumber>${person.personalNumber}</personalNumber>`,
    `<name>${escapeXml(`${person.givenName} ${person.surname}`)}</name></subject>`,
    '</bankIdSignedData>',
  ].join('');
  const digest = createHash('sha256').update(signedData).digest('base64');
  const signature = [
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
    '<Signature xmlns="http://www.w3.org/2000/09/xmldsig#">',
    `<SignedInfo><Reference URI="#bidSignedData"><DigestValue>${digest}</DigestValue></Reference></SignedInfo>`,
    '<SignatureValue>SIMULATED</SignatureValue>',
    `<Object>${signedData}</Object>`,
    '</Signature>',
  ].join('');
  const ocspResponse = Buffer.concat([Buffer.from('SIMULATED-OCSP:good:'), randomBytes(32)]);
  return {
    signature: Buffer.from(signature, 'utf8').toString('base64'),
    ocspResponse: ocspResponse.toString('base64'),
  };
}

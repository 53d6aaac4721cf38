import { problemSchema } from '../http-schemas.js';

const problemContent = { 'application/problem+json': { schema: problemSchema } };

/** The refusals every upload route documents besides the usual ones: what `storeUpload` answers. */
export const uploadProblemResponses = {
  413: { description: 'A file is larger than the limit (file-too-large), or too many parts', content: problemContent },
  415: { description: 'A file is not a PDF, JPEG, PNG or HEIC/HEIF (unsupported-file-type)', content: problemContent },
};

export * from './municipalities.js';
export * from './people.js';
export * from './auth.js';
export * from './cases.js';
export * from './documents.js';
export * from './audit.js';

export * from './findings.js';
export * from './messages.js';
export * from './vendors/index.js';
export * from './health/index.js';

export { testConfig, assertTestDatabase } from './test-config';
export { capturedLogger } from './captured-logger';

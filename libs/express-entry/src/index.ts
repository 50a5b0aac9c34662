export * from './lib/express-entry';

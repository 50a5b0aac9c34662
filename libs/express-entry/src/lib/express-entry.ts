export function expressEntry(): string {
  return 'express-entry';
}

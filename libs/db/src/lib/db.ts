export function db(): string {
  return 'db';
}

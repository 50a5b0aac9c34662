import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// NestJS 12 is ESM-only and breaks Jest's CommonJS runtime: every @nestjs/* package must share
// @nestjs/core's major version, both as declared and as installed.
const ROOT = join(__dirname, '../../..');

function major(version: string): number {
  const match = /(\d+)\./.exec(version);
  if (!match) throw new Error(`cannot read a major version from "${version}"`);
  return Number(match[1]);
}

describe('@nestjs packages', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
  const declared = { ...pkg['dependencies'], ...pkg['devDependencies'] };
  const nestNames = Object.keys(declared).filter((name) => name.startsWith('@nestjs/'));
  const installedVersion = (name: string) =>
    (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  const coreMajor = major(installedVersion('@nestjs/core'));

  it('pins @nestjs/core to the 11 line', () => {
    expect(coreMajor).toBe(11);
  });

  it.each(nestNames)('%s shares @nestjs/core major, declared and installed', (name) => {
    expect(major(declared[name])).toBe(coreMajor);
    expect(major(installedVersion(name))).toBe(coreMajor);
  });
});

/**
 * Message catalogues: one file per locale with the same shape, so a `fr.ts` is a translation of
 * `en.ts` and nothing else. Templates use {name} placeholders filled by `format`.
 */
import type { NoteCode, ReasonCode } from '../result/reason-codes';
import { EN } from './en';

export interface MessageCatalogue {
  readonly reasons: Readonly<Record<ReasonCode, string>>;
  /** Notes with arguments: {test} and {date}. */
  readonly notes: Readonly<Record<NoteCode, string>>;
  /** What-if levers and upcoming-change causes, by code. */
  readonly levers: Readonly<Record<string, string>>;
  readonly causes: Readonly<Record<string, string>>;
}

export type Locale = 'en';

const CATALOGUES: Readonly<Record<Locale, MessageCatalogue>> = { en: EN };

export function catalogue(locale: Locale = 'en'): MessageCatalogue {
  return CATALOGUES[locale] ?? EN;
}

function format(template: string, args: Readonly<Record<string, string>>): string {
  let out = template;
  for (const key of Object.keys(args)) out = out.split('{' + key + '}').join(args[key]);
  return out;
}

/** One English (or other locale) sentence for a reason code. */
export function explainReason(code: ReasonCode, locale: Locale = 'en'): string {
  return catalogue(locale).reasons[code] ?? code;
}

/** A sentence for a note, including notes with arguments such as `LANGUAGE_TEST_EXPIRED:IELTS_GT:2024-11-25`. */
export function explainNote(note: string, locale: Locale = 'en'): string {
  const [code, test = '', date = ''] = note.split(':');
  const template = (catalogue(locale).notes as Record<string, string>)[code];
  return template === undefined ? note : format(template, { test, date });
}

export function explainLever(lever: string, locale: Locale = 'en'): string {
  return catalogue(locale).levers[lever] ?? lever;
}

export function explainCause(cause: string, locale: Locale = 'en'): string {
  return catalogue(locale).causes[cause] ?? cause;
}

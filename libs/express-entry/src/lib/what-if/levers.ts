/**
 * Candidate improvements: each is a concrete modified profile. Gains are never estimated; the
 * engine is re-run on every candidate (what-if.ts).
 */
import type { Facts } from '../engine/facts';
import type { Levels } from '../language/clb';
import {
  EDU_DOCTORAL,
  ENGLISH,
  FRENCH,
  IELTS_GT,
  languageOfTest,
  OPEN_END,
  TEF,
  type NormProfile,
  type NormTest,
} from '../profile/normalized-profile';
import { ABILITIES, EDUCATION_LEVELS, LANGUAGE_TESTS } from '../profile/profile-types';
import { isoFromDayNumber } from '../dates/civil-date';
import { countsFor, MEASURE_CANADIAN } from '../work/entry-filters';
import {
  chartRows,
  laterWithSamePerson,
  newTest,
  nextRow,
  replaceTest,
  rowAt,
  rowScores,
  withTestScores,
} from './profile-edits';

export interface Candidate {
  lever: string;
  target: string;
  profile: NormProfile;
}

function levelName(kind: number): string {
  return languageOfTest(kind) === ENGLISH ? 'CLB' : 'NCLC';
}

function levelsArray(l: Levels): number[] {
  return [l.listening, l.reading, l.writing, l.speaking];
}

/** One more level in each ability of a test: the next row's minimum score for that ability. */
function abilityUps(
  f: Facts,
  t: NormTest,
  levels: Levels,
  edit: (t: NormTest) => NormProfile,
  lever: string,
): Candidate[] {
  const out: Candidate[] = [];
  const rows = chartRows(f.rules.version, t.kind, t.day);
  const current = levelsArray(levels);
  for (let a = 0; a < 4; a++) {
    const row = nextRow(rows, current[a]);
    if (row === null) continue;
    const score = row[ABILITIES[a]];
    const scores = t.scores.slice();
    scores[a] = score;
    const target = `${LANGUAGE_TESTS[t.kind]} ${ABILITIES[a]} ${score} (${levelName(t.kind)} ${row.level})`;
    out.push({ lever, target, profile: edit(withTestScores(t, scores)) });
  }
  return out;
}

/** Every ability raised to at least `level` on the given test, or on a new test when there is none. */
function allAbilitiesTo(
  t: NormTest | null,
  kind: number,
  level: number,
  f: Facts,
): { test: NormTest; target: string } | null {
  const k = t === null ? kind : t.kind;
  const row = rowAt(chartRows(f.rules.version, k, t === null ? f.assessDay : t.day), level);
  if (row === null) return null;
  const minima = rowScores(row);
  const scores = t === null ? minima : t.scores.map((s, a) => (s > minima[a] ? s : minima[a]));
  const test = t === null ? newTest(f.p, k, scores) : withTestScores(t, scores);
  return { test, target: `${LANGUAGE_TESTS[k]} ${scores.join('/')} (${levelName(k)} ${level})` };
}

function applicantLanguage(f: Facts): Candidate[] {
  const { p, lang } = f;
  const out: Candidate[] = [];
  for (let i = 0; i < p.tests.length; i++) {
    if (!lang.valid[i]) continue;
    out.push(...abilityUps(f, p.tests[i], lang.levels[i], (t) => replaceTest(p, i, t), 'LANGUAGE_ABILITY_UP'));
  }
  const firstTest = lang.first < 0 ? null : p.tests[lang.first];
  const kind = p.preferredLanguage === FRENCH ? TEF : IELTS_GT;
  for (const level of [7, 9]) {
    const edit = allAbilitiesTo(firstTest, kind, level, f);
    if (edit === null) continue;
    const profile = lang.first < 0 ? { ...p, tests: [...p.tests, edit.test] } : replaceTest(p, lang.first, edit.test);
    out.push({ lever: `FIRST_LANGUAGE_CLB${level}`, target: edit.target, profile });
  }
  if (lang.first >= 0 && lang.second < 0) {
    const otherKind = lang.firstLanguage === ENGLISH ? TEF : IELTS_GT;
    const edit = allAbilitiesTo(null, otherKind, 7, f);
    if (edit !== null) {
      out.push({
        lever: 'SECOND_LANGUAGE_NCLC7',
        target: edit.target,
        profile: { ...p, tests: [...p.tests, edit.test] },
      });
    }
  }
  return out;
}

function spouseLanguage(f: Facts): Candidate[] {
  const s = f.p.spouse;
  if (!f.withSpouse || s === null) return [];
  const withSpouseTest = (t: NormTest): NormProfile => ({ ...f.p, spouse: { ...s, test: t } });
  const current = f.spouseTestValid ? s.test : null;
  const out: Candidate[] =
    current === null || f.spouseLevels === null
      ? []
      : abilityUps(f, current, f.spouseLevels, withSpouseTest, 'SPOUSE_LANGUAGE_ABILITY_UP');
  const edit = allAbilitiesTo(current, IELTS_GT, 9, f);
  if (edit !== null)
    out.push({ lever: 'SPOUSE_LANGUAGE_CLB9', target: edit.target, profile: withSpouseTest(edit.test) });
  return out;
}

function canadianWorkYear(f: Facts): Candidate[] {
  const ongoing = f.p.work.find(
    (w) => w.end === OPEN_END && w.start <= f.assessDay && countsFor(w, MEASURE_CANADIAN, f.rules),
  );
  if (ongoing === undefined) return [];
  const later = laterWithSamePerson(f.p, 1);
  const target = `NOC ${ongoing.noc} until ${isoFromDayNumber(later.assessDay)}`;
  return [{ lever: 'CANADIAN_WORK_YEAR', target, profile: later }];
}

function otherLevers(f: Facts): Candidate[] {
  const out: Candidate[] = [];
  const p = f.p;
  if (p.education < EDU_DOCTORAL) {
    const education = p.education + 1;
    out.push({ lever: 'EDUCATION_LEVEL_UP', target: EDUCATION_LEVELS[education], profile: { ...p, education } });
  }
  if (!p.provincialNomination) {
    out.push({ lever: 'PROVINCIAL_NOMINATION', target: 'nomination', profile: { ...p, provincialNomination: true } });
  }
  return out;
}

export function candidates(f: Facts): Candidate[] {
  return [...applicantLanguage(f), ...spouseLanguage(f), ...canadianWorkYear(f), ...otherLevers(f)];
}

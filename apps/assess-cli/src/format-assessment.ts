/** Renders an assessment result as readable text for the terminal. */
import {
  explainCause,
  explainLever,
  explainNote,
  explainReason,
  type AssessmentResult,
  type Levels,
  type ProfileError,
  type ProgramResult,
} from '@pcr/express-entry';

const n = (x: number) => x.toLocaleString('en-US');

function levels(l: Levels): string {
  return `L${l.listening} R${l.reading} W${l.writing} S${l.speaking}`;
}

function languageLine(r: AssessmentResult): string {
  const { first, second, firstOfficialLanguage } = r.language;
  const name = firstOfficialLanguage === 'french' ? 'French' : 'English';
  const firstText = first === null ? 'no valid test' : `${name} (${first.test} ${levels(first.levels)})`;
  const secondText = second === null ? 'none' : `${second.test} ${levels(second.levels)}`;
  return `Language: first ${firstText}; second ${secondText}`;
}

function program(name: string, p: ProgramResult, extra = ''): string[] {
  const head = `  ${name.padEnd(4)} ${p.eligible ? 'eligible' : 'not eligible'}${extra}`;
  return [head, ...p.reasons.map((code) => `       - ${explainReason(code)} [${code}]`)];
}

function programs(r: AssessmentResult): string[] {
  const g = r.eligibility.FSW.grid;
  const grid =
    ` (grid ${g.total}/100: language ${g.language}, education ${g.education}, experience ${g.experience},` +
    ` age ${g.age}, arranged employment ${g.arrangedEmployment}, adaptability ${g.adaptability})`;
  return [
    'Programs',
    ...program('CEC', r.eligibility.CEC),
    ...program('FSW', r.eligibility.FSW, grid),
    ...program('FST', r.eligibility.FST),
    `  Eligible for Express Entry: ${r.eligibleForExpressEntry ? 'yes' : 'no'}`,
  ];
}

function crs(r: AssessmentResult): string[] {
  const { core: c, spouse: s, transferability: t, additional: a } = r.crs;
  const row = (label: string, value: number, detail: string) =>
    `  ${label.padEnd(24)} ${String(value).padStart(4)}  ${detail}`;
  return [
    `CRS ${n(r.crs.total)} / 1,200 (${r.crs.withSpouse ? 'with' : 'without'} an accompanying spouse)`,
    row(
      'Core / human capital',
      c.subtotal,
      `age ${c.age}, education ${c.education}, first language ${c.firstLanguage}, second language ${c.secondLanguage}, Canadian work ${c.canadianWork}`,
    ),
    row('Spouse', s.subtotal, `education ${s.education}, language ${s.language}, Canadian work ${s.canadianWork}`),
    row(
      'Skill transferability',
      t.subtotal,
      `education ${t.educationSubtotal}, foreign work ${t.foreignWorkSubtotal}, certificate ${t.certificateSubtotal} (max 100)`,
    ),
    row(
      'Additional',
      a.subtotal,
      `nomination ${a.provincialNomination}, sibling ${a.sibling}, French ${a.french}, Canadian education ${a.canadianEducation}, arranged employment ${a.arrangedEmployment}`,
    ),
  ];
}

function work(r: AssessmentResult): string[] {
  const w = r.work;
  const trades = w.fstQualifyingTrades.length === 0 ? 'none' : w.fstQualifyingTrades.join(', ');
  return [
    `Work: Canadian ${w.canadianYearsCRS} y, foreign ${w.foreignYearsCRS} y, spouse Canadian ${w.spouseCanadianYearsCRS} y (CRS, last 10 years)`,
    `      CEC hours ${w.cecQualifyingHours.toFixed(2)} (language-adjusted ${w.cecQualifyingHoursLanguageAdjusted.toFixed(2)}) of 1,560`,
    `      FSW ${w.fswSkilledYears} y, continuous year ${w.fswContinuousYear ? 'yes' : 'no'}; FST trades ${trades}`,
    `Funds: ${n(r.funds.required)} CAD required${r.funds.exempt ? ' (exempt: authorized to work with a valid job offer)' : ''}`,
  ];
}

function improvements(r: AssessmentResult): string[] {
  if (r.whatIf.length === 0) return [];
  return [
    'Improvements (each re-assessed; best first)',
    ...r.whatIf.map(
      (w) =>
        `  +${String(w.crsGain).padStart(3)} -> ${n(w.newTotal).padStart(5)}  ${explainLever(w.lever)}: ${w.target}`,
    ),
  ];
}

function upcoming(r: AssessmentResult): string[] {
  if (r.upcomingChanges.length === 0) return [];
  const sign = (x: number) => (x > 0 ? `+${x}` : String(x));
  return [
    'Coming changes (next two years, without doing anything)',
    ...r.upcomingChanges.map(
      (c) =>
        `  ${c.date}  ${sign(c.crsChange).padStart(5)} CRS  ${explainCause(c.cause)}${c.detail ? ` (${c.detail})` : ''}`,
    ),
  ];
}

export function formatAssessment(r: AssessmentResult, assessmentDate: string): string {
  const sections: string[][] = [
    [
      `Express Entry assessment on ${assessmentDate} (rules ${r.rulesVersion}, ${r.rulesStatus}; engine ${r.engineVersion})`,
    ],
    [`Age ${r.age}`, languageLine(r)],
    programs(r),
    crs(r),
    work(r),
    improvements(r),
    upcoming(r),
    r.notes.length === 0 ? [] : ['Notes', ...r.notes.map((note) => `  - ${explainNote(note)}`)],
  ];
  return (
    sections
      .filter((s) => s.length > 0)
      .map((s) => s.join('\n'))
      .join('\n\n') + '\n'
  );
}

export function formatErrors(errors: readonly ProfileError[]): string {
  return (
    ['The profile is not valid:', ...errors.map((e) => `  ${e.path || '(profile)'}: ${e.message} [${e.code}]`)].join(
      '\n',
    ) + '\n'
  );
}

/**
 * The shape of one dated rules version. Everything that can change with a Ministerial Instruction or
 * an IRCC table update is data here, so a new version is a new file (plus, at most, a small rule
 * function) and old assessments keep the version that was in force on their date.
 */
import type { CanadianEducation, EducationLevel } from '../profile/profile-types';

export type RulesStatus = 'confirmed' | 'provisional';

/** [with an accompanying spouse, without]. */
export type PointsPair = readonly [number, number];

/** Minimum score for a CLB/NCLC level in each ability (one row of an equivalency chart). */
export interface ChartRow {
  readonly level: number;
  readonly listening: number;
  readonly reading: number;
  readonly writing: number;
  readonly speaking: number;
}
export type Chart = readonly ChartRow[];

export interface DatedChart {
  /** First test date (inclusive) this chart applies to. */
  readonly testsFrom: string;
  readonly rows: Chart;
}

export interface LanguageCharts {
  readonly IELTS_GT: Chart;
  readonly CELPIP_G: Chart;
  readonly PTE_CORE: Chart;
  readonly TCF: Chart;
  /** TEF Canada changed scale twice; the chart depends on the test date. */
  readonly TEF: readonly DatedChart[];
}

/** "From `min` upward" rows; below the first row scores 0. */
export interface StepRow<T> {
  readonly min: number;
  readonly points: T;
}

export interface CrsTables {
  /** [age, with spouse, without]; younger than the first row scores as the first, older as the last. */
  readonly age: readonly (readonly [number, number, number])[];
  readonly education: Readonly<Record<EducationLevel, PointsPair>>;
  readonly firstLanguagePerAbility: readonly StepRow<PointsPair>[];
  readonly secondLanguagePerAbility: readonly StepRow<number>[];
  readonly secondLanguageCap: PointsPair;
  readonly canadianWorkByYears: readonly StepRow<PointsPair>[];
  readonly spouse: {
    readonly education: Readonly<Record<EducationLevel, number>>;
    readonly languagePerAbility: readonly StepRow<number>[];
    readonly canadianWorkByYears: readonly StepRow<number>[];
  };
  readonly transferability: TransferabilityTables;
  readonly additional: AdditionalTables;
  readonly totalCap: number;
}

/** Points by group: index 0 = no points, 1 = the lower row, 2 = the upper row of the IRCC table. */
export type GroupPoints = readonly [number, number, number];

export interface TransferabilityTables {
  readonly educationGroup: Readonly<Record<EducationLevel, 0 | 1 | 2>>;
  /** Foreign-experience group by completed years. */
  readonly foreignGroupByYears: readonly StepRow<1 | 2>[];
  /** CLB 7+ in all four (at least one under 9) / CLB 9+ in all four. */
  readonly withClb7: GroupPoints;
  readonly withClb9: GroupPoints;
  /** One year / two or more years of Canadian work. */
  readonly withCanadianOneYear: GroupPoints;
  readonly withCanadianTwoYears: GroupPoints;
  readonly certificateClb5: number;
  readonly certificateClb7: number;
  readonly groupCap: number;
  readonly cap: number;
}

export interface AdditionalTables {
  readonly provincialNomination: number;
  readonly sibling: number;
  /** NCLC 7+ in all four French abilities, English CLB 4 or lower / no English. */
  readonly frenchOnly: number;
  /** NCLC 7+ in all four French abilities and CLB 5+ in all four English abilities. */
  readonly frenchAndEnglish: number;
  /** NCLC needed in all four French abilities, and CLB in all four English ones for the higher bonus. */
  readonly frenchMinNclc: number;
  readonly englishMinClbForFrenchAndEnglish: number;
  readonly canadianEducation: Readonly<Record<CanadianEducation, number>>;
  readonly cap: number;
}

export interface FswTables {
  readonly languagePerAbility: readonly StepRow<number>[];
  readonly secondLanguageMinClb: number;
  readonly secondLanguagePoints: number;
  readonly education: Readonly<Record<EducationLevel, number>>;
  readonly experienceByYears: readonly StepRow<number>[];
  /** [age, points]; younger than the first row scores as the first, older as the last. */
  readonly age: readonly (readonly [number, number])[];
  readonly arrangedEmployment: number;
  readonly adaptability: {
    readonly spouseLanguage: number;
    readonly ownStudy: number;
    readonly spouseStudy: number;
    readonly ownWork: number;
    readonly spouseWork: number;
    readonly arrangedEmployment: number;
    readonly relative: number;
    readonly cap: number;
  };
  readonly passMark: number;
}

export interface ProgramRules {
  readonly hoursPerYear: number;
  /** Hours above this many per week (one job or simultaneous jobs) are not counted. */
  readonly weeklyHoursCap: number;
  readonly crsWorkWindowYears: number;
  readonly languageValidityYears: number;
  readonly cec: { readonly windowYears: number; readonly teer01MinClb: number; readonly teer23MinClb: number };
  readonly fsw: { readonly windowYears: number; readonly minClb: number };
  readonly fst: {
    readonly windowYears: number;
    readonly hoursRequired: number;
    readonly minClb: {
      readonly listening: number;
      readonly reading: number;
      readonly writing: number;
      readonly speaking: number;
    };
    /** NOC 2021 prefixes (major, minor or unit group) of the eligible trades. */
    readonly tradeNocPrefixes: readonly string[];
    readonly excludedNocPrefixes: readonly string[];
  };
}

export interface FundsTable {
  /** Required funds for 1..n family members. */
  readonly byFamilySize: readonly number[];
  readonly eachAdditional: number;
}

export interface JobOfferFacts {
  readonly noc: string;
  readonly teer: number;
  readonly valid: boolean;
}

/** CRS points for arranged employment; a rule (not a table) because it depends on the NOC. */
export type ArrangedEmploymentRule = (offer: JobOfferFacts) => number;

/** A note (and status) that applies to results from a date on, e.g. known-but-unmodelled changes. */
export interface RulesCaveat {
  readonly from: string;
  readonly note: string;
  readonly status: RulesStatus;
}

export interface RulesVersion {
  readonly id: string;
  /** First assessment date (inclusive) this version applies to. */
  readonly effectiveFrom: string;
  readonly status: RulesStatus;
  readonly description: string;
  readonly caveats: readonly RulesCaveat[];
  readonly language: LanguageCharts;
  readonly crs: CrsTables;
  readonly fsw: FswTables;
  readonly programs: ProgramRules;
  readonly funds: FundsTable;
  readonly arrangedEmployment: ArrangedEmploymentRule;
  /** Note added when the profile has a job offer (e.g. points removed); null for none. */
  readonly jobOfferNote: string | null;
}

/**
 * The input as read before validation: every field `unknown`. Reading through these named fields
 * (rather than `obj[field]` with a variable key) keeps property access monomorphic and fast.
 */

export interface RawProfile {
  assessmentDate?: unknown;
  dateOfBirth?: unknown;
  age?: unknown;
  maritalStatus?: unknown;
  spouse?: unknown;
  education?: unknown;
  languageTests?: unknown;
  firstOfficialLanguage?: unknown;
  work?: unknown;
  certificateOfQualification?: unknown;
  jobOffer?: unknown;
  authorizedToWorkInCanada?: unknown;
  provincialNomination?: unknown;
  siblingInCanada?: unknown;
  relativeInCanada?: unknown;
  intendedProvince?: unknown;
  fundsAvailable?: unknown;
  familySize?: unknown;
}

export interface RawSpouse {
  accompanying?: unknown;
  canadianCitizenOrPR?: unknown;
  education?: unknown;
  languageTest?: unknown;
  work?: unknown;
  studiedInCanadaTwoYearsFullTime?: unknown;
}

export interface RawEducation {
  level?: unknown;
  canadian?: unknown;
  studiedInCanadaTwoYearsFullTime?: unknown;
}

export interface RawTest {
  test?: unknown;
  date?: unknown;
  scores?: unknown;
}

export interface RawScores {
  listening?: unknown;
  reading?: unknown;
  writing?: unknown;
  speaking?: unknown;
}

export interface RawWork {
  inCanada?: unknown;
  noc?: unknown;
  teer?: unknown;
  hoursPerWeek?: unknown;
  startDate?: unknown;
  endDate?: unknown;
  selfEmployed?: unknown;
  fullTimeStudent?: unknown;
  authorized?: unknown;
  province?: unknown;
}

export interface RawJobOffer {
  noc?: unknown;
  teer?: unknown;
  valid?: unknown;
}

export interface RawCertificate {
  noc?: unknown;
  province?: unknown;
}

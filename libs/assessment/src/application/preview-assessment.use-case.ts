import { Injectable } from '@nestjs/common';
import { assess, type AssessmentResult } from '@pcr/express-entry';
import { AppError } from '@pcr/platform';

/** The public calculator: runs the engine on a posted profile and stores nothing. */
@Injectable()
export class PreviewAssessmentUseCase {
  execute(profile: unknown): AssessmentResult {
    const outcome = assess(profile, { whatIf: true, upcomingChanges: true });
    if (!outcome.ok) throw AppError.unprocessable(outcome.errors, 'The profile is not valid for an assessment.');
    return outcome.result;
  }
}

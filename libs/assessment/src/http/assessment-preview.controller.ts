import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AssessmentResult } from '@pcr/express-entry';
import { Public } from '@pcr/identity';
import { ApiProblems, RateLimit, RateLimitGuard } from '@pcr/platform';
import { PreviewAssessmentUseCase } from '../application/preview-assessment.use-case';
import { AssessmentResultDto } from './assessment-result.dto';
import { ProfileDto } from './profile.dto';

@ApiTags('assessments')
@Controller('assessments')
export class AssessmentPreviewController {
  constructor(private readonly previewAssessment: PreviewAssessmentUseCase) {}

  @Post('preview')
  @Public()
  @HttpCode(200)
  @UseGuards(RateLimitGuard)
  @RateLimit({ bucket: 'assessment-preview', limit: (config) => config.rateLimits.previewPerMinute, windowSeconds: 60 })
  @ApiOperation({
    summary: 'Assess a profile without storing anything (public calculator)',
    description:
      'Public and rate-limited per address. A malformed body is 400; a well-formed but invalid profile is 422.',
  })
  @ApiOkResponse({ type: AssessmentResultDto })
  @ApiProblems(400, 413, 415, 422, 429)
  preview(@Body() profile: ProfileDto): AssessmentResult {
    return this.previewAssessment.execute(profile);
  }
}

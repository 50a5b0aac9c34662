import { Module } from '@nestjs/common';
import { PreviewAssessmentUseCase } from './application/preview-assessment.use-case';
import { AssessmentPreviewController } from './http/assessment-preview.controller';

@Module({ controllers: [AssessmentPreviewController], providers: [PreviewAssessmentUseCase] })
export class AssessmentHttpModule {}

export { AssessmentHttpModule } from './assessment.module';
export { ProfileDto } from './http/profile.dto';

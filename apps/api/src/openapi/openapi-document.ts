import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('PCR Desk API')
    .setDescription(
      'Back office of a Canadian immigration law firm: Profile Competency Reports, Express Entry assessments, ' +
        'client files, orders and signed reports. Every error is RFC 9457 application/problem+json.',
    )
    .setVersion('1')
    .addBearerAuth()
    .addCookieAuth('pcr_refresh')
    .build();
  return SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controllerKey, methodKey) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
}

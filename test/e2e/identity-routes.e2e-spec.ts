import { ModulesContainer } from '@nestjs/core';
import { findUndeclaredRoutes } from '@pcr/identity';
import { capturedLogger, testConfig } from '@pcr/testing';
import { createApiApp } from '../../apps/api/src/bootstrap/create-api-app';

describe('every route of the api declares who may call it', () => {
  it('finds no route without @Public() or @Roles()', async () => {
    const { logger } = capturedLogger('api');
    const app = await createApiApp(testConfig(), logger, { preview: true });
    try {
      const undeclared = findUndeclaredRoutes(app.get(ModulesContainer)).map((r) => `${r.method} ${r.path}`);
      expect(undeclared).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

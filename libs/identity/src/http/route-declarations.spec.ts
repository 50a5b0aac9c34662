import { Controller, Get, Post } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { findUndeclaredRoutes } from './route-declarations';
import { Public, Roles } from './route-access';

@Controller('open')
class OpenController {
  @Public()
  @Get()
  read(): string {
    return 'ok';
  }
}

@Roles('ADMIN')
@Controller('admin')
class AdminController {
  @Get()
  list(): string[] {
    return [];
  }

  @Public()
  @Get('status')
  status(): string {
    return 'up';
  }
}

@Controller('mixed')
class MixedController {
  @Roles('CLIENT', 'PARALEGAL')
  @Get(':id')
  one(): string {
    return 'one';
  }

  @Post()
  forgotten(): string {
    return 'nobody may call this';
  }

  helper(): string {
    return 'not a route';
  }
}

describe('findUndeclaredRoutes', () => {
  async function undeclaredIn(...controllers: (new () => unknown)[]) {
    const moduleRef = await Test.createTestingModule({ controllers }).compile();
    try {
      return findUndeclaredRoutes(moduleRef.get(ModulesContainer));
    } finally {
      await moduleRef.close();
    }
  }

  it('lists a route that declares neither @Public() nor @Roles()', async () => {
    await expect(undeclaredIn(OpenController, AdminController, MixedController)).resolves.toEqual([
      { controller: 'MixedController', handler: 'forgotten', method: 'POST', path: '/mixed' },
    ]);
  });

  it('accepts a declaration on the controller class for all its routes', async () => {
    await expect(undeclaredIn(AdminController)).resolves.toEqual([]);
  });

  it('ignores methods that are not routes', async () => {
    const found = await undeclaredIn(MixedController);
    expect(found.map((r) => r.handler)).not.toContain('helper');
  });
});

import { Injectable } from '@nestjs/common';
import { PrismaService } from '@pcr/db';
import type { Role } from '../domain/role';
import { type ManagedUser, UserAdminRepository } from '../infrastructure/user-admin.repository';

export const USER_PAGE_MAX = 100;

export interface UserPage {
  items: ManagedUser[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** Users in creation order, a page at a time (cursor = id of the previous page's last user). */
@Injectable()
export class ListUsersUseCase {
  constructor(
    private readonly prisma: PrismaService,
    private readonly users: UserAdminRepository,
  ) {}

  async execute(query: { role?: Role; active?: boolean; cursor?: string; limit?: number }): Promise<UserPage> {
    const limit = Math.min(query.limit ?? 50, USER_PAGE_MAX);
    const rows = await this.users.list(this.prisma, {
      role: query.role,
      active: query.active,
      afterId: query.cursor,
      take: limit + 1,
    });
    const items = rows.slice(0, limit);
    return { items, nextCursor: rows.length > limit ? items[items.length - 1].id : null };
  }
}

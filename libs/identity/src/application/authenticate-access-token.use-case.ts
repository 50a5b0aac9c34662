import { Injectable } from '@nestjs/common';
import { parseAccessTokenClaims } from '../domain/access-token';
import type { AuthenticatedUser } from '../domain/authenticated-user';
import { UserRepository } from '../infrastructure/user.repository';

/**
 * Turns verified JWT claims into the request's user with one primary-key lookup: an inactive user,
 * or a token minted before the user's token version was bumped, is refused at once.
 */
@Injectable()
export class AuthenticateAccessTokenUseCase {
  constructor(private readonly users: UserRepository) {}

  async execute(payload: unknown): Promise<AuthenticatedUser | null> {
    const claims = parseAccessTokenClaims(payload);
    if (!claims) return null;
    const user = await this.users.findAccess(claims.sub);
    if (!user || !user.active || user.tokenVersion !== claims.tv) return null;
    // The role comes from the database, not the token: a role change applies immediately.
    return { id: claims.sub, role: user.role, tokenVersion: user.tokenVersion, mfa: claims.mfa };
  }
}

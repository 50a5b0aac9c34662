import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditLog } from '@pcr/audit';
import { inTransaction, PrismaService } from '@pcr/db';
import { AppError } from '@pcr/platform';
import type { AuthenticatedUser } from '../domain/authenticated-user';
import { normalizeEmail } from '../domain/email';
import { lawyerFieldErrors, type LawyerFields, type StaffRole } from '../domain/staff-user';
import { type ManagedUser, UserAdminRepository } from '../infrastructure/user-admin.repository';
import type { RequestContext } from './auth-context';
import { PasswordHasher } from './password-hasher';

export interface NewStaffInput extends LawyerFields {
  email: string;
  displayName: string;
  role: StaffRole;
}

/** Creates a staff account with a one-time temporary password (shown once; mail comes later). */
@Injectable()
export class CreateStaffUserUseCase {
  constructor(
    private readonly prisma: PrismaService,
    private readonly users: UserAdminRepository,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditLog,
  ) {}

  async execute(
    admin: AuthenticatedUser,
    input: NewStaffInput,
    context: RequestContext,
  ): Promise<{ user: ManagedUser; temporaryPassword: string }> {
    const errors = lawyerFieldErrors(input.role, input, true);
    if (errors.length > 0) throw AppError.unprocessable(errors, 'The lawyer fields do not fit the role.');
    const temporaryPassword = randomBytes(18).toString('base64url');
    const passwordHash = await this.hasher.hash(temporaryPassword);
    const user = await inTransaction(this.prisma, async (tx) => {
      const created = await this.users.insert(tx, {
        id: randomUUID(),
        email: normalizeEmail(input.email),
        displayName: input.displayName.trim(),
        role: input.role,
        passwordHash,
        lawSociety: input.lawSociety ?? null,
        licenceNumber: input.licenceNumber ?? null,
        goodStanding: input.goodStanding ?? false,
      });
      if (!created) throw new AppError('CONFLICT', 'A user with this email already exists.');
      await this.audit.record(tx, {
        action: 'user.created',
        actorId: admin.id,
        actorRole: admin.role,
        recordType: 'user',
        recordId: created.id,
        requestId: context.requestId,
        ip: context.ip,
        changedFields: Object.keys(input).sort(),
        details: { role: created.role },
      });
      return created;
    });
    return { user, temporaryPassword };
  }
}

import { Injectable } from '@nestjs/common';
import { AppError } from '@pcr/platform';
import { UserRepository, type UserProfile } from '../infrastructure/user.repository';

@Injectable()
export class GetCurrentUserUseCase {
  constructor(private readonly users: UserRepository) {}

  async execute(userId: string): Promise<UserProfile> {
    const profile = await this.users.findProfile(userId);
    if (!profile) throw new AppError('UNAUTHENTICATED', 'The account no longer exists.');
    return profile;
  }
}

import type { UserProfile } from '../infrastructure/user.repository';

/** What a login or a refresh hands to the http layer: the access token and the next refresh token. */
export interface IssuedSession {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  refreshMaxAgeSeconds: number;
}

export interface LoginResult extends IssuedSession {
  user: UserProfile;
}

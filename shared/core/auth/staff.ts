/** 工作人员账号 a local staff account. The first account created is the administrator. */
export interface StaffAccount {
  id: string;
  username: string;
  displayName: string;
  isAdmin: 0 | 1;
  isActive: 0 | 1;
  password: PasswordHash;
  createdAt: string;
}

export interface PasswordHash {
  algorithm: 'PBKDF2-SHA256';
  iterations: number;
  /** base64 */
  salt: string;
  /** base64, 32 bytes */
  hash: string;
}

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;

/** What the app keeps in memory about who is signed in. */
export interface StaffSession {
  staffId: string;
  username: string;
  displayName: string;
  isAdmin: boolean;
}

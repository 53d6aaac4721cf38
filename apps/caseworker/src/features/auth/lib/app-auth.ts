import type { AppAuth } from '@ebistans/ui';
import { getMe } from '../api/get-me';
import { logout } from '../api/logout';
import { verifyLogin } from '../api/verify-login';

export const appAuth: AppAuth = { kind: 'staff', getMe, verifyLogin, logout };

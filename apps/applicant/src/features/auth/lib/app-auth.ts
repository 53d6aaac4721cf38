import type { AppAuth } from '@ebistans/ui';
import { getMe } from '../api/get-me';
import { logout } from '../api/logout';
import { sessionTimer } from '../api/session-timer';
import { verifyLogin } from '../api/verify-login';
import { clearStoredAnswers, clearStoredAnswersExceptUnsent } from './stored-answers';

export const appAuth: AppAuth = {
  kind: 'applicant',
  getMe,
  verifyLogin,
  logout,
  // Unsent answers are personal data; the next person at a shared computer must not find them.
  onLoggedOut: clearStoredAnswers,
  // Being idle is not leaving: the person logs in again in this tab and finds what they had not sent.
  onSessionEnded: clearStoredAnswersExceptUnsent,
  sessionTimer,
};

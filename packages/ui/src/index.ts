export { createI18n } from './i18n/create-i18n.js';
export { useLanguage } from './i18n/use-language.js';
export { isProblem, unwrap } from './lib/problem.js';
export { ProblemError, problemError, problemFieldErrors, type ProblemFieldError } from './lib/problem.js';
export { problemMessage } from './lib/problem-message.js';
export { caseStatusText } from './lib/case-status.js';
export type { LoginChallenge, VerifyLoginInput } from './lib/login-challenge.js';
export { loginCodePath, loginPath, returnToParam, returnToSearch, safeReturnTo } from './lib/login-paths.js';
export { meQueryOptions } from './lib/me-query.js';
export type { AppAuth, SessionTimer } from './lib/app-auth.js';
export { appRoutes } from './lib/app-routes.js';
export { rootElement } from './lib/root-element.js';
export { formatDateTime, formatDueDay } from './lib/format.js';
export {
  fieldErrors,
  firstStepWithIssue,
  formResolver,
  issuesFromState,
  stepResolver,
  type IssuesState,
} from './lib/step-issues.js';
export { askedSteps, stepPosition, type StepPosition } from './lib/step-position.js';
export { useStepNavigation } from './hooks/use-step-navigation.js';
export { useDocumentTitle } from './hooks/use-document-title.js';
export { useErrorTexts } from './hooks/use-error-texts.js';
export { useFormFieldErrors } from './hooks/use-form-field-errors.js';
export { useVerifyLogin } from './hooks/use-verify-login.js';
export { AnswerSections } from './components/answer-sections.js';
export { AppLayout } from './components/app-layout.js';
export { AppProviders } from './components/app-providers.js';
export { ChoiceGroup } from './components/choice-group.js';
export { ErrorSummary } from './components/error-summary.js';
export { FormField } from './components/form-field/form-field.js';
export { FormStep } from './components/form-step.js';
export { Loading } from './components/loading.js';
export { NotFoundPage } from './components/not-found-page.js';
export { OneTimeCodeForm } from './components/one-time-code-form.js';
export { PasswordField } from './components/password-field.js';
export { PasswordLoginForm } from './components/password-login-form.js';
export { Checkbox } from './components/checkbox.js';
export { CheckboxGroup } from './components/checkbox-group.js';
export { SelectField } from './components/select-field.js';
export { SessionEndedNotice } from './components/session-ended-notice.js';
export { SummaryList } from './components/summary-list.js';
export { TextField } from './components/text-field.js';
export { TextArea } from './components/text-area.js';

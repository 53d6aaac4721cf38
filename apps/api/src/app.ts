import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DestinationStream } from 'pino';
import type { AppConfig } from './config/env.js';
import { openDatabase } from './db/client.js';
import { runMigrations } from './db/migrate.js';
import { loggerOptions } from './lib/logger.js';
import { createSenders, jobWorkers, maintenanceIntervalSeconds, startJobs } from './jobs/start-workers.js';
import { createJobQueue } from './lib/job-queue.js';
import { createFileStore } from './lib/storage/index.js';
import { applicationsRoutes } from './modules/applications/applications.routes.js';
import { createApplicationsRepository } from './modules/applications/applications.repository.js';
import { createApplicationsService } from './modules/applications/applications.service.js';
import { printRoutes } from './modules/applications/print.routes.js';
import { createMessagesRepository } from './modules/messages/messages.repository.js';
import { messagesRoutes } from './modules/messages/messages.routes.js';
import { createMessagesService } from './modules/messages/messages.service.js';
import { createSupplementsRepository } from './modules/supplements/supplements.repository.js';
import { supplementsRoutes } from './modules/supplements/supplements.routes.js';
import { createSupplementsService } from './modules/supplements/supplements.service.js';
import { attachmentsRoutes } from './modules/attachments/attachments.routes.js';
import { createAttachmentsRepository } from './modules/attachments/attachments.repository.js';
import { createAttachmentsService } from './modules/attachments/attachments.service.js';
import { createAccountsRepository } from './modules/accounts/accounts.repository.js';
import { accountsRoutes } from './modules/accounts/accounts.routes.js';
import { createAccountsService } from './modules/accounts/accounts.service.js';
import { createStaffCodeListsRepository } from './modules/accounts/staff-code-lists.repository.js';
import { staffCodeListsRoutes } from './modules/accounts/staff-code-lists.routes.js';
import { createNotificationSettingsRepository } from './modules/notifications/notification-settings.repository.js';
import { notificationSettingsRoutes } from './modules/notifications/notification-settings.routes.js';
import { createFailedNotificationsRepository } from './modules/failed-notifications/failed-notifications.repository.js';
import { failedNotificationsRoutes } from './modules/failed-notifications/failed-notifications.routes.js';
import { createFailedNotificationsService } from './modules/failed-notifications/failed-notifications.service.js';
import { createNotificationSettingsService } from './modules/notifications/notification-settings.service.js';
import { offeredApplicantChannels } from './modules/notifications/notification-settings.js';
import { createNotificationPreferencesRepository } from './modules/notification-preferences/notification-preferences.repository.js';
import { notificationPreferencesRoutes } from './modules/notification-preferences/notification-preferences.routes.js';
import { createNotificationPreferencesService } from './modules/notification-preferences/notification-preferences.service.js';
import { createStaffCodeListsService } from './modules/accounts/staff-code-lists.service.js';
import { createApplicantMessagesRepository } from './modules/applicant-messages/applicant-messages.repository.js';
import { applicantMessagesRoutes } from './modules/applicant-messages/applicant-messages.routes.js';
import { createApplicantMessagesService } from './modules/applicant-messages/applicant-messages.service.js';
import { createAssignmentsRepository } from './modules/assignments/assignments.repository.js';
import { assignmentsRoutes } from './modules/assignments/assignments.routes.js';
import { createAssignmentsService } from './modules/assignments/assignments.service.js';
import { createAuditLogRepository } from './modules/audit/audit-log.repository.js';
import { auditLogRoutes } from './modules/audit/audit-log.routes.js';
import { createAuditLogService } from './modules/audit/audit-log.service.js';
import { createAuditService } from './modules/audit/audit.service.js';
import { createCaseHandlingRepository } from './modules/case-handling/case-handling.repository.js';
import { caseHandlingRoutes } from './modules/case-handling/case-handling.routes.js';
import { bulkStatusRoutes } from './modules/bulk-status/bulk-status.routes.js';
import { createBulkStatusService } from './modules/bulk-status/bulk-status.service.js';
import { createMailingsRepository } from './modules/mailings/mailings.repository.js';
import { mailingsRoutes } from './modules/mailings/mailings.routes.js';
import { createMailingsService } from './modules/mailings/mailings.service.js';
import { createCaseHandlingService } from './modules/case-handling/case-handling.service.js';
import { createCaseHistoryRepository } from './modules/case-history/case-history.repository.js';
import { createDecisionsRepository } from './modules/decisions/decisions.repository.js';
import { decisionsRoutes } from './modules/decisions/decisions.routes.js';
import { createDecisionsService } from './modules/decisions/decisions.service.js';
import { myDecisionRoutes } from './modules/decisions/my-decision.routes.js';
import { createCaseDocumentsRepository } from './modules/case-documents/case-documents.repository.js';
import { caseDocumentsRoutes } from './modules/case-documents/case-documents.routes.js';
import { createCaseDocumentsService } from './modules/case-documents/case-documents.service.js';
import { createManualCasesRepository } from './modules/manual-cases/manual-cases.repository.js';
import { manualCasesRoutes } from './modules/manual-cases/manual-cases.routes.js';
import { createManualCasesService } from './modules/manual-cases/manual-cases.service.js';
import { createManualCaseRegistration } from './modules/manual-cases/manual-case-registration.js';
import { createTestModeRepository } from './modules/test-mode/test-mode.repository.js';
import { testModeRoutes } from './modules/test-mode/test-mode.routes.js';
import { createTestModeService } from './modules/test-mode/test-mode.service.js';
import { caseRemovalRoutes } from './modules/case-removal/case-removal.routes.js';
import { createCaseRemovalRepository } from './modules/case-removal/case-removal.repository.js';
import { createCaseRemovalService } from './modules/case-removal/case-removal.service.js';
import { caseHistoryRoutes } from './modules/case-history/case-history.routes.js';
import { createCaseHistoryService } from './modules/case-history/case-history.service.js';
import { createCaseEditsRepository } from './modules/case-edits/case-edits.repository.js';
import { caseEditsRoutes } from './modules/case-edits/case-edits.routes.js';
import { createCaseEditsService } from './modules/case-edits/case-edits.service.js';
import { createCaseComparisonRepository } from './modules/case-comparison/case-comparison.repository.js';
import { caseComparisonRoutes } from './modules/case-comparison/case-comparison.routes.js';
import { createCaseComparisonService } from './modules/case-comparison/case-comparison.service.js';
import { createAuthRepository } from './modules/auth/auth.repository.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { createAuthService } from './modules/auth/auth.service.js';
import { createLoginThrottle } from './modules/auth/login-throttle.js';
import { createLoginThrottleRepository } from './modules/auth/login-throttle.repository.js';
import { createBankIdLoginRepository } from './modules/bankid/bankid-login.repository.js';
import { bankIdLoginRoutes } from './modules/bankid/bankid-login.routes.js';
import { createBankIdLoginService } from './modules/bankid/bankid-login.service.js';
import { createBankIdSigningRepository } from './modules/bankid/bankid-signing.repository.js';
import { bankIdSigningRoutes } from './modules/bankid/bankid-signing.routes.js';
import { createBankIdSigningService } from './modules/bankid/bankid-signing.service.js';
import { connectBankId } from './modules/bankid/rp-connection.js';
import { BANKID_SIMULATOR_PREFIX, bankIdSimulator } from './modules/bankid/simulator/simulator.routes.js';
import { seedDemo } from './modules/demo/demo-seed.js';
import { createStaffSsoRepository } from './modules/staff-sso/staff-sso.repository.js';
import { staffSsoRoutes } from './modules/staff-sso/staff-sso.routes.js';
import { createStaffSsoService } from './modules/staff-sso/staff-sso.service.js';
import { createDraftsRepository } from './modules/drafts/drafts.repository.js';
import { draftsRoutes } from './modules/drafts/drafts.routes.js';
import { createDraftsService } from './modules/drafts/drafts.service.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { createInboxRepository } from './modules/inbox/inbox.repository.js';
import { inboxRoutes } from './modules/inbox/inbox.routes.js';
import { createInboxService } from './modules/inbox/inbox.service.js';
import { createListSettingsRepository } from './modules/inbox/list-settings.repository.js';
import { listSettingsRoutes } from './modules/inbox/list-settings.routes.js';
import { createListSettingsService } from './modules/inbox/list-settings.service.js';
import { createInternalNotesRepository } from './modules/internal-notes/internal-notes.repository.js';
import { internalNotesRoutes } from './modules/internal-notes/internal-notes.routes.js';
import { createInternalNotesService } from './modules/internal-notes/internal-notes.service.js';
import { createMunicipalitiesRepository } from './modules/municipalities/municipalities.repository.js';
import { municipalitiesRoutes } from './modules/municipalities/municipalities.routes.js';
import { createDevOutbox } from './modules/notifications/dev-outbox.js';
import { APPLICANT_NOTIFICATIONS_QUEUE, createApplicantNotifier } from './modules/notifications/applicant-notifier.js';
import { devOutboxRoutes } from './modules/notifications/dev-outbox.routes.js';
import { STAFF_NOTIFICATIONS_QUEUE, createStaffNotifier } from './modules/notifications/staff-notifier.js';
import { createReceiptsRepository } from './modules/receipts/receipts.repository.js';
import { receiptsRoutes } from './modules/receipts/receipts.routes.js';
import { createReceiptsService } from './modules/receipts/receipts.service.js';
import { authPlugin } from './plugins/auth.js';
import { integrationAuthPlugin } from './plugins/integration-auth.js';
import { createAccessTokens } from './modules/integration-clients/access-tokens.js';
import { createIntegrationClientsRepository } from './modules/integration-clients/integration-clients.repository.js';
import { integrationClientsRoutes } from './modules/integration-clients/integration-clients.routes.js';
import { createIntegrationClientsService } from './modules/integration-clients/integration-clients.service.js';
import { oauthTokenRoutes } from './modules/integration-clients/oauth-token.routes.js';
import { createIdempotentWrites } from './modules/idempotency/idempotent-writes.js';
import { createIntegrationApplicantsRepository } from './modules/integration-applicants/integration-applicants.repository.js';
import { integrationApplicantsRoutes } from './modules/integration-applicants/integration-applicants.routes.js';
import { createIntegrationApplicantsService } from './modules/integration-applicants/integration-applicants.service.js';
import { createIntegrationCasesRepository } from './modules/integration-cases/integration-cases.repository.js';
import { integrationCasesRoutes } from './modules/integration-cases/integration-cases.routes.js';
import { createIntegrationCasesService } from './modules/integration-cases/integration-cases.service.js';
import { errorHandlerPlugin, sendProblem } from './plugins/error-handler.js';
import { requestContextPlugin } from './plugins/request-context.js';
import { spaPlugin } from './plugins/spa.js';
import { swaggerPlugin } from './plugins/swagger.js';
import { webhooksDocument } from './modules/webhooks/webhook-openapi.js';
import { createWebhookDispatcher } from './modules/webhooks/webhook-dispatcher.js';
import { createWebhooksRepository } from './modules/webhooks/webhooks.repository.js';
import { webhooksRoutes } from './modules/webhooks/webhooks.routes.js';
import { createWebhooksService } from './modules/webhooks/webhooks.service.js';

const incomingRequestId = /^[A-Za-z0-9._-]{8,64}$/;

export interface BuildOptions {
  /** Where log lines go; standard output when omitted. */
  logStream?: DestinationStream;
  /**
   * Start the job queue (the default; its workers too unless config.runJobs is false); off only for tools
   * that just read the routes.
   */
  runJobs?: boolean;
}

/**
 * Builds the whole application from its configuration, registering in phases: infrastructure,
 * our plugins, then routes. Opening the database (and migrating/seeding when configured) happens here
 * so that tests and the server get the same app.
 */
export async function buildApp(config: AppConfig, options: BuildOptions = {}) {
  if (!config.sessionSecret) throw new Error('buildApp needs a session secret');
  const database = openDatabase(config.database);
  if (config.migrateOnStart) await runMigrations(database);
  const fileStore = createFileStore(config.fileStore);

  const app = Fastify({
    logger: options.logStream
      ? { ...loggerOptions(config.logLevel), stream: options.logStream }
      : loggerOptions(config.logLevel),
    requestIdHeader: false,
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && incomingRequestId.test(incoming) ? incoming : randomUUID();
    },
    trustProxy: config.environment === 'production',
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onClose', () => database.close());

  // Infrastructure
  await app.register(errorHandlerPlugin);
  await app.register(requestContextPlugin);
  await app.register(swaggerPlugin, { webhooks: webhooksDocument() });

  // Services, each with only the dependencies it needs
  const { db } = database;
  const outbox = createDevOutbox(db, app.log);
  const senders = createSenders(config, outbox);
  const jobQueue = createJobQueue(database, app.log, {
    maintenanceIntervalSeconds: maintenanceIntervalSeconds(config),
  });
  const applicantNotifier = createApplicantNotifier(jobQueue);
  const staffNotifier = createStaffNotifier(jobQueue);
  const audit = createAuditService(db);
  const loginThrottle = createLoginThrottle({
    repository: createLoginThrottleRepository(db),
    secret: config.sessionSecret,
    ...config.loginThrottle,
  });
  const authService = createAuthService({
    repository: createAuthRepository(db),
    smsSender: senders.sms,
    throttle: loginThrottle,
    secret: config.sessionSecret,
    idleMinutes: config.sessionIdleMinutes,
  });
  const applicationsRepository = createApplicationsRepository(db);
  const applicationsService = createApplicationsService({
    db,
    repository: applicationsRepository,
    fileStore,
    staffNotifier,
    applicantNotifier,
  });
  // Staff and case systems (/api/v1) register paper and phone applications the same way.
  const registerManualCase = createManualCaseRegistration({ applications: applicationsRepository, audit, fileStore });
  const manualCasesService = createManualCasesService({
    db,
    repository: createManualCasesRepository(db),
    registerManualCase,
    audit,
  });
  const testModeService = createTestModeService({
    repository: createTestModeRepository(db),
    sessions: authService,
    audit,
  });
  const caseDocumentsService = createCaseDocumentsService({
    db,
    repository: createCaseDocumentsRepository(db),
    audit,
    fileStore,
    maxBytes: config.uploadMaxBytes,
    log: app.log,
  });
  const messagesService = createMessagesService({
    db,
    repository: createMessagesRepository(db),
    audit,
    staffNotifier,
    applicantNotifier,
  });
  const applicantMessagesService = createApplicantMessagesService({
    db,
    repository: createApplicantMessagesRepository(db),
    audit,
  });
  const supplementsService = createSupplementsService({
    db,
    repository: createSupplementsRepository(db),
    audit,
    staffNotifier,
    applicantNotifier,
  });
  const inboxService = createInboxService({ repository: createInboxRepository(db), audit, fileStore });
  const listSettingsService = createListSettingsService({ db, repository: createListSettingsRepository(db), audit });
  const assignmentsService = createAssignmentsService({
    db,
    repository: createAssignmentsRepository(db),
    audit,
    staffNotifier,
  });
  const caseHandlingService = createCaseHandlingService({
    db,
    repository: createCaseHandlingRepository(),
    audit,
    applicantNotifier,
    staffNotifier,
  });
  const mailingsService = createMailingsService({
    db,
    repository: createMailingsRepository(db),
    audit,
    queue: jobQueue,
  });
  const decisionsService = createDecisionsService({
    db,
    repository: createDecisionsRepository(db),
    audit,
    notifier: applicantNotifier,
    fileStore,
  });
  const caseRemovalService = createCaseRemovalService({
    db,
    repository: createCaseRemovalRepository(),
    audit,
    fileStore,
    log: app.log,
  });
  const caseHistoryService = createCaseHistoryService({ db, repository: createCaseHistoryRepository(db), audit });
  const caseEditsService = createCaseEditsService({ db, repository: createCaseEditsRepository(db), audit });
  const caseComparisonService = createCaseComparisonService({
    db,
    repository: createCaseComparisonRepository(db),
    audit,
  });
  const internalNotesService = createInternalNotesService({
    db,
    repository: createInternalNotesRepository(db),
    audit,
    staffNotifier,
  });
  const auditLogService = createAuditLogService({ repository: createAuditLogRepository(db), audit });
  const draftsService = createDraftsService({ repository: createDraftsRepository(db), fileStore, log: app.log });
  const attachmentsService = createAttachmentsService({
    db,
    audit,
    repository: createAttachmentsRepository(db),
    fileStore,
    drafts: draftsService,
    staffNotifier,
    maxBytes: config.uploadMaxBytes,
    log: app.log,
  });
  const bankId = connectBankId(config.bankId, () => app.server.address());
  app.addHook('onClose', () => bankId.close());
  const bankIdLoginService = createBankIdLoginService({
    repository: createBankIdLoginRepository(db),
    rp: bankId.client,
    sessions: authService,
    audit,
    launchUrl: bankId.launchUrl,
    log: app.log,
  });
  const bankIdSigningService = createBankIdSigningService({
    repository: createBankIdSigningRepository(db),
    rp: bankId.client,
    launchUrl: bankId.launchUrl,
    log: app.log,
  });
  const accountsService = createAccountsService({
    db,
    repository: createAccountsRepository(db),
    throttle: loginThrottle,
    audit,
    secret: config.sessionSecret,
  });
  const staffCodeListsService = createStaffCodeListsService({
    db,
    repository: createStaffCodeListsRepository(db),
    audit,
    secret: config.sessionSecret,
  });
  const failedNotificationsService = createFailedNotificationsService({
    repository: createFailedNotificationsRepository(db),
    jobQueue,
    audit,
    queues: { applicant: APPLICANT_NOTIFICATIONS_QUEUE, staff: STAFF_NOTIFICATIONS_QUEUE },
  });
  const notificationSettingsService = createNotificationSettingsService({
    db,
    repository: createNotificationSettingsRepository(db),
    audit,
    publicUrl: config.publicUrl,
  });
  const notificationPreferencesService = createNotificationPreferencesService({
    db,
    repository: createNotificationPreferencesRepository(db),
    audit,
    offeredChannels: offeredApplicantChannels,
  });
  const staffSsoService = createStaffSsoService({
    repository: createStaffSsoRepository(db),
    sessions: authService,
    audit,
    allowHttp: config.sso.allowHttp,
    log: app.log,
  });
  const receiptsService = createReceiptsService({
    repository: createReceiptsRepository(db),
    drafts: draftsService,
    attachments: attachmentsService,
  });

  await app.register(authPlugin, {
    authService,
    secret: config.sessionSecret,
    secureCookies: config.environment === 'production',
  });
  const integrationClientsRepository = createIntegrationClientsRepository(db);
  const accessTokens = createAccessTokens(config.sessionSecret);
  const integrationClientsService = createIntegrationClientsService({
    db,
    repository: integrationClientsRepository,
    tokens: accessTokens,
    audit,
  });
  await app.register(integrationAuthPlugin, {
    repository: integrationClientsRepository,
    tokens: accessTokens,
    audit,
    rateLimitPerMinute: config.integrationRateLimitPerMinute,
  });

  // Routes
  await app.register(
    async (api) => {
      await api.register(healthRoutes, { pingDatabase: () => database.ping(), fileStore });
      await api.register(municipalitiesRoutes, { repository: createMunicipalitiesRepository(db) });
      await api.register(authRoutes, { authService });
      await api.register(bankIdLoginRoutes, {
        service: bankIdLoginService,
        authService,
        secureCookies: config.environment === 'production',
      });
      await api.register(bankIdSigningRoutes, { service: bankIdSigningService });
      await api.register(applicationsRoutes, { service: applicationsService });
      await api.register(printRoutes, { service: applicationsService });
      await api.register(supplementsRoutes, { service: supplementsService });
      await api.register(messagesRoutes, { service: messagesService });
      await api.register(inboxRoutes, { service: inboxService });
      await api.register(listSettingsRoutes, { service: listSettingsService });
      await api.register(assignmentsRoutes, { service: assignmentsService });
      await api.register(caseHandlingRoutes, { service: caseHandlingService });
      await api.register(bulkStatusRoutes, { service: createBulkStatusService({ caseHandling: caseHandlingService }) });
      await api.register(mailingsRoutes, { service: mailingsService });
      await api.register(decisionsRoutes, { service: decisionsService });
      await api.register(myDecisionRoutes, { service: decisionsService });
      await api.register(caseRemovalRoutes, { service: caseRemovalService });
      await api.register(caseHistoryRoutes, { service: caseHistoryService });
      await api.register(caseEditsRoutes, { service: caseEditsService });
      await api.register(caseComparisonRoutes, { service: caseComparisonService });
      await api.register(internalNotesRoutes, { service: internalNotesService });
      await api.register(auditLogRoutes, { service: auditLogService });
      await api.register(accountsRoutes, { service: accountsService });
      await api.register(staffCodeListsRoutes, { service: staffCodeListsService });
      await api.register(notificationSettingsRoutes, { service: notificationSettingsService });
      await api.register(failedNotificationsRoutes, { service: failedNotificationsService });
      await api.register(notificationPreferencesRoutes, { service: notificationPreferencesService });
      await api.register(staffSsoRoutes, {
        service: staffSsoService,
        secureCookies: config.environment === 'production',
      });
      await api.register(applicantMessagesRoutes, { service: applicantMessagesService });
      await api.register(draftsRoutes, { service: draftsService });
      await api.register(attachmentsRoutes, { service: attachmentsService, maxBytes: config.uploadMaxBytes });
      await api.register(receiptsRoutes, { service: receiptsService });
      await api.register(caseDocumentsRoutes, { service: caseDocumentsService, maxBytes: config.uploadMaxBytes });
      await api.register(manualCasesRoutes, { service: manualCasesService });
      await api.register(testModeRoutes, { service: testModeService });
      await api.register(integrationClientsRoutes, { service: integrationClientsService });
      await api.register(webhooksRoutes, {
        service: createWebhooksService({
          db,
          repository: createWebhooksRepository(db),
          queue: jobQueue,
          audit,
          allowHttp: config.webhooks.allowHttp,
        }),
      });
      await api.register(oauthTokenRoutes, {
        service: integrationClientsService,
        rateLimitPerMinute: config.integrationRateLimitPerMinute,
      });
      await api.register(integrationCasesRoutes, {
        prefix: '/v1',
        maxBytes: config.uploadMaxBytes,
        service: createIntegrationCasesService({
          repository: createIntegrationCasesRepository(db),
          messages: createMessagesRepository(db),
          decisions: createDecisionsRepository(db),
          supplements: createSupplementsRepository(db),
          idempotent: createIdempotentWrites(db),
          fileStore,
          maxBytes: config.uploadMaxBytes,
          log: app.log,
          applicantNotifier,
          staffNotifier,
        }),
      });
      await api.register(integrationApplicantsRoutes, {
        prefix: '/v1',
        service: createIntegrationApplicantsService({
          repository: createIntegrationApplicantsRepository(db),
          idempotent: createIdempotentWrites(db),
          registerManualCase,
          audit,
        }),
      });
      if (
        (config.sms.kind === 'dev-outbox' || config.email.kind === 'dev-outbox') &&
        config.environment !== 'production'
      ) {
        await api.register(devOutboxRoutes, { outbox });
      }
    },
    { prefix: '/api' },
  );
  if (config.bankId.kind === 'simulator' && config.environment !== 'production') {
    await app.register(bankIdSimulator, { prefix: BANKID_SIMULATOR_PREFIX });
  }

  if (config.spa) {
    await app.register(spaPlugin, config.spa);
  } else {
    app.setNotFoundHandler((request, reply) => sendProblem(request, reply, 404, 'not-found'));
  }

  if (config.seedDemo && (await seedDemo(db))) app.log.info('Demo data created');

  if (options.runJobs ?? true) {
    // The queues are created even when only `worker` processes run them, since this process enqueues. The
    // hook, added after the database's, runs before it (onClose runs last-added first), so running jobs
    // finish while the database is still open.
    const workers = jobWorkers(config, db, senders, { applicantNotifier, staffNotifier, log: app.log });
    await startJobs(jobQueue, workers, { run: config.runJobs });
    app.addHook('onClose', () => jobQueue.stop());
    if (config.runJobs) {
      // Stopped first (last added), so no round is under way when the queue and the database close.
      const dispatcher = createWebhookDispatcher({
        db,
        repository: createWebhooksRepository(db),
        queue: jobQueue,
        log: app.log,
      }).start(config.webhooks.dispatchIntervalMs);
      app.addHook('onClose', () => dispatcher.stop());
    }
  }

  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;

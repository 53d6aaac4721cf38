import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DestinationStream } from 'pino';
import type { AppConfig } from './config/env.js';
import { openDatabase } from './db/client.js';
import { runMigrations } from './db/migrate.js';
import { loggerOptions } from './lib/logger.js';
import { createFileStore } from './lib/storage/index.js';
import { applicationsRoutes } from './modules/applications/applications.routes.js';
import { createApplicationsRepository } from './modules/applications/applications.repository.js';
import { createApplicationsService } from './modules/applications/applications.service.js';
import { createAuditService } from './modules/audit/audit.service.js';
import { createAuthRepository } from './modules/auth/auth.repository.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { createAuthService } from './modules/auth/auth.service.js';
import { seedDemo } from './modules/demo/demo-seed.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { createInboxRepository } from './modules/inbox/inbox.repository.js';
import { inboxRoutes } from './modules/inbox/inbox.routes.js';
import { createInboxService } from './modules/inbox/inbox.service.js';
import { createMunicipalitiesRepository } from './modules/municipalities/municipalities.repository.js';
import { municipalitiesRoutes } from './modules/municipalities/municipalities.routes.js';
import { createDevOutbox } from './modules/notifications/dev-outbox.js';
import { devOutboxRoutes } from './modules/notifications/dev-outbox.routes.js';
import { authPlugin } from './plugins/auth.js';
import { errorHandlerPlugin, sendProblem } from './plugins/error-handler.js';
import { spaPlugin } from './plugins/spa.js';
import { swaggerPlugin } from './plugins/swagger.js';

const incomingRequestId = /^[A-Za-z0-9._-]{8,64}$/;

export interface BuildOptions {
  /** Where log lines go; standard output when omitted. */
  logStream?: DestinationStream;
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
  await app.register(swaggerPlugin);

  // Services, each with only the dependencies it needs
  const { db } = database;
  const outbox = createDevOutbox(db, app.log);
  const audit = createAuditService(db);
  const authService = createAuthService({
    repository: createAuthRepository(db),
    smsSender: outbox.sender,
    secret: config.sessionSecret,
    idleMinutes: config.sessionIdleMinutes,
  });
  const applicationsService = createApplicationsService({ db, repository: createApplicationsRepository(db) });
  const inboxService = createInboxService({ repository: createInboxRepository(db), audit });

  await app.register(authPlugin, {
    authService,
    secret: config.sessionSecret,
    secureCookies: config.environment === 'production',
  });

  // Routes
  await app.register(
    async (api) => {
      await api.register(healthRoutes, { pingDatabase: () => database.ping(), fileStore });
      await api.register(municipalitiesRoutes, { repository: createMunicipalitiesRepository(db) });
      await api.register(authRoutes, { authService });
      await api.register(applicationsRoutes, { service: applicationsService });
      await api.register(inboxRoutes, { service: inboxService });
      if (config.smsProvider === 'dev-outbox' && config.environment !== 'production') {
        await api.register(devOutboxRoutes, { outbox });
      }
    },
    { prefix: '/api' },
  );

  if (config.spa) {
    await app.register(spaPlugin, config.spa);
  } else {
    app.setNotFoundHandler((request, reply) => sendProblem(request, reply, 404, 'not-found'));
  }

  if (config.seedDemo && (await seedDemo(db))) app.log.info('Demo data created');

  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;

-- Integration API change feed (issue 7). Every insert and every change an integrator cares about stamps the case
-- with the writing transaction's id and a sequence number. Readers page by (change_xid, change_seq) and only
-- see rows whose transaction is older than every transaction still in flight, so a slow transaction can never
-- commit a row behind a cursor that was already handed out.
CREATE SEQUENCE "cases_change_seq";--> statement-breakpoint
CREATE TABLE "integration_clients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"name" text NOT NULL,
	"scopes" jsonb NOT NULL,
	"secret_hash" text NOT NULL,
	"secret_last4" text NOT NULL,
	"created_by_staff_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"rotated_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "integration_idempotency_keys" (
	"client_id" uuid NOT NULL,
	"key" text NOT NULL,
	"operation" text NOT NULL,
	"request_hash" text NOT NULL,
	"response" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "integration_idempotency_keys_client_id_key_pk" PRIMARY KEY("client_id","key")
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "change_seq" bigint DEFAULT nextval('cases_change_seq') NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "change_xid" "xid8" DEFAULT pg_current_xact_id() NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "changed_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "integration_clients" ADD CONSTRAINT "integration_clients_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_clients" ADD CONSTRAINT "integration_clients_created_by_staff_id_staff_id_fk" FOREIGN KEY ("created_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_idempotency_keys" ADD CONSTRAINT "integration_idempotency_keys_client_id_integration_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."integration_clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "integration_clients_municipality_idx" ON "integration_clients" USING btree ("municipality_id","created_at");--> statement-breakpoint
CREATE INDEX "integration_clients_created_by_idx" ON "integration_clients" USING btree ("created_by_staff_id");--> statement-breakpoint
CREATE INDEX "cases_municipality_change_idx" ON "cases" USING btree ("municipality_id","change_xid","change_seq");--> statement-breakpoint
CREATE FUNCTION "cases_stamp_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.change_seq := nextval('cases_change_seq');
  NEW.change_xid := pg_current_xact_id();
  NEW.changed_at := now();
  RETURN NEW;
END
$$;--> statement-breakpoint
-- A trigger rather than each service bumping it: every status change, decision, supplement, withdrawal, edit,
-- hand-over and external case number is covered, including those of services written later.
CREATE TRIGGER "cases_stamp_change" BEFORE UPDATE ON "cases" FOR EACH ROW
  WHEN (
    (OLD.status, OLD.decision, OLD.data, OLD.external_case_number, OLD.taken_over_at, OLD.closed_at,
     OLD.form_id, OLD.form_version, OLD.period, OLD.co_applicant_personnummer, OLD.channel, OLD.pdf_storage_key, OLD.is_test)
    IS DISTINCT FROM
    (NEW.status, NEW.decision, NEW.data, NEW.external_case_number, NEW.taken_over_at, NEW.closed_at,
     NEW.form_id, NEW.form_version, NEW.period, NEW.co_applicant_personnummer, NEW.channel, NEW.pdf_storage_key, NEW.is_test)
  )
  EXECUTE FUNCTION "cases_stamp_change"();

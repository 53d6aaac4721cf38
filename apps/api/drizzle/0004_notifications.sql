CREATE TABLE "mailing_recipients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mailing_id" uuid NOT NULL,
	"case_id" uuid,
	"applicant_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"error_code" text,
	"sent_at" timestamp with time zone,
	CONSTRAINT "mailing_recipients_mailing_applicant_unique" UNIQUE("mailing_id","applicant_id")
);
--> statement-breakpoint
CREATE TABLE "mailings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"created_by_staff_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"subject" text,
	"body" text NOT NULL,
	"selection" jsonb NOT NULL,
	"recipient_count" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "applicants" ADD COLUMN "notify_by_email" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "applicants" ADD COLUMN "notify_by_sms" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "applicants" ADD COLUMN "notification_language" text DEFAULT 'sv' NOT NULL;--> statement-breakpoint
ALTER TABLE "applicants" ADD COLUMN "notifications_confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "overdue_notified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "applicant_downloaded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "supplement_requests" ADD COLUMN "reminder_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "mailing_recipients" ADD CONSTRAINT "mailing_recipients_mailing_id_mailings_id_fk" FOREIGN KEY ("mailing_id") REFERENCES "public"."mailings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailing_recipients" ADD CONSTRAINT "mailing_recipients_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailing_recipients" ADD CONSTRAINT "mailing_recipients_applicant_id_applicants_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."applicants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailings" ADD CONSTRAINT "mailings_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mailings" ADD CONSTRAINT "mailings_created_by_staff_id_staff_id_fk" FOREIGN KEY ("created_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mailing_recipients_mailing_status_idx" ON "mailing_recipients" USING btree ("mailing_id","status");--> statement-breakpoint
CREATE INDEX "mailing_recipients_case_idx" ON "mailing_recipients" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "mailing_recipients_applicant_idx" ON "mailing_recipients" USING btree ("applicant_id");--> statement-breakpoint
CREATE INDEX "mailings_municipality_created_idx" ON "mailings" USING btree ("municipality_id","created_at");--> statement-breakpoint
CREATE INDEX "mailings_created_by_idx" ON "mailings" USING btree ("created_by_staff_id");--> statement-breakpoint
-- Cases already past their due time when overdue notices begin were known to be late; without this the first
-- deadline check would mail every assignee about all of them at once.
UPDATE "cases" SET "overdue_notified_at" = now() WHERE "due_at" < now();

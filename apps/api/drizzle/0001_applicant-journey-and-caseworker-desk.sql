CREATE TABLE "login_code_lists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"applicant_id" uuid NOT NULL,
	"issued_by_staff_id" uuid NOT NULL,
	"voided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "login_codes" (
	"list_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"code_hash" text NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "login_codes_list_id_number_pk" PRIMARY KEY("list_id","number")
);
--> statement-breakpoint
CREATE TABLE "login_throttles" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "bankid_logins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"browser_key_hash" text NOT NULL,
	"flow" text NOT NULL,
	"order_ref" text NOT NULL,
	"qr_start_token" text NOT NULL,
	"qr_start_secret" text NOT NULL,
	"order_started_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"hint_code" text,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bankid_logins_order_ref_unique" UNIQUE("order_ref")
);
--> statement-breakpoint
CREATE TABLE "bankid_signatures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"applicant_id" uuid NOT NULL,
	"session_id" uuid,
	"form_id" text NOT NULL,
	"form_version" integer NOT NULL,
	"answers_digest" text NOT NULL,
	"visible_text" text NOT NULL,
	"flow" text NOT NULL,
	"order_ref" text NOT NULL,
	"qr_start_token" text NOT NULL,
	"qr_start_secret" text NOT NULL,
	"order_started_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"hint_code" text,
	"finished_at" timestamp with time zone,
	"signature" text,
	"ocsp_response" text,
	"signer_personnummer" text,
	"signer_name" text,
	"signed_at" timestamp with time zone,
	"case_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bankid_signatures_order_ref_unique" UNIQUE("order_ref"),
	CONSTRAINT "bankid_signatures_case_id_unique" UNIQUE("case_id")
);
--> statement-breakpoint
CREATE TABLE "send_later_receipts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"draft_id" uuid,
	"case_id" uuid,
	"requirement_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "send_later_receipts_draft_requirement_unique" UNIQUE("draft_id","requirement_id"),
	CONSTRAINT "send_later_receipts_case_requirement_unique" UNIQUE("case_id","requirement_id"),
	CONSTRAINT "send_later_receipts_one_owner" CHECK (num_nonnulls("send_later_receipts"."draft_id", "send_later_receipts"."case_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "supplement_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"requested_by_staff_id" uuid NOT NULL,
	"message" text NOT NULL,
	"due_date" date NOT NULL,
	"receipt_categories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supplements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"request_id" uuid,
	"applicant_id" uuid NOT NULL,
	"form_id" text NOT NULL,
	"form_version" integer NOT NULL,
	"data" jsonb NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_flags" (
	"staff_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_flags_staff_id_case_id_pk" PRIMARY KEY("staff_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "staff_list_settings" (
	"staff_id" uuid PRIMARY KEY NOT NULL,
	"settings" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "municipalities" ADD COLUMN "applicant_login_methods" text[] DEFAULT '{"bankid","password_sms"}' NOT NULL;--> statement-breakpoint
ALTER TABLE "municipalities" ADD COLUMN "handling_working_days" integer DEFAULT 10 NOT NULL;--> statement-breakpoint
ALTER TABLE "login_challenges" ADD COLUMN "code_list_id" uuid;--> statement-breakpoint
ALTER TABLE "login_challenges" ADD COLUMN "code_number" integer;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "login_method" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "submission_key" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "pdf_storage_key" text;--> statement-breakpoint
ALTER TABLE "drafts" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "requirement_id" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "client_ip" text;--> statement-breakpoint
ALTER TABLE "login_code_lists" ADD CONSTRAINT "login_code_lists_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "login_code_lists" ADD CONSTRAINT "login_code_lists_applicant_id_applicants_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."applicants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "login_code_lists" ADD CONSTRAINT "login_code_lists_issued_by_staff_id_staff_id_fk" FOREIGN KEY ("issued_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "login_codes" ADD CONSTRAINT "login_codes_list_id_login_code_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."login_code_lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bankid_logins" ADD CONSTRAINT "bankid_logins_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bankid_signatures" ADD CONSTRAINT "bankid_signatures_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bankid_signatures" ADD CONSTRAINT "bankid_signatures_applicant_id_applicants_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."applicants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bankid_signatures" ADD CONSTRAINT "bankid_signatures_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bankid_signatures" ADD CONSTRAINT "bankid_signatures_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "send_later_receipts" ADD CONSTRAINT "send_later_receipts_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "send_later_receipts" ADD CONSTRAINT "send_later_receipts_draft_id_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."drafts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "send_later_receipts" ADD CONSTRAINT "send_later_receipts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplement_requests" ADD CONSTRAINT "supplement_requests_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplement_requests" ADD CONSTRAINT "supplement_requests_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplement_requests" ADD CONSTRAINT "supplement_requests_requested_by_staff_id_staff_id_fk" FOREIGN KEY ("requested_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplements" ADD CONSTRAINT "supplements_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplements" ADD CONSTRAINT "supplements_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplements" ADD CONSTRAINT "supplements_request_id_supplement_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."supplement_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplements" ADD CONSTRAINT "supplements_applicant_id_applicants_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."applicants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_flags" ADD CONSTRAINT "case_flags_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_flags" ADD CONSTRAINT "case_flags_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_list_settings" ADD CONSTRAINT "staff_list_settings_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "login_code_lists_active_unique" ON "login_code_lists" USING btree ("applicant_id") WHERE "login_code_lists"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "login_code_lists_municipality_idx" ON "login_code_lists" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "login_code_lists_staff_idx" ON "login_code_lists" USING btree ("issued_by_staff_id");--> statement-breakpoint
CREATE INDEX "bankid_logins_municipality_idx" ON "bankid_logins" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "bankid_signatures_municipality_idx" ON "bankid_signatures" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "bankid_signatures_applicant_idx" ON "bankid_signatures" USING btree ("applicant_id");--> statement-breakpoint
CREATE INDEX "bankid_signatures_session_idx" ON "bankid_signatures" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "send_later_receipts_municipality_idx" ON "send_later_receipts" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "supplement_requests_case_idx" ON "supplement_requests" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "supplement_requests_municipality_idx" ON "supplement_requests" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "supplement_requests_staff_idx" ON "supplement_requests" USING btree ("requested_by_staff_id");--> statement-breakpoint
CREATE INDEX "supplements_case_idx" ON "supplements" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "supplements_request_idx" ON "supplements" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "supplements_applicant_idx" ON "supplements" USING btree ("applicant_id");--> statement-breakpoint
CREATE INDEX "supplements_municipality_idx" ON "supplements" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "case_flags_case_idx" ON "case_flags" USING btree ("case_id");--> statement-breakpoint
ALTER TABLE "login_challenges" ADD CONSTRAINT "login_challenges_code_list_id_login_code_lists_id_fk" FOREIGN KEY ("code_list_id") REFERENCES "public"."login_code_lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "applicants_given_name_search_idx" ON "applicants" USING btree ("municipality_id",lower("given_name") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "applicants_family_name_search_idx" ON "applicants" USING btree ("municipality_id",lower("family_name") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "applicants_municipality_name_idx" ON "applicants" USING btree ("municipality_id","family_name","given_name");--> statement-breakpoint
CREATE INDEX "login_challenges_code_list_idx" ON "login_challenges" USING btree ("code_list_id");--> statement-breakpoint
CREATE INDEX "cases_municipality_submitted_idx" ON "cases" USING btree ("municipality_id","submitted_at","id");--> statement-breakpoint
CREATE INDEX "cases_municipality_due_idx" ON "cases" USING btree ("municipality_id","due_at","id");--> statement-breakpoint
CREATE INDEX "cases_municipality_period_idx" ON "cases" USING btree ("municipality_id","period","id");--> statement-breakpoint
CREATE INDEX "cases_municipality_status_order_idx" ON "cases" USING btree ("municipality_id",array_position(array['submitted', 'in_progress', 'awaiting_supplement', 'supplemented', 'decided', 'closed', 'withdrawn']::text[], "status"),"submitted_at");--> statement-breakpoint
CREATE INDEX "cases_overdue_idx" ON "cases" USING btree ("municipality_id","due_at") WHERE "cases"."status" in ('submitted', 'in_progress', 'supplemented');--> statement-breakpoint
CREATE INDEX "cases_co_applicant_idx" ON "cases" USING btree ("municipality_id","co_applicant_personnummer") WHERE "cases"."co_applicant_personnummer" is not null;--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_log_listed_cases_idx" ON "audit_log" USING gin (("details" -> 'caseIds'));--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_applicant_submission_key_unique" UNIQUE("applicant_id","submission_key");--> statement-breakpoint
ALTER TABLE "drafts" ADD CONSTRAINT "drafts_applicant_form_unique" UNIQUE("applicant_id","form_id");--> statement-breakpoint
UPDATE "cases" SET "due_at" = (date_trunc('day', "cases"."submitted_at" AT TIME ZONE 'Europe/Stockholm') + make_interval(days => "municipalities"."handling_working_days" / 5 * 7 + "municipalities"."handling_working_days" % 5 + 1)) AT TIME ZONE 'Europe/Stockholm' FROM "municipalities" WHERE "municipalities"."id" = "cases"."municipality_id" AND "cases"."due_at" IS NULL;

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
ALTER TABLE "login_challenges" ADD COLUMN "code_list_id" uuid;--> statement-breakpoint
ALTER TABLE "login_challenges" ADD COLUMN "code_number" integer;--> statement-breakpoint
ALTER TABLE "login_code_lists" ADD CONSTRAINT "login_code_lists_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "login_code_lists" ADD CONSTRAINT "login_code_lists_applicant_id_applicants_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."applicants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "login_code_lists" ADD CONSTRAINT "login_code_lists_issued_by_staff_id_staff_id_fk" FOREIGN KEY ("issued_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "login_codes" ADD CONSTRAINT "login_codes_list_id_login_code_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."login_code_lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bankid_signatures" ADD CONSTRAINT "bankid_signatures_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bankid_signatures" ADD CONSTRAINT "bankid_signatures_applicant_id_applicants_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."applicants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bankid_signatures" ADD CONSTRAINT "bankid_signatures_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bankid_signatures" ADD CONSTRAINT "bankid_signatures_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "login_code_lists_active_unique" ON "login_code_lists" USING btree ("applicant_id") WHERE "login_code_lists"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "login_code_lists_municipality_idx" ON "login_code_lists" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "login_code_lists_staff_idx" ON "login_code_lists" USING btree ("issued_by_staff_id");--> statement-breakpoint
CREATE INDEX "bankid_signatures_municipality_idx" ON "bankid_signatures" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "bankid_signatures_applicant_idx" ON "bankid_signatures" USING btree ("applicant_id");--> statement-breakpoint
CREATE INDEX "bankid_signatures_session_idx" ON "bankid_signatures" USING btree ("session_id");--> statement-breakpoint
ALTER TABLE "login_challenges" ADD CONSTRAINT "login_challenges_code_list_id_login_code_lists_id_fk" FOREIGN KEY ("code_list_id") REFERENCES "public"."login_code_lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "login_challenges_code_list_idx" ON "login_challenges" USING btree ("code_list_id");
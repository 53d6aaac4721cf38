CREATE TABLE "sso_logins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"state" text NOT NULL,
	"code_verifier" text NOT NULL,
	"nonce" text NOT NULL,
	"return_to" text,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sso_logins_state_unique" UNIQUE("state")
);
--> statement-breakpoint
ALTER TABLE "login_code_lists" ALTER COLUMN "applicant_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "applicants" ADD COLUMN "deactivated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "applicants" ADD COLUMN "test_owner_staff_id" uuid;--> statement-breakpoint
ALTER TABLE "login_code_lists" ADD COLUMN "staff_id" uuid;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "original_data" jsonb;--> statement-breakpoint
ALTER TABLE "sso_logins" ADD CONSTRAINT "sso_logins_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sso_logins_municipality_idx" ON "sso_logins" USING btree ("municipality_id");--> statement-breakpoint
ALTER TABLE "applicants" ADD CONSTRAINT "applicants_test_owner_staff_id_staff_id_fk" FOREIGN KEY ("test_owner_staff_id") REFERENCES "public"."staff"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "login_code_lists" ADD CONSTRAINT "login_code_lists_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "staff_municipality_sso_subject_unique" ON "staff" USING btree ("municipality_id","sso_subject") WHERE "staff"."sso_subject" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "login_code_lists_active_staff_unique" ON "login_code_lists" USING btree ("staff_id") WHERE "login_code_lists"."voided_at" is null;--> statement-breakpoint
CREATE INDEX "login_code_lists_owner_staff_idx" ON "login_code_lists" USING btree ("staff_id");--> statement-breakpoint
ALTER TABLE "applicants" ADD CONSTRAINT "applicants_test_owner_unique" UNIQUE("test_owner_staff_id");--> statement-breakpoint
ALTER TABLE "login_code_lists" ADD CONSTRAINT "login_code_lists_one_owner" CHECK (num_nonnulls("login_code_lists"."applicant_id", "login_code_lists"."staff_id") = 1);
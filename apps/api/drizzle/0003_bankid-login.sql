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
ALTER TABLE "municipalities" ADD COLUMN "applicant_login_methods" text[] DEFAULT '{"bankid","password_sms"}' NOT NULL;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "login_method" text;--> statement-breakpoint
ALTER TABLE "bankid_logins" ADD CONSTRAINT "bankid_logins_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bankid_logins_municipality_idx" ON "bankid_logins" USING btree ("municipality_id");
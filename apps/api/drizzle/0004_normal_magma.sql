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
ALTER TABLE "supplement_requests" ADD CONSTRAINT "supplement_requests_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplement_requests" ADD CONSTRAINT "supplement_requests_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplement_requests" ADD CONSTRAINT "supplement_requests_requested_by_staff_id_staff_id_fk" FOREIGN KEY ("requested_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplements" ADD CONSTRAINT "supplements_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplements" ADD CONSTRAINT "supplements_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplements" ADD CONSTRAINT "supplements_request_id_supplement_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."supplement_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplements" ADD CONSTRAINT "supplements_applicant_id_applicants_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."applicants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "supplement_requests_case_idx" ON "supplement_requests" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "supplement_requests_municipality_idx" ON "supplement_requests" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "supplement_requests_staff_idx" ON "supplement_requests" USING btree ("requested_by_staff_id");--> statement-breakpoint
CREATE INDEX "supplements_case_idx" ON "supplements" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "supplements_request_idx" ON "supplements" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "supplements_applicant_idx" ON "supplements" USING btree ("applicant_id");--> statement-breakpoint
CREATE INDEX "supplements_municipality_idx" ON "supplements" USING btree ("municipality_id");
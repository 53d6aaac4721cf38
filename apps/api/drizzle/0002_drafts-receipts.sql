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
ALTER TABLE "drafts" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "requirement_id" text;--> statement-breakpoint
ALTER TABLE "send_later_receipts" ADD CONSTRAINT "send_later_receipts_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "send_later_receipts" ADD CONSTRAINT "send_later_receipts_draft_id_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."drafts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "send_later_receipts" ADD CONSTRAINT "send_later_receipts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "send_later_receipts_municipality_idx" ON "send_later_receipts" USING btree ("municipality_id");--> statement-breakpoint
ALTER TABLE "drafts" ADD CONSTRAINT "drafts_applicant_form_unique" UNIQUE("applicant_id","form_id");
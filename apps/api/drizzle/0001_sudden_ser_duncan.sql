ALTER TABLE "cases" ADD COLUMN "submission_key" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "pdf_storage_key" text;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_applicant_submission_key_unique" UNIQUE("applicant_id","submission_key");
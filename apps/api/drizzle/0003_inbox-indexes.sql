DROP INDEX "case_assignees_staff_idx";--> statement-breakpoint
CREATE INDEX "case_assignees_staff_case_idx" ON "case_assignees" USING btree ("staff_id","case_id");--> statement-breakpoint
CREATE INDEX "cases_active_submitted_idx" ON "cases" USING btree ("municipality_id","submitted_at","id") WHERE "cases"."taken_over_at" is null and not "cases"."is_test";--> statement-breakpoint
CREATE INDEX "cases_active_open_idx" ON "cases" USING btree ("municipality_id","submitted_at","id") WHERE "cases"."taken_over_at" is null and not "cases"."is_test" and "cases"."status" not in ('closed', 'withdrawn');--> statement-breakpoint
CREATE INDEX "cases_handed_over_idx" ON "cases" USING btree ("municipality_id","submitted_at","id") WHERE "cases"."taken_over_at" is not null;--> statement-breakpoint
CREATE INDEX "cases_test_idx" ON "cases" USING btree ("municipality_id","submitted_at","id") WHERE "cases"."is_test";
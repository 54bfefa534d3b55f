CREATE TABLE "accessibility_statement" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "accessibility_statement_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"status" text NOT NULL,
	"method" text NOT NULL,
	"assessed_on" date NOT NULL,
	"not_accessible" text DEFAULT '' NOT NULL,
	"alternatives" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"agid_url" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accessibility_statement_status" CHECK ("accessibility_statement"."status" in ('full', 'partial', 'none'))
);
--> statement-breakpoint
CREATE TABLE "disservice_report" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "disservice_report_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"category" text NOT NULL,
	"page" text DEFAULT '' NOT NULL,
	"description" text NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"lang" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accessibility_statement" ADD CONSTRAINT "accessibility_statement_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disservice_report" ADD CONSTRAINT "disservice_report_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "accessibility_statement_district_id_index" ON "accessibility_statement" USING btree ("district_id");--> statement-breakpoint
CREATE INDEX "disservice_report_district_id_created_at_index" ON "disservice_report" USING btree ("district_id","created_at");
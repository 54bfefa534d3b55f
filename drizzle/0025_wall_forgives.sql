CREATE TABLE "wall_action" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "wall_action_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"wall_id" integer NOT NULL,
	"kind" text NOT NULL,
	"note_id" integer NOT NULL,
	"target_id" integer,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"actor_name" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"undone_at" timestamp with time zone,
	"undone_by" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "objective" ADD COLUMN "draft" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "wall" ADD COLUMN "timer_round" text;--> statement-breakpoint
ALTER TABLE "wall" ADD COLUMN "timer_ends_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "wall" ADD COLUMN "timer_auto_close" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "wall_action" ADD CONSTRAINT "wall_action_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wall_action" ADD CONSTRAINT "wall_action_wall_id_wall_id_fk" FOREIGN KEY ("wall_id") REFERENCES "public"."wall"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wall_action" ADD CONSTRAINT "wall_action_note_id_wall_note_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."wall_note"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "wall_action_wall_id_id_index" ON "wall_action" USING btree ("wall_id","id");--> statement-breakpoint
ALTER TABLE "wall" ADD CONSTRAINT "wall_timer" CHECK (("wall"."timer_round" is null) = ("wall"."timer_ends_at" is null));
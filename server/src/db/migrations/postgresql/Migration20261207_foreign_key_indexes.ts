import { Migration } from '@mikro-orm/migrations';

export class Migration20261207_foreign_key_indexes extends Migration {

  override async up(): Promise<void> {
    // Issue 17 item 5: PostgreSQL indexes no foreign key by itself (SQLite's migrations have
    // indexed every one since the first): the timeline's events, a transaction's survey links
    // and feedback, a user's sessions and tokens were read by scanning their whole tables.
    // The entities declare each index (@Index), so both engines have the same ones by name;
    // db/migrations.test.ts fails when a new foreign key has none.
    this.addSql(`create index "policy_objective_version_id_index" on "policy_objective" ("version_id");`);
    this.addSql(`create index "policy_objective_parent_id_index" on "policy_objective" ("parent_id");`);

    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);

    this.addSql(`create index "library_document_owner_id_index" on "library_document" ("owner_id");`);
    this.addSql(`create index "library_document_current_version_id_index" on "library_document" ("current_version_id");`);

    this.addSql(`create index "library_document_version_author_id_index" on "library_document_version" ("author_id");`);
    this.addSql(`create index "library_document_version_published_by_id_index" on "library_document_version" ("published_by_id");`);

    this.addSql(`create index "library_attachment_document_id_index" on "library_attachment" ("document_id");`);
    this.addSql(`create index "library_attachment_uploaded_by_id_index" on "library_attachment" ("uploaded_by_id");`);

    this.addSql(`create index "beneficiary_created_by_id_index" on "beneficiary" ("created_by_id");`);

    this.addSql(`create index "beneficiary_transaction_channel_id_index" on "beneficiary_transaction" ("channel_id");`);
    this.addSql(`create index "beneficiary_transaction_assignee_id_index" on "beneficiary_transaction" ("assignee_id");`);
    this.addSql(`create index "beneficiary_transaction_policy_version_id_index" on "beneficiary_transaction" ("policy_version_id");`);
    this.addSql(`create index "beneficiary_transaction_return_step_id_index" on "beneficiary_transaction" ("return_step_id");`);

    this.addSql(`create index "transaction_note_author_id_index" on "transaction_note" ("author_id");`);

    this.addSql(`create index "transaction_event_transaction_id_index" on "transaction_event" ("transaction_id");`);
    this.addSql(`create index "transaction_event_step_id_index" on "transaction_event" ("step_id");`);
    this.addSql(`create index "transaction_event_actor_id_index" on "transaction_event" ("actor_id");`);

    this.addSql(`create index "survey_invitation_transaction_id_index" on "survey_invitation" ("transaction_id");`);
    this.addSql(`create index "survey_invitation_issued_by_id_index" on "survey_invitation" ("issued_by_id");`);
    this.addSql(`create index "survey_invitation_officer_id_index" on "survey_invitation" ("officer_id");`);

    this.addSql(`create index "survey_response_recorded_by_id_index" on "survey_response" ("recorded_by_id");`);

    this.addSql(`create index "improvement_action_closed_by_id_index" on "improvement_action" ("closed_by_id");`);

    this.addSql(`create index "feedback_item_beneficiary_id_index" on "feedback_item" ("beneficiary_id");`);
    this.addSql(`create index "feedback_item_transaction_id_index" on "feedback_item" ("transaction_id");`);
    this.addSql(`create index "feedback_item_assignee_id_index" on "feedback_item" ("assignee_id");`);
    this.addSql(`create index "feedback_item_created_by_id_index" on "feedback_item" ("created_by_id");`);
    this.addSql(`create index "feedback_item_answered_by_policy_id_index" on "feedback_item" ("answered_by_policy_id");`);

    this.addSql(`create index "api_token_user_id_index" on "api_token" ("user_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "api_token_user_id_index";`);

    this.addSql(`drop index "beneficiary_created_by_id_index";`);

    this.addSql(`drop index "beneficiary_transaction_channel_id_index";`);
    this.addSql(`drop index "beneficiary_transaction_assignee_id_index";`);
    this.addSql(`drop index "beneficiary_transaction_policy_version_id_index";`);
    this.addSql(`drop index "beneficiary_transaction_return_step_id_index";`);

    this.addSql(`drop index "feedback_item_beneficiary_id_index";`);
    this.addSql(`drop index "feedback_item_transaction_id_index";`);
    this.addSql(`drop index "feedback_item_assignee_id_index";`);
    this.addSql(`drop index "feedback_item_created_by_id_index";`);
    this.addSql(`drop index "feedback_item_answered_by_policy_id_index";`);

    this.addSql(`drop index "improvement_action_closed_by_id_index";`);

    this.addSql(`drop index "library_attachment_document_id_index";`);
    this.addSql(`drop index "library_attachment_uploaded_by_id_index";`);

    this.addSql(`drop index "library_document_owner_id_index";`);
    this.addSql(`drop index "library_document_current_version_id_index";`);

    this.addSql(`drop index "library_document_version_author_id_index";`);
    this.addSql(`drop index "library_document_version_published_by_id_index";`);

    this.addSql(`drop index "policy_objective_version_id_index";`);
    this.addSql(`drop index "policy_objective_parent_id_index";`);

    this.addSql(`drop index "session_user_id_index";`);

    this.addSql(`drop index "survey_invitation_transaction_id_index";`);
    this.addSql(`drop index "survey_invitation_issued_by_id_index";`);
    this.addSql(`drop index "survey_invitation_officer_id_index";`);

    this.addSql(`drop index "survey_response_recorded_by_id_index";`);

    this.addSql(`drop index "transaction_event_transaction_id_index";`);
    this.addSql(`drop index "transaction_event_step_id_index";`);
    this.addSql(`drop index "transaction_event_actor_id_index";`);

    this.addSql(`drop index "transaction_note_author_id_index";`);
  }

}

import { describeEnum } from '../common/enums.js';

/** What kind of document a library document is (the same kinds as the policy's tools). */
export enum DocumentKind {
  REGULATION = 'REGULATION',
  GUIDE = 'GUIDE',
  FORM = 'FORM',
}
describeEnum(DocumentKind, 'DocumentKind', 'Kind of library document.', {
  REGULATION: 'A regulation, such as the association’s bylaws.',
  GUIDE: 'A guide for officers.',
  FORM: 'A form the beneficiary or the officer fills in.',
});

/** Where a version of a document stands. */
export enum DocumentVersionStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
describeEnum(DocumentVersionStatus, 'DocumentVersionStatus', 'Where a document version stands.', {
  DRAFT: 'Being written: seen only by its document’s owner, managers and admins.',
  PUBLISHED: 'Published: every signed-in user reads it; the latest one is the current text.',
});

/** What a search hit points at. */
export enum SearchHitKind {
  DOCUMENT = 'DOCUMENT',
  POLICY_TEXT = 'POLICY_TEXT',
  OBJECTIVE = 'OBJECTIVE',
  CHANNEL = 'CHANNEL',
  TOOL = 'TOOL',
  STEP = 'STEP',
}
describeEnum(SearchHitKind, 'SearchHitKind', 'What a search hit points at.', {
  DOCUMENT: 'A published library document.',
  POLICY_TEXT: 'The preface or the general objective of the active policy.',
  OBJECTIVE: 'A detailed objective of the active policy.',
  CHANNEL: 'A communication channel of the active policy.',
  TOOL: 'A tool of the active policy that has no published document yet.',
  STEP: 'A handling step of the active policy.',
});

/** The languages of the product. */
export enum ContentLanguage {
  AR = 'AR',
  EN = 'EN',
}
describeEnum(ContentLanguage, 'ContentLanguage', 'A language of the content.', {
  AR: 'Arabic.',
  EN: 'English.',
});

/**
 * The role × operation matrix, written out by hand: who may run each root field. Adding a root
 * field without a row here fails the coverage test of access-matrix.test.ts, which runs every row
 * over HTTP as each role.
 */
export type Who =
  'ANONYMOUS' | 'ADMIN' | 'MANAGER' | 'STAFF' | 'RESEARCHER' | 'COMMITTEE' | 'ANALYST';
export const ROLES: Who[] = ['ADMIN', 'MANAGER', 'STAFF', 'RESEARCHER', 'COMMITTEE', 'ANALYST'];
export const EVERYONE: Who[] = ['ANONYMOUS', ...ROLES];

export const MATRIX: {
  field: string;
  op: string;
  variables?: Record<string, unknown>;
  allowed: Who[];
}[] = [
  { field: 'activePolicy', op: '{ activePolicy { id } }', allowed: EVERYONE },
  { field: 'channels', op: '{ channels { id } }', allowed: EVERYONE },
  { field: 'tools', op: '{ tools { id } }', allowed: EVERYONE },
  { field: 'handlingSteps', op: '{ handlingSteps { id } }', allowed: EVERYONE },
  { field: 'policyVersion', op: '{ policyVersion(number: 1) { id } }', allowed: ROLES },
  { field: 'me', op: '{ me { id } }', allowed: EVERYONE },
  { field: 'users', op: '{ users(first: 5) { totalCount } }', allowed: ['ADMIN'] },
  { field: 'myApiTokens', op: '{ myApiTokens { id } }', allowed: ROLES },
  {
    field: 'auditEntries',
    op: '{ auditEntries(first: 5) { totalCount } }',
    allowed: ['ADMIN', 'MANAGER'],
  },
  {
    field: 'backupStatus',
    op: '{ backupStatus { lastRun { id } schedule { enabled } } }',
    allowed: ['ADMIN'],
  },
  {
    field: 'beneficiaries',
    op: '{ beneficiaries(first: 5) { totalCount } }',
    allowed: ['MANAGER', 'STAFF', 'RESEARCHER', 'COMMITTEE'],
  },
  {
    field: 'beneficiary',
    op: '{ beneficiary(id: "999999") { id } }',
    allowed: ['MANAGER', 'STAFF', 'RESEARCHER', 'COMMITTEE'],
  },
  {
    field: 'beneficiaryCreate',
    op: 'mutation { beneficiaryCreate(input: { fullName: "x y", nationalId: "1000000007", mobile: "0551234567", city: "Riyadh", gender: MALE }) { errors { code } } }',
    allowed: ['MANAGER', 'STAFF'],
  },
  {
    field: 'beneficiaryUpdate',
    op: 'mutation { beneficiaryUpdate(input: { id: "999999", city: "Jeddah" }) { errors { code } } }',
    allowed: ['MANAGER', 'STAFF'],
  },
  {
    field: 'householdMemberAdd',
    op: 'mutation { householdMemberAdd(input: { beneficiaryId: "999999", version: 0, fullName: "x y", relation: SON, dateOfBirth: "2010-01-01", gender: MALE, hasDisability: false, occupation: STUDENT }) { errors { code } } }',
    allowed: ['MANAGER', 'STAFF', 'RESEARCHER'],
  },
  {
    field: 'householdMemberUpdate',
    op: 'mutation { householdMemberUpdate(input: { memberId: "999999", version: 0, fullName: "x y", relation: SON, dateOfBirth: "2010-01-01", gender: MALE, hasDisability: false, occupation: STUDENT }) { errors { code } } }',
    allowed: ['MANAGER', 'STAFF', 'RESEARCHER'],
  },
  {
    field: 'householdMemberRemove',
    op: 'mutation { householdMemberRemove(input: { memberId: "999999", version: 0 }) { errors { code } } }',
    allowed: ['MANAGER', 'STAFF', 'RESEARCHER'],
  },
  {
    field: 'householdCircumstancesSet',
    op: 'mutation { householdCircumstancesSet(input: { beneficiaryId: "999999", version: 0, incomes: [], expenses: [], address: {} }) { errors { code } } }',
    allowed: ['MANAGER', 'STAFF', 'RESEARCHER'],
  },
  {
    field: 'transactions',
    op: '{ transactions(first: 5) { totalCount } }',
    allowed: ['MANAGER', 'STAFF', 'RESEARCHER', 'COMMITTEE'],
  },
  {
    field: 'transaction',
    op: '{ transaction(id: "999999") { id } }',
    allowed: ['MANAGER', 'STAFF', 'RESEARCHER', 'COMMITTEE'],
  },
  { field: 'referralReasons', op: '{ referralReasons { id } }', allowed: ROLES },
  { field: 'policyVersions', op: '{ policyVersions { number } }', allowed: ROLES },
  {
    field: 'dashboard',
    op: '{ dashboard(period: { from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z" }) { followUp { openFeedback } } }',
    allowed: ['MANAGER', 'ADMIN'],
  },
  {
    field: 'survey',
    op: '{ survey(token: "no-such-token-000000000") { state } }',
    allowed: EVERYONE,
  },
  {
    field: 'surveySubmit',
    op: 'mutation { surveySubmit(input: { token: "no-such-token-000000000", answers: { overall: 5, courtesy: 5, clarity: 5, speed: 5, recommend: 10 } }) { recorded errors { code } } }',
    allowed: EVERYONE,
  },
  {
    field: 'surveyInvitationIssue',
    op: 'mutation { surveyInvitationIssue(input: { transactionId: "999999" }) { errors { code } } }',
    allowed: ['MANAGER', 'STAFF'],
  },
  {
    field: 'surveyInvitations',
    op: '{ surveyInvitations(transactionId: "999999") { id } }',
    allowed: ['MANAGER', 'STAFF'],
  },
  {
    field: 'surveyRecordAssisted',
    op: 'mutation { surveyRecordAssisted(input: { transactionId: "999999", answers: { overall: 5, courtesy: 5, clarity: 5, speed: 5, recommend: 10 } }) { errors { code } } }',
    allowed: ['MANAGER', 'STAFF'],
  },
  {
    field: 'transactionStats',
    op: '{ transactionStats(groupBy: [CHANNEL]) { measures { count } } }',
    allowed: ['MANAGER', 'ANALYST'],
  },
  {
    field: 'satisfactionStats',
    op: '{ satisfactionStats(groupBy: [CHANNEL]) { figures { responses } } }',
    allowed: ['MANAGER', 'ANALYST'],
  },
  {
    field: 'satisfactionReport',
    op: '{ satisfactionReport { total { responses } } }',
    allowed: ['MANAGER', 'ANALYST'],
  },
  {
    field: 'satisfactionComments',
    op: '{ satisfactionComments { totalCount } }',
    allowed: ['MANAGER', 'ANALYST'],
  },
  {
    field: 'feedbackItems',
    op: '{ feedbackItems { totalCount } }',
    allowed: ['MANAGER', 'STAFF'],
  },
  {
    field: 'feedbackCreate',
    op: 'mutation { feedbackCreate(input: { kind: SUGGESTION, subject: "x", body: "" }) { errors { code } } }',
    allowed: ['MANAGER', 'STAFF'],
  },
  {
    field: 'feedbackUpdate',
    op: 'mutation { feedbackUpdate(input: { id: "999999" }) { errors { code } } }',
    allowed: ['MANAGER', 'STAFF'],
  },
  {
    field: 'improvementActions',
    op: '{ improvementActions { totalCount } }',
    allowed: ['MANAGER'],
  },
  {
    field: 'improvementActionClose',
    op: 'mutation { improvementActionClose(input: { id: "999999", actionTaken: "trained the team" }) { errors { code } } }',
    allowed: ['MANAGER'],
  },
  {
    field: 'policyVersionDiff',
    op: '{ policyVersionDiff(from: 1, to: 1) { changes { key } } }',
    allowed: ROLES,
  },
  {
    field: 'policyDraftCreate',
    op: 'mutation { policyDraftCreate { errors { code } } }',
    allowed: ['MANAGER'],
  },
  {
    field: 'policyDraftSave',
    op: 'mutation { policyDraftSave(input: { number: 999, title: { ar: "", en: "" }, preface: { ar: "", en: "" }, generalObjective: { ar: "", en: "" }, objectives: [], channels: [], tools: [], steps: [] }) { errors { code } } }',
    allowed: ['MANAGER'],
  },
  {
    field: 'policyDraftDiscard',
    op: 'mutation { policyDraftDiscard(input: { number: 999 }) { errors { code } } }',
    allowed: ['MANAGER'],
  },
  {
    field: 'policyApprove',
    op: 'mutation { policyApprove(input: { number: 999, body: { ar: "مجلس", en: "Board" }, boardTerm: { ar: "الدورة", en: "Term" }, approvedOnGregorian: "2024-08-15", approvedOnHijri: "1446-02-11" }) { errors { code } } }',
    allowed: ['MANAGER'],
  },
  {
    field: 'referralReasonSave',
    op: 'mutation { referralReasonSave(input: { key: "MATRIX", labelAr: "مصفوفة", labelEn: "Matrix" }) { errors { code } } }',
    allowed: ['MANAGER'],
  },
  {
    field: 'assignableUsers',
    op: '{ assignableUsers(role: RESEARCHER) { id } }',
    allowed: ['MANAGER', 'STAFF'],
  },
  {
    field: 'transactionOpen',
    op: 'mutation { transactionOpen(input: { beneficiaryId: "999999", channelKey: "PHONE", type: INQUIRY, subject: "matrix" }) { errors { code } } }',
    allowed: ['MANAGER', 'STAFF'],
  },
  {
    field: 'transactionCompleteStep',
    op: 'mutation { transactionCompleteStep(input: { id: "999999", expectedVersion: 1, checkedItems: [] }) { errors { code } } }',
    allowed: ['MANAGER', 'STAFF'],
  },
  {
    field: 'transactionCloseInquiry',
    op: 'mutation { transactionCloseInquiry(input: { id: "999999", expectedVersion: 1 }) { errors { code } } }',
    allowed: ['MANAGER', 'STAFF'],
  },
  {
    field: 'transactionRefer',
    op: 'mutation { transactionRefer(input: { id: "999999", expectedVersion: 1, researcherId: "1", reasonKey: "OTHER" }) { errors { code } } }',
    allowed: ['MANAGER', 'STAFF'],
  },
  {
    field: 'transactionReturnFromReferral',
    op: 'mutation { transactionReturnFromReferral(input: { id: "999999", expectedVersion: 1, guidance: "explained" }) { errors { code } } }',
    allowed: ['MANAGER', 'RESEARCHER'],
  },
  {
    field: 'transactionAttest',
    op: 'mutation { transactionAttest(input: { id: "999999", expectedVersion: 1, attestationText: "I attest the data", applicantConfirmed: true }) { errors { code } } }',
    allowed: ['MANAGER', 'STAFF'],
  },
  {
    field: 'transactionSubmitToCommittee',
    op: 'mutation { transactionSubmitToCommittee(input: { id: "999999", expectedVersion: 1 }) { errors { code } } }',
    allowed: ['MANAGER', 'STAFF'],
  },
  {
    field: 'transactionDecide',
    op: 'mutation { transactionDecide(input: { id: "999999", expectedVersion: 1, decision: APPROVE, reason: "fits the policy" }) { errors { code } } }',
    allowed: ['COMMITTEE'],
  },
  {
    field: 'transactionResume',
    op: 'mutation { transactionResume(input: { id: "999999", expectedVersion: 1 }) { errors { code } } }',
    allowed: ['MANAGER', 'STAFF'],
  },
  {
    field: 'transactionDeliver',
    op: 'mutation { transactionDeliver(input: { id: "999999", expectedVersion: 1, serviceDelivered: "food basket" }) { errors { code } } }',
    allowed: ['MANAGER', 'STAFF'],
  },
  {
    field: 'transactionAssign',
    op: 'mutation { transactionAssign(input: { transactionId: "999999", assigneeId: "1" }) { errors { code } } }',
    allowed: ['MANAGER', 'STAFF', 'RESEARCHER'],
  },
  {
    field: 'transactionsAssign',
    op: 'mutation { transactionsAssign(input: { transactionIds: ["999999"], assigneeId: "1" }) { errors { code } } }',
    allowed: ['MANAGER', 'STAFF', 'RESEARCHER'],
  },
  {
    field: 'transactionViews',
    op: '{ transactionViews { totalCount } }',
    allowed: ['MANAGER', 'STAFF', 'RESEARCHER', 'COMMITTEE'],
  },
  {
    field: 'transactionViewCreate',
    op: 'mutation { transactionViewCreate(input: { name: "matrix", filter: { status: [OPEN] } }) { errors { code } } }',
    allowed: ['MANAGER', 'STAFF', 'RESEARCHER', 'COMMITTEE'],
  },
  {
    field: 'transactionViewRename',
    op: 'mutation { transactionViewRename(input: { id: "999999", name: "matrix" }) { errors { code } } }',
    allowed: ['MANAGER', 'STAFF', 'RESEARCHER', 'COMMITTEE'],
  },
  {
    field: 'transactionViewShare',
    op: 'mutation { transactionViewShare(input: { id: "999999", shared: true }) { errors { code } } }',
    allowed: ['MANAGER', 'STAFF', 'RESEARCHER', 'COMMITTEE'],
  },
  {
    field: 'transactionViewDelete',
    op: 'mutation { transactionViewDelete(input: { id: "999999" }) { errors { code } } }',
    allowed: ['MANAGER', 'STAFF', 'RESEARCHER', 'COMMITTEE'],
  },
  {
    field: 'transactionNoteAdd',
    op: 'mutation { transactionNoteAdd(input: { transactionId: "999999", body: "x" }) { errors { code } } }',
    allowed: ['MANAGER', 'STAFF', 'RESEARCHER', 'COMMITTEE'],
  },
  {
    field: 'transactionWithdraw',
    op: 'mutation { transactionWithdraw(input: { id: "999999", expectedVersion: 1, reason: "moved away" }) { errors { code } } }',
    allowed: ['MANAGER', 'STAFF'],
  },
  {
    field: 'libraryDocuments',
    op: '{ libraryDocuments(first: 5) { totalCount } }',
    allowed: ROLES,
  },
  {
    field: 'policyToolDocument',
    op: '{ policyToolDocument(toolKey: "BYLAWS") { toolKey } }',
    allowed: EVERYONE,
  },
  {
    field: 'libraryDocument',
    op: '{ libraryDocument(slug: "bylaws") { id } }',
    allowed: ROLES,
  },
  {
    field: 'libraryDocumentsDueForReview',
    op: '{ libraryDocumentsDueForReview(first: 5) { totalCount } }',
    allowed: ROLES,
  },
  {
    field: 'librarySearch',
    op: '{ librarySearch(query: "الدعم", first: 5) { totalCount } }',
    allowed: ROLES,
  },
  {
    field: 'documentPreview',
    op: '{ documentPreview(markdown: "## عنوان") }',
    allowed: ['ADMIN', 'MANAGER'],
  },
  {
    field: 'documentCreate',
    op: 'mutation { documentCreate(input: { slug: "bylaws", kind: GUIDE, titleAr: "مصفوفة", titleEn: "Matrix", bodyAr: "x", bodyEn: "x" }) { errors { code } } }',
    allowed: ['ADMIN', 'MANAGER'],
  },
  {
    field: 'documentUpdate',
    op: 'mutation { documentUpdate(input: { id: "999999", titleEn: "Matrix" }) { errors { code } } }',
    allowed: ['ADMIN', 'MANAGER'],
  },
  {
    field: 'documentVersionSave',
    op: 'mutation { documentVersionSave(input: { documentId: "999999", bodyAr: "x", bodyEn: "x" }) { errors { code } } }',
    allowed: ['ADMIN', 'MANAGER'],
  },
  {
    field: 'documentVersionPublish',
    op: 'mutation { documentVersionPublish(input: { id: "999999" }) { errors { code } } }',
    allowed: ['ADMIN', 'MANAGER'],
  },
  {
    field: 'signIn',
    op: 'mutation { signIn(input: { login: "nobody", password: "x" }) { user { id } } }',
    // Anyone may try; the wrong password is refused with UNAUTHENTICATED/INVALID_CREDENTIALS.
    allowed: EVERYONE,
  },
  { field: 'signOut', op: 'mutation { signOut { signedOut } }', allowed: EVERYONE },
  {
    field: 'passwordChange',
    op: 'mutation { passwordChange(input: { currentPassword: "wrong-password", newPassword: "new-password-123" }) { errors { code } } }',
    allowed: ROLES,
  },
  {
    field: 'userCreate',
    op: 'mutation { userCreate(input: { username: "bad name", displayName: "x", roles: [STAFF] }) { errors { code } } }',
    allowed: ['ADMIN'],
  },
  {
    field: 'userUpdate',
    op: 'mutation { userUpdate(input: { id: "999999", displayName: "x" }) { errors { code } } }',
    allowed: ['ADMIN'],
  },
  {
    field: 'userResetPassword',
    op: 'mutation { userResetPassword(input: { id: "999999" }) { errors { code } } }',
    allowed: ['ADMIN'],
  },
  {
    field: 'apiTokenCreate',
    op: 'mutation { apiTokenCreate(input: { name: "matrix" }) { apiToken { id } errors { code } } }',
    allowed: ROLES,
  },
  {
    field: 'apiTokenRevoke',
    op: 'mutation { apiTokenRevoke(input: { id: "999999" }) { errors { code } } }',
    allowed: ROLES,
  },
  { field: 'holidays', op: '{ holidays(year: 2026) { id } }', allowed: ROLES },
  {
    field: 'holidayAdd',
    op: 'mutation { holidayAdd(input: { startDate: "x", nameAr: "x", nameEn: "x", kind: OTHER }) { errors { code } } }',
    allowed: ['ADMIN', 'MANAGER'],
  },
  {
    field: 'holidayUpdate',
    op: 'mutation { holidayUpdate(input: { id: "999999", nameEn: "x" }) { errors { code } } }',
    allowed: ['ADMIN', 'MANAGER'],
  },
  {
    field: 'holidayConfirm',
    op: 'mutation { holidayConfirm(input: { id: "999999" }) { errors { code } } }',
    allowed: ['ADMIN', 'MANAGER'],
  },
  {
    field: 'holidayRemove',
    op: 'mutation { holidayRemove(input: { id: "999999" }) { errors { code } } }',
    allowed: ['ADMIN', 'MANAGER'],
  },
  { field: 'supportTypes', op: '{ supportTypes { id key } }', allowed: ROLES },
  {
    field: 'supportTypeSave',
    op: 'mutation { supportTypeSave(input: { id: "999999", name: { ar: "x", en: "x" }, unit: SAR, recentWindowDays: 30 }) { errors { code } } }',
    allowed: ['ADMIN', 'MANAGER'],
  },
  {
    field: 'supportAwardPropose',
    op: 'mutation { supportAwardPropose(input: { transactionId: "999999", supportTypeKey: "CASH", quantity: 1, frequency: ONCE, validityMonths: 1 }) { errors { code } } }',
    allowed: ['MANAGER', 'COMMITTEE'],
  },
  {
    field: 'supportDeliveryRecord',
    op: 'mutation { supportDeliveryRecord(input: { id: "999999", expectedVersion: 1, deliveredOn: "2026-01-01", quantity: 1, acknowledgement: SIGNATURE, receiptDocumentId: "999999" }) { errors { code } } }',
    allowed: ['MANAGER', 'STAFF'],
  },
  {
    field: 'supportFigures',
    op: '{ supportFigures(period: { from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z" }) { deliveries } }',
    allowed: ['ADMIN', 'MANAGER', 'ANALYST'],
  },
  {
    field: 'supportRenewals',
    op: '{ supportRenewals(first: 5) { totalCount } }',
    allowed: ['MANAGER', 'STAFF', 'COMMITTEE'],
  },
  { field: 'documentTypes', op: '{ documentTypes { id key } }', allowed: ROLES },
  {
    field: 'documentTypeSave',
    op: 'mutation { documentTypeSave(input: { id: "999999", name: { ar: "x", en: "x" }, expires: false }) { errors { code } } }',
    allowed: ['ADMIN', 'MANAGER'],
  },
  {
    field: 'beneficiaryDocumentRemove',
    op: 'mutation { beneficiaryDocumentRemove(input: { id: "999999" }) { errors { code } } }',
    allowed: ['MANAGER', 'STAFF', 'RESEARCHER'],
  },
  {
    field: 'transactionDocumentAttach',
    op: 'mutation { transactionDocumentAttach(input: { transactionId: "999999", documentId: "999999" }) { errors { code } } }',
    allowed: ['MANAGER', 'STAFF', 'RESEARCHER'],
  },
  {
    field: 'transactionDocumentDetach',
    op: 'mutation { transactionDocumentDetach(input: { transactionId: "999999", documentId: "999999" }) { errors { code } } }',
    allowed: ['MANAGER', 'STAFF', 'RESEARCHER'],
  },
  {
    field: 'homeVisitSchedule',
    op: 'mutation { homeVisitSchedule(input: { transactionId: "999999", scheduledFor: "2030-01-01" }) { errors { code } } }',
    allowed: ['MANAGER', 'RESEARCHER'],
  },
  {
    field: 'homeVisitRecord',
    op: 'mutation { homeVisitRecord(input: { visitId: "999999", visitedOn: "2026-01-01", present: "x", findings: "x", recommendation: SUPPORT }) { errors { code } } }',
    allowed: ['MANAGER', 'RESEARCHER'],
  },
  {
    field: 'socialReportSave',
    op: 'mutation { socialReportSave(input: { transactionId: "999999", body: "x", recommendation: SUPPORT }) { errors { code } } }',
    allowed: ['MANAGER', 'RESEARCHER'],
  },
];

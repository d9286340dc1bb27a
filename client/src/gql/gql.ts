/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment ApiTokenChange on ApiTokenChange {\n  apiToken {\n    ...ApiTokenRow\n  }\n  errors {\n    code\n    message\n    field\n  }\n}": typeof types.ApiTokenChangeFragmentDoc,
    "mutation ApiTokenCreate($input: ApiTokenCreateInput!) {\n  apiTokenCreate(input: $input) {\n    token\n    ...ApiTokenChange\n  }\n}": typeof types.ApiTokenCreateDocument,
    "mutation ApiTokenRevoke($input: ApiTokenRevokeInput!) {\n  apiTokenRevoke(input: $input) {\n    ...ApiTokenChange\n  }\n}": typeof types.ApiTokenRevokeDocument,
    "fragment ApiTokenRow on ApiToken {\n  id\n  name\n  prefix\n  createdAt\n  expiresAt\n  lastUsedAt\n  revokedAt\n}": typeof types.ApiTokenRowFragmentDoc,
    "query Me {\n  me {\n    ...SessionUser\n  }\n}": typeof types.MeDocument,
    "query MyApiTokens {\n  myApiTokens {\n    ...ApiTokenRow\n  }\n}": typeof types.MyApiTokensDocument,
    "fragment SessionUser on User {\n  id\n  username\n  displayName\n  email\n  roles\n  active\n}": typeof types.SessionUserFragmentDoc,
    "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}": typeof types.SignInDocument,
    "mutation SignOut {\n  signOut {\n    signedOut\n  }\n}": typeof types.SignOutDocument,
    "fragment UserChange on UserChange {\n  user {\n    ...UserRow\n  }\n  errors {\n    code\n    message\n    field\n  }\n}": typeof types.UserChangeFragmentDoc,
    "mutation UserCreate($input: UserCreateInput!) {\n  userCreate(input: $input) {\n    ...UserCredentialsChange\n  }\n}": typeof types.UserCreateDocument,
    "fragment UserCredentialsChange on UserCredentialsChange {\n  ...UserChange\n  generatedPassword\n}": typeof types.UserCredentialsChangeFragmentDoc,
    "mutation UserResetPassword($input: UserResetPasswordInput!) {\n  userResetPassword(input: $input) {\n    ...UserCredentialsChange\n  }\n}": typeof types.UserResetPasswordDocument,
    "fragment UserRow on User {\n  id\n  username\n  displayName\n  email\n  roles\n  active\n  createdAt\n  lastSignInAt\n}": typeof types.UserRowFragmentDoc,
    "mutation UserUpdate($input: UserUpdateInput!) {\n  userUpdate(input: $input) {\n    ...UserChange\n  }\n}": typeof types.UserUpdateDocument,
    "query Users($first: Int!, $after: String, $search: String) {\n  users(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...UserRow\n      }\n    }\n  }\n}": typeof types.UsersDocument,
    "query Dashboard($period: DashboardPeriod!) {\n  dashboard(period: $period) {\n    period {\n      from\n      to\n    }\n    previousPeriod {\n      from\n      to\n    }\n    trendPeriod {\n      from\n      to\n    }\n    trendMonths\n    workload {\n      open\n      awaitingCommittee\n      committeeOverdue\n      deferred\n      referred\n    }\n    funnel {\n      stepKey\n      position\n      count\n    }\n    volumeByChannel {\n      month\n      channelKey\n      count\n    }\n    committeeCompliance {\n      month\n      decisions\n      onTime\n    }\n    topReferralReasons {\n      reasonKey\n      count\n    }\n    stepDurations {\n      stepKey\n      position\n      transactions\n      medianDays\n      p90Days\n    }\n    followUp {\n      openFeedback\n      openImprovementActions\n      libraryDocumentsPastReview\n    }\n    satisfaction {\n      invitations\n      responses\n      responseRate\n      csat\n    }\n    satisfactionPrevious {\n      invitations\n      responses\n      responseRate\n      csat\n    }\n    satisfactionTrend {\n      month\n      figures {\n        invitations\n        responses\n        responseRate\n        csat\n      }\n    }\n  }\n  handlingSteps {\n    id\n    key\n    position\n    title {\n      ar\n      en\n    }\n  }\n  channels {\n    id\n    key\n    position\n    name {\n      ar\n      en\n    }\n  }\n  referralReasons {\n    id\n    key\n    label {\n      ar\n      en\n    }\n  }\n}": typeof types.DashboardDocument,
    "query AuditEntries($filter: AuditFilter, $first: Int!, $after: String) {\n  auditEntries(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        at\n        actorName\n        actorDisplayName\n        action\n        targetType\n        targetId\n        before\n        after\n        requestId\n      }\n    }\n  }\n}": typeof types.AuditEntriesDocument,
    "query Beneficiaries($first: Int!, $after: String, $search: String) {\n  beneficiaries(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...BeneficiaryFields\n      }\n    }\n  }\n}": typeof types.BeneficiariesDocument,
    "query Beneficiary($id: ID!, $first: Int!) {\n  beneficiary(id: $id) {\n    ...BeneficiaryFields\n  }\n  transactions(filter: {beneficiaryId: $id}, first: $first) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...TransactionRow\n      }\n    }\n  }\n}": typeof types.BeneficiaryDocument,
    "fragment BeneficiaryChange on BeneficiaryChange {\n  beneficiary {\n    ...BeneficiaryFields\n  }\n  existingBeneficiary {\n    ...BeneficiaryFields\n  }\n  errors {\n    code\n    message\n    field\n  }\n}": typeof types.BeneficiaryChangeFragmentDoc,
    "mutation BeneficiaryCreate($input: BeneficiaryCreateInput!) {\n  beneficiaryCreate(input: $input) {\n    ...BeneficiaryChange\n  }\n}": typeof types.BeneficiaryCreateDocument,
    "fragment BeneficiaryFields on Beneficiary {\n  id\n  fullName\n  nationalId\n  mobile\n  city\n  gender\n  dateOfBirth\n  notes\n  createdAt\n  updatedAt\n}": typeof types.BeneficiaryFieldsFragmentDoc,
    "mutation BeneficiaryUpdate($input: BeneficiaryUpdateInput!) {\n  beneficiaryUpdate(input: $input) {\n    ...BeneficiaryChange\n  }\n}": typeof types.BeneficiaryUpdateDocument,
    "fragment CommitteeWorkingDays on Transaction {\n  id\n  status\n  committeeDueAt\n  committeeWorkingDaysLeft\n  currentStep {\n    id\n    key\n    windowDays\n    windowUnit\n  }\n}": typeof types.CommitteeWorkingDaysFragmentDoc,
    "mutation HolidayAdd($input: HolidayAddInput!) {\n  holidayAdd(input: $input) {\n    holiday {\n      ...HolidayFields\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.HolidayAddDocument,
    "mutation HolidayConfirm($input: HolidayConfirmInput!) {\n  holidayConfirm(input: $input) {\n    holiday {\n      ...HolidayFields\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.HolidayConfirmDocument,
    "fragment HolidayFields on Holiday {\n  id\n  startDate\n  endDate\n  startDateHijri\n  endDateHijri\n  name {\n    ar\n    en\n  }\n  kind\n  status\n  prefilled\n}": typeof types.HolidayFieldsFragmentDoc,
    "mutation HolidayRemove($input: HolidayRemoveInput!) {\n  holidayRemove(input: $input) {\n    holiday {\n      id\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.HolidayRemoveDocument,
    "mutation HolidayUpdate($input: HolidayUpdateInput!) {\n  holidayUpdate(input: $input) {\n    holiday {\n      ...HolidayFields\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.HolidayUpdateDocument,
    "query Holidays($year: Int!) {\n  holidays(year: $year) {\n    ...HolidayFields\n  }\n}": typeof types.HolidaysDocument,
    "mutation BeneficiaryDocumentRemove($input: BeneficiaryDocumentRemoveInput!) {\n  beneficiaryDocumentRemove(input: $input) {\n    document {\n      ...PersonalDocumentFields\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}": typeof types.BeneficiaryDocumentRemoveDocument,
    "query BeneficiaryDocuments($id: ID!) {\n  beneficiary(id: $id) {\n    id\n    documents {\n      ...PersonalDocumentFields\n    }\n  }\n}": typeof types.BeneficiaryDocumentsDocument,
    "fragment DocumentTypeFields on DocumentType {\n  id\n  key\n  name {\n    ar\n    en\n  }\n  expires\n  active\n}": typeof types.DocumentTypeFieldsFragmentDoc,
    "mutation DocumentTypeSave($input: DocumentTypeSaveInput!) {\n  documentTypeSave(input: $input) {\n    documentType {\n      ...DocumentTypeFields\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}": typeof types.DocumentTypeSaveDocument,
    "query DocumentTypes($includeInactive: Boolean! = false) {\n  documentTypes(includeInactive: $includeInactive) {\n    ...DocumentTypeFields\n  }\n}": typeof types.DocumentTypesDocument,
    "fragment PersonalDocumentFields on PersonalDocument {\n  id\n  type {\n    ...DocumentTypeFields\n  }\n  issuedOn\n  expiresOn\n  current\n  filename\n  contentType\n  size\n  downloadUrl\n  addedAt\n  addedByDisplayName\n  removedAt\n}": typeof types.PersonalDocumentFieldsFragmentDoc,
    "mutation TransactionDocumentAttach($input: TransactionDocumentAttachInput!) {\n  transactionDocumentAttach(input: $input) {\n    document {\n      id\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}": typeof types.TransactionDocumentAttachDocument,
    "mutation TransactionDocumentDetach($input: TransactionDocumentDetachInput!) {\n  transactionDocumentDetach(input: $input) {\n    document {\n      id\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}": typeof types.TransactionDocumentDetachDocument,
    "query TransactionDocuments($id: ID!) {\n  transaction(id: $id) {\n    id\n    status\n    documents {\n      ...PersonalDocumentFields\n    }\n    missingDocuments {\n      ...DocumentTypeFields\n    }\n    beneficiary {\n      id\n      documents {\n        ...PersonalDocumentFields\n      }\n    }\n  }\n}": typeof types.TransactionDocumentsDocument,
    "mutation FeedbackCreate($input: FeedbackCreateInput!) {\n  feedbackCreate(input: $input) {\n    ...FeedbackItemChange\n  }\n}": typeof types.FeedbackCreateDocument,
    "fragment FeedbackItemChange on FeedbackItemChange {\n  item {\n    ...FeedbackItemFields\n  }\n  errors {\n    code\n    message\n    field\n  }\n}": typeof types.FeedbackItemChangeFragmentDoc,
    "fragment FeedbackItemFields on FeedbackItem {\n  id\n  reference\n  kind\n  source\n  status\n  subject\n  body\n  channelKey\n  clause\n  clauseKey\n  transactionReference\n  beneficiaryId\n  assigneeName\n  assigneeDisplayName\n  response\n  answeredByPolicyVersion\n  receivedAt\n  answeredAt\n  closedAt\n}": typeof types.FeedbackItemFieldsFragmentDoc,
    "query FeedbackItems($filter: FeedbackFilter, $first: Int!, $after: String) {\n  feedbackItems(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...FeedbackItemFields\n      }\n    }\n  }\n}": typeof types.FeedbackItemsDocument,
    "query FeedbackOptions {\n  activePolicy {\n    id\n    number\n    channels {\n      id\n      key\n      position\n      name {\n        ar\n        en\n      }\n    }\n    tools {\n      id\n      key\n      position\n      name {\n        ar\n        en\n      }\n    }\n    steps {\n      id\n      key\n      position\n      title {\n        ar\n        en\n      }\n    }\n    objectives {\n      id\n      position\n      text {\n        ar\n        en\n      }\n      children {\n        id\n        position\n        text {\n          ar\n          en\n        }\n      }\n    }\n  }\n  policyVersions {\n    id\n    number\n    status\n  }\n  staff: assignableUsers(role: STAFF) {\n    id\n    username\n    displayName\n  }\n  managers: assignableUsers(role: MANAGER) {\n    id\n    username\n    displayName\n  }\n}": typeof types.FeedbackOptionsDocument,
    "mutation FeedbackUpdate($input: FeedbackUpdateInput!) {\n  feedbackUpdate(input: $input) {\n    ...FeedbackItemChange\n  }\n}": typeof types.FeedbackUpdateDocument,
    "mutation ImprovementActionClose($input: ImprovementActionCloseInput!) {\n  improvementActionClose(input: $input) {\n    action {\n      id\n      status\n      closedAt\n      actionTaken\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.ImprovementActionCloseDocument,
    "query ImprovementActions($status: ImprovementStatus, $first: Int!, $after: String) {\n  improvementActions(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        status\n        overall\n        comment\n        channelKey\n        transactionReference\n        openedAt\n        closedAt\n        actionTaken\n      }\n    }\n  }\n  open: improvementActions(status: OPEN, first: 1) {\n    totalCount\n  }\n}": typeof types.ImprovementActionsDocument,
    "query BeneficiaryHousehold($id: ID!) {\n  beneficiary(id: $id) {\n    id\n    household {\n      ...HouseholdFields\n    }\n  }\n}": typeof types.BeneficiaryHouseholdDocument,
    "mutation HouseholdCircumstancesSet($input: HouseholdCircumstancesSetInput!) {\n  householdCircumstancesSet(input: $input) {\n    household {\n      ...HouseholdFields\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}": typeof types.HouseholdCircumstancesSetDocument,
    "fragment HouseholdFields on Household {\n  id\n  version\n  updatedAt\n  members {\n    id\n    fullName\n    relation\n    nationalId\n    dateOfBirth\n    gender\n    hasDisability\n    disabilityNote\n    occupation\n  }\n  housing\n  monthlyRent\n  address {\n    buildingNumber\n    street\n    district\n    city\n    postalCode\n    additionalNumber\n  }\n  incomes {\n    kind\n    monthlyAmount\n  }\n  expenses {\n    kind\n    monthlyAmount\n  }\n  totals {\n    membersCount\n    householdSize\n    monthlyIncome\n    monthlyExpenses\n    monthlyBalance\n    incomePerPerson\n  }\n}": typeof types.HouseholdFieldsFragmentDoc,
    "mutation HouseholdMemberAdd($input: HouseholdMemberAddInput!) {\n  householdMemberAdd(input: $input) {\n    household {\n      ...HouseholdFields\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}": typeof types.HouseholdMemberAddDocument,
    "mutation HouseholdMemberRemove($input: HouseholdMemberRemoveInput!) {\n  householdMemberRemove(input: $input) {\n    household {\n      ...HouseholdFields\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}": typeof types.HouseholdMemberRemoveDocument,
    "mutation HouseholdMemberUpdate($input: HouseholdMemberUpdateInput!) {\n  householdMemberUpdate(input: $input) {\n    household {\n      ...HouseholdFields\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}": typeof types.HouseholdMemberUpdateDocument,
    "mutation DocumentCreate($input: DocumentCreateInput!) {\n  documentCreate(input: $input) {\n    ...LibraryDocumentChange\n  }\n}": typeof types.DocumentCreateDocument,
    "query DocumentPreview($markdown: String!) {\n  documentPreview(markdown: $markdown)\n}": typeof types.DocumentPreviewDocument,
    "mutation DocumentUpdate($input: DocumentUpdateInput!) {\n  documentUpdate(input: $input) {\n    ...LibraryDocumentChange\n  }\n}": typeof types.DocumentUpdateDocument,
    "mutation DocumentVersionPublish($input: DocumentVersionPublishInput!) {\n  documentVersionPublish(input: $input) {\n    ...LibraryDocumentChange\n  }\n}": typeof types.DocumentVersionPublishDocument,
    "mutation DocumentVersionSave($input: DocumentVersionSaveInput!) {\n  documentVersionSave(input: $input) {\n    ...LibraryDocumentChange\n  }\n}": typeof types.DocumentVersionSaveDocument,
    "fragment LibraryDocumentFull on LibraryDocument {\n  ...LibraryDocumentCard\n  ownerId\n  canEdit\n  createdAt\n  currentVersion {\n    id\n    number\n    status\n    publishedAt\n    publishedByName\n    changeNote\n    html {\n      ar\n      en\n    }\n    tocAr: toc(language: AR) {\n      id\n      anchor\n      level\n      text\n    }\n    tocEn: toc(language: EN) {\n      id\n      anchor\n      level\n      text\n    }\n  }\n  draftVersion {\n    id\n    number\n    status\n    changeNote\n    createdAt\n    body {\n      ar\n      en\n    }\n  }\n  versions {\n    id\n    number\n    status\n    changeNote\n    publishedAt\n    publishedByName\n    authorName\n    createdAt\n  }\n  attachments {\n    id\n    filename\n    contentType\n    size\n    sha256\n    versionNumber\n    createdAt\n    downloadUrl\n  }\n  steps {\n    id\n    key\n    position\n    title {\n      ar\n      en\n    }\n  }\n}": typeof types.LibraryDocumentFullFragmentDoc,
    "query LibraryDocument($slug: String, $toolKey: String) {\n  libraryDocument(slug: $slug, toolKey: $toolKey) {\n    ...LibraryDocumentFull\n  }\n}": typeof types.LibraryDocumentDocument,
    "fragment LibraryDocumentCard on LibraryDocument {\n  id\n  slug\n  kind\n  title {\n    ar\n    en\n  }\n  tags\n  toolKey\n  published\n  reviewBy\n  reviewOverdue\n  ownerName\n  updatedAt\n  currentVersion {\n    id\n    number\n    publishedAt\n  }\n}": typeof types.LibraryDocumentCardFragmentDoc,
    "fragment LibraryDocumentChange on LibraryDocumentChange {\n  document {\n    ...LibraryDocumentFull\n  }\n  version {\n    id\n    number\n    status\n  }\n  errors {\n    code\n    message\n    field\n  }\n}": typeof types.LibraryDocumentChangeFragmentDoc,
    "fragment LibraryDocumentPage on LibraryDocumentConnection {\n  totalCount\n  pageInfo {\n    hasNextPage\n    endCursor\n  }\n  edges {\n    cursor\n    node {\n      ...LibraryDocumentCard\n    }\n  }\n}": typeof types.LibraryDocumentPageFragmentDoc,
    "query LibraryDocumentSource($slug: String!) {\n  libraryDocument(slug: $slug) {\n    ...LibraryDocumentFull\n    currentVersion {\n      id\n      body {\n        ar\n        en\n      }\n    }\n  }\n}": typeof types.LibraryDocumentSourceDocument,
    "query LibraryDocuments($filter: LibraryDocumentFilter, $first: Int, $after: String) {\n  libraryDocuments(filter: $filter, first: $first, after: $after) {\n    ...LibraryDocumentPage\n  }\n}": typeof types.LibraryDocumentsDocument,
    "query LibraryDueForReview($first: Int, $after: String) {\n  libraryDocumentsDueForReview(first: $first, after: $after) {\n    ...LibraryDocumentPage\n  }\n}": typeof types.LibraryDueForReviewDocument,
    "query LibrarySearch($query: String!, $first: Int, $after: String) {\n  librarySearch(query: $query, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        kind\n        language\n        title\n        titleHtml\n        snippetHtml\n        score\n        itemKey\n        document {\n          id\n          slug\n          kind\n        }\n      }\n    }\n  }\n}": typeof types.LibrarySearchDocument,
    "query PolicyToolDocument($toolKey: String!) {\n  policyToolDocument(toolKey: $toolKey) {\n    toolKey\n    slug\n    kind\n    title {\n      ar\n      en\n    }\n    versionNumber\n    publishedAt\n    html {\n      ar\n      en\n    }\n    tocAr: toc(language: AR) {\n      id\n      anchor\n      level\n      text\n    }\n    tocEn: toc(language: EN) {\n      id\n      anchor\n      level\n      text\n    }\n  }\n}": typeof types.PolicyToolDocumentDocument,
    "query PolicyToolKeys {\n  tools {\n    id\n    key\n    name {\n      ar\n      en\n    }\n  }\n}": typeof types.PolicyToolKeysDocument,
    "query BackupStatus {\n  backupStatus {\n    lastRun {\n      id\n      trigger\n      status\n      startedAt\n      finishedAt\n      location\n      sizeBytes\n      error\n    }\n    lastSuccess {\n      id\n      startedAt\n      location\n      sizeBytes\n    }\n    schedule {\n      enabled\n      time\n      timeZone\n      keep\n      directory\n      nextRunAt\n    }\n  }\n}": typeof types.BackupStatusDocument,
    "query ActivePolicy {\n  activePolicy {\n    ...PolicyVersionContent\n  }\n}": typeof types.ActivePolicyDocument,
    "fragment PolicyApprovalFields on BoardApproval {\n  id\n  approvedOnGregorian\n  approvedOnHijri\n  body {\n    ar\n    en\n  }\n  boardTerm {\n    ar\n    en\n  }\n  note {\n    ar\n    en\n  }\n}": typeof types.PolicyApprovalFieldsFragmentDoc,
    "mutation PolicyApprove($input: PolicyApproveInput!) {\n  policyApprove(input: $input) {\n    policyVersion {\n      ...PolicyVersionSummary\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.PolicyApproveDocument,
    "mutation PolicyDraftCreate {\n  policyDraftCreate {\n    policyVersion {\n      ...PolicyVersionSummary\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.PolicyDraftCreateDocument,
    "mutation PolicyDraftDiscard($input: PolicyDraftDiscardInput!) {\n  policyDraftDiscard(input: $input) {\n    discardedNumber\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.PolicyDraftDiscardDocument,
    "mutation PolicyDraftSave($input: PolicyDraftSaveInput!) {\n  policyDraftSave(input: $input) {\n    policyVersion {\n      ...PolicyVersionContent\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.PolicyDraftSaveDocument,
    "query PolicyVersion($number: Int!) {\n  policyVersion(number: $number) {\n    ...PolicyVersionContent\n  }\n}": typeof types.PolicyVersionDocument,
    "fragment PolicyVersionContent on PolicyVersion {\n  id\n  number\n  status\n  activatedAt\n  supersededAt\n  title {\n    ar\n    en\n  }\n  organization {\n    id\n    key\n    name {\n      ar\n      en\n    }\n  }\n  preface {\n    ar\n    en\n  }\n  generalObjective {\n    ar\n    en\n  }\n  objectives {\n    id\n    position\n    text {\n      ar\n      en\n    }\n    children {\n      id\n      position\n      text {\n        ar\n        en\n      }\n    }\n  }\n  channels {\n    id\n    key\n    position\n    name {\n      ar\n      en\n    }\n    description {\n      ar\n      en\n    }\n  }\n  tools {\n    id\n    key\n    kind\n    position\n    name {\n      ar\n      en\n    }\n    description {\n      ar\n      en\n    }\n  }\n  steps {\n    id\n    key\n    position\n    performerRole\n    conditional\n    condition {\n      ar\n      en\n    }\n    windowDays\n    windowUnit\n    title {\n      ar\n      en\n    }\n    text {\n      ar\n      en\n    }\n    tools {\n      id\n      key\n      kind\n      name {\n        ar\n        en\n      }\n    }\n    checklist {\n      id\n      key\n      position\n      required\n      documentTypeKey\n      text {\n        ar\n        en\n      }\n    }\n  }\n  approval {\n    ...PolicyApprovalFields\n  }\n}": typeof types.PolicyVersionContentFragmentDoc,
    "query PolicyVersionDiff($from: Int!, $to: Int!) {\n  policyVersionDiff(from: $from, to: $to) {\n    from {\n      id\n      number\n    }\n    to {\n      id\n      number\n    }\n    changes {\n      section\n      key\n      kind\n      fields\n      label {\n        ar\n        en\n      }\n    }\n  }\n}": typeof types.PolicyVersionDiffDocument,
    "fragment PolicyVersionSummary on PolicyVersion {\n  id\n  number\n  status\n  activatedAt\n  supersededAt\n  title {\n    ar\n    en\n  }\n  approval {\n    ...PolicyApprovalFields\n  }\n}": typeof types.PolicyVersionSummaryFragmentDoc,
    "query PolicyVersions {\n  policyVersions {\n    ...PolicyVersionSummary\n  }\n}": typeof types.PolicyVersionsDocument,
    "mutation HomeVisitRecord($input: HomeVisitRecordInput!) {\n  homeVisitRecord(input: $input) {\n    visit {\n      id\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}": typeof types.HomeVisitRecordDocument,
    "mutation HomeVisitSchedule($input: HomeVisitScheduleInput!) {\n  homeVisitSchedule(input: $input) {\n    visit {\n      id\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}": typeof types.HomeVisitScheduleDocument,
    "mutation SocialReportSave($input: SocialReportSaveInput!) {\n  socialReportSave(input: $input) {\n    report {\n      body\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}": typeof types.SocialReportSaveDocument,
    "query SocialResearch($id: ID!) {\n  transaction(id: $id) {\n    id\n    status\n    assignee {\n      id\n    }\n    socialResearch {\n      visits {\n        id\n        scheduledFor\n        visitedOn\n        present\n        findings\n        recommendation\n      }\n      report {\n        body\n        recommendation\n        updatedAt\n        authorDisplayName\n      }\n    }\n  }\n}": typeof types.SocialResearchDocument,
    "query PublicSurvey($token: String!) {\n  survey(token: $token) {\n    state\n    expiresAt\n    organizationName {\n      ar\n      en\n    }\n  }\n}": typeof types.PublicSurveyDocument,
    "query SatisfactionChannels {\n  channels {\n    id\n    key\n    position\n    name {\n      ar\n      en\n    }\n  }\n}": typeof types.SatisfactionChannelsDocument,
    "query SatisfactionComments($filter: SatisfactionFilter, $search: String, $first: Int!, $after: String) {\n  satisfactionComments(\n    filter: $filter\n    search: $search\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        comment\n        overall\n        recommend\n        mode\n        channelKey\n        submittedAt\n        transactionReference\n      }\n    }\n  }\n}": typeof types.SatisfactionCommentsDocument,
    "fragment SatisfactionFigures on SatisfactionFigures {\n  invitations\n  responses\n  responseRate\n  csat\n  nps\n  promoters\n  passives\n  detractors\n  meanOverall\n  meanCourtesy\n  meanClarity\n  meanSpeed\n  meanRecommend\n}": typeof types.SatisfactionFiguresFragmentDoc,
    "fragment SatisfactionGroups on SatisfactionReport {\n  groups {\n    key\n    label {\n      ar\n      en\n    }\n    figures {\n      ...SatisfactionFigures\n    }\n  }\n}": typeof types.SatisfactionGroupsFragmentDoc,
    "query SatisfactionOverview($filter: SatisfactionFilter!, $previousFilter: SatisfactionFilter!, $withOfficers: Boolean!) {\n  current: satisfactionReport(filter: $filter) {\n    total {\n      ...SatisfactionFigures\n    }\n    overallDistribution {\n      score\n      count\n    }\n  }\n  previous: satisfactionReport(filter: $previousFilter) {\n    total {\n      ...SatisfactionFigures\n    }\n  }\n  byChannel: satisfactionReport(filter: $filter, groupBy: CHANNEL) {\n    ...SatisfactionGroups\n  }\n  byTransactionType: satisfactionReport(\n    filter: $filter\n    groupBy: TRANSACTION_TYPE\n  ) {\n    ...SatisfactionGroups\n  }\n  byHandlingTime: satisfactionReport(filter: $filter, groupBy: HANDLING_TIME) {\n    ...SatisfactionGroups\n  }\n  byPolicyVersion: satisfactionReport(filter: $filter, groupBy: POLICY_VERSION) {\n    ...SatisfactionGroups\n  }\n  byOfficer: satisfactionReport(filter: $filter, groupBy: OFFICER) @include(if: $withOfficers) {\n    ...SatisfactionGroups\n  }\n}": typeof types.SatisfactionOverviewDocument,
    "query SatisfactionTrend($filter: SatisfactionFilter!, $groupBy: SatisfactionDimension!) {\n  satisfactionReport(filter: $filter, groupBy: $groupBy) {\n    ...SatisfactionGroups\n  }\n}": typeof types.SatisfactionTrendDocument,
    "mutation SurveyInvitationIssue($input: SurveyInvitationIssueInput!) {\n  surveyInvitationIssue(input: $input) {\n    invitation {\n      id\n      token\n      expiresAt\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.SurveyInvitationIssueDocument,
    "query SurveyInvitations($transactionId: ID!) {\n  surveyInvitations(transactionId: $transactionId) {\n    id\n    state\n    issuedAt\n    expiresAt\n    answeredMode\n    overall\n    reissueReason\n    selfRated\n  }\n}": typeof types.SurveyInvitationsDocument,
    "mutation SurveyRecordAssisted($input: SurveyRecordAssistedInput!) {\n  surveyRecordAssisted(input: $input) {\n    recorded\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.SurveyRecordAssistedDocument,
    "mutation SurveySubmit($input: SurveySubmitInput!) {\n  surveySubmit(input: $input) {\n    recorded\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.SurveySubmitDocument,
    "query AssignableUsers($role: Role!) {\n  assignableUsers(role: $role) {\n    id\n    username\n    displayName\n  }\n}": typeof types.AssignableUsersDocument,
    "query CommitteeQueue($first: Int!, $after: String) {\n  transactions(\n    filter: {status: [AWAITING_COMMITTEE, DEFERRED]}\n    sort: {field: COMMITTEE_DUE_AT, direction: ASC}\n    first: $first\n    after: $after\n  ) {\n    ...TransactionQueuePage\n  }\n}": typeof types.CommitteeQueueDocument,
    "fragment HandlingStepSummary on HandlingStep {\n  id\n  key\n  position\n  conditional\n  performerRole\n  title {\n    ar\n    en\n  }\n  condition {\n    ar\n    en\n  }\n}": typeof types.HandlingStepSummaryFragmentDoc,
    "query ReferralQueue($filter: TransactionFilter, $first: Int!, $after: String) {\n  transactions(\n    filter: $filter\n    sort: {field: OPENED_AT, direction: ASC}\n    first: $first\n    after: $after\n  ) {\n    ...TransactionQueuePage\n  }\n  referralReasons {\n    id\n    key\n    label {\n      ar\n      en\n    }\n  }\n}": typeof types.ReferralQueueDocument,
    "query ReferralReasons {\n  referralReasons {\n    id\n    key\n    label {\n      ar\n      en\n    }\n  }\n}": typeof types.ReferralReasonsDocument,
    "query Transaction($reference: String!) {\n  transaction(reference: $reference) {\n    ...TransactionDetail\n    policyVersion {\n      id\n      steps {\n        ...HandlingStepSummary\n      }\n    }\n  }\n  referralReasons {\n    id\n    key\n    label {\n      ar\n      en\n    }\n  }\n}": typeof types.TransactionDocument,
    "mutation TransactionAssign($input: TransactionAssignInput!) {\n  transactionAssign(input: $input) {\n    ...TransactionChange\n  }\n}": typeof types.TransactionAssignDocument,
    "query TransactionAssignmentCandidates($id: ID!) {\n  transaction(id: $id) {\n    id\n    assignmentCandidates {\n      id\n      username\n      displayName\n    }\n  }\n}": typeof types.TransactionAssignmentCandidatesDocument,
    "mutation TransactionAttest($input: TransactionAttestInput!) {\n  transactionAttest(input: $input) {\n    ...TransactionChange\n  }\n}": typeof types.TransactionAttestDocument,
    "fragment TransactionChange on TransactionChange {\n  transaction {\n    ...TransactionDetail\n  }\n  errors {\n    code\n    message\n    field\n  }\n}": typeof types.TransactionChangeFragmentDoc,
    "mutation TransactionCloseInquiry($input: TransactionCloseInquiryInput!) {\n  transactionCloseInquiry(input: $input) {\n    ...TransactionClosingChange\n  }\n}": typeof types.TransactionCloseInquiryDocument,
    "fragment TransactionClosingChange on TransactionClosingChange {\n  ...TransactionChange\n  surveyInvitation {\n    id\n    token\n    expiresAt\n  }\n}": typeof types.TransactionClosingChangeFragmentDoc,
    "mutation TransactionCompleteStep($input: TransactionCompleteStepInput!) {\n  transactionCompleteStep(input: $input) {\n    ...TransactionChange\n  }\n}": typeof types.TransactionCompleteStepDocument,
    "mutation TransactionDecide($input: TransactionDecideInput!) {\n  transactionDecide(input: $input) {\n    ...TransactionClosingChange\n  }\n}": typeof types.TransactionDecideDocument,
    "mutation TransactionDeliver($input: TransactionDeliverInput!) {\n  transactionDeliver(input: $input) {\n    ...TransactionClosingChange\n  }\n}": typeof types.TransactionDeliverDocument,
    "fragment TransactionDetail on Transaction {\n  ...TransactionRow\n  policyVersionNumber\n  committeeSubmittedAt\n  attestationCurrent\n  availableActions\n  canAssign\n  ...CommitteeWorkingDays\n  beneficiary {\n    ...BeneficiaryFields\n  }\n  currentStep {\n    id\n    key\n    position\n    conditional\n    performerRole\n    windowDays\n    title {\n      ar\n      en\n    }\n    text {\n      ar\n      en\n    }\n    checklist {\n      id\n      key\n      position\n      required\n      text {\n        ar\n        en\n      }\n    }\n    tools {\n      id\n      key\n      kind\n      name {\n        ar\n        en\n      }\n    }\n  }\n  timeline {\n    id\n    kind\n    actorName\n    actorDisplayName\n    at\n    note\n    data {\n      channel\n      type\n      checkedItems\n      reason\n      from\n      researcher\n      attestationText\n      applicantConfirmed\n      witness\n      windowDays\n      windowUnit\n      late\n      pausedMs\n      assignedFrom\n      assignedFromName\n      assignedTo\n      assignedToName\n    }\n  }\n  notes {\n    ...TransactionNoteFields\n  }\n}": typeof types.TransactionDetailFragmentDoc,
    "mutation TransactionNoteAdd($input: TransactionNoteAddInput!) {\n  transactionNoteAdd(input: $input) {\n    note {\n      id\n    }\n    transaction {\n      id\n      notes {\n        ...TransactionNoteFields\n      }\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.TransactionNoteAddDocument,
    "fragment TransactionNoteFields on TransactionNote {\n  id\n  body\n  authorName\n  authorDisplayName\n  at\n}": typeof types.TransactionNoteFieldsFragmentDoc,
    "mutation TransactionOpen($input: TransactionOpenInput!) {\n  transactionOpen(input: $input) {\n    ...TransactionChange\n  }\n}": typeof types.TransactionOpenDocument,
    "query TransactionOptions {\n  channels {\n    id\n    key\n    position\n    name {\n      ar\n      en\n    }\n  }\n  handlingSteps {\n    id\n    key\n    position\n    title {\n      ar\n      en\n    }\n  }\n}": typeof types.TransactionOptionsDocument,
    "fragment TransactionQueuePage on TransactionConnection {\n  totalCount\n  pageInfo {\n    hasNextPage\n    endCursor\n  }\n  edges {\n    cursor\n    node {\n      ...TransactionRow\n      committeeSubmittedAt\n      timeline(kinds: [REFERRED, DEFERRED]) {\n        id\n        kind\n        at\n        actorName\n        actorDisplayName\n        note\n        data {\n          reason\n        }\n      }\n    }\n  }\n}": typeof types.TransactionQueuePageFragmentDoc,
    "mutation TransactionRefer($input: TransactionReferInput!) {\n  transactionRefer(input: $input) {\n    ...TransactionChange\n  }\n}": typeof types.TransactionReferDocument,
    "mutation TransactionResume($input: TransactionResumeInput!) {\n  transactionResume(input: $input) {\n    ...TransactionChange\n  }\n}": typeof types.TransactionResumeDocument,
    "mutation TransactionReturnFromReferral($input: TransactionReturnFromReferralInput!) {\n  transactionReturnFromReferral(input: $input) {\n    ...TransactionChange\n  }\n}": typeof types.TransactionReturnFromReferralDocument,
    "fragment TransactionRow on Transaction {\n  id\n  reference\n  status\n  outcome\n  type\n  subject\n  openedAt\n  closedAt\n  committeeDueAt\n  committeeOverdue\n  version\n  beneficiary {\n    id\n    fullName\n    nationalId\n  }\n  channel {\n    id\n    key\n    name {\n      ar\n      en\n    }\n  }\n  currentStep {\n    id\n    key\n    position\n    title {\n      ar\n      en\n    }\n  }\n  assignee {\n    id\n    username\n    displayName\n  }\n}": typeof types.TransactionRowFragmentDoc,
    "mutation TransactionSubmitToCommittee($input: TransactionSubmitToCommitteeInput!) {\n  transactionSubmitToCommittee(input: $input) {\n    ...TransactionChange\n  }\n}": typeof types.TransactionSubmitToCommitteeDocument,
    "mutation TransactionViewCreate($input: TransactionViewCreateInput!) {\n  transactionViewCreate(input: $input) {\n    view {\n      ...TransactionViewFields\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.TransactionViewCreateDocument,
    "mutation TransactionViewDelete($input: TransactionViewDeleteInput!) {\n  transactionViewDelete(input: $input) {\n    deletedId\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.TransactionViewDeleteDocument,
    "fragment TransactionViewFields on TransactionView {\n  id\n  name\n  shared\n  mine\n  canEdit\n  ownerDisplayName\n  filter {\n    status\n    type\n    stepKey\n    assignedToMe\n    committeeOverdue\n    search\n    channelKey\n    assigneeId\n    openedFrom\n    openedTo\n    event {\n      kinds\n      stepKey\n      from\n      to\n      referralReasonKey\n      late\n    }\n  }\n  sort {\n    field\n    direction\n  }\n}": typeof types.TransactionViewFieldsFragmentDoc,
    "mutation TransactionViewRename($input: TransactionViewRenameInput!) {\n  transactionViewRename(input: $input) {\n    view {\n      ...TransactionViewFields\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.TransactionViewRenameDocument,
    "mutation TransactionViewShare($input: TransactionViewShareInput!) {\n  transactionViewShare(input: $input) {\n    view {\n      ...TransactionViewFields\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.TransactionViewShareDocument,
    "query TransactionViews {\n  transactionViews(first: 100) {\n    totalCount\n    edges {\n      node {\n        ...TransactionViewFields\n      }\n    }\n  }\n}": typeof types.TransactionViewsDocument,
    "mutation TransactionWithdraw($input: TransactionWithdrawInput!) {\n  transactionWithdraw(input: $input) {\n    ...TransactionChange\n  }\n}": typeof types.TransactionWithdrawDocument,
    "query Transactions($filter: TransactionFilter, $sort: TransactionSort, $first: Int!, $after: String) {\n  transactions(filter: $filter, sort: $sort, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...TransactionRow\n      }\n    }\n  }\n}": typeof types.TransactionsDocument,
    "mutation TransactionsAssign($input: TransactionsAssignInput!) {\n  transactionsAssign(input: $input) {\n    transactions {\n      ...TransactionRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n    failures {\n      transactionId\n      reference\n      code\n      message\n    }\n  }\n}": typeof types.TransactionsAssignDocument,
};
const documents: Documents = {
    "fragment ApiTokenChange on ApiTokenChange {\n  apiToken {\n    ...ApiTokenRow\n  }\n  errors {\n    code\n    message\n    field\n  }\n}": types.ApiTokenChangeFragmentDoc,
    "mutation ApiTokenCreate($input: ApiTokenCreateInput!) {\n  apiTokenCreate(input: $input) {\n    token\n    ...ApiTokenChange\n  }\n}": types.ApiTokenCreateDocument,
    "mutation ApiTokenRevoke($input: ApiTokenRevokeInput!) {\n  apiTokenRevoke(input: $input) {\n    ...ApiTokenChange\n  }\n}": types.ApiTokenRevokeDocument,
    "fragment ApiTokenRow on ApiToken {\n  id\n  name\n  prefix\n  createdAt\n  expiresAt\n  lastUsedAt\n  revokedAt\n}": types.ApiTokenRowFragmentDoc,
    "query Me {\n  me {\n    ...SessionUser\n  }\n}": types.MeDocument,
    "query MyApiTokens {\n  myApiTokens {\n    ...ApiTokenRow\n  }\n}": types.MyApiTokensDocument,
    "fragment SessionUser on User {\n  id\n  username\n  displayName\n  email\n  roles\n  active\n}": types.SessionUserFragmentDoc,
    "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}": types.SignInDocument,
    "mutation SignOut {\n  signOut {\n    signedOut\n  }\n}": types.SignOutDocument,
    "fragment UserChange on UserChange {\n  user {\n    ...UserRow\n  }\n  errors {\n    code\n    message\n    field\n  }\n}": types.UserChangeFragmentDoc,
    "mutation UserCreate($input: UserCreateInput!) {\n  userCreate(input: $input) {\n    ...UserCredentialsChange\n  }\n}": types.UserCreateDocument,
    "fragment UserCredentialsChange on UserCredentialsChange {\n  ...UserChange\n  generatedPassword\n}": types.UserCredentialsChangeFragmentDoc,
    "mutation UserResetPassword($input: UserResetPasswordInput!) {\n  userResetPassword(input: $input) {\n    ...UserCredentialsChange\n  }\n}": types.UserResetPasswordDocument,
    "fragment UserRow on User {\n  id\n  username\n  displayName\n  email\n  roles\n  active\n  createdAt\n  lastSignInAt\n}": types.UserRowFragmentDoc,
    "mutation UserUpdate($input: UserUpdateInput!) {\n  userUpdate(input: $input) {\n    ...UserChange\n  }\n}": types.UserUpdateDocument,
    "query Users($first: Int!, $after: String, $search: String) {\n  users(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...UserRow\n      }\n    }\n  }\n}": types.UsersDocument,
    "query Dashboard($period: DashboardPeriod!) {\n  dashboard(period: $period) {\n    period {\n      from\n      to\n    }\n    previousPeriod {\n      from\n      to\n    }\n    trendPeriod {\n      from\n      to\n    }\n    trendMonths\n    workload {\n      open\n      awaitingCommittee\n      committeeOverdue\n      deferred\n      referred\n    }\n    funnel {\n      stepKey\n      position\n      count\n    }\n    volumeByChannel {\n      month\n      channelKey\n      count\n    }\n    committeeCompliance {\n      month\n      decisions\n      onTime\n    }\n    topReferralReasons {\n      reasonKey\n      count\n    }\n    stepDurations {\n      stepKey\n      position\n      transactions\n      medianDays\n      p90Days\n    }\n    followUp {\n      openFeedback\n      openImprovementActions\n      libraryDocumentsPastReview\n    }\n    satisfaction {\n      invitations\n      responses\n      responseRate\n      csat\n    }\n    satisfactionPrevious {\n      invitations\n      responses\n      responseRate\n      csat\n    }\n    satisfactionTrend {\n      month\n      figures {\n        invitations\n        responses\n        responseRate\n        csat\n      }\n    }\n  }\n  handlingSteps {\n    id\n    key\n    position\n    title {\n      ar\n      en\n    }\n  }\n  channels {\n    id\n    key\n    position\n    name {\n      ar\n      en\n    }\n  }\n  referralReasons {\n    id\n    key\n    label {\n      ar\n      en\n    }\n  }\n}": types.DashboardDocument,
    "query AuditEntries($filter: AuditFilter, $first: Int!, $after: String) {\n  auditEntries(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        at\n        actorName\n        actorDisplayName\n        action\n        targetType\n        targetId\n        before\n        after\n        requestId\n      }\n    }\n  }\n}": types.AuditEntriesDocument,
    "query Beneficiaries($first: Int!, $after: String, $search: String) {\n  beneficiaries(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...BeneficiaryFields\n      }\n    }\n  }\n}": types.BeneficiariesDocument,
    "query Beneficiary($id: ID!, $first: Int!) {\n  beneficiary(id: $id) {\n    ...BeneficiaryFields\n  }\n  transactions(filter: {beneficiaryId: $id}, first: $first) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...TransactionRow\n      }\n    }\n  }\n}": types.BeneficiaryDocument,
    "fragment BeneficiaryChange on BeneficiaryChange {\n  beneficiary {\n    ...BeneficiaryFields\n  }\n  existingBeneficiary {\n    ...BeneficiaryFields\n  }\n  errors {\n    code\n    message\n    field\n  }\n}": types.BeneficiaryChangeFragmentDoc,
    "mutation BeneficiaryCreate($input: BeneficiaryCreateInput!) {\n  beneficiaryCreate(input: $input) {\n    ...BeneficiaryChange\n  }\n}": types.BeneficiaryCreateDocument,
    "fragment BeneficiaryFields on Beneficiary {\n  id\n  fullName\n  nationalId\n  mobile\n  city\n  gender\n  dateOfBirth\n  notes\n  createdAt\n  updatedAt\n}": types.BeneficiaryFieldsFragmentDoc,
    "mutation BeneficiaryUpdate($input: BeneficiaryUpdateInput!) {\n  beneficiaryUpdate(input: $input) {\n    ...BeneficiaryChange\n  }\n}": types.BeneficiaryUpdateDocument,
    "fragment CommitteeWorkingDays on Transaction {\n  id\n  status\n  committeeDueAt\n  committeeWorkingDaysLeft\n  currentStep {\n    id\n    key\n    windowDays\n    windowUnit\n  }\n}": types.CommitteeWorkingDaysFragmentDoc,
    "mutation HolidayAdd($input: HolidayAddInput!) {\n  holidayAdd(input: $input) {\n    holiday {\n      ...HolidayFields\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.HolidayAddDocument,
    "mutation HolidayConfirm($input: HolidayConfirmInput!) {\n  holidayConfirm(input: $input) {\n    holiday {\n      ...HolidayFields\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.HolidayConfirmDocument,
    "fragment HolidayFields on Holiday {\n  id\n  startDate\n  endDate\n  startDateHijri\n  endDateHijri\n  name {\n    ar\n    en\n  }\n  kind\n  status\n  prefilled\n}": types.HolidayFieldsFragmentDoc,
    "mutation HolidayRemove($input: HolidayRemoveInput!) {\n  holidayRemove(input: $input) {\n    holiday {\n      id\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.HolidayRemoveDocument,
    "mutation HolidayUpdate($input: HolidayUpdateInput!) {\n  holidayUpdate(input: $input) {\n    holiday {\n      ...HolidayFields\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.HolidayUpdateDocument,
    "query Holidays($year: Int!) {\n  holidays(year: $year) {\n    ...HolidayFields\n  }\n}": types.HolidaysDocument,
    "mutation BeneficiaryDocumentRemove($input: BeneficiaryDocumentRemoveInput!) {\n  beneficiaryDocumentRemove(input: $input) {\n    document {\n      ...PersonalDocumentFields\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}": types.BeneficiaryDocumentRemoveDocument,
    "query BeneficiaryDocuments($id: ID!) {\n  beneficiary(id: $id) {\n    id\n    documents {\n      ...PersonalDocumentFields\n    }\n  }\n}": types.BeneficiaryDocumentsDocument,
    "fragment DocumentTypeFields on DocumentType {\n  id\n  key\n  name {\n    ar\n    en\n  }\n  expires\n  active\n}": types.DocumentTypeFieldsFragmentDoc,
    "mutation DocumentTypeSave($input: DocumentTypeSaveInput!) {\n  documentTypeSave(input: $input) {\n    documentType {\n      ...DocumentTypeFields\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}": types.DocumentTypeSaveDocument,
    "query DocumentTypes($includeInactive: Boolean! = false) {\n  documentTypes(includeInactive: $includeInactive) {\n    ...DocumentTypeFields\n  }\n}": types.DocumentTypesDocument,
    "fragment PersonalDocumentFields on PersonalDocument {\n  id\n  type {\n    ...DocumentTypeFields\n  }\n  issuedOn\n  expiresOn\n  current\n  filename\n  contentType\n  size\n  downloadUrl\n  addedAt\n  addedByDisplayName\n  removedAt\n}": types.PersonalDocumentFieldsFragmentDoc,
    "mutation TransactionDocumentAttach($input: TransactionDocumentAttachInput!) {\n  transactionDocumentAttach(input: $input) {\n    document {\n      id\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}": types.TransactionDocumentAttachDocument,
    "mutation TransactionDocumentDetach($input: TransactionDocumentDetachInput!) {\n  transactionDocumentDetach(input: $input) {\n    document {\n      id\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}": types.TransactionDocumentDetachDocument,
    "query TransactionDocuments($id: ID!) {\n  transaction(id: $id) {\n    id\n    status\n    documents {\n      ...PersonalDocumentFields\n    }\n    missingDocuments {\n      ...DocumentTypeFields\n    }\n    beneficiary {\n      id\n      documents {\n        ...PersonalDocumentFields\n      }\n    }\n  }\n}": types.TransactionDocumentsDocument,
    "mutation FeedbackCreate($input: FeedbackCreateInput!) {\n  feedbackCreate(input: $input) {\n    ...FeedbackItemChange\n  }\n}": types.FeedbackCreateDocument,
    "fragment FeedbackItemChange on FeedbackItemChange {\n  item {\n    ...FeedbackItemFields\n  }\n  errors {\n    code\n    message\n    field\n  }\n}": types.FeedbackItemChangeFragmentDoc,
    "fragment FeedbackItemFields on FeedbackItem {\n  id\n  reference\n  kind\n  source\n  status\n  subject\n  body\n  channelKey\n  clause\n  clauseKey\n  transactionReference\n  beneficiaryId\n  assigneeName\n  assigneeDisplayName\n  response\n  answeredByPolicyVersion\n  receivedAt\n  answeredAt\n  closedAt\n}": types.FeedbackItemFieldsFragmentDoc,
    "query FeedbackItems($filter: FeedbackFilter, $first: Int!, $after: String) {\n  feedbackItems(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...FeedbackItemFields\n      }\n    }\n  }\n}": types.FeedbackItemsDocument,
    "query FeedbackOptions {\n  activePolicy {\n    id\n    number\n    channels {\n      id\n      key\n      position\n      name {\n        ar\n        en\n      }\n    }\n    tools {\n      id\n      key\n      position\n      name {\n        ar\n        en\n      }\n    }\n    steps {\n      id\n      key\n      position\n      title {\n        ar\n        en\n      }\n    }\n    objectives {\n      id\n      position\n      text {\n        ar\n        en\n      }\n      children {\n        id\n        position\n        text {\n          ar\n          en\n        }\n      }\n    }\n  }\n  policyVersions {\n    id\n    number\n    status\n  }\n  staff: assignableUsers(role: STAFF) {\n    id\n    username\n    displayName\n  }\n  managers: assignableUsers(role: MANAGER) {\n    id\n    username\n    displayName\n  }\n}": types.FeedbackOptionsDocument,
    "mutation FeedbackUpdate($input: FeedbackUpdateInput!) {\n  feedbackUpdate(input: $input) {\n    ...FeedbackItemChange\n  }\n}": types.FeedbackUpdateDocument,
    "mutation ImprovementActionClose($input: ImprovementActionCloseInput!) {\n  improvementActionClose(input: $input) {\n    action {\n      id\n      status\n      closedAt\n      actionTaken\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.ImprovementActionCloseDocument,
    "query ImprovementActions($status: ImprovementStatus, $first: Int!, $after: String) {\n  improvementActions(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        status\n        overall\n        comment\n        channelKey\n        transactionReference\n        openedAt\n        closedAt\n        actionTaken\n      }\n    }\n  }\n  open: improvementActions(status: OPEN, first: 1) {\n    totalCount\n  }\n}": types.ImprovementActionsDocument,
    "query BeneficiaryHousehold($id: ID!) {\n  beneficiary(id: $id) {\n    id\n    household {\n      ...HouseholdFields\n    }\n  }\n}": types.BeneficiaryHouseholdDocument,
    "mutation HouseholdCircumstancesSet($input: HouseholdCircumstancesSetInput!) {\n  householdCircumstancesSet(input: $input) {\n    household {\n      ...HouseholdFields\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}": types.HouseholdCircumstancesSetDocument,
    "fragment HouseholdFields on Household {\n  id\n  version\n  updatedAt\n  members {\n    id\n    fullName\n    relation\n    nationalId\n    dateOfBirth\n    gender\n    hasDisability\n    disabilityNote\n    occupation\n  }\n  housing\n  monthlyRent\n  address {\n    buildingNumber\n    street\n    district\n    city\n    postalCode\n    additionalNumber\n  }\n  incomes {\n    kind\n    monthlyAmount\n  }\n  expenses {\n    kind\n    monthlyAmount\n  }\n  totals {\n    membersCount\n    householdSize\n    monthlyIncome\n    monthlyExpenses\n    monthlyBalance\n    incomePerPerson\n  }\n}": types.HouseholdFieldsFragmentDoc,
    "mutation HouseholdMemberAdd($input: HouseholdMemberAddInput!) {\n  householdMemberAdd(input: $input) {\n    household {\n      ...HouseholdFields\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}": types.HouseholdMemberAddDocument,
    "mutation HouseholdMemberRemove($input: HouseholdMemberRemoveInput!) {\n  householdMemberRemove(input: $input) {\n    household {\n      ...HouseholdFields\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}": types.HouseholdMemberRemoveDocument,
    "mutation HouseholdMemberUpdate($input: HouseholdMemberUpdateInput!) {\n  householdMemberUpdate(input: $input) {\n    household {\n      ...HouseholdFields\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}": types.HouseholdMemberUpdateDocument,
    "mutation DocumentCreate($input: DocumentCreateInput!) {\n  documentCreate(input: $input) {\n    ...LibraryDocumentChange\n  }\n}": types.DocumentCreateDocument,
    "query DocumentPreview($markdown: String!) {\n  documentPreview(markdown: $markdown)\n}": types.DocumentPreviewDocument,
    "mutation DocumentUpdate($input: DocumentUpdateInput!) {\n  documentUpdate(input: $input) {\n    ...LibraryDocumentChange\n  }\n}": types.DocumentUpdateDocument,
    "mutation DocumentVersionPublish($input: DocumentVersionPublishInput!) {\n  documentVersionPublish(input: $input) {\n    ...LibraryDocumentChange\n  }\n}": types.DocumentVersionPublishDocument,
    "mutation DocumentVersionSave($input: DocumentVersionSaveInput!) {\n  documentVersionSave(input: $input) {\n    ...LibraryDocumentChange\n  }\n}": types.DocumentVersionSaveDocument,
    "fragment LibraryDocumentFull on LibraryDocument {\n  ...LibraryDocumentCard\n  ownerId\n  canEdit\n  createdAt\n  currentVersion {\n    id\n    number\n    status\n    publishedAt\n    publishedByName\n    changeNote\n    html {\n      ar\n      en\n    }\n    tocAr: toc(language: AR) {\n      id\n      anchor\n      level\n      text\n    }\n    tocEn: toc(language: EN) {\n      id\n      anchor\n      level\n      text\n    }\n  }\n  draftVersion {\n    id\n    number\n    status\n    changeNote\n    createdAt\n    body {\n      ar\n      en\n    }\n  }\n  versions {\n    id\n    number\n    status\n    changeNote\n    publishedAt\n    publishedByName\n    authorName\n    createdAt\n  }\n  attachments {\n    id\n    filename\n    contentType\n    size\n    sha256\n    versionNumber\n    createdAt\n    downloadUrl\n  }\n  steps {\n    id\n    key\n    position\n    title {\n      ar\n      en\n    }\n  }\n}": types.LibraryDocumentFullFragmentDoc,
    "query LibraryDocument($slug: String, $toolKey: String) {\n  libraryDocument(slug: $slug, toolKey: $toolKey) {\n    ...LibraryDocumentFull\n  }\n}": types.LibraryDocumentDocument,
    "fragment LibraryDocumentCard on LibraryDocument {\n  id\n  slug\n  kind\n  title {\n    ar\n    en\n  }\n  tags\n  toolKey\n  published\n  reviewBy\n  reviewOverdue\n  ownerName\n  updatedAt\n  currentVersion {\n    id\n    number\n    publishedAt\n  }\n}": types.LibraryDocumentCardFragmentDoc,
    "fragment LibraryDocumentChange on LibraryDocumentChange {\n  document {\n    ...LibraryDocumentFull\n  }\n  version {\n    id\n    number\n    status\n  }\n  errors {\n    code\n    message\n    field\n  }\n}": types.LibraryDocumentChangeFragmentDoc,
    "fragment LibraryDocumentPage on LibraryDocumentConnection {\n  totalCount\n  pageInfo {\n    hasNextPage\n    endCursor\n  }\n  edges {\n    cursor\n    node {\n      ...LibraryDocumentCard\n    }\n  }\n}": types.LibraryDocumentPageFragmentDoc,
    "query LibraryDocumentSource($slug: String!) {\n  libraryDocument(slug: $slug) {\n    ...LibraryDocumentFull\n    currentVersion {\n      id\n      body {\n        ar\n        en\n      }\n    }\n  }\n}": types.LibraryDocumentSourceDocument,
    "query LibraryDocuments($filter: LibraryDocumentFilter, $first: Int, $after: String) {\n  libraryDocuments(filter: $filter, first: $first, after: $after) {\n    ...LibraryDocumentPage\n  }\n}": types.LibraryDocumentsDocument,
    "query LibraryDueForReview($first: Int, $after: String) {\n  libraryDocumentsDueForReview(first: $first, after: $after) {\n    ...LibraryDocumentPage\n  }\n}": types.LibraryDueForReviewDocument,
    "query LibrarySearch($query: String!, $first: Int, $after: String) {\n  librarySearch(query: $query, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        kind\n        language\n        title\n        titleHtml\n        snippetHtml\n        score\n        itemKey\n        document {\n          id\n          slug\n          kind\n        }\n      }\n    }\n  }\n}": types.LibrarySearchDocument,
    "query PolicyToolDocument($toolKey: String!) {\n  policyToolDocument(toolKey: $toolKey) {\n    toolKey\n    slug\n    kind\n    title {\n      ar\n      en\n    }\n    versionNumber\n    publishedAt\n    html {\n      ar\n      en\n    }\n    tocAr: toc(language: AR) {\n      id\n      anchor\n      level\n      text\n    }\n    tocEn: toc(language: EN) {\n      id\n      anchor\n      level\n      text\n    }\n  }\n}": types.PolicyToolDocumentDocument,
    "query PolicyToolKeys {\n  tools {\n    id\n    key\n    name {\n      ar\n      en\n    }\n  }\n}": types.PolicyToolKeysDocument,
    "query BackupStatus {\n  backupStatus {\n    lastRun {\n      id\n      trigger\n      status\n      startedAt\n      finishedAt\n      location\n      sizeBytes\n      error\n    }\n    lastSuccess {\n      id\n      startedAt\n      location\n      sizeBytes\n    }\n    schedule {\n      enabled\n      time\n      timeZone\n      keep\n      directory\n      nextRunAt\n    }\n  }\n}": types.BackupStatusDocument,
    "query ActivePolicy {\n  activePolicy {\n    ...PolicyVersionContent\n  }\n}": types.ActivePolicyDocument,
    "fragment PolicyApprovalFields on BoardApproval {\n  id\n  approvedOnGregorian\n  approvedOnHijri\n  body {\n    ar\n    en\n  }\n  boardTerm {\n    ar\n    en\n  }\n  note {\n    ar\n    en\n  }\n}": types.PolicyApprovalFieldsFragmentDoc,
    "mutation PolicyApprove($input: PolicyApproveInput!) {\n  policyApprove(input: $input) {\n    policyVersion {\n      ...PolicyVersionSummary\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.PolicyApproveDocument,
    "mutation PolicyDraftCreate {\n  policyDraftCreate {\n    policyVersion {\n      ...PolicyVersionSummary\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.PolicyDraftCreateDocument,
    "mutation PolicyDraftDiscard($input: PolicyDraftDiscardInput!) {\n  policyDraftDiscard(input: $input) {\n    discardedNumber\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.PolicyDraftDiscardDocument,
    "mutation PolicyDraftSave($input: PolicyDraftSaveInput!) {\n  policyDraftSave(input: $input) {\n    policyVersion {\n      ...PolicyVersionContent\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.PolicyDraftSaveDocument,
    "query PolicyVersion($number: Int!) {\n  policyVersion(number: $number) {\n    ...PolicyVersionContent\n  }\n}": types.PolicyVersionDocument,
    "fragment PolicyVersionContent on PolicyVersion {\n  id\n  number\n  status\n  activatedAt\n  supersededAt\n  title {\n    ar\n    en\n  }\n  organization {\n    id\n    key\n    name {\n      ar\n      en\n    }\n  }\n  preface {\n    ar\n    en\n  }\n  generalObjective {\n    ar\n    en\n  }\n  objectives {\n    id\n    position\n    text {\n      ar\n      en\n    }\n    children {\n      id\n      position\n      text {\n        ar\n        en\n      }\n    }\n  }\n  channels {\n    id\n    key\n    position\n    name {\n      ar\n      en\n    }\n    description {\n      ar\n      en\n    }\n  }\n  tools {\n    id\n    key\n    kind\n    position\n    name {\n      ar\n      en\n    }\n    description {\n      ar\n      en\n    }\n  }\n  steps {\n    id\n    key\n    position\n    performerRole\n    conditional\n    condition {\n      ar\n      en\n    }\n    windowDays\n    windowUnit\n    title {\n      ar\n      en\n    }\n    text {\n      ar\n      en\n    }\n    tools {\n      id\n      key\n      kind\n      name {\n        ar\n        en\n      }\n    }\n    checklist {\n      id\n      key\n      position\n      required\n      documentTypeKey\n      text {\n        ar\n        en\n      }\n    }\n  }\n  approval {\n    ...PolicyApprovalFields\n  }\n}": types.PolicyVersionContentFragmentDoc,
    "query PolicyVersionDiff($from: Int!, $to: Int!) {\n  policyVersionDiff(from: $from, to: $to) {\n    from {\n      id\n      number\n    }\n    to {\n      id\n      number\n    }\n    changes {\n      section\n      key\n      kind\n      fields\n      label {\n        ar\n        en\n      }\n    }\n  }\n}": types.PolicyVersionDiffDocument,
    "fragment PolicyVersionSummary on PolicyVersion {\n  id\n  number\n  status\n  activatedAt\n  supersededAt\n  title {\n    ar\n    en\n  }\n  approval {\n    ...PolicyApprovalFields\n  }\n}": types.PolicyVersionSummaryFragmentDoc,
    "query PolicyVersions {\n  policyVersions {\n    ...PolicyVersionSummary\n  }\n}": types.PolicyVersionsDocument,
    "mutation HomeVisitRecord($input: HomeVisitRecordInput!) {\n  homeVisitRecord(input: $input) {\n    visit {\n      id\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}": types.HomeVisitRecordDocument,
    "mutation HomeVisitSchedule($input: HomeVisitScheduleInput!) {\n  homeVisitSchedule(input: $input) {\n    visit {\n      id\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}": types.HomeVisitScheduleDocument,
    "mutation SocialReportSave($input: SocialReportSaveInput!) {\n  socialReportSave(input: $input) {\n    report {\n      body\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}": types.SocialReportSaveDocument,
    "query SocialResearch($id: ID!) {\n  transaction(id: $id) {\n    id\n    status\n    assignee {\n      id\n    }\n    socialResearch {\n      visits {\n        id\n        scheduledFor\n        visitedOn\n        present\n        findings\n        recommendation\n      }\n      report {\n        body\n        recommendation\n        updatedAt\n        authorDisplayName\n      }\n    }\n  }\n}": types.SocialResearchDocument,
    "query PublicSurvey($token: String!) {\n  survey(token: $token) {\n    state\n    expiresAt\n    organizationName {\n      ar\n      en\n    }\n  }\n}": types.PublicSurveyDocument,
    "query SatisfactionChannels {\n  channels {\n    id\n    key\n    position\n    name {\n      ar\n      en\n    }\n  }\n}": types.SatisfactionChannelsDocument,
    "query SatisfactionComments($filter: SatisfactionFilter, $search: String, $first: Int!, $after: String) {\n  satisfactionComments(\n    filter: $filter\n    search: $search\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        comment\n        overall\n        recommend\n        mode\n        channelKey\n        submittedAt\n        transactionReference\n      }\n    }\n  }\n}": types.SatisfactionCommentsDocument,
    "fragment SatisfactionFigures on SatisfactionFigures {\n  invitations\n  responses\n  responseRate\n  csat\n  nps\n  promoters\n  passives\n  detractors\n  meanOverall\n  meanCourtesy\n  meanClarity\n  meanSpeed\n  meanRecommend\n}": types.SatisfactionFiguresFragmentDoc,
    "fragment SatisfactionGroups on SatisfactionReport {\n  groups {\n    key\n    label {\n      ar\n      en\n    }\n    figures {\n      ...SatisfactionFigures\n    }\n  }\n}": types.SatisfactionGroupsFragmentDoc,
    "query SatisfactionOverview($filter: SatisfactionFilter!, $previousFilter: SatisfactionFilter!, $withOfficers: Boolean!) {\n  current: satisfactionReport(filter: $filter) {\n    total {\n      ...SatisfactionFigures\n    }\n    overallDistribution {\n      score\n      count\n    }\n  }\n  previous: satisfactionReport(filter: $previousFilter) {\n    total {\n      ...SatisfactionFigures\n    }\n  }\n  byChannel: satisfactionReport(filter: $filter, groupBy: CHANNEL) {\n    ...SatisfactionGroups\n  }\n  byTransactionType: satisfactionReport(\n    filter: $filter\n    groupBy: TRANSACTION_TYPE\n  ) {\n    ...SatisfactionGroups\n  }\n  byHandlingTime: satisfactionReport(filter: $filter, groupBy: HANDLING_TIME) {\n    ...SatisfactionGroups\n  }\n  byPolicyVersion: satisfactionReport(filter: $filter, groupBy: POLICY_VERSION) {\n    ...SatisfactionGroups\n  }\n  byOfficer: satisfactionReport(filter: $filter, groupBy: OFFICER) @include(if: $withOfficers) {\n    ...SatisfactionGroups\n  }\n}": types.SatisfactionOverviewDocument,
    "query SatisfactionTrend($filter: SatisfactionFilter!, $groupBy: SatisfactionDimension!) {\n  satisfactionReport(filter: $filter, groupBy: $groupBy) {\n    ...SatisfactionGroups\n  }\n}": types.SatisfactionTrendDocument,
    "mutation SurveyInvitationIssue($input: SurveyInvitationIssueInput!) {\n  surveyInvitationIssue(input: $input) {\n    invitation {\n      id\n      token\n      expiresAt\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.SurveyInvitationIssueDocument,
    "query SurveyInvitations($transactionId: ID!) {\n  surveyInvitations(transactionId: $transactionId) {\n    id\n    state\n    issuedAt\n    expiresAt\n    answeredMode\n    overall\n    reissueReason\n    selfRated\n  }\n}": types.SurveyInvitationsDocument,
    "mutation SurveyRecordAssisted($input: SurveyRecordAssistedInput!) {\n  surveyRecordAssisted(input: $input) {\n    recorded\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.SurveyRecordAssistedDocument,
    "mutation SurveySubmit($input: SurveySubmitInput!) {\n  surveySubmit(input: $input) {\n    recorded\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.SurveySubmitDocument,
    "query AssignableUsers($role: Role!) {\n  assignableUsers(role: $role) {\n    id\n    username\n    displayName\n  }\n}": types.AssignableUsersDocument,
    "query CommitteeQueue($first: Int!, $after: String) {\n  transactions(\n    filter: {status: [AWAITING_COMMITTEE, DEFERRED]}\n    sort: {field: COMMITTEE_DUE_AT, direction: ASC}\n    first: $first\n    after: $after\n  ) {\n    ...TransactionQueuePage\n  }\n}": types.CommitteeQueueDocument,
    "fragment HandlingStepSummary on HandlingStep {\n  id\n  key\n  position\n  conditional\n  performerRole\n  title {\n    ar\n    en\n  }\n  condition {\n    ar\n    en\n  }\n}": types.HandlingStepSummaryFragmentDoc,
    "query ReferralQueue($filter: TransactionFilter, $first: Int!, $after: String) {\n  transactions(\n    filter: $filter\n    sort: {field: OPENED_AT, direction: ASC}\n    first: $first\n    after: $after\n  ) {\n    ...TransactionQueuePage\n  }\n  referralReasons {\n    id\n    key\n    label {\n      ar\n      en\n    }\n  }\n}": types.ReferralQueueDocument,
    "query ReferralReasons {\n  referralReasons {\n    id\n    key\n    label {\n      ar\n      en\n    }\n  }\n}": types.ReferralReasonsDocument,
    "query Transaction($reference: String!) {\n  transaction(reference: $reference) {\n    ...TransactionDetail\n    policyVersion {\n      id\n      steps {\n        ...HandlingStepSummary\n      }\n    }\n  }\n  referralReasons {\n    id\n    key\n    label {\n      ar\n      en\n    }\n  }\n}": types.TransactionDocument,
    "mutation TransactionAssign($input: TransactionAssignInput!) {\n  transactionAssign(input: $input) {\n    ...TransactionChange\n  }\n}": types.TransactionAssignDocument,
    "query TransactionAssignmentCandidates($id: ID!) {\n  transaction(id: $id) {\n    id\n    assignmentCandidates {\n      id\n      username\n      displayName\n    }\n  }\n}": types.TransactionAssignmentCandidatesDocument,
    "mutation TransactionAttest($input: TransactionAttestInput!) {\n  transactionAttest(input: $input) {\n    ...TransactionChange\n  }\n}": types.TransactionAttestDocument,
    "fragment TransactionChange on TransactionChange {\n  transaction {\n    ...TransactionDetail\n  }\n  errors {\n    code\n    message\n    field\n  }\n}": types.TransactionChangeFragmentDoc,
    "mutation TransactionCloseInquiry($input: TransactionCloseInquiryInput!) {\n  transactionCloseInquiry(input: $input) {\n    ...TransactionClosingChange\n  }\n}": types.TransactionCloseInquiryDocument,
    "fragment TransactionClosingChange on TransactionClosingChange {\n  ...TransactionChange\n  surveyInvitation {\n    id\n    token\n    expiresAt\n  }\n}": types.TransactionClosingChangeFragmentDoc,
    "mutation TransactionCompleteStep($input: TransactionCompleteStepInput!) {\n  transactionCompleteStep(input: $input) {\n    ...TransactionChange\n  }\n}": types.TransactionCompleteStepDocument,
    "mutation TransactionDecide($input: TransactionDecideInput!) {\n  transactionDecide(input: $input) {\n    ...TransactionClosingChange\n  }\n}": types.TransactionDecideDocument,
    "mutation TransactionDeliver($input: TransactionDeliverInput!) {\n  transactionDeliver(input: $input) {\n    ...TransactionClosingChange\n  }\n}": types.TransactionDeliverDocument,
    "fragment TransactionDetail on Transaction {\n  ...TransactionRow\n  policyVersionNumber\n  committeeSubmittedAt\n  attestationCurrent\n  availableActions\n  canAssign\n  ...CommitteeWorkingDays\n  beneficiary {\n    ...BeneficiaryFields\n  }\n  currentStep {\n    id\n    key\n    position\n    conditional\n    performerRole\n    windowDays\n    title {\n      ar\n      en\n    }\n    text {\n      ar\n      en\n    }\n    checklist {\n      id\n      key\n      position\n      required\n      text {\n        ar\n        en\n      }\n    }\n    tools {\n      id\n      key\n      kind\n      name {\n        ar\n        en\n      }\n    }\n  }\n  timeline {\n    id\n    kind\n    actorName\n    actorDisplayName\n    at\n    note\n    data {\n      channel\n      type\n      checkedItems\n      reason\n      from\n      researcher\n      attestationText\n      applicantConfirmed\n      witness\n      windowDays\n      windowUnit\n      late\n      pausedMs\n      assignedFrom\n      assignedFromName\n      assignedTo\n      assignedToName\n    }\n  }\n  notes {\n    ...TransactionNoteFields\n  }\n}": types.TransactionDetailFragmentDoc,
    "mutation TransactionNoteAdd($input: TransactionNoteAddInput!) {\n  transactionNoteAdd(input: $input) {\n    note {\n      id\n    }\n    transaction {\n      id\n      notes {\n        ...TransactionNoteFields\n      }\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.TransactionNoteAddDocument,
    "fragment TransactionNoteFields on TransactionNote {\n  id\n  body\n  authorName\n  authorDisplayName\n  at\n}": types.TransactionNoteFieldsFragmentDoc,
    "mutation TransactionOpen($input: TransactionOpenInput!) {\n  transactionOpen(input: $input) {\n    ...TransactionChange\n  }\n}": types.TransactionOpenDocument,
    "query TransactionOptions {\n  channels {\n    id\n    key\n    position\n    name {\n      ar\n      en\n    }\n  }\n  handlingSteps {\n    id\n    key\n    position\n    title {\n      ar\n      en\n    }\n  }\n}": types.TransactionOptionsDocument,
    "fragment TransactionQueuePage on TransactionConnection {\n  totalCount\n  pageInfo {\n    hasNextPage\n    endCursor\n  }\n  edges {\n    cursor\n    node {\n      ...TransactionRow\n      committeeSubmittedAt\n      timeline(kinds: [REFERRED, DEFERRED]) {\n        id\n        kind\n        at\n        actorName\n        actorDisplayName\n        note\n        data {\n          reason\n        }\n      }\n    }\n  }\n}": types.TransactionQueuePageFragmentDoc,
    "mutation TransactionRefer($input: TransactionReferInput!) {\n  transactionRefer(input: $input) {\n    ...TransactionChange\n  }\n}": types.TransactionReferDocument,
    "mutation TransactionResume($input: TransactionResumeInput!) {\n  transactionResume(input: $input) {\n    ...TransactionChange\n  }\n}": types.TransactionResumeDocument,
    "mutation TransactionReturnFromReferral($input: TransactionReturnFromReferralInput!) {\n  transactionReturnFromReferral(input: $input) {\n    ...TransactionChange\n  }\n}": types.TransactionReturnFromReferralDocument,
    "fragment TransactionRow on Transaction {\n  id\n  reference\n  status\n  outcome\n  type\n  subject\n  openedAt\n  closedAt\n  committeeDueAt\n  committeeOverdue\n  version\n  beneficiary {\n    id\n    fullName\n    nationalId\n  }\n  channel {\n    id\n    key\n    name {\n      ar\n      en\n    }\n  }\n  currentStep {\n    id\n    key\n    position\n    title {\n      ar\n      en\n    }\n  }\n  assignee {\n    id\n    username\n    displayName\n  }\n}": types.TransactionRowFragmentDoc,
    "mutation TransactionSubmitToCommittee($input: TransactionSubmitToCommitteeInput!) {\n  transactionSubmitToCommittee(input: $input) {\n    ...TransactionChange\n  }\n}": types.TransactionSubmitToCommitteeDocument,
    "mutation TransactionViewCreate($input: TransactionViewCreateInput!) {\n  transactionViewCreate(input: $input) {\n    view {\n      ...TransactionViewFields\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.TransactionViewCreateDocument,
    "mutation TransactionViewDelete($input: TransactionViewDeleteInput!) {\n  transactionViewDelete(input: $input) {\n    deletedId\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.TransactionViewDeleteDocument,
    "fragment TransactionViewFields on TransactionView {\n  id\n  name\n  shared\n  mine\n  canEdit\n  ownerDisplayName\n  filter {\n    status\n    type\n    stepKey\n    assignedToMe\n    committeeOverdue\n    search\n    channelKey\n    assigneeId\n    openedFrom\n    openedTo\n    event {\n      kinds\n      stepKey\n      from\n      to\n      referralReasonKey\n      late\n    }\n  }\n  sort {\n    field\n    direction\n  }\n}": types.TransactionViewFieldsFragmentDoc,
    "mutation TransactionViewRename($input: TransactionViewRenameInput!) {\n  transactionViewRename(input: $input) {\n    view {\n      ...TransactionViewFields\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.TransactionViewRenameDocument,
    "mutation TransactionViewShare($input: TransactionViewShareInput!) {\n  transactionViewShare(input: $input) {\n    view {\n      ...TransactionViewFields\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.TransactionViewShareDocument,
    "query TransactionViews {\n  transactionViews(first: 100) {\n    totalCount\n    edges {\n      node {\n        ...TransactionViewFields\n      }\n    }\n  }\n}": types.TransactionViewsDocument,
    "mutation TransactionWithdraw($input: TransactionWithdrawInput!) {\n  transactionWithdraw(input: $input) {\n    ...TransactionChange\n  }\n}": types.TransactionWithdrawDocument,
    "query Transactions($filter: TransactionFilter, $sort: TransactionSort, $first: Int!, $after: String) {\n  transactions(filter: $filter, sort: $sort, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...TransactionRow\n      }\n    }\n  }\n}": types.TransactionsDocument,
    "mutation TransactionsAssign($input: TransactionsAssignInput!) {\n  transactionsAssign(input: $input) {\n    transactions {\n      ...TransactionRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n    failures {\n      transactionId\n      reference\n      code\n      message\n    }\n  }\n}": types.TransactionsAssignDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ApiTokenChange on ApiTokenChange {\n  apiToken {\n    ...ApiTokenRow\n  }\n  errors {\n    code\n    message\n    field\n  }\n}"): (typeof documents)["fragment ApiTokenChange on ApiTokenChange {\n  apiToken {\n    ...ApiTokenRow\n  }\n  errors {\n    code\n    message\n    field\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApiTokenCreate($input: ApiTokenCreateInput!) {\n  apiTokenCreate(input: $input) {\n    token\n    ...ApiTokenChange\n  }\n}"): (typeof documents)["mutation ApiTokenCreate($input: ApiTokenCreateInput!) {\n  apiTokenCreate(input: $input) {\n    token\n    ...ApiTokenChange\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApiTokenRevoke($input: ApiTokenRevokeInput!) {\n  apiTokenRevoke(input: $input) {\n    ...ApiTokenChange\n  }\n}"): (typeof documents)["mutation ApiTokenRevoke($input: ApiTokenRevokeInput!) {\n  apiTokenRevoke(input: $input) {\n    ...ApiTokenChange\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ApiTokenRow on ApiToken {\n  id\n  name\n  prefix\n  createdAt\n  expiresAt\n  lastUsedAt\n  revokedAt\n}"): (typeof documents)["fragment ApiTokenRow on ApiToken {\n  id\n  name\n  prefix\n  createdAt\n  expiresAt\n  lastUsedAt\n  revokedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    ...SessionUser\n  }\n}"): (typeof documents)["query Me {\n  me {\n    ...SessionUser\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyApiTokens {\n  myApiTokens {\n    ...ApiTokenRow\n  }\n}"): (typeof documents)["query MyApiTokens {\n  myApiTokens {\n    ...ApiTokenRow\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SessionUser on User {\n  id\n  username\n  displayName\n  email\n  roles\n  active\n}"): (typeof documents)["fragment SessionUser on User {\n  id\n  username\n  displayName\n  email\n  roles\n  active\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}"): (typeof documents)["mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignOut {\n  signOut {\n    signedOut\n  }\n}"): (typeof documents)["mutation SignOut {\n  signOut {\n    signedOut\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment UserChange on UserChange {\n  user {\n    ...UserRow\n  }\n  errors {\n    code\n    message\n    field\n  }\n}"): (typeof documents)["fragment UserChange on UserChange {\n  user {\n    ...UserRow\n  }\n  errors {\n    code\n    message\n    field\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UserCreate($input: UserCreateInput!) {\n  userCreate(input: $input) {\n    ...UserCredentialsChange\n  }\n}"): (typeof documents)["mutation UserCreate($input: UserCreateInput!) {\n  userCreate(input: $input) {\n    ...UserCredentialsChange\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment UserCredentialsChange on UserCredentialsChange {\n  ...UserChange\n  generatedPassword\n}"): (typeof documents)["fragment UserCredentialsChange on UserCredentialsChange {\n  ...UserChange\n  generatedPassword\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UserResetPassword($input: UserResetPasswordInput!) {\n  userResetPassword(input: $input) {\n    ...UserCredentialsChange\n  }\n}"): (typeof documents)["mutation UserResetPassword($input: UserResetPasswordInput!) {\n  userResetPassword(input: $input) {\n    ...UserCredentialsChange\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment UserRow on User {\n  id\n  username\n  displayName\n  email\n  roles\n  active\n  createdAt\n  lastSignInAt\n}"): (typeof documents)["fragment UserRow on User {\n  id\n  username\n  displayName\n  email\n  roles\n  active\n  createdAt\n  lastSignInAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UserUpdate($input: UserUpdateInput!) {\n  userUpdate(input: $input) {\n    ...UserChange\n  }\n}"): (typeof documents)["mutation UserUpdate($input: UserUpdateInput!) {\n  userUpdate(input: $input) {\n    ...UserChange\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Users($first: Int!, $after: String, $search: String) {\n  users(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...UserRow\n      }\n    }\n  }\n}"): (typeof documents)["query Users($first: Int!, $after: String, $search: String) {\n  users(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...UserRow\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Dashboard($period: DashboardPeriod!) {\n  dashboard(period: $period) {\n    period {\n      from\n      to\n    }\n    previousPeriod {\n      from\n      to\n    }\n    trendPeriod {\n      from\n      to\n    }\n    trendMonths\n    workload {\n      open\n      awaitingCommittee\n      committeeOverdue\n      deferred\n      referred\n    }\n    funnel {\n      stepKey\n      position\n      count\n    }\n    volumeByChannel {\n      month\n      channelKey\n      count\n    }\n    committeeCompliance {\n      month\n      decisions\n      onTime\n    }\n    topReferralReasons {\n      reasonKey\n      count\n    }\n    stepDurations {\n      stepKey\n      position\n      transactions\n      medianDays\n      p90Days\n    }\n    followUp {\n      openFeedback\n      openImprovementActions\n      libraryDocumentsPastReview\n    }\n    satisfaction {\n      invitations\n      responses\n      responseRate\n      csat\n    }\n    satisfactionPrevious {\n      invitations\n      responses\n      responseRate\n      csat\n    }\n    satisfactionTrend {\n      month\n      figures {\n        invitations\n        responses\n        responseRate\n        csat\n      }\n    }\n  }\n  handlingSteps {\n    id\n    key\n    position\n    title {\n      ar\n      en\n    }\n  }\n  channels {\n    id\n    key\n    position\n    name {\n      ar\n      en\n    }\n  }\n  referralReasons {\n    id\n    key\n    label {\n      ar\n      en\n    }\n  }\n}"): (typeof documents)["query Dashboard($period: DashboardPeriod!) {\n  dashboard(period: $period) {\n    period {\n      from\n      to\n    }\n    previousPeriod {\n      from\n      to\n    }\n    trendPeriod {\n      from\n      to\n    }\n    trendMonths\n    workload {\n      open\n      awaitingCommittee\n      committeeOverdue\n      deferred\n      referred\n    }\n    funnel {\n      stepKey\n      position\n      count\n    }\n    volumeByChannel {\n      month\n      channelKey\n      count\n    }\n    committeeCompliance {\n      month\n      decisions\n      onTime\n    }\n    topReferralReasons {\n      reasonKey\n      count\n    }\n    stepDurations {\n      stepKey\n      position\n      transactions\n      medianDays\n      p90Days\n    }\n    followUp {\n      openFeedback\n      openImprovementActions\n      libraryDocumentsPastReview\n    }\n    satisfaction {\n      invitations\n      responses\n      responseRate\n      csat\n    }\n    satisfactionPrevious {\n      invitations\n      responses\n      responseRate\n      csat\n    }\n    satisfactionTrend {\n      month\n      figures {\n        invitations\n        responses\n        responseRate\n        csat\n      }\n    }\n  }\n  handlingSteps {\n    id\n    key\n    position\n    title {\n      ar\n      en\n    }\n  }\n  channels {\n    id\n    key\n    position\n    name {\n      ar\n      en\n    }\n  }\n  referralReasons {\n    id\n    key\n    label {\n      ar\n      en\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEntries($filter: AuditFilter, $first: Int!, $after: String) {\n  auditEntries(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        at\n        actorName\n        actorDisplayName\n        action\n        targetType\n        targetId\n        before\n        after\n        requestId\n      }\n    }\n  }\n}"): (typeof documents)["query AuditEntries($filter: AuditFilter, $first: Int!, $after: String) {\n  auditEntries(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        at\n        actorName\n        actorDisplayName\n        action\n        targetType\n        targetId\n        before\n        after\n        requestId\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Beneficiaries($first: Int!, $after: String, $search: String) {\n  beneficiaries(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...BeneficiaryFields\n      }\n    }\n  }\n}"): (typeof documents)["query Beneficiaries($first: Int!, $after: String, $search: String) {\n  beneficiaries(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...BeneficiaryFields\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Beneficiary($id: ID!, $first: Int!) {\n  beneficiary(id: $id) {\n    ...BeneficiaryFields\n  }\n  transactions(filter: {beneficiaryId: $id}, first: $first) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...TransactionRow\n      }\n    }\n  }\n}"): (typeof documents)["query Beneficiary($id: ID!, $first: Int!) {\n  beneficiary(id: $id) {\n    ...BeneficiaryFields\n  }\n  transactions(filter: {beneficiaryId: $id}, first: $first) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...TransactionRow\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BeneficiaryChange on BeneficiaryChange {\n  beneficiary {\n    ...BeneficiaryFields\n  }\n  existingBeneficiary {\n    ...BeneficiaryFields\n  }\n  errors {\n    code\n    message\n    field\n  }\n}"): (typeof documents)["fragment BeneficiaryChange on BeneficiaryChange {\n  beneficiary {\n    ...BeneficiaryFields\n  }\n  existingBeneficiary {\n    ...BeneficiaryFields\n  }\n  errors {\n    code\n    message\n    field\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BeneficiaryCreate($input: BeneficiaryCreateInput!) {\n  beneficiaryCreate(input: $input) {\n    ...BeneficiaryChange\n  }\n}"): (typeof documents)["mutation BeneficiaryCreate($input: BeneficiaryCreateInput!) {\n  beneficiaryCreate(input: $input) {\n    ...BeneficiaryChange\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BeneficiaryFields on Beneficiary {\n  id\n  fullName\n  nationalId\n  mobile\n  city\n  gender\n  dateOfBirth\n  notes\n  createdAt\n  updatedAt\n}"): (typeof documents)["fragment BeneficiaryFields on Beneficiary {\n  id\n  fullName\n  nationalId\n  mobile\n  city\n  gender\n  dateOfBirth\n  notes\n  createdAt\n  updatedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BeneficiaryUpdate($input: BeneficiaryUpdateInput!) {\n  beneficiaryUpdate(input: $input) {\n    ...BeneficiaryChange\n  }\n}"): (typeof documents)["mutation BeneficiaryUpdate($input: BeneficiaryUpdateInput!) {\n  beneficiaryUpdate(input: $input) {\n    ...BeneficiaryChange\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CommitteeWorkingDays on Transaction {\n  id\n  status\n  committeeDueAt\n  committeeWorkingDaysLeft\n  currentStep {\n    id\n    key\n    windowDays\n    windowUnit\n  }\n}"): (typeof documents)["fragment CommitteeWorkingDays on Transaction {\n  id\n  status\n  committeeDueAt\n  committeeWorkingDaysLeft\n  currentStep {\n    id\n    key\n    windowDays\n    windowUnit\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HolidayAdd($input: HolidayAddInput!) {\n  holidayAdd(input: $input) {\n    holiday {\n      ...HolidayFields\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation HolidayAdd($input: HolidayAddInput!) {\n  holidayAdd(input: $input) {\n    holiday {\n      ...HolidayFields\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HolidayConfirm($input: HolidayConfirmInput!) {\n  holidayConfirm(input: $input) {\n    holiday {\n      ...HolidayFields\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation HolidayConfirm($input: HolidayConfirmInput!) {\n  holidayConfirm(input: $input) {\n    holiday {\n      ...HolidayFields\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment HolidayFields on Holiday {\n  id\n  startDate\n  endDate\n  startDateHijri\n  endDateHijri\n  name {\n    ar\n    en\n  }\n  kind\n  status\n  prefilled\n}"): (typeof documents)["fragment HolidayFields on Holiday {\n  id\n  startDate\n  endDate\n  startDateHijri\n  endDateHijri\n  name {\n    ar\n    en\n  }\n  kind\n  status\n  prefilled\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HolidayRemove($input: HolidayRemoveInput!) {\n  holidayRemove(input: $input) {\n    holiday {\n      id\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation HolidayRemove($input: HolidayRemoveInput!) {\n  holidayRemove(input: $input) {\n    holiday {\n      id\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HolidayUpdate($input: HolidayUpdateInput!) {\n  holidayUpdate(input: $input) {\n    holiday {\n      ...HolidayFields\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation HolidayUpdate($input: HolidayUpdateInput!) {\n  holidayUpdate(input: $input) {\n    holiday {\n      ...HolidayFields\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Holidays($year: Int!) {\n  holidays(year: $year) {\n    ...HolidayFields\n  }\n}"): (typeof documents)["query Holidays($year: Int!) {\n  holidays(year: $year) {\n    ...HolidayFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BeneficiaryDocumentRemove($input: BeneficiaryDocumentRemoveInput!) {\n  beneficiaryDocumentRemove(input: $input) {\n    document {\n      ...PersonalDocumentFields\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}"): (typeof documents)["mutation BeneficiaryDocumentRemove($input: BeneficiaryDocumentRemoveInput!) {\n  beneficiaryDocumentRemove(input: $input) {\n    document {\n      ...PersonalDocumentFields\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BeneficiaryDocuments($id: ID!) {\n  beneficiary(id: $id) {\n    id\n    documents {\n      ...PersonalDocumentFields\n    }\n  }\n}"): (typeof documents)["query BeneficiaryDocuments($id: ID!) {\n  beneficiary(id: $id) {\n    id\n    documents {\n      ...PersonalDocumentFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DocumentTypeFields on DocumentType {\n  id\n  key\n  name {\n    ar\n    en\n  }\n  expires\n  active\n}"): (typeof documents)["fragment DocumentTypeFields on DocumentType {\n  id\n  key\n  name {\n    ar\n    en\n  }\n  expires\n  active\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DocumentTypeSave($input: DocumentTypeSaveInput!) {\n  documentTypeSave(input: $input) {\n    documentType {\n      ...DocumentTypeFields\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}"): (typeof documents)["mutation DocumentTypeSave($input: DocumentTypeSaveInput!) {\n  documentTypeSave(input: $input) {\n    documentType {\n      ...DocumentTypeFields\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DocumentTypes($includeInactive: Boolean! = false) {\n  documentTypes(includeInactive: $includeInactive) {\n    ...DocumentTypeFields\n  }\n}"): (typeof documents)["query DocumentTypes($includeInactive: Boolean! = false) {\n  documentTypes(includeInactive: $includeInactive) {\n    ...DocumentTypeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PersonalDocumentFields on PersonalDocument {\n  id\n  type {\n    ...DocumentTypeFields\n  }\n  issuedOn\n  expiresOn\n  current\n  filename\n  contentType\n  size\n  downloadUrl\n  addedAt\n  addedByDisplayName\n  removedAt\n}"): (typeof documents)["fragment PersonalDocumentFields on PersonalDocument {\n  id\n  type {\n    ...DocumentTypeFields\n  }\n  issuedOn\n  expiresOn\n  current\n  filename\n  contentType\n  size\n  downloadUrl\n  addedAt\n  addedByDisplayName\n  removedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionDocumentAttach($input: TransactionDocumentAttachInput!) {\n  transactionDocumentAttach(input: $input) {\n    document {\n      id\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}"): (typeof documents)["mutation TransactionDocumentAttach($input: TransactionDocumentAttachInput!) {\n  transactionDocumentAttach(input: $input) {\n    document {\n      id\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionDocumentDetach($input: TransactionDocumentDetachInput!) {\n  transactionDocumentDetach(input: $input) {\n    document {\n      id\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}"): (typeof documents)["mutation TransactionDocumentDetach($input: TransactionDocumentDetachInput!) {\n  transactionDocumentDetach(input: $input) {\n    document {\n      id\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TransactionDocuments($id: ID!) {\n  transaction(id: $id) {\n    id\n    status\n    documents {\n      ...PersonalDocumentFields\n    }\n    missingDocuments {\n      ...DocumentTypeFields\n    }\n    beneficiary {\n      id\n      documents {\n        ...PersonalDocumentFields\n      }\n    }\n  }\n}"): (typeof documents)["query TransactionDocuments($id: ID!) {\n  transaction(id: $id) {\n    id\n    status\n    documents {\n      ...PersonalDocumentFields\n    }\n    missingDocuments {\n      ...DocumentTypeFields\n    }\n    beneficiary {\n      id\n      documents {\n        ...PersonalDocumentFields\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FeedbackCreate($input: FeedbackCreateInput!) {\n  feedbackCreate(input: $input) {\n    ...FeedbackItemChange\n  }\n}"): (typeof documents)["mutation FeedbackCreate($input: FeedbackCreateInput!) {\n  feedbackCreate(input: $input) {\n    ...FeedbackItemChange\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FeedbackItemChange on FeedbackItemChange {\n  item {\n    ...FeedbackItemFields\n  }\n  errors {\n    code\n    message\n    field\n  }\n}"): (typeof documents)["fragment FeedbackItemChange on FeedbackItemChange {\n  item {\n    ...FeedbackItemFields\n  }\n  errors {\n    code\n    message\n    field\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FeedbackItemFields on FeedbackItem {\n  id\n  reference\n  kind\n  source\n  status\n  subject\n  body\n  channelKey\n  clause\n  clauseKey\n  transactionReference\n  beneficiaryId\n  assigneeName\n  assigneeDisplayName\n  response\n  answeredByPolicyVersion\n  receivedAt\n  answeredAt\n  closedAt\n}"): (typeof documents)["fragment FeedbackItemFields on FeedbackItem {\n  id\n  reference\n  kind\n  source\n  status\n  subject\n  body\n  channelKey\n  clause\n  clauseKey\n  transactionReference\n  beneficiaryId\n  assigneeName\n  assigneeDisplayName\n  response\n  answeredByPolicyVersion\n  receivedAt\n  answeredAt\n  closedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FeedbackItems($filter: FeedbackFilter, $first: Int!, $after: String) {\n  feedbackItems(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...FeedbackItemFields\n      }\n    }\n  }\n}"): (typeof documents)["query FeedbackItems($filter: FeedbackFilter, $first: Int!, $after: String) {\n  feedbackItems(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...FeedbackItemFields\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FeedbackOptions {\n  activePolicy {\n    id\n    number\n    channels {\n      id\n      key\n      position\n      name {\n        ar\n        en\n      }\n    }\n    tools {\n      id\n      key\n      position\n      name {\n        ar\n        en\n      }\n    }\n    steps {\n      id\n      key\n      position\n      title {\n        ar\n        en\n      }\n    }\n    objectives {\n      id\n      position\n      text {\n        ar\n        en\n      }\n      children {\n        id\n        position\n        text {\n          ar\n          en\n        }\n      }\n    }\n  }\n  policyVersions {\n    id\n    number\n    status\n  }\n  staff: assignableUsers(role: STAFF) {\n    id\n    username\n    displayName\n  }\n  managers: assignableUsers(role: MANAGER) {\n    id\n    username\n    displayName\n  }\n}"): (typeof documents)["query FeedbackOptions {\n  activePolicy {\n    id\n    number\n    channels {\n      id\n      key\n      position\n      name {\n        ar\n        en\n      }\n    }\n    tools {\n      id\n      key\n      position\n      name {\n        ar\n        en\n      }\n    }\n    steps {\n      id\n      key\n      position\n      title {\n        ar\n        en\n      }\n    }\n    objectives {\n      id\n      position\n      text {\n        ar\n        en\n      }\n      children {\n        id\n        position\n        text {\n          ar\n          en\n        }\n      }\n    }\n  }\n  policyVersions {\n    id\n    number\n    status\n  }\n  staff: assignableUsers(role: STAFF) {\n    id\n    username\n    displayName\n  }\n  managers: assignableUsers(role: MANAGER) {\n    id\n    username\n    displayName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FeedbackUpdate($input: FeedbackUpdateInput!) {\n  feedbackUpdate(input: $input) {\n    ...FeedbackItemChange\n  }\n}"): (typeof documents)["mutation FeedbackUpdate($input: FeedbackUpdateInput!) {\n  feedbackUpdate(input: $input) {\n    ...FeedbackItemChange\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImprovementActionClose($input: ImprovementActionCloseInput!) {\n  improvementActionClose(input: $input) {\n    action {\n      id\n      status\n      closedAt\n      actionTaken\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation ImprovementActionClose($input: ImprovementActionCloseInput!) {\n  improvementActionClose(input: $input) {\n    action {\n      id\n      status\n      closedAt\n      actionTaken\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImprovementActions($status: ImprovementStatus, $first: Int!, $after: String) {\n  improvementActions(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        status\n        overall\n        comment\n        channelKey\n        transactionReference\n        openedAt\n        closedAt\n        actionTaken\n      }\n    }\n  }\n  open: improvementActions(status: OPEN, first: 1) {\n    totalCount\n  }\n}"): (typeof documents)["query ImprovementActions($status: ImprovementStatus, $first: Int!, $after: String) {\n  improvementActions(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        status\n        overall\n        comment\n        channelKey\n        transactionReference\n        openedAt\n        closedAt\n        actionTaken\n      }\n    }\n  }\n  open: improvementActions(status: OPEN, first: 1) {\n    totalCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BeneficiaryHousehold($id: ID!) {\n  beneficiary(id: $id) {\n    id\n    household {\n      ...HouseholdFields\n    }\n  }\n}"): (typeof documents)["query BeneficiaryHousehold($id: ID!) {\n  beneficiary(id: $id) {\n    id\n    household {\n      ...HouseholdFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HouseholdCircumstancesSet($input: HouseholdCircumstancesSetInput!) {\n  householdCircumstancesSet(input: $input) {\n    household {\n      ...HouseholdFields\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}"): (typeof documents)["mutation HouseholdCircumstancesSet($input: HouseholdCircumstancesSetInput!) {\n  householdCircumstancesSet(input: $input) {\n    household {\n      ...HouseholdFields\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment HouseholdFields on Household {\n  id\n  version\n  updatedAt\n  members {\n    id\n    fullName\n    relation\n    nationalId\n    dateOfBirth\n    gender\n    hasDisability\n    disabilityNote\n    occupation\n  }\n  housing\n  monthlyRent\n  address {\n    buildingNumber\n    street\n    district\n    city\n    postalCode\n    additionalNumber\n  }\n  incomes {\n    kind\n    monthlyAmount\n  }\n  expenses {\n    kind\n    monthlyAmount\n  }\n  totals {\n    membersCount\n    householdSize\n    monthlyIncome\n    monthlyExpenses\n    monthlyBalance\n    incomePerPerson\n  }\n}"): (typeof documents)["fragment HouseholdFields on Household {\n  id\n  version\n  updatedAt\n  members {\n    id\n    fullName\n    relation\n    nationalId\n    dateOfBirth\n    gender\n    hasDisability\n    disabilityNote\n    occupation\n  }\n  housing\n  monthlyRent\n  address {\n    buildingNumber\n    street\n    district\n    city\n    postalCode\n    additionalNumber\n  }\n  incomes {\n    kind\n    monthlyAmount\n  }\n  expenses {\n    kind\n    monthlyAmount\n  }\n  totals {\n    membersCount\n    householdSize\n    monthlyIncome\n    monthlyExpenses\n    monthlyBalance\n    incomePerPerson\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HouseholdMemberAdd($input: HouseholdMemberAddInput!) {\n  householdMemberAdd(input: $input) {\n    household {\n      ...HouseholdFields\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}"): (typeof documents)["mutation HouseholdMemberAdd($input: HouseholdMemberAddInput!) {\n  householdMemberAdd(input: $input) {\n    household {\n      ...HouseholdFields\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HouseholdMemberRemove($input: HouseholdMemberRemoveInput!) {\n  householdMemberRemove(input: $input) {\n    household {\n      ...HouseholdFields\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}"): (typeof documents)["mutation HouseholdMemberRemove($input: HouseholdMemberRemoveInput!) {\n  householdMemberRemove(input: $input) {\n    household {\n      ...HouseholdFields\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HouseholdMemberUpdate($input: HouseholdMemberUpdateInput!) {\n  householdMemberUpdate(input: $input) {\n    household {\n      ...HouseholdFields\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}"): (typeof documents)["mutation HouseholdMemberUpdate($input: HouseholdMemberUpdateInput!) {\n  householdMemberUpdate(input: $input) {\n    household {\n      ...HouseholdFields\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DocumentCreate($input: DocumentCreateInput!) {\n  documentCreate(input: $input) {\n    ...LibraryDocumentChange\n  }\n}"): (typeof documents)["mutation DocumentCreate($input: DocumentCreateInput!) {\n  documentCreate(input: $input) {\n    ...LibraryDocumentChange\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DocumentPreview($markdown: String!) {\n  documentPreview(markdown: $markdown)\n}"): (typeof documents)["query DocumentPreview($markdown: String!) {\n  documentPreview(markdown: $markdown)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DocumentUpdate($input: DocumentUpdateInput!) {\n  documentUpdate(input: $input) {\n    ...LibraryDocumentChange\n  }\n}"): (typeof documents)["mutation DocumentUpdate($input: DocumentUpdateInput!) {\n  documentUpdate(input: $input) {\n    ...LibraryDocumentChange\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DocumentVersionPublish($input: DocumentVersionPublishInput!) {\n  documentVersionPublish(input: $input) {\n    ...LibraryDocumentChange\n  }\n}"): (typeof documents)["mutation DocumentVersionPublish($input: DocumentVersionPublishInput!) {\n  documentVersionPublish(input: $input) {\n    ...LibraryDocumentChange\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DocumentVersionSave($input: DocumentVersionSaveInput!) {\n  documentVersionSave(input: $input) {\n    ...LibraryDocumentChange\n  }\n}"): (typeof documents)["mutation DocumentVersionSave($input: DocumentVersionSaveInput!) {\n  documentVersionSave(input: $input) {\n    ...LibraryDocumentChange\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LibraryDocumentFull on LibraryDocument {\n  ...LibraryDocumentCard\n  ownerId\n  canEdit\n  createdAt\n  currentVersion {\n    id\n    number\n    status\n    publishedAt\n    publishedByName\n    changeNote\n    html {\n      ar\n      en\n    }\n    tocAr: toc(language: AR) {\n      id\n      anchor\n      level\n      text\n    }\n    tocEn: toc(language: EN) {\n      id\n      anchor\n      level\n      text\n    }\n  }\n  draftVersion {\n    id\n    number\n    status\n    changeNote\n    createdAt\n    body {\n      ar\n      en\n    }\n  }\n  versions {\n    id\n    number\n    status\n    changeNote\n    publishedAt\n    publishedByName\n    authorName\n    createdAt\n  }\n  attachments {\n    id\n    filename\n    contentType\n    size\n    sha256\n    versionNumber\n    createdAt\n    downloadUrl\n  }\n  steps {\n    id\n    key\n    position\n    title {\n      ar\n      en\n    }\n  }\n}"): (typeof documents)["fragment LibraryDocumentFull on LibraryDocument {\n  ...LibraryDocumentCard\n  ownerId\n  canEdit\n  createdAt\n  currentVersion {\n    id\n    number\n    status\n    publishedAt\n    publishedByName\n    changeNote\n    html {\n      ar\n      en\n    }\n    tocAr: toc(language: AR) {\n      id\n      anchor\n      level\n      text\n    }\n    tocEn: toc(language: EN) {\n      id\n      anchor\n      level\n      text\n    }\n  }\n  draftVersion {\n    id\n    number\n    status\n    changeNote\n    createdAt\n    body {\n      ar\n      en\n    }\n  }\n  versions {\n    id\n    number\n    status\n    changeNote\n    publishedAt\n    publishedByName\n    authorName\n    createdAt\n  }\n  attachments {\n    id\n    filename\n    contentType\n    size\n    sha256\n    versionNumber\n    createdAt\n    downloadUrl\n  }\n  steps {\n    id\n    key\n    position\n    title {\n      ar\n      en\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LibraryDocument($slug: String, $toolKey: String) {\n  libraryDocument(slug: $slug, toolKey: $toolKey) {\n    ...LibraryDocumentFull\n  }\n}"): (typeof documents)["query LibraryDocument($slug: String, $toolKey: String) {\n  libraryDocument(slug: $slug, toolKey: $toolKey) {\n    ...LibraryDocumentFull\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LibraryDocumentCard on LibraryDocument {\n  id\n  slug\n  kind\n  title {\n    ar\n    en\n  }\n  tags\n  toolKey\n  published\n  reviewBy\n  reviewOverdue\n  ownerName\n  updatedAt\n  currentVersion {\n    id\n    number\n    publishedAt\n  }\n}"): (typeof documents)["fragment LibraryDocumentCard on LibraryDocument {\n  id\n  slug\n  kind\n  title {\n    ar\n    en\n  }\n  tags\n  toolKey\n  published\n  reviewBy\n  reviewOverdue\n  ownerName\n  updatedAt\n  currentVersion {\n    id\n    number\n    publishedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LibraryDocumentChange on LibraryDocumentChange {\n  document {\n    ...LibraryDocumentFull\n  }\n  version {\n    id\n    number\n    status\n  }\n  errors {\n    code\n    message\n    field\n  }\n}"): (typeof documents)["fragment LibraryDocumentChange on LibraryDocumentChange {\n  document {\n    ...LibraryDocumentFull\n  }\n  version {\n    id\n    number\n    status\n  }\n  errors {\n    code\n    message\n    field\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LibraryDocumentPage on LibraryDocumentConnection {\n  totalCount\n  pageInfo {\n    hasNextPage\n    endCursor\n  }\n  edges {\n    cursor\n    node {\n      ...LibraryDocumentCard\n    }\n  }\n}"): (typeof documents)["fragment LibraryDocumentPage on LibraryDocumentConnection {\n  totalCount\n  pageInfo {\n    hasNextPage\n    endCursor\n  }\n  edges {\n    cursor\n    node {\n      ...LibraryDocumentCard\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LibraryDocumentSource($slug: String!) {\n  libraryDocument(slug: $slug) {\n    ...LibraryDocumentFull\n    currentVersion {\n      id\n      body {\n        ar\n        en\n      }\n    }\n  }\n}"): (typeof documents)["query LibraryDocumentSource($slug: String!) {\n  libraryDocument(slug: $slug) {\n    ...LibraryDocumentFull\n    currentVersion {\n      id\n      body {\n        ar\n        en\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LibraryDocuments($filter: LibraryDocumentFilter, $first: Int, $after: String) {\n  libraryDocuments(filter: $filter, first: $first, after: $after) {\n    ...LibraryDocumentPage\n  }\n}"): (typeof documents)["query LibraryDocuments($filter: LibraryDocumentFilter, $first: Int, $after: String) {\n  libraryDocuments(filter: $filter, first: $first, after: $after) {\n    ...LibraryDocumentPage\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LibraryDueForReview($first: Int, $after: String) {\n  libraryDocumentsDueForReview(first: $first, after: $after) {\n    ...LibraryDocumentPage\n  }\n}"): (typeof documents)["query LibraryDueForReview($first: Int, $after: String) {\n  libraryDocumentsDueForReview(first: $first, after: $after) {\n    ...LibraryDocumentPage\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LibrarySearch($query: String!, $first: Int, $after: String) {\n  librarySearch(query: $query, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        kind\n        language\n        title\n        titleHtml\n        snippetHtml\n        score\n        itemKey\n        document {\n          id\n          slug\n          kind\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query LibrarySearch($query: String!, $first: Int, $after: String) {\n  librarySearch(query: $query, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        kind\n        language\n        title\n        titleHtml\n        snippetHtml\n        score\n        itemKey\n        document {\n          id\n          slug\n          kind\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PolicyToolDocument($toolKey: String!) {\n  policyToolDocument(toolKey: $toolKey) {\n    toolKey\n    slug\n    kind\n    title {\n      ar\n      en\n    }\n    versionNumber\n    publishedAt\n    html {\n      ar\n      en\n    }\n    tocAr: toc(language: AR) {\n      id\n      anchor\n      level\n      text\n    }\n    tocEn: toc(language: EN) {\n      id\n      anchor\n      level\n      text\n    }\n  }\n}"): (typeof documents)["query PolicyToolDocument($toolKey: String!) {\n  policyToolDocument(toolKey: $toolKey) {\n    toolKey\n    slug\n    kind\n    title {\n      ar\n      en\n    }\n    versionNumber\n    publishedAt\n    html {\n      ar\n      en\n    }\n    tocAr: toc(language: AR) {\n      id\n      anchor\n      level\n      text\n    }\n    tocEn: toc(language: EN) {\n      id\n      anchor\n      level\n      text\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PolicyToolKeys {\n  tools {\n    id\n    key\n    name {\n      ar\n      en\n    }\n  }\n}"): (typeof documents)["query PolicyToolKeys {\n  tools {\n    id\n    key\n    name {\n      ar\n      en\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BackupStatus {\n  backupStatus {\n    lastRun {\n      id\n      trigger\n      status\n      startedAt\n      finishedAt\n      location\n      sizeBytes\n      error\n    }\n    lastSuccess {\n      id\n      startedAt\n      location\n      sizeBytes\n    }\n    schedule {\n      enabled\n      time\n      timeZone\n      keep\n      directory\n      nextRunAt\n    }\n  }\n}"): (typeof documents)["query BackupStatus {\n  backupStatus {\n    lastRun {\n      id\n      trigger\n      status\n      startedAt\n      finishedAt\n      location\n      sizeBytes\n      error\n    }\n    lastSuccess {\n      id\n      startedAt\n      location\n      sizeBytes\n    }\n    schedule {\n      enabled\n      time\n      timeZone\n      keep\n      directory\n      nextRunAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActivePolicy {\n  activePolicy {\n    ...PolicyVersionContent\n  }\n}"): (typeof documents)["query ActivePolicy {\n  activePolicy {\n    ...PolicyVersionContent\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PolicyApprovalFields on BoardApproval {\n  id\n  approvedOnGregorian\n  approvedOnHijri\n  body {\n    ar\n    en\n  }\n  boardTerm {\n    ar\n    en\n  }\n  note {\n    ar\n    en\n  }\n}"): (typeof documents)["fragment PolicyApprovalFields on BoardApproval {\n  id\n  approvedOnGregorian\n  approvedOnHijri\n  body {\n    ar\n    en\n  }\n  boardTerm {\n    ar\n    en\n  }\n  note {\n    ar\n    en\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PolicyApprove($input: PolicyApproveInput!) {\n  policyApprove(input: $input) {\n    policyVersion {\n      ...PolicyVersionSummary\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation PolicyApprove($input: PolicyApproveInput!) {\n  policyApprove(input: $input) {\n    policyVersion {\n      ...PolicyVersionSummary\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PolicyDraftCreate {\n  policyDraftCreate {\n    policyVersion {\n      ...PolicyVersionSummary\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation PolicyDraftCreate {\n  policyDraftCreate {\n    policyVersion {\n      ...PolicyVersionSummary\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PolicyDraftDiscard($input: PolicyDraftDiscardInput!) {\n  policyDraftDiscard(input: $input) {\n    discardedNumber\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation PolicyDraftDiscard($input: PolicyDraftDiscardInput!) {\n  policyDraftDiscard(input: $input) {\n    discardedNumber\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PolicyDraftSave($input: PolicyDraftSaveInput!) {\n  policyDraftSave(input: $input) {\n    policyVersion {\n      ...PolicyVersionContent\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation PolicyDraftSave($input: PolicyDraftSaveInput!) {\n  policyDraftSave(input: $input) {\n    policyVersion {\n      ...PolicyVersionContent\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PolicyVersion($number: Int!) {\n  policyVersion(number: $number) {\n    ...PolicyVersionContent\n  }\n}"): (typeof documents)["query PolicyVersion($number: Int!) {\n  policyVersion(number: $number) {\n    ...PolicyVersionContent\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PolicyVersionContent on PolicyVersion {\n  id\n  number\n  status\n  activatedAt\n  supersededAt\n  title {\n    ar\n    en\n  }\n  organization {\n    id\n    key\n    name {\n      ar\n      en\n    }\n  }\n  preface {\n    ar\n    en\n  }\n  generalObjective {\n    ar\n    en\n  }\n  objectives {\n    id\n    position\n    text {\n      ar\n      en\n    }\n    children {\n      id\n      position\n      text {\n        ar\n        en\n      }\n    }\n  }\n  channels {\n    id\n    key\n    position\n    name {\n      ar\n      en\n    }\n    description {\n      ar\n      en\n    }\n  }\n  tools {\n    id\n    key\n    kind\n    position\n    name {\n      ar\n      en\n    }\n    description {\n      ar\n      en\n    }\n  }\n  steps {\n    id\n    key\n    position\n    performerRole\n    conditional\n    condition {\n      ar\n      en\n    }\n    windowDays\n    windowUnit\n    title {\n      ar\n      en\n    }\n    text {\n      ar\n      en\n    }\n    tools {\n      id\n      key\n      kind\n      name {\n        ar\n        en\n      }\n    }\n    checklist {\n      id\n      key\n      position\n      required\n      documentTypeKey\n      text {\n        ar\n        en\n      }\n    }\n  }\n  approval {\n    ...PolicyApprovalFields\n  }\n}"): (typeof documents)["fragment PolicyVersionContent on PolicyVersion {\n  id\n  number\n  status\n  activatedAt\n  supersededAt\n  title {\n    ar\n    en\n  }\n  organization {\n    id\n    key\n    name {\n      ar\n      en\n    }\n  }\n  preface {\n    ar\n    en\n  }\n  generalObjective {\n    ar\n    en\n  }\n  objectives {\n    id\n    position\n    text {\n      ar\n      en\n    }\n    children {\n      id\n      position\n      text {\n        ar\n        en\n      }\n    }\n  }\n  channels {\n    id\n    key\n    position\n    name {\n      ar\n      en\n    }\n    description {\n      ar\n      en\n    }\n  }\n  tools {\n    id\n    key\n    kind\n    position\n    name {\n      ar\n      en\n    }\n    description {\n      ar\n      en\n    }\n  }\n  steps {\n    id\n    key\n    position\n    performerRole\n    conditional\n    condition {\n      ar\n      en\n    }\n    windowDays\n    windowUnit\n    title {\n      ar\n      en\n    }\n    text {\n      ar\n      en\n    }\n    tools {\n      id\n      key\n      kind\n      name {\n        ar\n        en\n      }\n    }\n    checklist {\n      id\n      key\n      position\n      required\n      documentTypeKey\n      text {\n        ar\n        en\n      }\n    }\n  }\n  approval {\n    ...PolicyApprovalFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PolicyVersionDiff($from: Int!, $to: Int!) {\n  policyVersionDiff(from: $from, to: $to) {\n    from {\n      id\n      number\n    }\n    to {\n      id\n      number\n    }\n    changes {\n      section\n      key\n      kind\n      fields\n      label {\n        ar\n        en\n      }\n    }\n  }\n}"): (typeof documents)["query PolicyVersionDiff($from: Int!, $to: Int!) {\n  policyVersionDiff(from: $from, to: $to) {\n    from {\n      id\n      number\n    }\n    to {\n      id\n      number\n    }\n    changes {\n      section\n      key\n      kind\n      fields\n      label {\n        ar\n        en\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PolicyVersionSummary on PolicyVersion {\n  id\n  number\n  status\n  activatedAt\n  supersededAt\n  title {\n    ar\n    en\n  }\n  approval {\n    ...PolicyApprovalFields\n  }\n}"): (typeof documents)["fragment PolicyVersionSummary on PolicyVersion {\n  id\n  number\n  status\n  activatedAt\n  supersededAt\n  title {\n    ar\n    en\n  }\n  approval {\n    ...PolicyApprovalFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PolicyVersions {\n  policyVersions {\n    ...PolicyVersionSummary\n  }\n}"): (typeof documents)["query PolicyVersions {\n  policyVersions {\n    ...PolicyVersionSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HomeVisitRecord($input: HomeVisitRecordInput!) {\n  homeVisitRecord(input: $input) {\n    visit {\n      id\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}"): (typeof documents)["mutation HomeVisitRecord($input: HomeVisitRecordInput!) {\n  homeVisitRecord(input: $input) {\n    visit {\n      id\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HomeVisitSchedule($input: HomeVisitScheduleInput!) {\n  homeVisitSchedule(input: $input) {\n    visit {\n      id\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}"): (typeof documents)["mutation HomeVisitSchedule($input: HomeVisitScheduleInput!) {\n  homeVisitSchedule(input: $input) {\n    visit {\n      id\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SocialReportSave($input: SocialReportSaveInput!) {\n  socialReportSave(input: $input) {\n    report {\n      body\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}"): (typeof documents)["mutation SocialReportSave($input: SocialReportSaveInput!) {\n  socialReportSave(input: $input) {\n    report {\n      body\n    }\n    errors {\n      code\n      field\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SocialResearch($id: ID!) {\n  transaction(id: $id) {\n    id\n    status\n    assignee {\n      id\n    }\n    socialResearch {\n      visits {\n        id\n        scheduledFor\n        visitedOn\n        present\n        findings\n        recommendation\n      }\n      report {\n        body\n        recommendation\n        updatedAt\n        authorDisplayName\n      }\n    }\n  }\n}"): (typeof documents)["query SocialResearch($id: ID!) {\n  transaction(id: $id) {\n    id\n    status\n    assignee {\n      id\n    }\n    socialResearch {\n      visits {\n        id\n        scheduledFor\n        visitedOn\n        present\n        findings\n        recommendation\n      }\n      report {\n        body\n        recommendation\n        updatedAt\n        authorDisplayName\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublicSurvey($token: String!) {\n  survey(token: $token) {\n    state\n    expiresAt\n    organizationName {\n      ar\n      en\n    }\n  }\n}"): (typeof documents)["query PublicSurvey($token: String!) {\n  survey(token: $token) {\n    state\n    expiresAt\n    organizationName {\n      ar\n      en\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SatisfactionChannels {\n  channels {\n    id\n    key\n    position\n    name {\n      ar\n      en\n    }\n  }\n}"): (typeof documents)["query SatisfactionChannels {\n  channels {\n    id\n    key\n    position\n    name {\n      ar\n      en\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SatisfactionComments($filter: SatisfactionFilter, $search: String, $first: Int!, $after: String) {\n  satisfactionComments(\n    filter: $filter\n    search: $search\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        comment\n        overall\n        recommend\n        mode\n        channelKey\n        submittedAt\n        transactionReference\n      }\n    }\n  }\n}"): (typeof documents)["query SatisfactionComments($filter: SatisfactionFilter, $search: String, $first: Int!, $after: String) {\n  satisfactionComments(\n    filter: $filter\n    search: $search\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        comment\n        overall\n        recommend\n        mode\n        channelKey\n        submittedAt\n        transactionReference\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SatisfactionFigures on SatisfactionFigures {\n  invitations\n  responses\n  responseRate\n  csat\n  nps\n  promoters\n  passives\n  detractors\n  meanOverall\n  meanCourtesy\n  meanClarity\n  meanSpeed\n  meanRecommend\n}"): (typeof documents)["fragment SatisfactionFigures on SatisfactionFigures {\n  invitations\n  responses\n  responseRate\n  csat\n  nps\n  promoters\n  passives\n  detractors\n  meanOverall\n  meanCourtesy\n  meanClarity\n  meanSpeed\n  meanRecommend\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SatisfactionGroups on SatisfactionReport {\n  groups {\n    key\n    label {\n      ar\n      en\n    }\n    figures {\n      ...SatisfactionFigures\n    }\n  }\n}"): (typeof documents)["fragment SatisfactionGroups on SatisfactionReport {\n  groups {\n    key\n    label {\n      ar\n      en\n    }\n    figures {\n      ...SatisfactionFigures\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SatisfactionOverview($filter: SatisfactionFilter!, $previousFilter: SatisfactionFilter!, $withOfficers: Boolean!) {\n  current: satisfactionReport(filter: $filter) {\n    total {\n      ...SatisfactionFigures\n    }\n    overallDistribution {\n      score\n      count\n    }\n  }\n  previous: satisfactionReport(filter: $previousFilter) {\n    total {\n      ...SatisfactionFigures\n    }\n  }\n  byChannel: satisfactionReport(filter: $filter, groupBy: CHANNEL) {\n    ...SatisfactionGroups\n  }\n  byTransactionType: satisfactionReport(\n    filter: $filter\n    groupBy: TRANSACTION_TYPE\n  ) {\n    ...SatisfactionGroups\n  }\n  byHandlingTime: satisfactionReport(filter: $filter, groupBy: HANDLING_TIME) {\n    ...SatisfactionGroups\n  }\n  byPolicyVersion: satisfactionReport(filter: $filter, groupBy: POLICY_VERSION) {\n    ...SatisfactionGroups\n  }\n  byOfficer: satisfactionReport(filter: $filter, groupBy: OFFICER) @include(if: $withOfficers) {\n    ...SatisfactionGroups\n  }\n}"): (typeof documents)["query SatisfactionOverview($filter: SatisfactionFilter!, $previousFilter: SatisfactionFilter!, $withOfficers: Boolean!) {\n  current: satisfactionReport(filter: $filter) {\n    total {\n      ...SatisfactionFigures\n    }\n    overallDistribution {\n      score\n      count\n    }\n  }\n  previous: satisfactionReport(filter: $previousFilter) {\n    total {\n      ...SatisfactionFigures\n    }\n  }\n  byChannel: satisfactionReport(filter: $filter, groupBy: CHANNEL) {\n    ...SatisfactionGroups\n  }\n  byTransactionType: satisfactionReport(\n    filter: $filter\n    groupBy: TRANSACTION_TYPE\n  ) {\n    ...SatisfactionGroups\n  }\n  byHandlingTime: satisfactionReport(filter: $filter, groupBy: HANDLING_TIME) {\n    ...SatisfactionGroups\n  }\n  byPolicyVersion: satisfactionReport(filter: $filter, groupBy: POLICY_VERSION) {\n    ...SatisfactionGroups\n  }\n  byOfficer: satisfactionReport(filter: $filter, groupBy: OFFICER) @include(if: $withOfficers) {\n    ...SatisfactionGroups\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SatisfactionTrend($filter: SatisfactionFilter!, $groupBy: SatisfactionDimension!) {\n  satisfactionReport(filter: $filter, groupBy: $groupBy) {\n    ...SatisfactionGroups\n  }\n}"): (typeof documents)["query SatisfactionTrend($filter: SatisfactionFilter!, $groupBy: SatisfactionDimension!) {\n  satisfactionReport(filter: $filter, groupBy: $groupBy) {\n    ...SatisfactionGroups\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SurveyInvitationIssue($input: SurveyInvitationIssueInput!) {\n  surveyInvitationIssue(input: $input) {\n    invitation {\n      id\n      token\n      expiresAt\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation SurveyInvitationIssue($input: SurveyInvitationIssueInput!) {\n  surveyInvitationIssue(input: $input) {\n    invitation {\n      id\n      token\n      expiresAt\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SurveyInvitations($transactionId: ID!) {\n  surveyInvitations(transactionId: $transactionId) {\n    id\n    state\n    issuedAt\n    expiresAt\n    answeredMode\n    overall\n    reissueReason\n    selfRated\n  }\n}"): (typeof documents)["query SurveyInvitations($transactionId: ID!) {\n  surveyInvitations(transactionId: $transactionId) {\n    id\n    state\n    issuedAt\n    expiresAt\n    answeredMode\n    overall\n    reissueReason\n    selfRated\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SurveyRecordAssisted($input: SurveyRecordAssistedInput!) {\n  surveyRecordAssisted(input: $input) {\n    recorded\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation SurveyRecordAssisted($input: SurveyRecordAssistedInput!) {\n  surveyRecordAssisted(input: $input) {\n    recorded\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SurveySubmit($input: SurveySubmitInput!) {\n  surveySubmit(input: $input) {\n    recorded\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation SurveySubmit($input: SurveySubmitInput!) {\n  surveySubmit(input: $input) {\n    recorded\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssignableUsers($role: Role!) {\n  assignableUsers(role: $role) {\n    id\n    username\n    displayName\n  }\n}"): (typeof documents)["query AssignableUsers($role: Role!) {\n  assignableUsers(role: $role) {\n    id\n    username\n    displayName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommitteeQueue($first: Int!, $after: String) {\n  transactions(\n    filter: {status: [AWAITING_COMMITTEE, DEFERRED]}\n    sort: {field: COMMITTEE_DUE_AT, direction: ASC}\n    first: $first\n    after: $after\n  ) {\n    ...TransactionQueuePage\n  }\n}"): (typeof documents)["query CommitteeQueue($first: Int!, $after: String) {\n  transactions(\n    filter: {status: [AWAITING_COMMITTEE, DEFERRED]}\n    sort: {field: COMMITTEE_DUE_AT, direction: ASC}\n    first: $first\n    after: $after\n  ) {\n    ...TransactionQueuePage\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment HandlingStepSummary on HandlingStep {\n  id\n  key\n  position\n  conditional\n  performerRole\n  title {\n    ar\n    en\n  }\n  condition {\n    ar\n    en\n  }\n}"): (typeof documents)["fragment HandlingStepSummary on HandlingStep {\n  id\n  key\n  position\n  conditional\n  performerRole\n  title {\n    ar\n    en\n  }\n  condition {\n    ar\n    en\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferralQueue($filter: TransactionFilter, $first: Int!, $after: String) {\n  transactions(\n    filter: $filter\n    sort: {field: OPENED_AT, direction: ASC}\n    first: $first\n    after: $after\n  ) {\n    ...TransactionQueuePage\n  }\n  referralReasons {\n    id\n    key\n    label {\n      ar\n      en\n    }\n  }\n}"): (typeof documents)["query ReferralQueue($filter: TransactionFilter, $first: Int!, $after: String) {\n  transactions(\n    filter: $filter\n    sort: {field: OPENED_AT, direction: ASC}\n    first: $first\n    after: $after\n  ) {\n    ...TransactionQueuePage\n  }\n  referralReasons {\n    id\n    key\n    label {\n      ar\n      en\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferralReasons {\n  referralReasons {\n    id\n    key\n    label {\n      ar\n      en\n    }\n  }\n}"): (typeof documents)["query ReferralReasons {\n  referralReasons {\n    id\n    key\n    label {\n      ar\n      en\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Transaction($reference: String!) {\n  transaction(reference: $reference) {\n    ...TransactionDetail\n    policyVersion {\n      id\n      steps {\n        ...HandlingStepSummary\n      }\n    }\n  }\n  referralReasons {\n    id\n    key\n    label {\n      ar\n      en\n    }\n  }\n}"): (typeof documents)["query Transaction($reference: String!) {\n  transaction(reference: $reference) {\n    ...TransactionDetail\n    policyVersion {\n      id\n      steps {\n        ...HandlingStepSummary\n      }\n    }\n  }\n  referralReasons {\n    id\n    key\n    label {\n      ar\n      en\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionAssign($input: TransactionAssignInput!) {\n  transactionAssign(input: $input) {\n    ...TransactionChange\n  }\n}"): (typeof documents)["mutation TransactionAssign($input: TransactionAssignInput!) {\n  transactionAssign(input: $input) {\n    ...TransactionChange\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TransactionAssignmentCandidates($id: ID!) {\n  transaction(id: $id) {\n    id\n    assignmentCandidates {\n      id\n      username\n      displayName\n    }\n  }\n}"): (typeof documents)["query TransactionAssignmentCandidates($id: ID!) {\n  transaction(id: $id) {\n    id\n    assignmentCandidates {\n      id\n      username\n      displayName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionAttest($input: TransactionAttestInput!) {\n  transactionAttest(input: $input) {\n    ...TransactionChange\n  }\n}"): (typeof documents)["mutation TransactionAttest($input: TransactionAttestInput!) {\n  transactionAttest(input: $input) {\n    ...TransactionChange\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TransactionChange on TransactionChange {\n  transaction {\n    ...TransactionDetail\n  }\n  errors {\n    code\n    message\n    field\n  }\n}"): (typeof documents)["fragment TransactionChange on TransactionChange {\n  transaction {\n    ...TransactionDetail\n  }\n  errors {\n    code\n    message\n    field\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionCloseInquiry($input: TransactionCloseInquiryInput!) {\n  transactionCloseInquiry(input: $input) {\n    ...TransactionClosingChange\n  }\n}"): (typeof documents)["mutation TransactionCloseInquiry($input: TransactionCloseInquiryInput!) {\n  transactionCloseInquiry(input: $input) {\n    ...TransactionClosingChange\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TransactionClosingChange on TransactionClosingChange {\n  ...TransactionChange\n  surveyInvitation {\n    id\n    token\n    expiresAt\n  }\n}"): (typeof documents)["fragment TransactionClosingChange on TransactionClosingChange {\n  ...TransactionChange\n  surveyInvitation {\n    id\n    token\n    expiresAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionCompleteStep($input: TransactionCompleteStepInput!) {\n  transactionCompleteStep(input: $input) {\n    ...TransactionChange\n  }\n}"): (typeof documents)["mutation TransactionCompleteStep($input: TransactionCompleteStepInput!) {\n  transactionCompleteStep(input: $input) {\n    ...TransactionChange\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionDecide($input: TransactionDecideInput!) {\n  transactionDecide(input: $input) {\n    ...TransactionClosingChange\n  }\n}"): (typeof documents)["mutation TransactionDecide($input: TransactionDecideInput!) {\n  transactionDecide(input: $input) {\n    ...TransactionClosingChange\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionDeliver($input: TransactionDeliverInput!) {\n  transactionDeliver(input: $input) {\n    ...TransactionClosingChange\n  }\n}"): (typeof documents)["mutation TransactionDeliver($input: TransactionDeliverInput!) {\n  transactionDeliver(input: $input) {\n    ...TransactionClosingChange\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TransactionDetail on Transaction {\n  ...TransactionRow\n  policyVersionNumber\n  committeeSubmittedAt\n  attestationCurrent\n  availableActions\n  canAssign\n  ...CommitteeWorkingDays\n  beneficiary {\n    ...BeneficiaryFields\n  }\n  currentStep {\n    id\n    key\n    position\n    conditional\n    performerRole\n    windowDays\n    title {\n      ar\n      en\n    }\n    text {\n      ar\n      en\n    }\n    checklist {\n      id\n      key\n      position\n      required\n      text {\n        ar\n        en\n      }\n    }\n    tools {\n      id\n      key\n      kind\n      name {\n        ar\n        en\n      }\n    }\n  }\n  timeline {\n    id\n    kind\n    actorName\n    actorDisplayName\n    at\n    note\n    data {\n      channel\n      type\n      checkedItems\n      reason\n      from\n      researcher\n      attestationText\n      applicantConfirmed\n      witness\n      windowDays\n      windowUnit\n      late\n      pausedMs\n      assignedFrom\n      assignedFromName\n      assignedTo\n      assignedToName\n    }\n  }\n  notes {\n    ...TransactionNoteFields\n  }\n}"): (typeof documents)["fragment TransactionDetail on Transaction {\n  ...TransactionRow\n  policyVersionNumber\n  committeeSubmittedAt\n  attestationCurrent\n  availableActions\n  canAssign\n  ...CommitteeWorkingDays\n  beneficiary {\n    ...BeneficiaryFields\n  }\n  currentStep {\n    id\n    key\n    position\n    conditional\n    performerRole\n    windowDays\n    title {\n      ar\n      en\n    }\n    text {\n      ar\n      en\n    }\n    checklist {\n      id\n      key\n      position\n      required\n      text {\n        ar\n        en\n      }\n    }\n    tools {\n      id\n      key\n      kind\n      name {\n        ar\n        en\n      }\n    }\n  }\n  timeline {\n    id\n    kind\n    actorName\n    actorDisplayName\n    at\n    note\n    data {\n      channel\n      type\n      checkedItems\n      reason\n      from\n      researcher\n      attestationText\n      applicantConfirmed\n      witness\n      windowDays\n      windowUnit\n      late\n      pausedMs\n      assignedFrom\n      assignedFromName\n      assignedTo\n      assignedToName\n    }\n  }\n  notes {\n    ...TransactionNoteFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionNoteAdd($input: TransactionNoteAddInput!) {\n  transactionNoteAdd(input: $input) {\n    note {\n      id\n    }\n    transaction {\n      id\n      notes {\n        ...TransactionNoteFields\n      }\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation TransactionNoteAdd($input: TransactionNoteAddInput!) {\n  transactionNoteAdd(input: $input) {\n    note {\n      id\n    }\n    transaction {\n      id\n      notes {\n        ...TransactionNoteFields\n      }\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TransactionNoteFields on TransactionNote {\n  id\n  body\n  authorName\n  authorDisplayName\n  at\n}"): (typeof documents)["fragment TransactionNoteFields on TransactionNote {\n  id\n  body\n  authorName\n  authorDisplayName\n  at\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionOpen($input: TransactionOpenInput!) {\n  transactionOpen(input: $input) {\n    ...TransactionChange\n  }\n}"): (typeof documents)["mutation TransactionOpen($input: TransactionOpenInput!) {\n  transactionOpen(input: $input) {\n    ...TransactionChange\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TransactionOptions {\n  channels {\n    id\n    key\n    position\n    name {\n      ar\n      en\n    }\n  }\n  handlingSteps {\n    id\n    key\n    position\n    title {\n      ar\n      en\n    }\n  }\n}"): (typeof documents)["query TransactionOptions {\n  channels {\n    id\n    key\n    position\n    name {\n      ar\n      en\n    }\n  }\n  handlingSteps {\n    id\n    key\n    position\n    title {\n      ar\n      en\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TransactionQueuePage on TransactionConnection {\n  totalCount\n  pageInfo {\n    hasNextPage\n    endCursor\n  }\n  edges {\n    cursor\n    node {\n      ...TransactionRow\n      committeeSubmittedAt\n      timeline(kinds: [REFERRED, DEFERRED]) {\n        id\n        kind\n        at\n        actorName\n        actorDisplayName\n        note\n        data {\n          reason\n        }\n      }\n    }\n  }\n}"): (typeof documents)["fragment TransactionQueuePage on TransactionConnection {\n  totalCount\n  pageInfo {\n    hasNextPage\n    endCursor\n  }\n  edges {\n    cursor\n    node {\n      ...TransactionRow\n      committeeSubmittedAt\n      timeline(kinds: [REFERRED, DEFERRED]) {\n        id\n        kind\n        at\n        actorName\n        actorDisplayName\n        note\n        data {\n          reason\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionRefer($input: TransactionReferInput!) {\n  transactionRefer(input: $input) {\n    ...TransactionChange\n  }\n}"): (typeof documents)["mutation TransactionRefer($input: TransactionReferInput!) {\n  transactionRefer(input: $input) {\n    ...TransactionChange\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionResume($input: TransactionResumeInput!) {\n  transactionResume(input: $input) {\n    ...TransactionChange\n  }\n}"): (typeof documents)["mutation TransactionResume($input: TransactionResumeInput!) {\n  transactionResume(input: $input) {\n    ...TransactionChange\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionReturnFromReferral($input: TransactionReturnFromReferralInput!) {\n  transactionReturnFromReferral(input: $input) {\n    ...TransactionChange\n  }\n}"): (typeof documents)["mutation TransactionReturnFromReferral($input: TransactionReturnFromReferralInput!) {\n  transactionReturnFromReferral(input: $input) {\n    ...TransactionChange\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TransactionRow on Transaction {\n  id\n  reference\n  status\n  outcome\n  type\n  subject\n  openedAt\n  closedAt\n  committeeDueAt\n  committeeOverdue\n  version\n  beneficiary {\n    id\n    fullName\n    nationalId\n  }\n  channel {\n    id\n    key\n    name {\n      ar\n      en\n    }\n  }\n  currentStep {\n    id\n    key\n    position\n    title {\n      ar\n      en\n    }\n  }\n  assignee {\n    id\n    username\n    displayName\n  }\n}"): (typeof documents)["fragment TransactionRow on Transaction {\n  id\n  reference\n  status\n  outcome\n  type\n  subject\n  openedAt\n  closedAt\n  committeeDueAt\n  committeeOverdue\n  version\n  beneficiary {\n    id\n    fullName\n    nationalId\n  }\n  channel {\n    id\n    key\n    name {\n      ar\n      en\n    }\n  }\n  currentStep {\n    id\n    key\n    position\n    title {\n      ar\n      en\n    }\n  }\n  assignee {\n    id\n    username\n    displayName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionSubmitToCommittee($input: TransactionSubmitToCommitteeInput!) {\n  transactionSubmitToCommittee(input: $input) {\n    ...TransactionChange\n  }\n}"): (typeof documents)["mutation TransactionSubmitToCommittee($input: TransactionSubmitToCommitteeInput!) {\n  transactionSubmitToCommittee(input: $input) {\n    ...TransactionChange\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionViewCreate($input: TransactionViewCreateInput!) {\n  transactionViewCreate(input: $input) {\n    view {\n      ...TransactionViewFields\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation TransactionViewCreate($input: TransactionViewCreateInput!) {\n  transactionViewCreate(input: $input) {\n    view {\n      ...TransactionViewFields\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionViewDelete($input: TransactionViewDeleteInput!) {\n  transactionViewDelete(input: $input) {\n    deletedId\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation TransactionViewDelete($input: TransactionViewDeleteInput!) {\n  transactionViewDelete(input: $input) {\n    deletedId\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TransactionViewFields on TransactionView {\n  id\n  name\n  shared\n  mine\n  canEdit\n  ownerDisplayName\n  filter {\n    status\n    type\n    stepKey\n    assignedToMe\n    committeeOverdue\n    search\n    channelKey\n    assigneeId\n    openedFrom\n    openedTo\n    event {\n      kinds\n      stepKey\n      from\n      to\n      referralReasonKey\n      late\n    }\n  }\n  sort {\n    field\n    direction\n  }\n}"): (typeof documents)["fragment TransactionViewFields on TransactionView {\n  id\n  name\n  shared\n  mine\n  canEdit\n  ownerDisplayName\n  filter {\n    status\n    type\n    stepKey\n    assignedToMe\n    committeeOverdue\n    search\n    channelKey\n    assigneeId\n    openedFrom\n    openedTo\n    event {\n      kinds\n      stepKey\n      from\n      to\n      referralReasonKey\n      late\n    }\n  }\n  sort {\n    field\n    direction\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionViewRename($input: TransactionViewRenameInput!) {\n  transactionViewRename(input: $input) {\n    view {\n      ...TransactionViewFields\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation TransactionViewRename($input: TransactionViewRenameInput!) {\n  transactionViewRename(input: $input) {\n    view {\n      ...TransactionViewFields\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionViewShare($input: TransactionViewShareInput!) {\n  transactionViewShare(input: $input) {\n    view {\n      ...TransactionViewFields\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation TransactionViewShare($input: TransactionViewShareInput!) {\n  transactionViewShare(input: $input) {\n    view {\n      ...TransactionViewFields\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TransactionViews {\n  transactionViews(first: 100) {\n    totalCount\n    edges {\n      node {\n        ...TransactionViewFields\n      }\n    }\n  }\n}"): (typeof documents)["query TransactionViews {\n  transactionViews(first: 100) {\n    totalCount\n    edges {\n      node {\n        ...TransactionViewFields\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionWithdraw($input: TransactionWithdrawInput!) {\n  transactionWithdraw(input: $input) {\n    ...TransactionChange\n  }\n}"): (typeof documents)["mutation TransactionWithdraw($input: TransactionWithdrawInput!) {\n  transactionWithdraw(input: $input) {\n    ...TransactionChange\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Transactions($filter: TransactionFilter, $sort: TransactionSort, $first: Int!, $after: String) {\n  transactions(filter: $filter, sort: $sort, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...TransactionRow\n      }\n    }\n  }\n}"): (typeof documents)["query Transactions($filter: TransactionFilter, $sort: TransactionSort, $first: Int!, $after: String) {\n  transactions(filter: $filter, sort: $sort, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...TransactionRow\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionsAssign($input: TransactionsAssignInput!) {\n  transactionsAssign(input: $input) {\n    transactions {\n      ...TransactionRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n    failures {\n      transactionId\n      reference\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation TransactionsAssign($input: TransactionsAssignInput!) {\n  transactionsAssign(input: $input) {\n    transactions {\n      ...TransactionRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n    failures {\n      transactionId\n      reference\n      code\n      message\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
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
    "mutation ApiTokenCreate($input: ApiTokenCreateInput!) {\n  apiTokenCreate(input: $input) {\n    token\n    apiToken {\n      ...ApiTokenRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.ApiTokenCreateDocument,
    "mutation ApiTokenRevoke($input: ApiTokenRevokeInput!) {\n  apiTokenRevoke(input: $input) {\n    apiToken {\n      ...ApiTokenRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.ApiTokenRevokeDocument,
    "fragment ApiTokenRow on ApiToken {\n  id\n  name\n  prefix\n  createdAt\n  expiresAt\n  lastUsedAt\n  revokedAt\n}": typeof types.ApiTokenRowFragmentDoc,
    "query Me {\n  me {\n    ...SessionUser\n  }\n}": typeof types.MeDocument,
    "query MyApiTokens {\n  myApiTokens {\n    ...ApiTokenRow\n  }\n}": typeof types.MyApiTokensDocument,
    "fragment SessionUser on User {\n  id\n  username\n  displayName\n  email\n  roles\n  active\n}": typeof types.SessionUserFragmentDoc,
    "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}": typeof types.SignInDocument,
    "mutation SignOut {\n  signOut {\n    signedOut\n  }\n}": typeof types.SignOutDocument,
    "mutation UserCreate($input: UserCreateInput!) {\n  userCreate(input: $input) {\n    generatedPassword\n    user {\n      ...UserRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.UserCreateDocument,
    "mutation UserResetPassword($input: UserResetPasswordInput!) {\n  userResetPassword(input: $input) {\n    generatedPassword\n    user {\n      ...UserRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.UserResetPasswordDocument,
    "fragment UserRow on User {\n  id\n  username\n  displayName\n  email\n  roles\n  active\n  createdAt\n  lastSignInAt\n}": typeof types.UserRowFragmentDoc,
    "mutation UserUpdate($input: UserUpdateInput!) {\n  userUpdate(input: $input) {\n    user {\n      ...UserRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.UserUpdateDocument,
    "query Users($first: Int!, $after: String, $search: String) {\n  users(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...UserRow\n      }\n    }\n  }\n}": typeof types.UsersDocument,
    "query AuditEntries($filter: AuditFilter, $first: Int!, $after: String) {\n  auditEntries(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        at\n        actorName\n        action\n        targetType\n        targetId\n        before\n        after\n        requestId\n      }\n    }\n  }\n}": typeof types.AuditEntriesDocument,
    "query Beneficiaries($first: Int!, $after: String, $search: String) {\n  beneficiaries(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...BeneficiaryFields\n      }\n    }\n  }\n}": typeof types.BeneficiariesDocument,
    "query Beneficiary($id: ID!, $first: Int!) {\n  beneficiary(id: $id) {\n    ...BeneficiaryFields\n  }\n  transactions(filter: {beneficiaryId: $id}, first: $first) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...TransactionRow\n      }\n    }\n  }\n}": typeof types.BeneficiaryDocument,
    "mutation BeneficiaryCreate($input: BeneficiaryCreateInput!) {\n  beneficiaryCreate(input: $input) {\n    beneficiary {\n      ...BeneficiaryFields\n    }\n    existingBeneficiary {\n      ...BeneficiaryFields\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.BeneficiaryCreateDocument,
    "fragment BeneficiaryFields on Beneficiary {\n  id\n  fullName\n  nationalId\n  mobile\n  city\n  gender\n  dateOfBirth\n  notes\n  createdAt\n  updatedAt\n}": typeof types.BeneficiaryFieldsFragmentDoc,
    "mutation BeneficiaryUpdate($input: BeneficiaryUpdateInput!) {\n  beneficiaryUpdate(input: $input) {\n    beneficiary {\n      ...BeneficiaryFields\n    }\n    existingBeneficiary {\n      ...BeneficiaryFields\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.BeneficiaryUpdateDocument,
    "mutation DocumentCreate($input: DocumentCreateInput!) {\n  documentCreate(input: $input) {\n    document {\n      ...LibraryDocumentFull\n    }\n    version {\n      id\n      number\n      status\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.DocumentCreateDocument,
    "query DocumentPreview($markdown: String!) {\n  documentPreview(markdown: $markdown)\n}": typeof types.DocumentPreviewDocument,
    "mutation DocumentUpdate($input: DocumentUpdateInput!) {\n  documentUpdate(input: $input) {\n    document {\n      ...LibraryDocumentFull\n    }\n    version {\n      id\n      number\n      status\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.DocumentUpdateDocument,
    "mutation DocumentVersionPublish($input: DocumentVersionPublishInput!) {\n  documentVersionPublish(input: $input) {\n    document {\n      ...LibraryDocumentFull\n    }\n    version {\n      id\n      number\n      status\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.DocumentVersionPublishDocument,
    "mutation DocumentVersionSave($input: DocumentVersionSaveInput!) {\n  documentVersionSave(input: $input) {\n    document {\n      ...LibraryDocumentFull\n    }\n    version {\n      id\n      number\n      status\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.DocumentVersionSaveDocument,
    "fragment LibraryDocumentFull on LibraryDocument {\n  ...LibraryDocumentCard\n  ownerId\n  canEdit\n  createdAt\n  currentVersion {\n    id\n    number\n    status\n    publishedAt\n    publishedByName\n    changeNote\n    html {\n      ar\n      en\n    }\n    tocAr: toc(language: AR) {\n      id\n      anchor\n      level\n      text\n    }\n    tocEn: toc(language: EN) {\n      id\n      anchor\n      level\n      text\n    }\n  }\n  draftVersion {\n    id\n    number\n    status\n    changeNote\n    createdAt\n    body {\n      ar\n      en\n    }\n  }\n  versions {\n    id\n    number\n    status\n    changeNote\n    publishedAt\n    publishedByName\n    authorName\n    createdAt\n  }\n  attachments {\n    id\n    filename\n    contentType\n    size\n    sha256\n    versionNumber\n    createdAt\n    downloadUrl\n  }\n  steps {\n    id\n    key\n    position\n    title {\n      ar\n      en\n    }\n  }\n}": typeof types.LibraryDocumentFullFragmentDoc,
    "query LibraryDocument($slug: String, $toolKey: String) {\n  libraryDocument(slug: $slug, toolKey: $toolKey) {\n    ...LibraryDocumentFull\n  }\n}": typeof types.LibraryDocumentDocument,
    "fragment LibraryDocumentCard on LibraryDocument {\n  id\n  slug\n  kind\n  title {\n    ar\n    en\n  }\n  tags\n  toolKey\n  published\n  reviewBy\n  reviewOverdue\n  ownerName\n  updatedAt\n  currentVersion {\n    id\n    number\n    publishedAt\n  }\n}": typeof types.LibraryDocumentCardFragmentDoc,
    "query LibraryDocumentSource($slug: String!) {\n  libraryDocument(slug: $slug) {\n    ...LibraryDocumentFull\n    currentVersion {\n      id\n      body {\n        ar\n        en\n      }\n    }\n  }\n}": typeof types.LibraryDocumentSourceDocument,
    "query LibraryDocuments($filter: LibraryDocumentFilter, $first: Int, $after: String) {\n  libraryDocuments(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...LibraryDocumentCard\n      }\n    }\n  }\n}": typeof types.LibraryDocumentsDocument,
    "query LibraryDueForReview($first: Int, $after: String) {\n  libraryDocumentsDueForReview(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...LibraryDocumentCard\n      }\n    }\n  }\n}": typeof types.LibraryDueForReviewDocument,
    "query LibrarySearch($query: String!, $first: Int, $after: String) {\n  librarySearch(query: $query, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        kind\n        language\n        title\n        titleHtml\n        snippetHtml\n        score\n        itemKey\n        document {\n          id\n          slug\n          kind\n        }\n      }\n    }\n  }\n}": typeof types.LibrarySearchDocument,
    "query PolicyToolKeys {\n  tools {\n    id\n    key\n    name {\n      ar\n      en\n    }\n  }\n}": typeof types.PolicyToolKeysDocument,
    "query ActivePolicy {\n  activePolicy {\n    ...PolicyVersionContent\n  }\n}": typeof types.ActivePolicyDocument,
    "fragment PolicyApprovalFields on BoardApproval {\n  id\n  approvedOnGregorian\n  approvedOnHijri\n  body {\n    ar\n    en\n  }\n  boardTerm {\n    ar\n    en\n  }\n  note {\n    ar\n    en\n  }\n}": typeof types.PolicyApprovalFieldsFragmentDoc,
    "mutation PolicyApprove($input: PolicyApproveInput!) {\n  policyApprove(input: $input) {\n    policyVersion {\n      ...PolicyVersionSummary\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.PolicyApproveDocument,
    "mutation PolicyDraftCreate {\n  policyDraftCreate {\n    policyVersion {\n      ...PolicyVersionSummary\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.PolicyDraftCreateDocument,
    "mutation PolicyDraftDiscard($number: Int!) {\n  policyDraftDiscard(number: $number) {\n    discardedNumber\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.PolicyDraftDiscardDocument,
    "mutation PolicyDraftSave($input: PolicyDraftSaveInput!) {\n  policyDraftSave(input: $input) {\n    policyVersion {\n      ...PolicyVersionContent\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.PolicyDraftSaveDocument,
    "query PolicyVersion($number: Int!) {\n  policyVersion(number: $number) {\n    ...PolicyVersionContent\n  }\n}": typeof types.PolicyVersionDocument,
    "fragment PolicyVersionContent on PolicyVersion {\n  id\n  number\n  status\n  activatedAt\n  supersededAt\n  title {\n    ar\n    en\n  }\n  organization {\n    id\n    key\n    name {\n      ar\n      en\n    }\n  }\n  preface {\n    ar\n    en\n  }\n  generalObjective {\n    ar\n    en\n  }\n  objectives {\n    id\n    position\n    text {\n      ar\n      en\n    }\n    children {\n      id\n      position\n      text {\n        ar\n        en\n      }\n    }\n  }\n  channels {\n    id\n    key\n    position\n    name {\n      ar\n      en\n    }\n    description {\n      ar\n      en\n    }\n  }\n  tools {\n    id\n    key\n    kind\n    position\n    name {\n      ar\n      en\n    }\n    description {\n      ar\n      en\n    }\n  }\n  steps {\n    id\n    key\n    position\n    performerRole\n    conditional\n    condition {\n      ar\n      en\n    }\n    windowDays\n    title {\n      ar\n      en\n    }\n    text {\n      ar\n      en\n    }\n    tools {\n      id\n      key\n      kind\n      name {\n        ar\n        en\n      }\n    }\n    checklist {\n      id\n      key\n      position\n      required\n      text {\n        ar\n        en\n      }\n    }\n  }\n  approval {\n    ...PolicyApprovalFields\n  }\n}": typeof types.PolicyVersionContentFragmentDoc,
    "query PolicyVersionDiff($from: Int!, $to: Int!) {\n  policyVersionDiff(from: $from, to: $to) {\n    from {\n      id\n      number\n    }\n    to {\n      id\n      number\n    }\n    changes {\n      section\n      key\n      kind\n      fields\n      label {\n        ar\n        en\n      }\n    }\n  }\n}": typeof types.PolicyVersionDiffDocument,
    "fragment PolicyVersionSummary on PolicyVersion {\n  id\n  number\n  status\n  activatedAt\n  supersededAt\n  title {\n    ar\n    en\n  }\n  approval {\n    ...PolicyApprovalFields\n  }\n}": typeof types.PolicyVersionSummaryFragmentDoc,
    "query PolicyVersions {\n  policyVersions {\n    ...PolicyVersionSummary\n  }\n}": typeof types.PolicyVersionsDocument,
    "query AssignableUsers($role: Role!) {\n  assignableUsers(role: $role) {\n    id\n    username\n    displayName\n  }\n}": typeof types.AssignableUsersDocument,
    "query CommitteeQueue($first: Int!, $after: String) {\n  transactions(\n    filter: {status: [AWAITING_COMMITTEE, DEFERRED]}\n    sort: {field: COMMITTEE_DUE_AT, direction: ASC}\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...TransactionRow\n        committeeSubmittedAt\n        timeline {\n          id\n          kind\n          at\n        }\n      }\n    }\n  }\n}": typeof types.CommitteeQueueDocument,
    "query HandlingSteps($policyVersion: Int) {\n  handlingSteps(policyVersion: $policyVersion) {\n    id\n    key\n    position\n    conditional\n    performerRole\n    title {\n      ar\n      en\n    }\n    condition {\n      ar\n      en\n    }\n  }\n}": typeof types.HandlingStepsDocument,
    "query ReferralQueue($filter: TransactionFilter, $first: Int!, $after: String) {\n  transactions(\n    filter: $filter\n    sort: {field: OPENED_AT, direction: ASC}\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...TransactionRow\n        timeline {\n          id\n          kind\n          at\n          actorName\n          note\n          data\n        }\n      }\n    }\n  }\n  referralReasons {\n    id\n    key\n    label {\n      ar\n      en\n    }\n  }\n}": typeof types.ReferralQueueDocument,
    "query ReferralReasons {\n  referralReasons {\n    id\n    key\n    label {\n      ar\n      en\n    }\n  }\n}": typeof types.ReferralReasonsDocument,
    "query Transaction($reference: String!) {\n  transaction(reference: $reference) {\n    ...TransactionDetail\n  }\n}": typeof types.TransactionDocument,
    "mutation TransactionAttest($input: TransactionAttestInput!) {\n  transactionAttest(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.TransactionAttestDocument,
    "mutation TransactionCloseInquiry($input: TransactionTargetInput!) {\n  transactionCloseInquiry(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.TransactionCloseInquiryDocument,
    "mutation TransactionCompleteStep($input: TransactionCompleteStepInput!) {\n  transactionCompleteStep(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.TransactionCompleteStepDocument,
    "mutation TransactionDecide($input: TransactionDecideInput!) {\n  transactionDecide(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.TransactionDecideDocument,
    "mutation TransactionDeliver($input: TransactionDeliverInput!) {\n  transactionDeliver(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.TransactionDeliverDocument,
    "fragment TransactionDetail on Transaction {\n  ...TransactionRow\n  policyVersionNumber\n  committeeSubmittedAt\n  attestationCurrent\n  availableActions\n  beneficiary {\n    ...BeneficiaryFields\n  }\n  currentStep {\n    id\n    key\n    position\n    conditional\n    performerRole\n    windowDays\n    title {\n      ar\n      en\n    }\n    text {\n      ar\n      en\n    }\n    checklist {\n      id\n      key\n      position\n      required\n      text {\n        ar\n        en\n      }\n    }\n    tools {\n      id\n      key\n      kind\n      name {\n        ar\n        en\n      }\n    }\n  }\n  timeline {\n    id\n    kind\n    actorName\n    at\n    note\n    data\n  }\n}": typeof types.TransactionDetailFragmentDoc,
    "mutation TransactionOpen($input: TransactionOpenInput!) {\n  transactionOpen(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.TransactionOpenDocument,
    "query TransactionOptions {\n  channels {\n    id\n    key\n    position\n    name {\n      ar\n      en\n    }\n  }\n  handlingSteps {\n    id\n    key\n    position\n    title {\n      ar\n      en\n    }\n  }\n}": typeof types.TransactionOptionsDocument,
    "mutation TransactionRefer($input: TransactionReferInput!) {\n  transactionRefer(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.TransactionReferDocument,
    "mutation TransactionResume($input: TransactionTargetInput!) {\n  transactionResume(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.TransactionResumeDocument,
    "mutation TransactionReturnFromReferral($input: TransactionReturnInput!) {\n  transactionReturnFromReferral(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.TransactionReturnFromReferralDocument,
    "fragment TransactionRow on Transaction {\n  id\n  reference\n  status\n  outcome\n  type\n  subject\n  openedAt\n  closedAt\n  committeeDueAt\n  committeeOverdue\n  version\n  beneficiary {\n    id\n    fullName\n    nationalId\n  }\n  channel {\n    id\n    key\n    name {\n      ar\n      en\n    }\n  }\n  currentStep {\n    id\n    key\n    position\n    title {\n      ar\n      en\n    }\n  }\n  assignee {\n    id\n    username\n    displayName\n  }\n}": typeof types.TransactionRowFragmentDoc,
    "mutation TransactionSubmitToCommittee($input: TransactionTargetInput!) {\n  transactionSubmitToCommittee(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.TransactionSubmitToCommitteeDocument,
    "mutation TransactionWithdraw($input: TransactionWithdrawInput!) {\n  transactionWithdraw(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.TransactionWithdrawDocument,
    "query Transactions($filter: TransactionFilter, $sort: TransactionSort, $first: Int!, $after: String) {\n  transactions(filter: $filter, sort: $sort, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...TransactionRow\n      }\n    }\n  }\n}": typeof types.TransactionsDocument,
};
const documents: Documents = {
    "mutation ApiTokenCreate($input: ApiTokenCreateInput!) {\n  apiTokenCreate(input: $input) {\n    token\n    apiToken {\n      ...ApiTokenRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.ApiTokenCreateDocument,
    "mutation ApiTokenRevoke($input: ApiTokenRevokeInput!) {\n  apiTokenRevoke(input: $input) {\n    apiToken {\n      ...ApiTokenRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.ApiTokenRevokeDocument,
    "fragment ApiTokenRow on ApiToken {\n  id\n  name\n  prefix\n  createdAt\n  expiresAt\n  lastUsedAt\n  revokedAt\n}": types.ApiTokenRowFragmentDoc,
    "query Me {\n  me {\n    ...SessionUser\n  }\n}": types.MeDocument,
    "query MyApiTokens {\n  myApiTokens {\n    ...ApiTokenRow\n  }\n}": types.MyApiTokensDocument,
    "fragment SessionUser on User {\n  id\n  username\n  displayName\n  email\n  roles\n  active\n}": types.SessionUserFragmentDoc,
    "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}": types.SignInDocument,
    "mutation SignOut {\n  signOut {\n    signedOut\n  }\n}": types.SignOutDocument,
    "mutation UserCreate($input: UserCreateInput!) {\n  userCreate(input: $input) {\n    generatedPassword\n    user {\n      ...UserRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.UserCreateDocument,
    "mutation UserResetPassword($input: UserResetPasswordInput!) {\n  userResetPassword(input: $input) {\n    generatedPassword\n    user {\n      ...UserRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.UserResetPasswordDocument,
    "fragment UserRow on User {\n  id\n  username\n  displayName\n  email\n  roles\n  active\n  createdAt\n  lastSignInAt\n}": types.UserRowFragmentDoc,
    "mutation UserUpdate($input: UserUpdateInput!) {\n  userUpdate(input: $input) {\n    user {\n      ...UserRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.UserUpdateDocument,
    "query Users($first: Int!, $after: String, $search: String) {\n  users(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...UserRow\n      }\n    }\n  }\n}": types.UsersDocument,
    "query AuditEntries($filter: AuditFilter, $first: Int!, $after: String) {\n  auditEntries(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        at\n        actorName\n        action\n        targetType\n        targetId\n        before\n        after\n        requestId\n      }\n    }\n  }\n}": types.AuditEntriesDocument,
    "query Beneficiaries($first: Int!, $after: String, $search: String) {\n  beneficiaries(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...BeneficiaryFields\n      }\n    }\n  }\n}": types.BeneficiariesDocument,
    "query Beneficiary($id: ID!, $first: Int!) {\n  beneficiary(id: $id) {\n    ...BeneficiaryFields\n  }\n  transactions(filter: {beneficiaryId: $id}, first: $first) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...TransactionRow\n      }\n    }\n  }\n}": types.BeneficiaryDocument,
    "mutation BeneficiaryCreate($input: BeneficiaryCreateInput!) {\n  beneficiaryCreate(input: $input) {\n    beneficiary {\n      ...BeneficiaryFields\n    }\n    existingBeneficiary {\n      ...BeneficiaryFields\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.BeneficiaryCreateDocument,
    "fragment BeneficiaryFields on Beneficiary {\n  id\n  fullName\n  nationalId\n  mobile\n  city\n  gender\n  dateOfBirth\n  notes\n  createdAt\n  updatedAt\n}": types.BeneficiaryFieldsFragmentDoc,
    "mutation BeneficiaryUpdate($input: BeneficiaryUpdateInput!) {\n  beneficiaryUpdate(input: $input) {\n    beneficiary {\n      ...BeneficiaryFields\n    }\n    existingBeneficiary {\n      ...BeneficiaryFields\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.BeneficiaryUpdateDocument,
    "mutation DocumentCreate($input: DocumentCreateInput!) {\n  documentCreate(input: $input) {\n    document {\n      ...LibraryDocumentFull\n    }\n    version {\n      id\n      number\n      status\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.DocumentCreateDocument,
    "query DocumentPreview($markdown: String!) {\n  documentPreview(markdown: $markdown)\n}": types.DocumentPreviewDocument,
    "mutation DocumentUpdate($input: DocumentUpdateInput!) {\n  documentUpdate(input: $input) {\n    document {\n      ...LibraryDocumentFull\n    }\n    version {\n      id\n      number\n      status\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.DocumentUpdateDocument,
    "mutation DocumentVersionPublish($input: DocumentVersionPublishInput!) {\n  documentVersionPublish(input: $input) {\n    document {\n      ...LibraryDocumentFull\n    }\n    version {\n      id\n      number\n      status\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.DocumentVersionPublishDocument,
    "mutation DocumentVersionSave($input: DocumentVersionSaveInput!) {\n  documentVersionSave(input: $input) {\n    document {\n      ...LibraryDocumentFull\n    }\n    version {\n      id\n      number\n      status\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.DocumentVersionSaveDocument,
    "fragment LibraryDocumentFull on LibraryDocument {\n  ...LibraryDocumentCard\n  ownerId\n  canEdit\n  createdAt\n  currentVersion {\n    id\n    number\n    status\n    publishedAt\n    publishedByName\n    changeNote\n    html {\n      ar\n      en\n    }\n    tocAr: toc(language: AR) {\n      id\n      anchor\n      level\n      text\n    }\n    tocEn: toc(language: EN) {\n      id\n      anchor\n      level\n      text\n    }\n  }\n  draftVersion {\n    id\n    number\n    status\n    changeNote\n    createdAt\n    body {\n      ar\n      en\n    }\n  }\n  versions {\n    id\n    number\n    status\n    changeNote\n    publishedAt\n    publishedByName\n    authorName\n    createdAt\n  }\n  attachments {\n    id\n    filename\n    contentType\n    size\n    sha256\n    versionNumber\n    createdAt\n    downloadUrl\n  }\n  steps {\n    id\n    key\n    position\n    title {\n      ar\n      en\n    }\n  }\n}": types.LibraryDocumentFullFragmentDoc,
    "query LibraryDocument($slug: String, $toolKey: String) {\n  libraryDocument(slug: $slug, toolKey: $toolKey) {\n    ...LibraryDocumentFull\n  }\n}": types.LibraryDocumentDocument,
    "fragment LibraryDocumentCard on LibraryDocument {\n  id\n  slug\n  kind\n  title {\n    ar\n    en\n  }\n  tags\n  toolKey\n  published\n  reviewBy\n  reviewOverdue\n  ownerName\n  updatedAt\n  currentVersion {\n    id\n    number\n    publishedAt\n  }\n}": types.LibraryDocumentCardFragmentDoc,
    "query LibraryDocumentSource($slug: String!) {\n  libraryDocument(slug: $slug) {\n    ...LibraryDocumentFull\n    currentVersion {\n      id\n      body {\n        ar\n        en\n      }\n    }\n  }\n}": types.LibraryDocumentSourceDocument,
    "query LibraryDocuments($filter: LibraryDocumentFilter, $first: Int, $after: String) {\n  libraryDocuments(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...LibraryDocumentCard\n      }\n    }\n  }\n}": types.LibraryDocumentsDocument,
    "query LibraryDueForReview($first: Int, $after: String) {\n  libraryDocumentsDueForReview(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...LibraryDocumentCard\n      }\n    }\n  }\n}": types.LibraryDueForReviewDocument,
    "query LibrarySearch($query: String!, $first: Int, $after: String) {\n  librarySearch(query: $query, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        kind\n        language\n        title\n        titleHtml\n        snippetHtml\n        score\n        itemKey\n        document {\n          id\n          slug\n          kind\n        }\n      }\n    }\n  }\n}": types.LibrarySearchDocument,
    "query PolicyToolKeys {\n  tools {\n    id\n    key\n    name {\n      ar\n      en\n    }\n  }\n}": types.PolicyToolKeysDocument,
    "query ActivePolicy {\n  activePolicy {\n    ...PolicyVersionContent\n  }\n}": types.ActivePolicyDocument,
    "fragment PolicyApprovalFields on BoardApproval {\n  id\n  approvedOnGregorian\n  approvedOnHijri\n  body {\n    ar\n    en\n  }\n  boardTerm {\n    ar\n    en\n  }\n  note {\n    ar\n    en\n  }\n}": types.PolicyApprovalFieldsFragmentDoc,
    "mutation PolicyApprove($input: PolicyApproveInput!) {\n  policyApprove(input: $input) {\n    policyVersion {\n      ...PolicyVersionSummary\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.PolicyApproveDocument,
    "mutation PolicyDraftCreate {\n  policyDraftCreate {\n    policyVersion {\n      ...PolicyVersionSummary\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.PolicyDraftCreateDocument,
    "mutation PolicyDraftDiscard($number: Int!) {\n  policyDraftDiscard(number: $number) {\n    discardedNumber\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.PolicyDraftDiscardDocument,
    "mutation PolicyDraftSave($input: PolicyDraftSaveInput!) {\n  policyDraftSave(input: $input) {\n    policyVersion {\n      ...PolicyVersionContent\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.PolicyDraftSaveDocument,
    "query PolicyVersion($number: Int!) {\n  policyVersion(number: $number) {\n    ...PolicyVersionContent\n  }\n}": types.PolicyVersionDocument,
    "fragment PolicyVersionContent on PolicyVersion {\n  id\n  number\n  status\n  activatedAt\n  supersededAt\n  title {\n    ar\n    en\n  }\n  organization {\n    id\n    key\n    name {\n      ar\n      en\n    }\n  }\n  preface {\n    ar\n    en\n  }\n  generalObjective {\n    ar\n    en\n  }\n  objectives {\n    id\n    position\n    text {\n      ar\n      en\n    }\n    children {\n      id\n      position\n      text {\n        ar\n        en\n      }\n    }\n  }\n  channels {\n    id\n    key\n    position\n    name {\n      ar\n      en\n    }\n    description {\n      ar\n      en\n    }\n  }\n  tools {\n    id\n    key\n    kind\n    position\n    name {\n      ar\n      en\n    }\n    description {\n      ar\n      en\n    }\n  }\n  steps {\n    id\n    key\n    position\n    performerRole\n    conditional\n    condition {\n      ar\n      en\n    }\n    windowDays\n    title {\n      ar\n      en\n    }\n    text {\n      ar\n      en\n    }\n    tools {\n      id\n      key\n      kind\n      name {\n        ar\n        en\n      }\n    }\n    checklist {\n      id\n      key\n      position\n      required\n      text {\n        ar\n        en\n      }\n    }\n  }\n  approval {\n    ...PolicyApprovalFields\n  }\n}": types.PolicyVersionContentFragmentDoc,
    "query PolicyVersionDiff($from: Int!, $to: Int!) {\n  policyVersionDiff(from: $from, to: $to) {\n    from {\n      id\n      number\n    }\n    to {\n      id\n      number\n    }\n    changes {\n      section\n      key\n      kind\n      fields\n      label {\n        ar\n        en\n      }\n    }\n  }\n}": types.PolicyVersionDiffDocument,
    "fragment PolicyVersionSummary on PolicyVersion {\n  id\n  number\n  status\n  activatedAt\n  supersededAt\n  title {\n    ar\n    en\n  }\n  approval {\n    ...PolicyApprovalFields\n  }\n}": types.PolicyVersionSummaryFragmentDoc,
    "query PolicyVersions {\n  policyVersions {\n    ...PolicyVersionSummary\n  }\n}": types.PolicyVersionsDocument,
    "query AssignableUsers($role: Role!) {\n  assignableUsers(role: $role) {\n    id\n    username\n    displayName\n  }\n}": types.AssignableUsersDocument,
    "query CommitteeQueue($first: Int!, $after: String) {\n  transactions(\n    filter: {status: [AWAITING_COMMITTEE, DEFERRED]}\n    sort: {field: COMMITTEE_DUE_AT, direction: ASC}\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...TransactionRow\n        committeeSubmittedAt\n        timeline {\n          id\n          kind\n          at\n        }\n      }\n    }\n  }\n}": types.CommitteeQueueDocument,
    "query HandlingSteps($policyVersion: Int) {\n  handlingSteps(policyVersion: $policyVersion) {\n    id\n    key\n    position\n    conditional\n    performerRole\n    title {\n      ar\n      en\n    }\n    condition {\n      ar\n      en\n    }\n  }\n}": types.HandlingStepsDocument,
    "query ReferralQueue($filter: TransactionFilter, $first: Int!, $after: String) {\n  transactions(\n    filter: $filter\n    sort: {field: OPENED_AT, direction: ASC}\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...TransactionRow\n        timeline {\n          id\n          kind\n          at\n          actorName\n          note\n          data\n        }\n      }\n    }\n  }\n  referralReasons {\n    id\n    key\n    label {\n      ar\n      en\n    }\n  }\n}": types.ReferralQueueDocument,
    "query ReferralReasons {\n  referralReasons {\n    id\n    key\n    label {\n      ar\n      en\n    }\n  }\n}": types.ReferralReasonsDocument,
    "query Transaction($reference: String!) {\n  transaction(reference: $reference) {\n    ...TransactionDetail\n  }\n}": types.TransactionDocument,
    "mutation TransactionAttest($input: TransactionAttestInput!) {\n  transactionAttest(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.TransactionAttestDocument,
    "mutation TransactionCloseInquiry($input: TransactionTargetInput!) {\n  transactionCloseInquiry(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.TransactionCloseInquiryDocument,
    "mutation TransactionCompleteStep($input: TransactionCompleteStepInput!) {\n  transactionCompleteStep(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.TransactionCompleteStepDocument,
    "mutation TransactionDecide($input: TransactionDecideInput!) {\n  transactionDecide(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.TransactionDecideDocument,
    "mutation TransactionDeliver($input: TransactionDeliverInput!) {\n  transactionDeliver(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.TransactionDeliverDocument,
    "fragment TransactionDetail on Transaction {\n  ...TransactionRow\n  policyVersionNumber\n  committeeSubmittedAt\n  attestationCurrent\n  availableActions\n  beneficiary {\n    ...BeneficiaryFields\n  }\n  currentStep {\n    id\n    key\n    position\n    conditional\n    performerRole\n    windowDays\n    title {\n      ar\n      en\n    }\n    text {\n      ar\n      en\n    }\n    checklist {\n      id\n      key\n      position\n      required\n      text {\n        ar\n        en\n      }\n    }\n    tools {\n      id\n      key\n      kind\n      name {\n        ar\n        en\n      }\n    }\n  }\n  timeline {\n    id\n    kind\n    actorName\n    at\n    note\n    data\n  }\n}": types.TransactionDetailFragmentDoc,
    "mutation TransactionOpen($input: TransactionOpenInput!) {\n  transactionOpen(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.TransactionOpenDocument,
    "query TransactionOptions {\n  channels {\n    id\n    key\n    position\n    name {\n      ar\n      en\n    }\n  }\n  handlingSteps {\n    id\n    key\n    position\n    title {\n      ar\n      en\n    }\n  }\n}": types.TransactionOptionsDocument,
    "mutation TransactionRefer($input: TransactionReferInput!) {\n  transactionRefer(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.TransactionReferDocument,
    "mutation TransactionResume($input: TransactionTargetInput!) {\n  transactionResume(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.TransactionResumeDocument,
    "mutation TransactionReturnFromReferral($input: TransactionReturnInput!) {\n  transactionReturnFromReferral(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.TransactionReturnFromReferralDocument,
    "fragment TransactionRow on Transaction {\n  id\n  reference\n  status\n  outcome\n  type\n  subject\n  openedAt\n  closedAt\n  committeeDueAt\n  committeeOverdue\n  version\n  beneficiary {\n    id\n    fullName\n    nationalId\n  }\n  channel {\n    id\n    key\n    name {\n      ar\n      en\n    }\n  }\n  currentStep {\n    id\n    key\n    position\n    title {\n      ar\n      en\n    }\n  }\n  assignee {\n    id\n    username\n    displayName\n  }\n}": types.TransactionRowFragmentDoc,
    "mutation TransactionSubmitToCommittee($input: TransactionTargetInput!) {\n  transactionSubmitToCommittee(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.TransactionSubmitToCommitteeDocument,
    "mutation TransactionWithdraw($input: TransactionWithdrawInput!) {\n  transactionWithdraw(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.TransactionWithdrawDocument,
    "query Transactions($filter: TransactionFilter, $sort: TransactionSort, $first: Int!, $after: String) {\n  transactions(filter: $filter, sort: $sort, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...TransactionRow\n      }\n    }\n  }\n}": types.TransactionsDocument,
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
export function graphql(source: "mutation ApiTokenCreate($input: ApiTokenCreateInput!) {\n  apiTokenCreate(input: $input) {\n    token\n    apiToken {\n      ...ApiTokenRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation ApiTokenCreate($input: ApiTokenCreateInput!) {\n  apiTokenCreate(input: $input) {\n    token\n    apiToken {\n      ...ApiTokenRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApiTokenRevoke($input: ApiTokenRevokeInput!) {\n  apiTokenRevoke(input: $input) {\n    apiToken {\n      ...ApiTokenRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation ApiTokenRevoke($input: ApiTokenRevokeInput!) {\n  apiTokenRevoke(input: $input) {\n    apiToken {\n      ...ApiTokenRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
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
export function graphql(source: "mutation UserCreate($input: UserCreateInput!) {\n  userCreate(input: $input) {\n    generatedPassword\n    user {\n      ...UserRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation UserCreate($input: UserCreateInput!) {\n  userCreate(input: $input) {\n    generatedPassword\n    user {\n      ...UserRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UserResetPassword($input: UserResetPasswordInput!) {\n  userResetPassword(input: $input) {\n    generatedPassword\n    user {\n      ...UserRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation UserResetPassword($input: UserResetPasswordInput!) {\n  userResetPassword(input: $input) {\n    generatedPassword\n    user {\n      ...UserRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment UserRow on User {\n  id\n  username\n  displayName\n  email\n  roles\n  active\n  createdAt\n  lastSignInAt\n}"): (typeof documents)["fragment UserRow on User {\n  id\n  username\n  displayName\n  email\n  roles\n  active\n  createdAt\n  lastSignInAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UserUpdate($input: UserUpdateInput!) {\n  userUpdate(input: $input) {\n    user {\n      ...UserRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation UserUpdate($input: UserUpdateInput!) {\n  userUpdate(input: $input) {\n    user {\n      ...UserRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Users($first: Int!, $after: String, $search: String) {\n  users(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...UserRow\n      }\n    }\n  }\n}"): (typeof documents)["query Users($first: Int!, $after: String, $search: String) {\n  users(first: $first, after: $after, search: $search) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...UserRow\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEntries($filter: AuditFilter, $first: Int!, $after: String) {\n  auditEntries(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        at\n        actorName\n        action\n        targetType\n        targetId\n        before\n        after\n        requestId\n      }\n    }\n  }\n}"): (typeof documents)["query AuditEntries($filter: AuditFilter, $first: Int!, $after: String) {\n  auditEntries(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        at\n        actorName\n        action\n        targetType\n        targetId\n        before\n        after\n        requestId\n      }\n    }\n  }\n}"];
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
export function graphql(source: "mutation BeneficiaryCreate($input: BeneficiaryCreateInput!) {\n  beneficiaryCreate(input: $input) {\n    beneficiary {\n      ...BeneficiaryFields\n    }\n    existingBeneficiary {\n      ...BeneficiaryFields\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation BeneficiaryCreate($input: BeneficiaryCreateInput!) {\n  beneficiaryCreate(input: $input) {\n    beneficiary {\n      ...BeneficiaryFields\n    }\n    existingBeneficiary {\n      ...BeneficiaryFields\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BeneficiaryFields on Beneficiary {\n  id\n  fullName\n  nationalId\n  mobile\n  city\n  gender\n  dateOfBirth\n  notes\n  createdAt\n  updatedAt\n}"): (typeof documents)["fragment BeneficiaryFields on Beneficiary {\n  id\n  fullName\n  nationalId\n  mobile\n  city\n  gender\n  dateOfBirth\n  notes\n  createdAt\n  updatedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BeneficiaryUpdate($input: BeneficiaryUpdateInput!) {\n  beneficiaryUpdate(input: $input) {\n    beneficiary {\n      ...BeneficiaryFields\n    }\n    existingBeneficiary {\n      ...BeneficiaryFields\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation BeneficiaryUpdate($input: BeneficiaryUpdateInput!) {\n  beneficiaryUpdate(input: $input) {\n    beneficiary {\n      ...BeneficiaryFields\n    }\n    existingBeneficiary {\n      ...BeneficiaryFields\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DocumentCreate($input: DocumentCreateInput!) {\n  documentCreate(input: $input) {\n    document {\n      ...LibraryDocumentFull\n    }\n    version {\n      id\n      number\n      status\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation DocumentCreate($input: DocumentCreateInput!) {\n  documentCreate(input: $input) {\n    document {\n      ...LibraryDocumentFull\n    }\n    version {\n      id\n      number\n      status\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DocumentPreview($markdown: String!) {\n  documentPreview(markdown: $markdown)\n}"): (typeof documents)["query DocumentPreview($markdown: String!) {\n  documentPreview(markdown: $markdown)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DocumentUpdate($input: DocumentUpdateInput!) {\n  documentUpdate(input: $input) {\n    document {\n      ...LibraryDocumentFull\n    }\n    version {\n      id\n      number\n      status\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation DocumentUpdate($input: DocumentUpdateInput!) {\n  documentUpdate(input: $input) {\n    document {\n      ...LibraryDocumentFull\n    }\n    version {\n      id\n      number\n      status\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DocumentVersionPublish($input: DocumentVersionPublishInput!) {\n  documentVersionPublish(input: $input) {\n    document {\n      ...LibraryDocumentFull\n    }\n    version {\n      id\n      number\n      status\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation DocumentVersionPublish($input: DocumentVersionPublishInput!) {\n  documentVersionPublish(input: $input) {\n    document {\n      ...LibraryDocumentFull\n    }\n    version {\n      id\n      number\n      status\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DocumentVersionSave($input: DocumentVersionSaveInput!) {\n  documentVersionSave(input: $input) {\n    document {\n      ...LibraryDocumentFull\n    }\n    version {\n      id\n      number\n      status\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation DocumentVersionSave($input: DocumentVersionSaveInput!) {\n  documentVersionSave(input: $input) {\n    document {\n      ...LibraryDocumentFull\n    }\n    version {\n      id\n      number\n      status\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
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
export function graphql(source: "query LibraryDocumentSource($slug: String!) {\n  libraryDocument(slug: $slug) {\n    ...LibraryDocumentFull\n    currentVersion {\n      id\n      body {\n        ar\n        en\n      }\n    }\n  }\n}"): (typeof documents)["query LibraryDocumentSource($slug: String!) {\n  libraryDocument(slug: $slug) {\n    ...LibraryDocumentFull\n    currentVersion {\n      id\n      body {\n        ar\n        en\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LibraryDocuments($filter: LibraryDocumentFilter, $first: Int, $after: String) {\n  libraryDocuments(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...LibraryDocumentCard\n      }\n    }\n  }\n}"): (typeof documents)["query LibraryDocuments($filter: LibraryDocumentFilter, $first: Int, $after: String) {\n  libraryDocuments(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...LibraryDocumentCard\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LibraryDueForReview($first: Int, $after: String) {\n  libraryDocumentsDueForReview(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...LibraryDocumentCard\n      }\n    }\n  }\n}"): (typeof documents)["query LibraryDueForReview($first: Int, $after: String) {\n  libraryDocumentsDueForReview(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...LibraryDocumentCard\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LibrarySearch($query: String!, $first: Int, $after: String) {\n  librarySearch(query: $query, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        kind\n        language\n        title\n        titleHtml\n        snippetHtml\n        score\n        itemKey\n        document {\n          id\n          slug\n          kind\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query LibrarySearch($query: String!, $first: Int, $after: String) {\n  librarySearch(query: $query, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        kind\n        language\n        title\n        titleHtml\n        snippetHtml\n        score\n        itemKey\n        document {\n          id\n          slug\n          kind\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PolicyToolKeys {\n  tools {\n    id\n    key\n    name {\n      ar\n      en\n    }\n  }\n}"): (typeof documents)["query PolicyToolKeys {\n  tools {\n    id\n    key\n    name {\n      ar\n      en\n    }\n  }\n}"];
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
export function graphql(source: "mutation PolicyDraftDiscard($number: Int!) {\n  policyDraftDiscard(number: $number) {\n    discardedNumber\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation PolicyDraftDiscard($number: Int!) {\n  policyDraftDiscard(number: $number) {\n    discardedNumber\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
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
export function graphql(source: "fragment PolicyVersionContent on PolicyVersion {\n  id\n  number\n  status\n  activatedAt\n  supersededAt\n  title {\n    ar\n    en\n  }\n  organization {\n    id\n    key\n    name {\n      ar\n      en\n    }\n  }\n  preface {\n    ar\n    en\n  }\n  generalObjective {\n    ar\n    en\n  }\n  objectives {\n    id\n    position\n    text {\n      ar\n      en\n    }\n    children {\n      id\n      position\n      text {\n        ar\n        en\n      }\n    }\n  }\n  channels {\n    id\n    key\n    position\n    name {\n      ar\n      en\n    }\n    description {\n      ar\n      en\n    }\n  }\n  tools {\n    id\n    key\n    kind\n    position\n    name {\n      ar\n      en\n    }\n    description {\n      ar\n      en\n    }\n  }\n  steps {\n    id\n    key\n    position\n    performerRole\n    conditional\n    condition {\n      ar\n      en\n    }\n    windowDays\n    title {\n      ar\n      en\n    }\n    text {\n      ar\n      en\n    }\n    tools {\n      id\n      key\n      kind\n      name {\n        ar\n        en\n      }\n    }\n    checklist {\n      id\n      key\n      position\n      required\n      text {\n        ar\n        en\n      }\n    }\n  }\n  approval {\n    ...PolicyApprovalFields\n  }\n}"): (typeof documents)["fragment PolicyVersionContent on PolicyVersion {\n  id\n  number\n  status\n  activatedAt\n  supersededAt\n  title {\n    ar\n    en\n  }\n  organization {\n    id\n    key\n    name {\n      ar\n      en\n    }\n  }\n  preface {\n    ar\n    en\n  }\n  generalObjective {\n    ar\n    en\n  }\n  objectives {\n    id\n    position\n    text {\n      ar\n      en\n    }\n    children {\n      id\n      position\n      text {\n        ar\n        en\n      }\n    }\n  }\n  channels {\n    id\n    key\n    position\n    name {\n      ar\n      en\n    }\n    description {\n      ar\n      en\n    }\n  }\n  tools {\n    id\n    key\n    kind\n    position\n    name {\n      ar\n      en\n    }\n    description {\n      ar\n      en\n    }\n  }\n  steps {\n    id\n    key\n    position\n    performerRole\n    conditional\n    condition {\n      ar\n      en\n    }\n    windowDays\n    title {\n      ar\n      en\n    }\n    text {\n      ar\n      en\n    }\n    tools {\n      id\n      key\n      kind\n      name {\n        ar\n        en\n      }\n    }\n    checklist {\n      id\n      key\n      position\n      required\n      text {\n        ar\n        en\n      }\n    }\n  }\n  approval {\n    ...PolicyApprovalFields\n  }\n}"];
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
export function graphql(source: "query AssignableUsers($role: Role!) {\n  assignableUsers(role: $role) {\n    id\n    username\n    displayName\n  }\n}"): (typeof documents)["query AssignableUsers($role: Role!) {\n  assignableUsers(role: $role) {\n    id\n    username\n    displayName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommitteeQueue($first: Int!, $after: String) {\n  transactions(\n    filter: {status: [AWAITING_COMMITTEE, DEFERRED]}\n    sort: {field: COMMITTEE_DUE_AT, direction: ASC}\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...TransactionRow\n        committeeSubmittedAt\n        timeline {\n          id\n          kind\n          at\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query CommitteeQueue($first: Int!, $after: String) {\n  transactions(\n    filter: {status: [AWAITING_COMMITTEE, DEFERRED]}\n    sort: {field: COMMITTEE_DUE_AT, direction: ASC}\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...TransactionRow\n        committeeSubmittedAt\n        timeline {\n          id\n          kind\n          at\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HandlingSteps($policyVersion: Int) {\n  handlingSteps(policyVersion: $policyVersion) {\n    id\n    key\n    position\n    conditional\n    performerRole\n    title {\n      ar\n      en\n    }\n    condition {\n      ar\n      en\n    }\n  }\n}"): (typeof documents)["query HandlingSteps($policyVersion: Int) {\n  handlingSteps(policyVersion: $policyVersion) {\n    id\n    key\n    position\n    conditional\n    performerRole\n    title {\n      ar\n      en\n    }\n    condition {\n      ar\n      en\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferralQueue($filter: TransactionFilter, $first: Int!, $after: String) {\n  transactions(\n    filter: $filter\n    sort: {field: OPENED_AT, direction: ASC}\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...TransactionRow\n        timeline {\n          id\n          kind\n          at\n          actorName\n          note\n          data\n        }\n      }\n    }\n  }\n  referralReasons {\n    id\n    key\n    label {\n      ar\n      en\n    }\n  }\n}"): (typeof documents)["query ReferralQueue($filter: TransactionFilter, $first: Int!, $after: String) {\n  transactions(\n    filter: $filter\n    sort: {field: OPENED_AT, direction: ASC}\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...TransactionRow\n        timeline {\n          id\n          kind\n          at\n          actorName\n          note\n          data\n        }\n      }\n    }\n  }\n  referralReasons {\n    id\n    key\n    label {\n      ar\n      en\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferralReasons {\n  referralReasons {\n    id\n    key\n    label {\n      ar\n      en\n    }\n  }\n}"): (typeof documents)["query ReferralReasons {\n  referralReasons {\n    id\n    key\n    label {\n      ar\n      en\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Transaction($reference: String!) {\n  transaction(reference: $reference) {\n    ...TransactionDetail\n  }\n}"): (typeof documents)["query Transaction($reference: String!) {\n  transaction(reference: $reference) {\n    ...TransactionDetail\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionAttest($input: TransactionAttestInput!) {\n  transactionAttest(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation TransactionAttest($input: TransactionAttestInput!) {\n  transactionAttest(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionCloseInquiry($input: TransactionTargetInput!) {\n  transactionCloseInquiry(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation TransactionCloseInquiry($input: TransactionTargetInput!) {\n  transactionCloseInquiry(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionCompleteStep($input: TransactionCompleteStepInput!) {\n  transactionCompleteStep(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation TransactionCompleteStep($input: TransactionCompleteStepInput!) {\n  transactionCompleteStep(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionDecide($input: TransactionDecideInput!) {\n  transactionDecide(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation TransactionDecide($input: TransactionDecideInput!) {\n  transactionDecide(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionDeliver($input: TransactionDeliverInput!) {\n  transactionDeliver(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation TransactionDeliver($input: TransactionDeliverInput!) {\n  transactionDeliver(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TransactionDetail on Transaction {\n  ...TransactionRow\n  policyVersionNumber\n  committeeSubmittedAt\n  attestationCurrent\n  availableActions\n  beneficiary {\n    ...BeneficiaryFields\n  }\n  currentStep {\n    id\n    key\n    position\n    conditional\n    performerRole\n    windowDays\n    title {\n      ar\n      en\n    }\n    text {\n      ar\n      en\n    }\n    checklist {\n      id\n      key\n      position\n      required\n      text {\n        ar\n        en\n      }\n    }\n    tools {\n      id\n      key\n      kind\n      name {\n        ar\n        en\n      }\n    }\n  }\n  timeline {\n    id\n    kind\n    actorName\n    at\n    note\n    data\n  }\n}"): (typeof documents)["fragment TransactionDetail on Transaction {\n  ...TransactionRow\n  policyVersionNumber\n  committeeSubmittedAt\n  attestationCurrent\n  availableActions\n  beneficiary {\n    ...BeneficiaryFields\n  }\n  currentStep {\n    id\n    key\n    position\n    conditional\n    performerRole\n    windowDays\n    title {\n      ar\n      en\n    }\n    text {\n      ar\n      en\n    }\n    checklist {\n      id\n      key\n      position\n      required\n      text {\n        ar\n        en\n      }\n    }\n    tools {\n      id\n      key\n      kind\n      name {\n        ar\n        en\n      }\n    }\n  }\n  timeline {\n    id\n    kind\n    actorName\n    at\n    note\n    data\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionOpen($input: TransactionOpenInput!) {\n  transactionOpen(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation TransactionOpen($input: TransactionOpenInput!) {\n  transactionOpen(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TransactionOptions {\n  channels {\n    id\n    key\n    position\n    name {\n      ar\n      en\n    }\n  }\n  handlingSteps {\n    id\n    key\n    position\n    title {\n      ar\n      en\n    }\n  }\n}"): (typeof documents)["query TransactionOptions {\n  channels {\n    id\n    key\n    position\n    name {\n      ar\n      en\n    }\n  }\n  handlingSteps {\n    id\n    key\n    position\n    title {\n      ar\n      en\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionRefer($input: TransactionReferInput!) {\n  transactionRefer(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation TransactionRefer($input: TransactionReferInput!) {\n  transactionRefer(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionResume($input: TransactionTargetInput!) {\n  transactionResume(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation TransactionResume($input: TransactionTargetInput!) {\n  transactionResume(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionReturnFromReferral($input: TransactionReturnInput!) {\n  transactionReturnFromReferral(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation TransactionReturnFromReferral($input: TransactionReturnInput!) {\n  transactionReturnFromReferral(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TransactionRow on Transaction {\n  id\n  reference\n  status\n  outcome\n  type\n  subject\n  openedAt\n  closedAt\n  committeeDueAt\n  committeeOverdue\n  version\n  beneficiary {\n    id\n    fullName\n    nationalId\n  }\n  channel {\n    id\n    key\n    name {\n      ar\n      en\n    }\n  }\n  currentStep {\n    id\n    key\n    position\n    title {\n      ar\n      en\n    }\n  }\n  assignee {\n    id\n    username\n    displayName\n  }\n}"): (typeof documents)["fragment TransactionRow on Transaction {\n  id\n  reference\n  status\n  outcome\n  type\n  subject\n  openedAt\n  closedAt\n  committeeDueAt\n  committeeOverdue\n  version\n  beneficiary {\n    id\n    fullName\n    nationalId\n  }\n  channel {\n    id\n    key\n    name {\n      ar\n      en\n    }\n  }\n  currentStep {\n    id\n    key\n    position\n    title {\n      ar\n      en\n    }\n  }\n  assignee {\n    id\n    username\n    displayName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionSubmitToCommittee($input: TransactionTargetInput!) {\n  transactionSubmitToCommittee(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation TransactionSubmitToCommittee($input: TransactionTargetInput!) {\n  transactionSubmitToCommittee(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionWithdraw($input: TransactionWithdrawInput!) {\n  transactionWithdraw(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation TransactionWithdraw($input: TransactionWithdrawInput!) {\n  transactionWithdraw(input: $input) {\n    transaction {\n      ...TransactionDetail\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Transactions($filter: TransactionFilter, $sort: TransactionSort, $first: Int!, $after: String) {\n  transactions(filter: $filter, sort: $sort, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...TransactionRow\n      }\n    }\n  }\n}"): (typeof documents)["query Transactions($filter: TransactionFilter, $sort: TransactionSort, $first: Int!, $after: String) {\n  transactions(filter: $filter, sort: $sort, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...TransactionRow\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;

      export interface PossibleTypesResultData {
        possibleTypes: {
          [key: string]: string[]
        }
      }
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "ApiTokenChange": [
      "ApiTokenCreatePayload",
      "ApiTokenRevokePayload"
    ],
    "BeneficiaryChange": [
      "BeneficiaryCreatePayload",
      "BeneficiaryUpdatePayload"
    ],
    "FeedbackItemChange": [
      "FeedbackCreatePayload",
      "FeedbackUpdatePayload"
    ],
    "HomeVisitChange": [
      "HomeVisitRecordPayload",
      "HomeVisitSchedulePayload"
    ],
    "LibraryDocumentChange": [
      "DocumentCreatePayload",
      "DocumentUpdatePayload",
      "DocumentVersionPublishPayload",
      "DocumentVersionSavePayload"
    ],
    "TransactionChange": [
      "SupportDeliveryRecordPayload",
      "TransactionAssignPayload",
      "TransactionAttestPayload",
      "TransactionCloseInquiryPayload",
      "TransactionCompleteStepPayload",
      "TransactionDecidePayload",
      "TransactionDeliverPayload",
      "TransactionOpenPayload",
      "TransactionReferPayload",
      "TransactionResumePayload",
      "TransactionReturnFromReferralPayload",
      "TransactionSubmitToCommitteePayload",
      "TransactionWithdrawPayload"
    ],
    "TransactionClosingChange": [
      "SupportDeliveryRecordPayload",
      "TransactionCloseInquiryPayload",
      "TransactionDecidePayload",
      "TransactionDeliverPayload",
      "TransactionWithdrawPayload"
    ],
    "TransactionDocumentChange": [
      "TransactionDocumentAttachPayload",
      "TransactionDocumentDetachPayload"
    ],
    "UserChange": [
      "PasswordChangePayload",
      "UserCreatePayload",
      "UserResetPasswordPayload",
      "UserUpdatePayload"
    ],
    "UserCredentialsChange": [
      "UserCreatePayload",
      "UserResetPasswordPayload"
    ]
  }
};
      export default result;
    
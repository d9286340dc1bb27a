/**
 * What the transaction page uses from the satisfaction feature (import this file from a lazily
 * loaded page, so the QR code library stays out of the first load):
 *
 * ```vue
 * <SurveyLinkPanel :transaction-id="t.id" :status="t.status" :issued="issued" />
 * <SurveyLinkDialog v-model="open" :issued="issued" />
 * // after a closing mutation: show(payload.surveyInvitation)
 * const { issued, open, show } = useIssuedSurveyLink();
 * ```
 */
export { default as SurveyLinkPanel } from './components/SurveyLinkPanel.vue';
export { default as SurveyLinkDialog } from './components/SurveyLinkDialog.vue';
export { default as SurveyLinkCard } from './components/SurveyLinkCard.vue';
export {
  surveyLinkUrl,
  useIssuedSurveyLink,
  type IssuedSurveyLink,
} from './composables/survey-link';

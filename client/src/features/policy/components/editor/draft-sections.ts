/**
 * The draft editor's sections, one component each. PolicyDraftPage fetches this module beside
 * the draft (its fields' code is not part of the page's first load) and shows its skeleton until
 * both are there.
 */
import type { Component } from 'vue';
import type { DraftSection } from '../../composables/policy-draft';
import DraftChannelsSection from './DraftChannelsSection.vue';
import DraftObjectivesSection from './DraftObjectivesSection.vue';
import DraftStepsSection from './DraftStepsSection.vue';
import DraftTextsSection from './DraftTextsSection.vue';
import DraftToolsSection from './DraftToolsSection.vue';

export const SECTION_COMPONENTS: Record<DraftSection, Component> = {
  texts: DraftTextsSection,
  objectives: DraftObjectivesSection,
  channels: DraftChannelsSection,
  tools: DraftToolsSection,
  steps: DraftStepsSection,
};

import { registerEnumType } from 'type-graphql';

/** What the social-research officer recommends to the committee. */
export enum ResearchRecommendation {
  SUPPORT = 'SUPPORT',
  PARTIAL_SUPPORT = 'PARTIAL_SUPPORT',
  NO_SUPPORT = 'NO_SUPPORT',
  MORE_INFORMATION = 'MORE_INFORMATION',
}

registerEnumType(ResearchRecommendation, {
  name: 'ResearchRecommendation',
  description: 'What the social-research officer recommends to the committee.',
  valuesConfig: {
    SUPPORT: { description: 'Support as requested.' },
    PARTIAL_SUPPORT: { description: 'Support in part (the report says which).' },
    NO_SUPPORT: { description: 'Not eligible, or no need found.' },
    MORE_INFORMATION: { description: 'More information or documents are needed first.' },
  },
});

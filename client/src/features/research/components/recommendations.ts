import type { ResearchRecommendation } from '@/gql/graphql';

/** The researcher's recommendations, in the order they are offered. */
export const RECOMMENDATIONS: readonly ResearchRecommendation[] = [
  'SUPPORT',
  'PARTIAL_SUPPORT',
  'NO_SUPPORT',
  'MORE_INFORMATION',
];

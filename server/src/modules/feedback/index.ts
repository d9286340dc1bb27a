import { FeedbackItem, ImprovementAction } from './feedback.entity.js';
import { FeedbackResolver } from './feedback.resolver.js';

/** Suggestions, complaints, and the improvement actions low ratings open. */
export const feedbackModule = {
  entities: [FeedbackItem, ImprovementAction],
  resolvers: [FeedbackResolver],
} as const;

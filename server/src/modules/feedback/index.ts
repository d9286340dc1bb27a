import { FeedbackItem } from './feedback-item.entity.js';
import { ImprovementAction } from './improvement-action.entity.js';
import { FeedbackResolver } from './feedback.resolver.js';

/** Suggestions, complaints, and the improvement actions low ratings open. */
export const feedbackModule = {
  entities: [FeedbackItem, ImprovementAction],
  resolvers: [FeedbackResolver],
} as const;

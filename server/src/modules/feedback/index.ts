import { FeedbackItem } from './feedback-item.entity.js';
import { ImprovementAction } from './improvement-action.entity.js';
import { FeedbackResolver } from './feedback.resolver.js';
import { surveyFollowUps } from './feedback.service.js';
import { onSurveyAnswered } from '../satisfaction/survey-follow-ups.js';

// A survey answer opens improvement actions and suggestions here (satisfaction calls back).
onSurveyAnswered(surveyFollowUps);

/** Suggestions, complaints, and the improvement actions low ratings open. */
export const feedbackModule = {
  entities: [FeedbackItem, ImprovementAction],
  resolvers: [FeedbackResolver],
} as const;

import type { SurveyAnswersInput } from '@/gql/graphql';

/** The four questions scored 1–5, in the order the survey asks them. */
export const SCALE_QUESTIONS = ['overall', 'courtesy', 'clarity', 'speed'] as const;
export type ScaleQuestion = (typeof SCALE_QUESTIONS)[number];
export type SurveyQuestion = ScaleQuestion | 'recommend';

/** Every question, in order: the four scales, then likelihood to recommend (0–10). */
export const SURVEY_QUESTIONS: readonly SurveyQuestion[] = [...SCALE_QUESTIONS, 'recommend'];

/** 1–5 (very dissatisfied … very satisfied). */
export const SCALE_SCORES = [1, 2, 3, 4, 5] as const;
/** 0–10 (not at all likely … extremely likely). */
export const RECOMMEND_SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** The server's limits for the free texts (comment and suggestion). */
export const COMMENT_MAX = 2000;

/** Answers being given: a score is null until chosen. */
export interface SurveyAnswersDraft {
  overall: number | null;
  courtesy: number | null;
  clarity: number | null;
  speed: number | null;
  recommend: number | null;
  comment: string;
}

export function emptyAnswers(): SurveyAnswersDraft {
  return {
    overall: null,
    courtesy: null,
    clarity: null,
    speed: null,
    recommend: null,
    comment: '',
  };
}

/** The questions still unanswered, in the survey's order (the comment is optional). */
export function missingAnswers(draft: SurveyAnswersDraft): SurveyQuestion[] {
  return SURVEY_QUESTIONS.filter((q) => draft[q] === null);
}

/** The answers as the API takes them; throws if a score is missing (check `missingAnswers`). */
export function toAnswersInput(draft: SurveyAnswersDraft): SurveyAnswersInput {
  const missing = missingAnswers(draft);
  if (missing.length) throw new Error(`unanswered: ${missing.join(', ')}`);
  const comment = draft.comment.trim();
  return {
    overall: draft.overall!,
    courtesy: draft.courtesy!,
    clarity: draft.clarity!,
    speed: draft.speed!,
    recommend: draft.recommend!,
    ...(comment ? { comment } : {}),
  };
}

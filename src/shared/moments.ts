/**
 * When a participant is asked something after the first screen: a questionnaire's moments
 * and the months after exit a team may follow up at. Plain lists, apart from their schemas,
 * because the app's routes need them before anything else has loaded.
 */
export const QUESTIONNAIRE_MOMENTS = ['ongoing', 'exit', 'followup'] as const;
export type QuestionnaireMoment = (typeof QUESTIONNAIRE_MOMENTS)[number];

/** The months after exit a team may follow up at; the report has a column for each. */
export const FOLLOW_UP_CHOICES = [3, 6, 12, 24] as const;
export type FollowUpMonths = (typeof FOLLOW_UP_CHOICES)[number];

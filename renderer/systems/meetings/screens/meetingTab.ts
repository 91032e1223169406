/** The tabs of a meeting's page, which the stepper and the next-step actions open. */
export type MeetingTab = 'topics' | 'attendance' | 'documents' | 'proceedings' | 'circulation' | 'history';

/** The annual assessment's pure rules and its document (public entry). */
export * from './figures';
export * from './snapshot';
export * from './codes';
export { buildAssessmentDocument, type AssessmentDocumentContext } from './document';

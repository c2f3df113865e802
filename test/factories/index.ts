export { inDays, insert, nextSerial, today, type InsertOptions } from './fixtures';
export { aCaseNote, aClient, aCourse, aConsent, aGoal, aMeasure, aPlan, aReview, aSupportExtension, existing, type ClientFields } from './cases';
export { aManager, anAgency, anAuditEvent, aSignedInUser, aTeam, aUser } from './tenancy';

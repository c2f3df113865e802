import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from '../audit/audit.enums';
import type { AuditRecorder } from '../audit/audit-log';
import type { Viewer } from '../core/auth/viewer';
import { fail, problem, succeed, type Problem, type Result } from '../core/result';
import type { Programme } from '../offers/offer.enums';
import { ClientCourse } from './client-course.entity';
import { MAX_COURSES_PER_CLIENT, type GermanCertificate } from './client-facts.enums';
import type { Client } from './client.entity';
import type { ClientErrorCode } from './client.errors';
import { findWorkableClient } from './client.policy';
import { userRefOf } from './client.service';

export interface CourseAttended {
  programme: Programme;
  startDate: string | null;
  endDate: string | null;
  completed: boolean;
  certificate: GermanCertificate | null;
}

const today = () => new Date().toISOString().slice(0, 10);
const NOT_FOUND = 'No such client in your caseload.';

/**
 * The courses a person attended: recorded one at a time, removed one at a time (a correction).
 * Both are changes of the client, audited as such.
 */
export class ClientCourseService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditRecorder,
  ) {}

  async record(viewer: Viewer, clientId: number, course: CourseAttended): Promise<Result<ClientCourse, ClientErrorCode>> {
    const client = await findWorkableClient(this.em, viewer, clientId);
    if (!client) return fail([problem('NOT_FOUND', 'client', NOT_FOUND)]);
    const problems: Problem<ClientErrorCode>[] = [];
    const { startDate, endDate, completed } = course;
    for (const [field, value] of [['startDate', startDate], ['endDate', endDate]] as const) {
      if (value !== null && value > today()) problems.push(problem('INVALID', field, 'Record courses attended, not planned ones: this date lies in the future.'));
      else if (value !== null && value < client.birthDate) problems.push(problem('INVALID', field, 'This date lies before the birth date.'));
    }
    if (startDate !== null && endDate !== null && endDate < startDate) problems.push(problem('INVALID', 'endDate', 'The course cannot end before it started.'));
    if (completed && endDate === null) problems.push(problem('INVALID', 'endDate', 'A completed course needs its last day.'));
    const [{ n }] = await this.em.execute<Array<{ n: number }>>('select count(*)::int as n from client_course where client_id = ?', [client.id]);
    if (n >= MAX_COURSES_PER_CLIENT) problems.push(problem('INVALID', 'client', `A record holds at most ${MAX_COURSES_PER_CLIENT} courses; remove one first.`));
    if (problems.length > 0) return fail(problems);
    const row = Object.assign(new ClientCourse(), { ...course, client, recordedBy: userRefOf(this.em, viewer) });
    await this.em.persistAndFlush(row);
    this.changed(client);
    return succeed(row);
  }

  /** Removes a course; answers the client it belonged to. */
  async remove(viewer: Viewer, courseId: number): Promise<Result<Client, ClientErrorCode>> {
    // Row-level security hides courses of clients outside the caseload; the agency check those of other agencies.
    const course = await this.em.findOne(ClientCourse, courseId, { populate: ['client'] });
    const client = course && (await findWorkableClient(this.em, viewer, course.client.id));
    if (!course || !client) return fail([problem('NOT_FOUND', 'course', 'No such course on a record of your caseload.')]);
    await this.em.removeAndFlush(course);
    this.changed(client);
    return succeed(client);
  }

  private changed(client: Client): void {
    this.audit.record({ action: AuditAction.UPDATE, subjectType: 'Client', subjectId: client.id, agencyId: client.agency.id, fields: ['coursesAttended'] });
  }
}

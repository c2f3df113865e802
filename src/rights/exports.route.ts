import { auditLog } from '../audit/audit-log';
import { clientDataTables } from '../caseloads/client-export.service';
import type { HttpRoute, RouteAnswer } from '../core/module';
import { fromGlobalId } from '../core/relay/global-id';
import { readableExportHtml, readableExportPdf } from './readable-export.render';
import { ReadableExportService } from './readable-export.service';

const notFound: RouteAnswer = { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Not found.' };

/**
 * GET /exports/{client ID}: the readable Art. 15 export, as HTML, or as PDF with `?format=pdf` or
 * `Accept: application/pdf`; `?lang=en` adds the English labels. For the agency's data protection
 * officer and whoever may work on the case; anyone else, and a client that does not exist, get 404.
 */
export const exportsRoute: HttpRoute = {
  method: 'GET',
  prefix: 'exports',
  async handle(context, rest, query, accept) {
    let clientId: number;
    try {
      const decoded = fromGlobalId(rest);
      if (decoded.type !== 'Client') return notFound;
      clientId = decoded.id;
    } catch {
      return notFound;
    }
    const service = new ReadableExportService(context.em, auditLog(context), clientDataTables(context.personalData), context.modules);
    const document = await service.export(context.viewer, clientId, { english: query.get('lang') === 'en' });
    if (!document) return notFound;
    if (query.get('format') === 'pdf' || (query.get('format') === null && accept.includes('application/pdf'))) {
      return { status: 200, headers: { 'content-type': 'application/pdf', 'content-disposition': 'inline; filename="auskunft-art-15.pdf"' }, body: await readableExportPdf(document) };
    }
    return {
      status: 200,
      // The page's one inline style sheet; nothing else may load.
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'" },
      body: readableExportHtml(document),
    };
  },
};

import { z } from 'zod';
import { AddArticleError } from '../errors.ts';

/** Content types that are web pages; anything else (PDF, JSON, images) is refused before its body is read. */
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

// Headers come from whatever server the URL names: each one is validated, and a malformed one counts as absent.
const ResponseHeadersSchema = z.object({
  'content-type': z.string().trim().toLowerCase().optional().catch(undefined),
  'content-length': z.coerce.number().int().nonnegative().optional().catch(undefined),
  location: z.string().trim().min(1).optional().catch(undefined),
});

/** The headers the fetcher acts on, validated. */
export type ResponseHeaders = z.infer<typeof ResponseHeadersSchema>;

/** Reads the headers the fetcher acts on from a response. */
export function responseHeaders(response: Response): ResponseHeaders {
  return ResponseHeadersSchema.parse(Object.fromEntries(response.headers));
}

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Refuses a response that is not an HTML page or says up front that it is over the size cap. */
export function checkHtmlResponse(url: string, headers: ResponseHeaders, maxBytes: number): void {
  const mediaType = headers['content-type']?.split(';')[0]?.trim();
  if (!mediaType || !HTML_TYPES.has(mediaType)) {
    throw new AddArticleError(
      'FETCH_REFUSED',
      url,
      `refused: the server sent ${mediaType ?? 'no content type'}, not ` +
        'an HTML page (text/html); give the link to the article page itself, or save the page and add the file',
    );
  }
  const length = headers['content-length'];
  if (length !== undefined && length > maxBytes) {
    throw new AddArticleError(
      'FETCH_REFUSED',
      url,
      `refused: the page is ${megabytes(length)}, over the ${megabytes(maxBytes)} limit for one article`,
    );
  }
}

/**
 * Reads the body while counting bytes and stops at the cap: Content-Length may be missing or lie, and a compressed
 * body can inflate far past it. The count is of decoded bytes, which is what would be held in memory.
 */
export async function readCappedBody(url: string, response: Response, maxBytes: number): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  for (let part = await reader?.read(); part && !part.done; part = await reader?.read()) {
    total += part.value.byteLength;
    if (total > maxBytes) {
      await reader?.cancel().catch(() => undefined);
      throw new AddArticleError(
        'FETCH_REFUSED',
        url,
        `refused: the page is over the ${megabytes(maxBytes)} limit for one article; it was not read further`,
      );
    }
    chunks.push(part.value);
  }
  return Buffer.concat(chunks);
}

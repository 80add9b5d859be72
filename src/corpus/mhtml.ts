// Chrome and Edge save "Webpage, Single File" as MHTML (.mhtml, .mht): a MIME message whose first text/html part
// is the page, followed by the images, styles and frames it loaded. The page is read as a saved .html file is.
// Hand-written: email parsers (postal-mime) join every text/html part into one, so the ad and comment frames would
// be read as the article.

/** The page an MHTML file holds: its bytes, their Content-Type (for the charset), and where it was saved from. */
export interface MhtmlPage {
  html: Buffer;
  contentType: string;
  url: string | null;
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

/** The page inside an MHTML file, or why there is none. */
export function pageOfMhtml(bytes: Buffer): MhtmlPage | string {
  // latin1 keeps one character per byte, so encoded bodies decode back to the bytes they were.
  const message = partOf(bytes.toString('latin1'));
  const type = message.headers.get('content-type') ?? '';
  const boundary = /boundary="?([^";\r\n]+)"?/iu.exec(type)?.[1];
  const parts = boundary ? message.body.split(`--${boundary}`).slice(1).map(partOf) : [message];
  const page = parts.find((part) => /^text\/html\b/i.test(part.headers.get('content-type') ?? ''));
  if (!page) return 'is an MHTML file with no web page in it; save the article page again';
  const location = page.headers.get('content-location') ?? message.headers.get('snapshot-content-location');
  return {
    html: decodeBody(page.body, page.headers.get('content-transfer-encoding')),
    contentType: page.headers.get('content-type') ?? 'text/html',
    url: location && /^https?:\/\//i.test(location) ? location : null,
  };
}

// A MIME part: header lines (long ones folded onto lines starting with a space) up to a blank line, then the body.
function partOf(text: string): Part {
  const start = text.replace(/^\r?\n/u, '');
  const blank = /\r?\n\r?\n/u.exec(start);
  const head = blank ? start.slice(0, blank.index) : start;
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/gu, ' ').split(/\r?\n/u)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: blank ? start.slice(blank.index + blank[0].length) : '' };
}

function decodeBody(body: string, encoding: string | undefined): Buffer {
  const how = encoding?.toLowerCase();
  if (how === 'base64') return Buffer.from(body, 'base64');
  if (how !== 'quoted-printable') return Buffer.from(body, 'latin1');
  // "=" at a line's end joins it to the next; "=3D" is the byte 0x3D.
  const joined = body.replace(/=\r?\n/gu, '');
  return Buffer.from(
    joined.replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
    'latin1',
  );
}

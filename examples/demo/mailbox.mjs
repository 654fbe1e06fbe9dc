// The demo's mail server: a real SMTP server on loopback that keeps the intake's e-mails in memory,
// so `npm start` can show the receipts and coordinator notices on a local page instead of sending them.
import { SMTPServer } from 'smtp-server';

const keep = 100;

function decodeQuotedPrintable(text) {
  const bytes = Buffer.from(text.replace(/=\r?\n/g, ''), 'latin1');
  const out = [];
  for (let i = 0; i < bytes.length; i += 1) {
    const hex = bytes[i] === 0x3d ? bytes.subarray(i + 1, i + 3).toString('latin1') : '';
    if (/^[0-9A-F]{2}$/i.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else out.push(bytes[i]);
  }
  return Buffer.from(out).toString('utf8');
}

/** Decodes RFC 2047 encoded words (`=?UTF-8?Q?...?=`, `=?UTF-8?B?...?=`) in a header. */
function decodeHeader(value) {
  return value.replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_m, kind, data) =>
    kind.toLowerCase() === 'b'
      ? Buffer.from(data, 'base64').toString('utf8')
      : decodeQuotedPrintable(data.replace(/_/g, ' ')),
  );
}

/** Subject, sender, recipients and text of a simple (single-part) message. */
export function parseMail(raw) {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const header = (name) => head.split('\r\n').find((l) => l.toLowerCase().startsWith(`${name}:`))?.slice(name.length + 1).trim() ?? '';
  const encoding = header('content-transfer-encoding').toLowerCase();
  const text =
    encoding === 'quoted-printable' ? decodeQuotedPrintable(body) : encoding === 'base64' ? Buffer.from(body, 'base64').toString('utf8') : body;
  return { subject: decodeHeader(header('subject')), from: decodeHeader(header('from')), to: decodeHeader(header('to')), text: text.trimEnd() };
}

/** Starts the mailbox on 127.0.0.1 (a free port). Resolves with its `smtp://` URL, the mails (newest first) and `close()`. */
export async function startMailbox() {
  const mails = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 256 * 1024,
    onData(stream, _session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', () => {
        mails.unshift({ receivedAt: new Date().toISOString(), ...parseMail(Buffer.concat(chunks).toString('utf8')) });
        mails.length = Math.min(mails.length, keep);
        callback();
      });
    },
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    url: `smtp://127.0.0.1:${server.server.address().port}`,
    mails,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page that shows the captured mails (no script; reload it for new ones). */
export function mailboxPage(mails) {
  const items = mails.length
    ? mails
        .map(
          (m) => `<article>
  <h2>${escapeHtml(m.subject)}</h2>
  <dl><dt>Van</dt><dd>${escapeHtml(m.from)}</dd><dt>Aan</dt><dd>${escapeHtml(m.to)}</dd><dt>Ontvangen</dt><dd>${escapeHtml(m.receivedAt)}</dd></dl>
  <pre>${escapeHtml(m.text)}</pre>
</article>`,
        )
        .join('\n')
    : '<p>Nog geen e-mail. Verstuur een aanvraag op de voorbeeldpagina.</p>';
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>E-mail van de demo</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/site.css">
</head>
<body>
<main>
<h1>E-mail van de demo</h1>
<p>De intake verstuurt deze berichten via een lokale SMTP-server; niets verlaat deze computer. Herlaad de pagina voor nieuwe berichten.</p>
${items}
</main>
</body>
</html>
`;
}

// Admin page: lists the stored requests, moves one through the trajectory and downloads the CSV,
// all through the intake's admin API. The token lives only in this tab's memory and is sent only
// to the intake, as a bearer token; it is never stored by this page or its server.
const intakeOrigin = document.querySelector('meta[name="npo-intake-origin"]').content;
const pageSize = 100;
const outcomes = { eligible: 'Komt in aanmerking', contact: 'Neem contact op', 'not-eligible': 'Komt niet in aanmerking' };
const dateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });

const form = document.querySelector('#login');
const tokenInput = document.querySelector('#token');
const statusFilter = document.querySelector('#status-filter');
const message = document.querySelector('#message');
const results = document.querySelector('#results');
const tbody = document.querySelector('#requests tbody');
const count = document.querySelector('#count');
const empty = document.querySelector('#empty');
const csvButton = document.querySelector('#download-csv');

let token = '';
let catalogue = { states: {}, transitions: {}, supportTypes: {}, planPhases: {}, partners: {} };

for (const el of document.querySelectorAll('.intake-origin')) el.textContent = intakeOrigin;

class AdminError extends Error {}

function say(text, isError = false) {
  message.textContent = text;
  message.classList.toggle('error', isError);
}

/** Creates an element with optional class and text; text always goes in as text, never as HTML. */
function el(tag, { className, text } = {}, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  node.append(...children);
  return node;
}

/** Calls the admin API with the bearer token; throws AdminError with a Dutch message on failure. */
async function callIntake(path, init = {}) {
  let response;
  try {
    response = await fetch(`${intakeOrigin}${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${token}`, ...init.headers },
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
  } catch {
    throw new AdminError(`De intake op ${intakeOrigin} is niet bereikbaar. Draait de demo nog?`);
  }
  if (response.ok) return response;
  if (response.status === 401) throw new AdminError('Dit token klopt niet. Kopieer het opnieuw uit de terminal.');
  if (response.status === 429) throw new AdminError('Te veel mislukte pogingen. Wacht een minuut en probeer het opnieuw.');
  let text = `De intake antwoordde met status ${response.status}.`;
  try {
    const body = await response.json();
    if (body?.message?.nl) text = body.message.nl;
    if (body?.error === 'illegal-transition') {
      const allowed = (body.allowed ?? []).map((s) => catalogue.states[s] ?? s).join(', ') || 'geen';
      text = `Deze stap kan niet vanuit '${catalogue.states[body.from] ?? body.from}'. Toegestaan: ${allowed}.`;
    }
  } catch {
    // Not JSON: keep the status text.
  }
  throw new AdminError(text);
}

function detailList(item) {
  const request = item.request;
  const entries = [
    ['E-mail', request.contact.email],
    ['Telefoon', request.contact.phone ?? 'niet opgegeven'],
    ['Ondersteuning', request.supportTypes.map((id) => catalogue.supportTypes[id] ?? id).join(', ')],
    ['Andere ondersteuning', request.supportTypeOther ?? 'niet opgegeven'],
    ['Fases van het plan', request.planPhases.map((id) => catalogue.planPhases[id] ?? id).join(', ')],
    ['Partners', request.partners.map((id) => catalogue.partners[id] ?? id).join(', ') || 'geen'],
    ['Gewenste start', request.preferredStart ?? 'niet opgegeven'],
    ['Vraag', request.question],
  ];
  const check = item.eligibilityCheck;
  if (check.differences.length > 0) {
    const lines = check.differences.map((d) => `${d.field}: aanvrager ${JSON.stringify(d.client)}, server ${JSON.stringify(d.server)}`);
    entries.push(['Verschillen met de server', lines.join('\n')]);
  }
  if (check.reason) entries.push(['Reden', check.reason]);
  const dl = el('dl');
  for (const [term, value] of entries) dl.append(el('dt', { text: term }), el('dd', { text: value }));
  return dl;
}

function moveCell(item) {
  const next = catalogue.transitions[item.status] ?? [];
  if (next.length === 0) return el('span', { className: 'final', text: 'Afgerond' });
  const select = el('select', {});
  select.name = 'to';
  select.setAttribute('aria-label', `Nieuwe status voor ${item.reference}`);
  for (const state of next) {
    const option = el('option', { text: catalogue.states[state] ?? state });
    option.value = state;
    select.append(option);
  }
  const button = el('button', { text: 'Verplaats' });
  button.type = 'submit';
  button.setAttribute('aria-label', `Verplaats ${item.reference}`);
  const moveForm = el('form', { className: 'move' }, select, button);
  moveForm.dataset.reference = item.reference;
  moveForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void move(item, select.value);
  });
  return moveForm;
}

function row(item) {
  const outcome = item.clientDecision.outcome;
  const flag = item.eligibilityFlagged
    ? el('span', { className: 'tag flagged', text: item.eligibilityCheck.status === 'unavailable' ? 'Niet te controleren' : 'Afwijking' })
    : el('span', { className: 'tag ok', text: 'Klopt' });
  const tr = el(
    'tr',
    {},
    el('td', {}, el('details', {}, el('summary', { text: item.reference }), detailList(item))),
    el('td', { text: dateTime.format(new Date(item.receivedAt)) }),
    el('td', { text: `${item.request.municipality.name} (${item.request.municipality.code})` }),
    el('td', { text: `${item.request.contact.name}, ${item.request.contact.role}` }),
    el('td', {}, el('span', { className: `tag ${outcome}`, text: outcomes[outcome] ?? outcome })),
    el('td', {}, flag),
    el('td', { className: 'status', text: catalogue.states[item.status] ?? item.status }),
    el('td', {}, moveCell(item)),
  );
  tr.dataset.reference = item.reference;
  return tr;
}

async function load() {
  const query = new URLSearchParams({ limit: String(pageSize) });
  if (statusFilter.value) query.set('status', statusFilter.value);
  const response = await callIntake(`/api/requests?${query}`);
  const page = await response.json();
  tbody.replaceChildren(...page.items.map(row));
  count.textContent = `(${page.total})`;
  empty.hidden = page.items.length > 0;
  results.hidden = false;
  return page;
}

async function move(item, to) {
  try {
    await callIntake(`/api/requests/${encodeURIComponent(item.id)}/transitions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      // The intake records who moved it: the person the token belongs to.
      body: JSON.stringify({ to }),
    });
    await load();
    say(`${item.reference} staat nu op '${catalogue.states[to] ?? to}'.`);
    // The row was drawn again: put the focus back where the keyboard user was.
    const again = tbody.querySelector(`tr[data-reference="${CSS.escape(item.reference)}"] .move select`);
    (again ?? message).focus?.();
  } catch (error) {
    say(error instanceof AdminError ? error.message : 'Verplaatsen mislukt.', true);
  }
}

async function downloadCsv() {
  try {
    const query = statusFilter.value ? `?${new URLSearchParams({ status: statusFilter.value })}` : '';
    const blob = await (await callIntake(`/api/requests.csv${query}`)).blob();
    const url = URL.createObjectURL(blob);
    const link = el('a');
    link.href = url;
    link.download = `npo-aanvragen-${new Date().toISOString().slice(0, 10)}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    say('CSV gedownload. Het bestand bevat persoonsgegevens: bewaar het alleen zolang nodig.');
  } catch (error) {
    say(error instanceof AdminError ? error.message : 'Downloaden mislukt.', true);
  }
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  token = tokenInput.value.trim();
  if (token === '') {
    say('Plak eerst het beheertoken.', true);
    tokenInput.focus();
    return;
  }
  say('Aanvragen laden...');
  try {
    const page = await load();
    const shown = page.items.length < page.total ? ` De nieuwste ${page.items.length} staan hieronder; de CSV bevat ze allemaal.` : '';
    say(`${page.total} ${page.total === 1 ? 'aanvraag' : 'aanvragen'} gevonden.${shown}`);
  } catch (error) {
    results.hidden = true;
    say(error instanceof AdminError ? error.message : 'Laden mislukt.', true);
  }
});
csvButton.addEventListener('click', () => void downloadCsv());

try {
  catalogue = await (await fetch('/admin/catalogue.json')).json();
  for (const [id, label] of Object.entries(catalogue.states)) {
    const option = el('option', { text: label });
    option.value = id;
    statusFilter.append(option);
  }
} catch {
  say('De lijst met statussen kon niet worden geladen.', true);
}

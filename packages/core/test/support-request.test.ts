import { describe, expect, it } from 'vitest';
import { exampleSupportRequest, messagesEn, messagesNl, parseSupportRequest, type FieldError } from '../src/index.js';

const example = exampleSupportRequest;
function errorsOf(value: unknown): FieldError[] {
  const result = parseSupportRequest(value);
  return result.success ? [] : result.errors;
}
function withChange(change: (draft: Record<string, any>) => void): unknown {
  const draft = structuredClone(example) as Record<string, any>;
  change(draft);
  return draft;
}

describe('parseSupportRequest', () => {
  it('accepts the example', () => {
    expect(parseSupportRequest(example)).toEqual({ success: true, data: example });
  });

  it('carries a decision record that reproduces', async () => {
    const { reproduceDecision } = await import('../src/index.js');
    expect(reproduceDecision(example.eligibility).matches).toBe(true);
  });

  it('takes several plan phases, support of another kind with its text, and preferences', () => {
    const result = parseSupportRequest(
      withChange((d) => {
        d.planPhases = ['make', 'evaluate'];
        d.supportTypes = ['measures-package', 'other'];
        d.supportTypeOther = '  Een ouderavond over lezen  ';
        d.preferredForm = 'on-site';
        d.preferredIntensity = 'longer-trajectory';
      }),
    );
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.data.planPhases).toEqual(['make', 'evaluate']);
      expect(result.data.supportTypeOther).toBe('Een ouderavond over lezen');
      expect(result.data.preferredForm).toBe('on-site');
    }
  });

  it('says in both languages what to fill in when other support is chosen without its text', () => {
    const [error] = errorsOf(withChange((d) => (d.supportTypes = ['other'])));
    expect(error?.message.nl).toBe("U koos 'iets anders' bij de ondersteuning: beschrijf waarbij u ondersteuning zoekt.");
    expect(error?.message.en).toContain('describe what you need support with');
  });

  it('trims texts', () => {
    const result = parseSupportRequest(withChange((d) => (d.question = `   ${example.question}  \n`)));
    expect(result.success && result.data.question).toBe(example.question);
  });

  it.each<[string, (d: Record<string, any>) => void, string, string]>([
    ['question of 19 characters after trim', (d) => (d.question = `  ${'a'.repeat(19)}  `), 'question', 'too-short'],
    ['question of 4001 characters', (d) => (d.question = 'a'.repeat(4001)), 'question', 'too-long'],
    ['blank question', (d) => (d.question = '     '), 'question', 'required'],
    ['missing question', (d) => delete d.question, 'question', 'required'],
    ['bad email', (d) => (d.contact.email = 'jan@'), 'contact.email', 'invalid-email'],
    ['email with space', (d) => (d.contact.email = 'jan devries@gemeente.nl'), 'contact.email', 'invalid-email'],
    ['phone too short', (d) => (d.contact.phone = '12345'), 'contact.phone', 'invalid-phone'],
    ['phone with letters', (d) => (d.contact.phone = '06-abcdefgh'), 'contact.phone', 'invalid-phone'],
    ['one-letter name', (d) => (d.contact.name = 'J'), 'contact.name', 'too-short'],
    ['long role', (d) => (d.contact.role = 'r'.repeat(101)), 'contact.role', 'too-long'],
    ['no support types', (d) => (d.supportTypes = []), 'supportTypes', 'support-types-required'],
    ['duplicate support types', (d) => (d.supportTypes = ['shared-ambition', 'shared-ambition']), 'supportTypes', 'duplicate'],
    ['unknown support type', (d) => (d.supportTypes = ['coaching']), 'supportTypes.0', 'invalid-option'],
    ['duplicate partners', (d) => (d.partners = ['library', 'library']), 'partners', 'duplicate'],
    ['other partner without description', (d) => (d.partners = ['other']), 'partnersOther', 'partners-other-required'],
    ['other support type without description', (d) => (d.supportTypes = ['other']), 'supportTypeOther', 'support-type-other-required'],
    ['no plan phases', (d) => (d.planPhases = []), 'planPhases', 'plan-phases-required'],
    ['plan phases missing', (d) => delete d.planPhases, 'planPhases', 'plan-phases-required'],
    ['the old single plan phase', (d) => { delete d.planPhases; d.planPhase = 'make'; }, 'planPhase', 'unknown-field'],
    ['unknown preferred form', (d) => (d.preferredForm = 'by-mail'), 'preferredForm', 'invalid-option'],
    ['unknown preferred intensity', (d) => (d.preferredIntensity = 'weekly'), 'preferredIntensity', 'invalid-option'],
    ['bad municipality code', (d) => (d.municipality.code = 'GM88'), 'municipality.code', 'invalid-municipality-code'],
    ['impossible start date', (d) => (d.preferredStart = '2025-02-30'), 'preferredStart', 'invalid-date'],
    ['consent false', (d) => (d.privacyConsent = false), 'privacyConsent', 'consent-required'],
    ['consent missing', (d) => delete d.privacyConsent, 'privacyConsent', 'consent-required'],
    ['consent as string', (d) => (d.privacyConsent = 'true'), 'privacyConsent', 'consent-required'],
    ['unknown language', (d) => (d.language = 'de'), 'language', 'invalid-option'],
    ['bad request id', (d) => (d.clientRequestId = 'abc'), 'clientRequestId', 'invalid-uuid'],
    ['honeypot left in', (d) => (d.website = ''), 'website', 'unknown-field'],
    ['bad eligibility outcome', (d) => (d.eligibility.outcome = 'maybe'), 'eligibility.outcome', 'invalid-option'],
    ['bad eligibility answers', (d) => (d.eligibility.answers.inhabitants = -5), 'eligibility.answers.inhabitants', 'too-small'],
  ])('rejects %s', (_name, change, path, code) => {
    const errors = errorsOf(withChange(change));
    expect(errors).toContainEqual(expect.objectContaining({ path, code }));
  });

  it('reports every field error at once', () => {
    const errors = errorsOf({
      ...example,
      contact: { name: '', role: 'x', email: 'nope' },
      question: 'te kort',
      partners: ['other'],
      privacyConsent: false,
    });
    expect(errors.map((e) => `${e.path}:${e.code}`).sort()).toEqual(
      [
        'contact.email:invalid-email',
        'contact.name:required',
        'contact.role:too-short',
        'partnersOther:partners-other-required',
        'privacyConsent:consent-required',
        'question:too-short',
      ].sort(),
    );
  });

  it('says what to fix in both languages', () => {
    const [error] = errorsOf(withChange((d) => (d.contact.email = 'x')));
    expect(error?.message.nl).toBe('Vul een e-mailadres in zoals naam@gemeente.nl.');
    expect(error?.message.en).toContain('name@municipality.nl');
    const [short] = errorsOf(withChange((d) => (d.question = 'kort maar fout')));
    expect(short?.message.nl).toContain('minimaal 20 tekens');
    expect(short?.message.en).toContain('at least 20 characters');
  });

  it('names invisible and control characters as the problem, and keeps line breaks in the question', () => {
    const errors = errorsOf(
      withChange((d) => {
        d.question = `Wij willen een zomerschool\u0000 opzetten, hoe doen we dat?`;
        d.contact.name = 'Jan\nde Vries';
        d.contact.role = '\u202eBeleidsmedewerker';
      }),
    );
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['contact.name', 'invalid-characters'],
      ['contact.role', 'invalid-characters'],
      ['question', 'invalid-characters'],
    ]);
    expect(errors[0]?.message.nl).toContain('uit uw naam');
    expect(errors[0]?.message.en).toContain('control characters');
    const kept = parseSupportRequest(
      withChange((d) => (d.question = 'Eerste regel van de vraag,\r\n\tmet een tweede regel erbij.')),
    );
    expect(kept.success && kept.data.question).toBe('Eerste regel van de vraag,\r\n\tmet een tweede regel erbij.');
  });

  it.each([null, undefined, 42, 'text', [], true])('rejects %j with a root error', (value) => {
    const result = parseSupportRequest(value);
    expect(result).toMatchObject({ success: false, errors: [{ path: '', code: 'not-an-object' }] });
  });

  it('never throws on hostile values', () => {
    const cyclic: Record<string, unknown> = { ...example };
    cyclic.self = cyclic;
    const throwing = Object.defineProperty({ ...example }, 'question', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const trap = new Proxy({}, { ownKeys: () => { throw new Error('no keys'); }, get: () => { throw new Error('no get'); } });
    const values: unknown[] = [
      cyclic,
      throwing,
      proxy,
      trap,
      { ...example, question: 10n },
      { ...example, language: Symbol('nl') },
      Object.create(null),
      new Date(),
      new Map(),
      () => 1,
    ];
    for (const value of values) {
      const result = parseSupportRequest(value);
      expect(result.success).toBe(false);
      if (!result.success) expect(result.errors.length).toBeGreaterThan(0);
    }
    // Symbol keys cannot come from JSON; they are ignored and left out of the data.
    const withSymbol = parseSupportRequest({ ...example, [Symbol('x')]: 1 });
    expect(withSymbol.success && Object.getOwnPropertySymbols(withSymbol.data)).toEqual([]);
    const throwingResult = parseSupportRequest(throwing);
    expect(throwingResult).toMatchObject({ success: false, errors: [{ path: '', code: 'unreadable' }] });
  });
});

describe('messages', () => {
  it('has the same codes in Dutch and English, none empty', () => {
    expect(Object.keys(messagesEn).sort()).toEqual(Object.keys(messagesNl).sort());
    for (const text of [...Object.values(messagesNl), ...Object.values(messagesEn)]) expect(text.trim()).not.toBe('');
  });
});

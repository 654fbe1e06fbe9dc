// The user-facing texts of core and the widget (the collection docs/texts.md is generated from)
// against the one vocabulary in docs/vocabulary.json. The scanner itself is tested on planted terms,
// so a clean scan means the texts are clean, not that the scanner sees nothing.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { collectTexts, widgetTexts } from '../scripts/texts.mjs';
import { compileVocabulary, findBannedTerms, formatFinding, loadVocabulary } from '../scripts/vocabulary.mjs';

const vocabulary = loadVocabulary();
let texts;
before(async () => {
  texts = await collectTexts();
});

describe('the texts of core and the widget', () => {
  it('are collected from both packages, every text in Dutch and English', () => {
    for (const pkg of ['core', 'widget']) assert.ok(texts.filter((t) => t.package === pkg).length > 50, `texts of ${pkg}`);
    const incomplete = texts.filter((t) => typeof t.nl !== 'string' || typeof t.en !== 'string' || t.nl.trim() === '' || t.en.trim() === '');
    assert.deepEqual(incomplete.map((t) => `${t.package} ${t.key}`), []);
  });

  it('use no banned term of docs/vocabulary.json', () => {
    const findings = findBannedTerms(texts, vocabulary).map(formatFinding);
    assert.deepEqual(findings, [], `banned terms (change the text, or the vocabulary with a reason):\n${findings.join('\n')}`);
  });

  it("name the criteria as the vocabulary does, in core's labels and the widget's messages", () => {
    for (const [id, names] of Object.entries(vocabulary.criterionNames)) {
      for (const key of [id, `criterion.${id}`]) {
        const text = texts.find((t) => t.key === key && (t.group === 'Criterion names' || t.package === 'widget'));
        assert.ok(text, `a text keyed ${key}`);
        assert.equal(text.nl, names.nl, `${text.package} ${key} (nl)`);
        assert.equal(text.en, names.en, `${text.package} ${key} (en)`);
      }
    }
  });

  it('write the threshold as the source does: 10,7% in Dutch, 10.7% in English', () => {
    const nl = texts.filter((t) => /10[.,]7/.test(t.nl));
    assert.ok(nl.length > 0);
    for (const t of nl) assert.match(t.nl, /10,7%/, `${t.package} ${t.key} (nl)`);
    for (const t of texts.filter((x) => /10[.,]7/.test(x.en))) assert.match(t.en, /10\.7%/, `${t.package} ${t.key} (en)`);
  });
});

describe('the vocabulary scanner', () => {
  const text = (key, nl, en) => ({ package: 'widget', group: 'Test', key, nl, en });

  it('finds a planted banned term, naming the key, the language and the term', () => {
    const findings = findBannedTerms(
      [
        text('planted', 'Doe een verzoek om ondersteuning.', 'Ask for support.'),
        text('plantedEn', 'Corona-problematiek', 'Corona-related problems above 10,7%'),
      ],
      vocabulary,
    );
    assert.deepEqual(
      findings.map((f) => [f.key, f.lang, f.term, f.found]),
      [
        ['planted', 'nl', 'verzoek', 'verzoek'],
        ['plantedEn', 'en', 'corona', 'Corona'],
        ['plantedEn', 'en', '10,7%', '10,7%'],
      ],
    );
    assert.match(formatFinding(findings[0]), /^widget planted \[nl\]: "verzoek" .*write aanvraag/);
  });

  it('matches at the start of a word, whatever the case, and not inside another word', () => {
    const found = (nl) => findBannedTerms([text('k', nl, 'x')], vocabulary).map((f) => f.term);
    assert.deepEqual(found('Uw Verzoeken zijn ontvangen.'), ['verzoek']);
    assert.deepEqual(found('Het tegenverzoek'), []);
    assert.deepEqual(found('Een achterstandsscore per 100 leerlingen'), []);
    assert.deepEqual(found('Het Aandeel van de doelgroepkinderen'), ['aandeel doelgroepkinderen']);
    assert.deepEqual(found('Meer dan 10.7%'), ['10.7%']);
    assert.deepEqual(found('Wat is je vraag?'), ['je, jij, jou, jouw, jullie']);
    assert.deepEqual(found('Jeugdhulp en JGZ'), []);
  });

  it('keeps COVID-19 and refuses other spellings in English', () => {
    const found = (en) => findBannedTerms([text('k', 'x', en)], vocabulary).map((f) => f.found);
    assert.deepEqual(found('COVID-19-related problems'), []);
    assert.deepEqual(found('Covid-19 problems'), ['Covid']);
    assert.deepEqual(found('COVID problems'), ['COVID']);
  });

  it('accepts each preferred term in its own language', () => {
    for (const lang of ['nl', 'en']) {
      for (const entry of vocabulary.banned[lang]) {
        const planted = text('preferred', lang === 'nl' ? entry.preferred : 'x', lang === 'en' ? entry.preferred : 'x');
        assert.deepEqual(findBannedTerms([planted], vocabulary).map(formatFinding), [], `the preferred term of "${entry.term}"`);
      }
    }
  });

  it('refuses an entry without a reason, or with a pattern that is not a regular expression', () => {
    assert.throws(() => compileVocabulary({ banned: { nl: [{ term: 'verzoek', preferred: 'aanvraag' }], en: [] } }), /banned\.nl\[0\] needs a non-empty "why"/);
    assert.throws(
      () => compileVocabulary({ banned: { nl: [], en: [{ term: 'x', pattern: '(', preferred: 'y', why: 'z' }] } }),
      /banned\.en\[0\] \("x"\) has a pattern that is not a regular expression/,
    );
  });
});

describe("the widget's texts with parameters", () => {
  const nl = { stepOf: (step, total) => `Stap ${step} van ${total}`, back: 'Vorige' };
  const en = { stepOf: (step, total) => `Step ${step} of ${total}`, back: 'Previous' };

  it('are rendered with their named example arguments, in both languages', () => {
    const texts = widgetTexts(nl, en, new Map([['stepOf', 'General']]), { stepOf: [{ step: 2, total: 6 }] });
    assert.deepEqual(texts[0], { package: 'widget', group: 'General', key: 'stepOf', args: 'step = 2, total = 6', nl: 'Stap 2 van 6', en: 'Step 2 of 6' });
    assert.equal(texts[1].group, 'Other', 'a key outside the interface groups');
  });

  it('need example arguments, and the error says where to add them', () => {
    assert.throws(() => widgetTexts(nl, en, new Map(), {}), /widget message "stepOf" takes parameters: add its example arguments to widgetExamples in docs\/scripts\/texts\.mjs/);
  });

  it('refuse examples for a message that takes none', () => {
    assert.throws(() => widgetTexts(nl, en, new Map(), { stepOf: [{ step: 1, total: 2 }], back: [{}] }), /has examples for back, which take no parameters/);
  });
});

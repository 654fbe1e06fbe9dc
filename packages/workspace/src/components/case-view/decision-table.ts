import { currentPolicy, type DecisionRecord } from '@npo-gemeenten/core';
import type { Language } from '@npo-gemeenten/core/catalogue';
import { html, type TemplateResult } from 'lit';
import type { WorkspaceMessages } from '../../messages/index.js';
import { formatCount } from '../../format.js';

/** The rows of the comparison, in reading order: the outcome, each answer, then where it came from. */
const answerKeys = ['inhabitants', 'targetGroupShare', 'coronaImpact', 'mergedWithIndependentCores', 'capacityShortfall', 'cooperationFocus'] as const;

function value(raw: unknown, key: string, t: WorkspaceMessages, lang: Language): string {
  if (raw === undefined || raw === null) return t.unknownValue;
  if (typeof raw === 'number') {
    return key === 'targetGroupShare' ? `${raw.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB')} %` : formatCount(raw, lang);
  }
  if (typeof raw === 'boolean') return t.answerValues[String(raw)] ?? String(raw);
  return t.answerValues[String(raw)] ?? t.outcomes[String(raw)] ?? String(raw);
}

/** The policy by its title where it is the one core knows, else by its id. */
function policyName(policy: DecisionRecord['policy'], t: WorkspaceMessages, lang: Language): string {
  const name = policy.id === currentPolicy.id ? currentPolicy.title[lang] : policy.id;
  return t.policyVersion(name, policy.version);
}

interface Row {
  key: string;
  client: string;
  server: string | null;
  /** Provenance rows (policy, data snapshot) are shown, but a difference there is no disagreement. */
  compare: boolean;
}

function rows(client: DecisionRecord, server: DecisionRecord | null, t: WorkspaceMessages, lang: Language): Row[] {
  const of = (record: DecisionRecord | null, pick: (r: DecisionRecord) => unknown, key: string) =>
    record === null ? null : value(pick(record), key, t, lang);
  return [
    { key: 'outcome', client: value(client.outcome, 'outcome', t, lang), server: of(server, (r) => r.outcome, 'outcome'), compare: true },
    ...answerKeys.map((key) => ({
      key,
      client: value(client.answers[key], key, t, lang),
      server: of(server, (r) => r.answers[key], key),
      compare: true,
    })),
    {
      key: 'policy',
      client: policyName(client.policy, t, lang),
      server: server === null ? null : policyName(server.policy, t, lang),
      compare: false,
    },
    {
      key: 'dataSnapshot',
      client: client.dataSnapshot ?? t.notGiven,
      server: server === null ? null : (server.dataSnapshot ?? t.notGiven),
      compare: false,
    },
  ];
}

/** The client's decision record and the server's re-check, side by side, with the differences marked. */
export function decisionTable(client: DecisionRecord, server: DecisionRecord | null, t: WorkspaceMessages, lang: Language): TemplateResult {
  return html`<div class="table-wrap">
    <table>
      <caption>${t.checkCaption}</caption>
      <thead>
        <tr>
          <th scope="col">${t.checkWhat}</th>
          <th scope="col">${t.checkClient}</th>
          <th scope="col">${t.checkServer}</th>
        </tr>
      </thead>
      <tbody>
        ${rows(client, server, t, lang).map((row) => {
          const differs = row.compare && row.server !== null && row.server !== row.client;
          return html`<tr class=${differs ? 'mismatch' : ''}>
            <th scope="row">${t.answerLabels[row.key] ?? row.key}</th>
            <td>${row.client}</td>
            <td>${row.server ?? t.unknownValue}${differs ? html` <span class="differs">(${t.checkDiffers})</span>` : ''}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

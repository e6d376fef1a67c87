/**
 * The short note on what the page shows and what it leaves out: true crime is equal by default,
 * the city is synthetic, and the model simplifies policing in named ways.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Params } from '../../models/index.ts';
import { sharedStyles } from '../styles/shared.ts';

/** The model note. */
@customElement('runaway-model-note')
export class RunawayModelNote extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        font-size: 0.95rem;
      }
      h2 {
        margin: 0 0 0.5rem;
        font-size: 1.15rem;
      }
      p {
        margin: 0 0 0.6rem;
      }
      ul {
        margin: 0 0 0.6rem;
        padding-left: 1.2rem;
      }
      li {
        margin-bottom: 0.25rem;
      }
      .unequal {
        padding: 0.4rem 0.6rem;
        border-left: 4px solid var(--changed);
        background: var(--changed-tint);
      }
      .sources {
        color: var(--ink-soft);
        font-size: 0.85rem;
      }
    `,
  ];

  @property({ attribute: false }) params: Params | null = null;

  protected override render() {
    const ratio = this.params?.reality.trueRateRatio ?? 1;
    const custom = this.params?.city.custom != null;
    return html`<h2 id="note-title">What this model is, and is not</h2>
      ${custom
        ? html`<p>
            <strong>This scenario sets each neighborhood's true crime rate itself,</strong> to reproduce a published model; compare the
            patrol shares with those rates, not with population.
          </p>`
        : ratio === 1
          ? html`<p>
              <strong>True crime is equal.</strong> Minority and majority residents offend at the same rate per person, so every
              difference between them on this page is made by how the data are collected and by the loop feeding on its own records.
              You can change this under Reality.
            </p>`
          : html`<p class="unequal">
              <strong>True crime is not equal in this run:</strong> minority residents offend ${ratio} times as often as majority
              residents (the true rate ratio under Reality). Compare the patrol shares with the true crime shares, not with
              population, to see what the loop adds.
            </p>`}
      <p><strong>The city is synthetic.</strong> Its neighborhoods, residents and incidents are generated; no number here describes a real place. Calibration points (reporting rates, stop hit rates, the Oakland urn rates) only set plausible scales.</p>
      <p><strong>What the model leaves out:</strong></p>
      <ul>
        <li>There are two groups, assigned to neighborhoods by share: no individuals, no movement between neighborhoods, no displacement of crime by patrols, no repeat offenders.</li>
        <li>There is one kind of crime, at a constant rate unless near-repeat or deterrence is switched on; real offence types differ in how often they are reported and found.</li>
        <li>Records are counts. Sources are fused by weights without removing duplicates, as many fusion systems do.</li>
        <li>The risk model is simple: a weighted count of records with a memory and fixed parameters, standing in for commercial systems whose details are not public.</li>
        <li>Harms are partial: stops that find nothing are counted; arrests, force, prosecution and the under-protection of neighborhoods that lose patrols are not.</li>
      </ul>
      <p class="sources">
        Built on Ensign et al. 2018 (runaway feedback loops), Lum &amp; Isaac 2016 (predictive policing trained on biased records),
        Akpinar, De-Arteaga &amp; Chouldechova 2021 (differential reporting), Mohler et al. 2015 (self-exciting models) and Floyd v.
        City of New York 2013 (stops); the README gives the details. Point at or focus any setting to read its meaning and source.
      </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-model-note': RunawayModelNote;
  }
}

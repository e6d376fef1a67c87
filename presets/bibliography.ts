/**
 * The works the presets, stories and teacher page cite, one full citation each. Presets name
 * them by key (`citations` in a preset file). Citations are bibliographic data and stay in their
 * original language; identifiers are given only where they were checked against a source
 * (see /work/shared/research/papers.md).
 */

export interface Citation {
  /** The full reference, APA-like. */
  text: string;
  /** A stable address (DOI, arXiv or publisher page), when checked. */
  url?: string;
  /** What the project takes from it, in one line. */
  use: string;
}

export const BIBLIOGRAPHY = {
  ensign2018: {
    text: 'Ensign, D., Friedler, S. A., Neville, S., Scheidegger, C., & Venkatasubramanian, S. (2018). Runaway feedback loops in predictive policing. Proceedings of the 1st Conference on Fairness, Accountability and Transparency (FAT* 2018), PMLR 81, 160–171.',
    url: 'https://arxiv.org/abs/1706.09847',
    use: 'The Pólya-urn model of the feedback loop, the Oakland rates of the urn presets, and the correction that filters discovered incidents.',
  },
  lum2016: {
    text: 'Lum, K., & Isaac, W. (2016). To predict and serve? Significance, 13(5), 14–19.',
    url: 'https://doi.org/10.1111/j.1740-9713.2016.00960.x',
    use: 'A PredPol-style model trained on Oakland drug records sends patrols to minority neighborhoods although estimated drug use is similar across the city.',
  },
  akpinar2021: {
    text: 'Akpinar, N.-J., De-Arteaga, M., & Chouldechova, A. (2021). The effect of differential victim crime reporting on predictive policing systems. Proceedings of the 2021 ACM Conference on Fairness, Accountability, and Transparency (FAccT 2021), 838–849.',
    url: 'https://arxiv.org/abs/2102.00128',
    use: 'Differences in how often victims report crime move predicted hotspots, with no patrol feedback at all.',
  },
  mohler2015: {
    text: 'Mohler, G. O., Short, M. B., Malinowski, S., Johnson, M., Tita, G. E., Bertozzi, A. L., & Brantingham, P. J. (2015). Randomized controlled field trials of predictive policing. Journal of the American Statistical Association, 110(512), 1399–1411.',
    use: 'The self-exciting (ETAS) model of crime behind PredPol, used by the near-repeat and self-exciting options.',
  },
  damour2020: {
    text: "D'Amour, A., Srinivasan, H., Atwood, J., Baljekar, P., Sculley, D., & Halpern, Y. (2020). Fairness is not static: Deeper understanding of long term fairness via simulation studies. Proceedings of the 2020 Conference on Fairness, Accountability, and Transparency (FAT* 2020), 525–534.",
    use: 'The attention-allocation environment of ml-fairness-gym and its uniform control condition.',
  },
  floyd2013: {
    text: 'Floyd v. City of New York, 959 F. Supp. 2d 540 (S.D.N.Y. 2013).',
    use: '4.4 million stops from 2004 to 2012; most found nothing, and hit rates were lower for Black people stopped than for white people stopped.',
  },
  goel2016: {
    text: 'Goel, S., Rao, J. M., & Shroff, R. (2016). Precinct or prejudice? Understanding racial disparities in New York City\'s stop-and-frisk policy. The Annals of Applied Statistics, 10(1), 365–394.',
    url: 'https://doi.org/10.1214/15-AOAS897',
    use: 'Disparities in stops came partly from lower thresholds for stopping anyone in high-crime, predominantly minority areas: the basis of the minority-area stop ratio.',
  },
  gelman2007: {
    text: 'Gelman, A., Fagan, J., & Kiss, A. (2007). An analysis of the New York City Police Department\'s "stop-and-frisk" policy in the context of claims of racial bias. Journal of the American Statistical Association, 102(479), 813–823.',
    use: 'Black and Hispanic people were stopped more often than white people even after controlling for precinct and for race-specific estimates of crime participation.',
  },
  ncvs2017: {
    text: 'Morgan, R. E., & Truman, J. L. (2018). Criminal Victimization, 2017 (NCJ 252472). Washington, DC: Bureau of Justice Statistics. Table 6.',
    url: 'https://bjs.ojp.gov/library/publications/criminal-victimization-2017',
    use: 'In 2017, 45% of violent and 36% of property victimizations in the United States were reported to police.',
  },
  richardson2019: {
    text: 'Richardson, R., Schultz, J. M., & Crawford, K. (2019). Dirty data, bad predictions: How civil rights violations impact police data, predictive policing systems, and justice. New York University Law Review Online, 94, 192–233.',
    use: 'Records produced under unlawful or biased practices flow into predictive systems.',
  },
  levine2017: {
    text: "Levine, E. S., Tisch, J., Tasso, A., & Joy, M. (2017). The New York City Police Department's Domain Awareness System. Interfaces, 47(1), 70–84.",
    use: 'An example of a data-fusion system that joins cameras, plate readers and other sensors with police records.',
  },
  elzayn2019: {
    text: 'Elzayn, H., Jabbari, S., Jung, C., Kearns, M., Neel, S., Roth, A., & Schutzman, Z. (2019). Fair algorithms for learning in allocation problems. Proceedings of the Conference on Fairness, Accountability, and Transparency (FAT* 2019), 170–179.',
    use: 'The "precision discovery" model: a unit finds at most one incident.',
  },
  brayne2017: {
    text: 'Brayne, S. (2017). Big data surveillance: The case of policing. American Sociological Review, 82(5), 977–1008.',
    url: 'https://doi.org/10.1177/0003122417725865',
    use: 'Risk scores, automatic alerts and a lower threshold for inclusion in police databases, "now including individuals who have not had direct police contact": the person layer and its associate points.',
  },
  laser2019: {
    text: 'Office of the Inspector General, Los Angeles Police Commission (2019). Review of selected Los Angeles Police Department data-driven policing strategies (BPC #19-0072).',
    use: 'Operation LASER\'s Chronic Offender Bulletins and their point score. The point weights the model uses (5 for a violent-crime arrest, gang affiliation, parole or probation and a handgun arrest; 1 per police contact) are as reported in secondary accounts, not verified against this document.',
  },
  saunders2016: {
    text: 'Saunders, J., Hunt, P., & Hollywood, J. S. (2016). Predictions put into practice: a quasi-experimental evaluation of Chicago\'s predictive policing pilot. Journal of Experimental Criminology, 12(3), 347–371.',
    url: 'https://doi.org/10.1007/s11292-016-9272-0',
    use: 'People on Chicago\'s 2013 Strategic Subject List were not more or less likely to become victims than a matched comparison group, but more likely to be arrested for a shooting.',
  },
  carnegie: {
    text: 'Carnegie Council for Ethics in International Affairs. Intelligence-led policing (discussion questions for educators). New York: Carnegie Council.',
    url: 'https://www.carnegiecouncil.org/',
    use: 'Discussion questions on when intelligence-led policing is ethical, how guidelines could be enforced, new technology, federal and local standards, regulation across nations, and utilitarian weighing.',
  },
} as const satisfies Record<string, Citation>;

export type CitationKey = keyof typeof BIBLIOGRAPHY;

/** The citation for a key, or undefined. */
export function findCitation(key: string): Citation | undefined {
  return Object.hasOwn(BIBLIOGRAPHY, key) ? BIBLIOGRAPHY[key as CitationKey] : undefined;
}

/* sample-data.c — the built-in sample assessment of the fictional
 * Republic of Arcadia
 *
 * Arcadia is a middle-income country of origin, transit and destination,
 * with land borders and a coast on the Gulf of Meridia, which it shares with
 * its neighbour Borduria. The answers follow the pattern most national
 * self-assessments show: fairly complete criminal legislation that is
 * applied unevenly, weak victim protection and data, and a smuggling
 * framework that lags behind the trafficking one. Some measures are left
 * unanswered on purpose, as a working group would leave them mid-way.
 *
 * The text is what a national team would type, so it is not translated.
 * Every name, law, case and figure here is invented.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sample-data.h"

const LacunaSampleAnswer lacuna_sample_answers[] = {
  /* ---------------------------------------------------------------------
   * TIP — Pillar 1: Prosecution
   * ------------------------------------------------------------------- */
  {
    .measure_id = "TIP-P1-01",
    .law = LACUNA_LEVEL_FULL,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "Criminal Code, art. 171 (trafficking in human beings), as amended in 2019, "
                "names every act and means of the Protocol definition and leaves the list of "
                "exploitative purposes open. In 2024 the courts requalified 9 of 23 indictments "
                "under art. 171 as procuring for prostitution (art. 183), which carries lower penalties.",
    .notes = "Judges read \"abuse of a position of vulnerability\" very differently from one court "
             "to another; the Judicial Training Centre has a draft bench note.",
    .responsible = "Ministry of Justice; Prosecutor General's Office; Judicial Training Centre",
    .ta_needs = LACUNA_TA_TRAINING,
    .timeframe = "2027",
  },
  {
    .measure_id = "TIP-P1-02",
    .law = LACUNA_LEVEL_FULL,
    .practice = LACUNA_LEVEL_LARGELY,
    .evidence = "Art. 171(4) of the Criminal Code states that the victim's consent is irrelevant "
                "once any of the means has been used. The Supreme Court confirmed the rule in "
                "2021 (case 3-K-118/2021), but defence counsel still raise consent in most trials.",
    .responsible = "Prosecutor General's Office; Supreme Court",
  },
  {
    .measure_id = "TIP-P1-03",
    .law = LACUNA_LEVEL_FULL,
    .practice = LACUNA_LEVEL_FULL,
    .evidence = "Art. 171(2) of the Criminal Code makes child trafficking an offence without proof "
                "of means, and art. 7 defines a child as anyone under 18. The Child Protection Act "
                "2015, art. 4, presumes minority where age is in doubt.",
    .responsible = "Ministry of Justice; Prosecutor General's Office",
  },
  {
    .measure_id = "TIP-P1-04",
    .law = LACUNA_LEVEL_FULL,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The general part of the Criminal Code (arts. 27–29) covers attempt, instigation "
                "and aiding, and art. 171(3) punishes organising or directing trafficking. No one "
                "has been charged as an organiser since 2019; prosecutions stop at recruiters and drivers.",
    .responsible = "Prosecutor General's Office; National Police — Anti-Trafficking Unit",
  },
  {
    .measure_id = "TIP-P1-05",
    .law = LACUNA_LEVEL_FULL,
    .practice = LACUNA_LEVEL_FULL,
    .evidence = "Art. 171 contains no element of border crossing or of an organised group; "
                "18 of the 31 cases opened in 2024 concerned exploitation inside Arcadia.",
    .responsible = "Prosecutor General's Office",
  },
  {
    .measure_id = "TIP-P1-06",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "Art. 171 carries 3 to 12 years, aggravated to 8 to 15 years where the victim is a "
                "child, the offender is an official, an organised group is involved or the victim "
                "dies. Repeat offending is not an aggravating factor. Six of 15 sentences in "
                "2022–2024 were suspended.",
    .notes = "The Supreme Court's sentencing guidelines are being revised; ask the Court Administration for the draft.",
    .responsible = "Ministry of Justice; Supreme Court",
    .ta_needs = LACUNA_TA_LEGAL_ADVICE | LACUNA_TA_TRAINING,
    .timeframe = "2027",
  },
  {
    .measure_id = "TIP-P1-07",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_NONE,
    .evidence = "The Anti-Trafficking Law 2017, art. 17, exempts identified victims from liability "
                "for immigration offences only; offences under the Law on Public Order, such as "
                "soliciting, are not covered. Police fined at least 14 women in 2024 who were later "
                "identified as victims.",
    .responsible = "Ministry of Justice; Ministry of the Interior; Prosecutor General's Office",
    .ta_needs = LACUNA_TA_LEGISLATIVE_DRAFTING | LACUNA_TA_TRAINING,
    .timeframe = "12 months",
  },
  {
    .measure_id = "TIP-P1-08",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_NONE,
    .evidence = "Arcadian law knows no criminal liability of legal persons. The Law on "
                "Administrative Offences, art. 44, allows fines of up to 50,000 units on companies "
                "for labour violations, but it has never been used in a trafficking case.",
    .notes = "The Ministry of Economy fears the effect on foreign investment; the discussion is political.",
    .responsible = "Ministry of Justice; Ministry of Economy",
    .ta_needs = LACUNA_TA_LEGISLATIVE_DRAFTING | LACUNA_TA_LEGAL_ADVICE,
    .timeframe = "before the next UNTOC review",
  },
  {
    .measure_id = "TIP-P1-09",
    .law = LACUNA_LEVEL_FULL,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The Criminal Code covers participation in a criminal organisation (art. 190), "
                "money laundering on an all-crimes basis (art. 231), bribery (arts. 305–309) and "
                "obstruction of justice (art. 341). Only one trafficking case since 2020 also "
                "carried a money-laundering charge.",
    .responsible = "Prosecutor General's Office; Financial Intelligence Unit",
  },
  {
    .measure_id = "TIP-P1-11",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "Arts. 12–14 of the Criminal Code cover the territory, Arcadian ships and aircraft, "
                "and nationals whom the Constitution (art. 48) forbids extraditing. Jurisdiction over "
                "offences abroad against Arcadians requires double criminality. One case was tried "
                "on that basis, in 2022.",
    .responsible = "Ministry of Justice; Prosecutor General's Office",
    .urgency = LACUNA_URGENCY_LOWER,
    .urgency_reason = "The remaining gap concerns an optional ground of jurisdiction that has "
                      "mattered in a single case in five years.",
  },
  {
    .measure_id = "TIP-P1-12",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_UNKNOWN,
    .evidence = "Arts. 56 to 56-3 of the Criminal Code allow confiscation of proceeds, instruments "
                "and equivalent value, and the Law on Banks (art. 83) lifts secrecy on a court order. "
                "No provision lets confiscated assets be used for victims. The Asset Recovery Office "
                "does not record the predicate offence, so practice cannot be measured.",
    .responsible = "Asset Recovery Office; Prosecutor General's Office; Ministry of Finance",
    .ta_needs = LACUNA_TA_LEGAL_ADVICE | LACUNA_TA_DATA_SYSTEMS,
    .timeframe = "2027",
  },
  {
    .measure_id = "TIP-P1-14",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The Anti-Trafficking Unit of the National Police was set up by Ministerial Order "
                "No. 19/2016 and has 14 officers, all in the capital. Three prosecutors are designated "
                "for trafficking cases but also handle other organised crime.",
    .notes = "The Unit's head says two regional branches are in the 2026 budget request; not yet approved.",
    .responsible = "National Police — Anti-Trafficking Unit; Prosecutor General's Office; Ministry of the Interior",
    .ta_needs = LACUNA_TA_TRAINING | LACUNA_TA_EQUIPMENT,
    .timeframe = "2026–2027",
  },
  {
    .measure_id = "TIP-P1-15",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "Police Instruction No. 7/2022 (restricted) asks for a parallel financial "
                "investigation in every trafficking case, but one was opened in only 2 of 31 cases "
                "in 2024. Most cases still begin with a victim's complaint.",
    .notes = "Both financial investigations are still open and linked to an operation against a "
             "labour recruitment network; do not quote them outside the working group.",
    .responsible = "National Police — Anti-Trafficking Unit; Financial Intelligence Unit",
    .ta_needs = LACUNA_TA_TRAINING | LACUNA_TA_DATA_SYSTEMS,
    .timeframe = "12 months",
    .confidential = TRUE,
  },
  {
    .measure_id = "TIP-P1-16",
    .law = LACUNA_LEVEL_FULL,
    .practice = LACUNA_LEVEL_LARGELY,
    .evidence = "Arts. 240–252 of the Code of Criminal Procedure allow interception, controlled "
                "delivery and undercover operations with a judge's authorisation for offences "
                "punishable by more than five years. Interception is common; undercover operations are rare.",
    .responsible = "National Police — Anti-Trafficking Unit; Prosecutor General's Office",
  },
  {
    .measure_id = "TIP-P1-17",
    .law = LACUNA_LEVEL_NONE,
    .practice = LACUNA_LEVEL_NONE,
    .evidence = "The Criminal Code reduces penalties for cooperating offenders only in drug cases "
                "(art. 229(5)), and the Code of Criminal Procedure has no cooperation agreement. "
                "Prosecutors report that co-accused refuse to testify against organisers.",
    .notes = "The Prosecutor General's Office supports a general cooperation procedure; the Bar "
             "Association opposes it.",
    .responsible = "Ministry of Justice; Prosecutor General's Office",
    .ta_needs = LACUNA_TA_LEGISLATIVE_DRAFTING | LACUNA_TA_LEGAL_ADVICE,
    .timeframe = "before the next UNTOC review",
  },
  {
    .measure_id = "TIP-P1-18",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The Anti-Trafficking Law 2017, art. 9, requires regular training of law "
                "enforcement and judicial staff. In 2023–2024, 210 police and border officers "
                "were trained, but only 11 judges, and labour inspectors not at all.",
    .responsible = "Judicial Training Centre; Police Academy; Labour Inspectorate",
    .ta_needs = LACUNA_TA_TRAINING,
    .timeframe = "12 months",
  },
  {
    .measure_id = "TIP-P1-19",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The Law on the Prevention of Corruption 2013 provides for asset declarations and "
                "integrity checks, and the Internal Affairs Department investigates police "
                "misconduct. In 2025 three Border Guard officers at the Kestrel Pass crossing were "
                "suspended on suspicion of taking bribes from a trafficking network.",
    .notes = "The Kestrel Pass investigation is ongoing and the officers have not been charged; keep "
             "this answer out of any shared document.",
    .responsible = "Anti-Corruption Agency; Ministry of the Interior — Internal Affairs Department",
    .ta_needs = LACUNA_TA_COORDINATION,
    .confidential = TRUE,
  },
  {
    .measure_id = "TIP-P1-20",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The Prosecutor General's annual report gives totals of cases and convictions "
                "under art. 171, without breakdown by sex, age, nationality or form of "
                "exploitation. Court sentencing data are kept on paper in most districts.",
    .responsible = "Prosecutor General's Office; Court Administration; National Statistics Office",
    .ta_needs = LACUNA_TA_DATA_SYSTEMS,
    .timeframe = "2027",
  },
  {
    .measure_id = "TIP-P1-21",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The Law on the Protection of Witnesses 2009 and art. 98 of the Code of Criminal "
                "Procedure provide for anonymity, closed hearings and testimony by video link. "
                "Only the capital's court has a video-link room; the Ȿanta Ëlena District Court, "
                "which hears most port cases, does not.",
    .responsible = "Ministry of Justice; Court Administration; National Police — Witness Protection Service",
    .ta_needs = LACUNA_TA_EQUIPMENT | LACUNA_TA_TRAINING,
    .timeframe = "2026–2027",
  },
  {
    .measure_id = "TIP-P1-22",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "Victims may join proceedings as civil claimants (Code of Criminal Procedure, "
                "art. 118) and receive free legal aid under the Law on Legal Aid 2012. Victims are "
                "rarely told when an accused is released; the draft Law on Victims' Rights would "
                "make notification compulsory.",
    .responsible = "Ministry of Justice; Prosecutor General's Office; Legal Aid Board",
    .timeframe = "2026",
  },

  /* ---------------------------------------------------------------------
   * TIP — Pillar 2: Protection and assistance
   * ------------------------------------------------------------------- */
  {
    .measure_id = "TIP-P2-01",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The Anti-Trafficking Law 2017, art. 12, and the 2020 identification SOPs set out "
                "indicators and who must apply them. Safe Harbour Arcadia's 2024 shadow report calls "
                "identification \"ad hoc and officer-dependent\", and the Labour Inspectorate hasn't "
                "referred a single presumed victim since 2021.",
    .notes = "Police and NGOs disagree on the numbers: 31 victims identified by the police in 2024, "
             "47 assisted by NGOs.",
    .responsible = "National Anti-Trafficking Commission; National Police — Anti-Trafficking Unit; "
                   "Labour Inspectorate; Border Guard Service",
    .ta_needs = LACUNA_TA_TRAINING | LACUNA_TA_COORDINATION,
    .timeframe = "12 months",
  },
  {
    .measure_id = "TIP-P2-02",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The national referral mechanism was set up by Government Decision No. 204/2019 and "
                "is described in the 2020 SOPs. It works in the capital; in the provinces, referral "
                "depends on personal contacts between police officers and NGO staff.",
    .responsible = "National Anti-Trafficking Commission; Ministry of Labour and Social Protection",
    .ta_needs = LACUNA_TA_COORDINATION,
    .timeframe = "2026",
  },
  {
    .measure_id = "TIP-P2-03",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_LARGELY,
    .evidence = "The Child Protection Act 2015 (arts. 33–37) requires a guardian to be appointed "
                "within 24 hours and a best-interests assessment for every unaccompanied child. In "
                "2024 a guardian was appointed on time for 41 of the 44 children referred.",
    .notes = "Rated above identification (TIP-P2-01) on purpose: child protection works well once "
             "a child is referred, but few child victims are identified in the first place.",
    .responsible = "Ministry of Labour and Social Protection — Child Protection Department",
  },
  {
    .measure_id = "TIP-P2-04",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_NONE,
    .evidence = "Art. 17 of the Anti-Trafficking Law protects only formally identified victims, "
                "while art. 96 of the Law on Foreigners allows detention of anyone in an irregular "
                "situation. At least 11 women later identified as victims were held at the Vardo "
                "detention centre in 2024.",
    .responsible = "Ministry of the Interior; Border Guard Service; National Police",
    .ta_needs = LACUNA_TA_LEGISLATIVE_DRAFTING | LACUNA_TA_TRAINING,
    .urgency = LACUNA_URGENCY_HIGHER,
    .urgency_reason = "Presumed victims are still being detained, which harms them and discourages "
                      "them from cooperating.",
    .timeframe = "6 months",
  },
  {
    .measure_id = "TIP-P2-05",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The Regulation on Shelter Standards 2019 sets minimum conditions. There is one "
                "State shelter with 12 places for women and children, and Safe Harbour Arcadia runs "
                "8 more; no place exists for adult men.",
    .responsible = "Ministry of Labour and Social Protection; Safe Harbour Arcadia",
    .urgency = LACUNA_URGENCY_HIGHER,
    .urgency_reason = "Men exploited for labour, four in ten identified victims in 2024, have nowhere safe to stay.",
    .timeframe = "2026",
  },
  {
    .measure_id = "TIP-P2-06",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The Law on Health Care, art. 19, gives identified victims free treatment, but "
                "uninsured foreigners receive emergency care only in practice. Psychological "
                "support is provided by NGOs with donor funding.",
    .responsible = "Ministry of Health; Ministry of Labour and Social Protection",
  },
  {
    .measure_id = "TIP-P2-07",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "Free legal aid is available to victims who join criminal proceedings, not before. "
                "There are no State interpreters for several languages; Spanish and Portuguese "
                "interpretation is provided informally by Fundación Puerto Seguro.",
    .responsible = "Legal Aid Board; Ministry of Justice; Safe Harbour Arcadia",
    .ta_needs = LACUNA_TA_LEGISLATIVE_DRAFTING,
    .timeframe = "2026",
  },
  {
    .measure_id = "TIP-P2-09",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "Individual risk assessment is carried out only when a victim becomes a protected "
                "witness under the Law on the Protection of Witnesses. Victims who do not testify "
                "have no safety plan.",
    .responsible = "National Police — Witness Protection Service; Safe Harbour Arcadia",
  },
  {
    .measure_id = "TIP-P2-10",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "Art. 13 of the Anti-Trafficking Law makes assistance independent of cooperation. "
                "In practice foreign victims keep their assistance after the reflection period only "
                "if they obtain a residence permit, which is tied to cooperation.",
    .responsible = "Ministry of Labour and Social Protection; Ministry of the Interior — Migration Directorate",
  },
  {
    .measure_id = "TIP-P2-11",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "A 2021 MoU with Safe Harbour Arcadia covers shelter and case management, funded "
                "through annual grants. The 2024 grant was paid in September, and the NGO closed "
                "its hotline for three months.",
    .responsible = "Ministry of Labour and Social Protection; Ministry of Finance",
    .ta_needs = LACUNA_TA_COORDINATION,
    .timeframe = "2027 budget",
  },
  {
    .measure_id = "TIP-P2-12",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "Art. 61 of the Law on Foreigners provides a 30-day recovery and reflection period. "
                "It was granted 3 times in 2024, although about 20 foreign presumed victims were eligible.",
    .responsible = "Ministry of the Interior — Migration Directorate; National Police",
  },
  {
    .measure_id = "TIP-P2-13",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "Art. 62 of the Law on Foreigners grants temporary residence only for the duration "
                "of criminal proceedings; there is no humanitarian ground and no route to permanent residence.",
    .responsible = "Ministry of the Interior — Migration Directorate",
    .ta_needs = LACUNA_TA_LEGISLATIVE_DRAFTING,
    .timeframe = "2027",
  },
  {
    .measure_id = "TIP-P2-14",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The Law on Consular Services 2011 allows emergency travel documents for nationals "
                "abroad. Verification of nationality takes two to four months when no passport "
                "record exists.",
    .responsible = "Ministry of Foreign Affairs — Consular Department; Ministry of the Interior — Passport Directorate",
    .ta_needs = LACUNA_TA_DATA_SYSTEMS,
  },
  {
    .measure_id = "TIP-P2-15",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "Art. 88 of the Law on Foreigners and the Law on Asylum 2016 prohibit refoulement. "
                "Returns of victims are organised by IOM as voluntary returns, but no written risk "
                "assessment is kept on file.",
    .responsible = "Ministry of the Interior — Migration Directorate; IOM country office",
  },
  {
    .measure_id = "TIP-P2-16",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_UNKNOWN,
    .evidence = "The National Action Plan 2022–2026 mentions reintegration, but no law gives "
                "returning Arcadian victims a right to it. Nobody keeps track of what happens to "
                "returned nationals after IOM's six-month follow-up ends.",
    .notes = "IOM may have follow-up data for 2022–2023; ask the country office.",
    .responsible = "Ministry of Labour and Social Protection; IOM country office",
    .ta_needs = LACUNA_TA_DATA_SYSTEMS | LACUNA_TA_COORDINATION,
  },
  {
    .measure_id = "TIP-P2-17",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_UNKNOWN,
    .evidence = "Victims can claim damages from the offender in criminal proceedings (Code of "
                "Criminal Procedure, art. 118). There is no State compensation fund; the draft "
                "Law on Victims' Rights would create one.",
    .notes = "Courts award damages but nobody knows whether any have been paid.",
    .responsible = "Ministry of Justice; Court Administration",
    .ta_needs = LACUNA_TA_LEGISLATIVE_DRAFTING,
    .timeframe = "2027",
  },

  /* ---------------------------------------------------------------------
   * TIP — Pillar 3: Prevention
   * ------------------------------------------------------------------- */
  {
    .measure_id = "TIP-P3-01",
    .law = LACUNA_LEVEL_UNANSWERED,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The National Statistics Office and the University of Arcadia published a study "
                "of labour exploitation in agriculture in 2022. No study of other forms of "
                "exploitation has been carried out, and the 2022 study has not been repeated.",
    .responsible = "National Statistics Office; National Anti-Trafficking Commission",
    .ta_needs = LACUNA_TA_DATA_SYSTEMS,
  },
  {
    .measure_id = "TIP-P3-02",
    .law = LACUNA_LEVEL_UNANSWERED,
    .practice = LACUNA_LEVEL_LARGELY,
    .evidence = "The \"Know Before You Go\" campaign (2023) reached secondary schools and bus "
                "stations in the four northern provinces and was evaluated by IOM in 2024.",
    .responsible = "Ministry of Education; National Anti-Trafficking Commission; IOM country office",
  },
  {
    .measure_id = "TIP-P3-03",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_UNKNOWN,
    .evidence = "The Social Assistance Law 2016 and a free late birth registration programme target "
                "poor rural households. Whether they reach the groups most at risk of trafficking "
                "has never been assessed.",
    .responsible = "Ministry of Labour and Social Protection; Ministry of Education",
  },
  {
    .measure_id = "TIP-P3-04",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The Law on Private Employment Agencies 2018 requires a licence and bans "
                "recruitment fees charged to workers. The Labour Inspectorate inspected 12 of the "
                "140 licensed agencies in 2024, and none of the unlicensed ones advertising online.",
    .responsible = "Ministry of Labour and Social Protection; Labour Inspectorate; Ministry of Foreign Affairs",
    .timeframe = "2026",
  },
  {
    .measure_id = "TIP-P3-05",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_NONE,
    .evidence = "Art. 171-1 of the Criminal Code (2019) punishes knowingly using the services of a "
                "victim; there has been no conviction. Public procurement rules contain no labour "
                "standards clause.",
    .responsible = "Ministry of Justice; Ministry of Labour and Social Protection; Public Procurement Agency",
    .ta_needs = LACUNA_TA_LEGAL_ADVICE,
  },
  {
    .measure_id = "TIP-P3-06",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The Law on the State Border 2010 provides for risk analysis and second-line "
                "checks. Risk profiles for trafficking are used at the international airport but "
                "not at the land crossings with Borduria.",
    .responsible = "Border Guard Service",
    .ta_needs = LACUNA_TA_EQUIPMENT | LACUNA_TA_TRAINING,
    .timeframe = "18 months",
  },
  {
    .measure_id = "TIP-P3-07",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "Art. 38 of the Law on Foreigners requires air carriers to check travel documents "
                "and fines them for failures; bus and ferry companies are not covered.",
    .responsible = "Ministry of the Interior; Civil Aviation Authority; Border Guard Service",
    .urgency = LACUNA_URGENCY_LOWER,
    .urgency_reason = "Most Arcadian victims leave by road with genuine documents, so stricter "
                      "carrier checks would catch few cases.",
  },
  {
    .measure_id = "TIP-P3-09",
    .law = LACUNA_LEVEL_FULL,
    .practice = LACUNA_LEVEL_FULL,
    .evidence = "Biometric passports meeting ICAO standards have been issued since 2012, and "
                "lost and stolen documents are reported to INTERPOL's database within 24 hours.",
    .responsible = "Ministry of the Interior — Passport Directorate",
  },
  {
    .measure_id = "TIP-P3-10",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The Anti-Corruption Agency's 2021 risk assessment covered the border and visa "
                "services but not labour inspection or the licensing of employment agencies.",
    .responsible = "Anti-Corruption Agency; Labour Inspectorate",
  },
  {
    .measure_id = "TIP-P3-11",
    .law = LACUNA_LEVEL_UNANSWERED,
    .practice = LACUNA_LEVEL_UNANSWERED,
    .not_applicable = TRUE,
    .na_reason = "Arcadia contributes no troops, police or civilian staff to peace operations and "
                 "has no military or police personnel serving abroad.",
    .evidence = "Letter from the Ministry of Defence to the working group, 14 March 2025, confirming "
                "that no deployment abroad is planned before 2028.",
    .notes = "Revisit if Arcadia joins the regional stand-by force under discussion.",
    .responsible = "Ministry of Defence; Ministry of Foreign Affairs",
  },

  /* ---------------------------------------------------------------------
   * TIP — Pillar 4: National cooperation and coordination
   * ------------------------------------------------------------------- */
  {
    .measure_id = "TIP-P4-01",
    .law = LACUNA_LEVEL_FULL,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The Anti-Trafficking Law 2017 (art. 5) and Government Decree No. 77/2018 "
                "establish the National Anti-Trafficking Commission, chaired by the Minister of "
                "Justice, with NGOs as observers. It met twice in 2024, and its secretariat has one "
                "staff member.",
    .responsible = "National Anti-Trafficking Commission; Ministry of Justice",
    .ta_needs = LACUNA_TA_COORDINATION,
    .timeframe = "2026",
  },
  {
    .measure_id = "TIP-P4-02",
    .law = LACUNA_LEVEL_FULL,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The National Action Plan 2022–2026 covers all four fields and names lead agencies, "
                "but only about a third of its activities were costed and funded. The 2024 "
                "mid-term review found 40% of activities not started.",
    .responsible = "National Anti-Trafficking Commission; Ministry of Finance",
    .ta_needs = LACUNA_TA_COORDINATION,
    .timeframe = "before the current plan ends in 2026",
  },
  {
    .measure_id = "TIP-P4-03",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "There is no national rapporteur. The Ombudsperson Act 2011 gives the "
                "Ombudsperson a general human rights mandate, and the 2024 annual report has a "
                "chapter on trafficking victims.",
    .responsible = "Office of the Ombudsperson; National Anti-Trafficking Commission",
    .urgency = LACUNA_URGENCY_LOWER,
    .urgency_reason = "The Ombudsperson already reports on victims' rights every year, so a separate "
                      "rapporteur matters less than funding services.",
  },
  {
    .measure_id = "TIP-P4-04",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The 2021 MoU with Safe Harbour Arcadia governs cooperation on assistance. There is "
                "no agreement with trade unions, employers' organisations or recruitment agencies.",
    .responsible = "Ministry of Labour and Social Protection; National Anti-Trafficking Commission",
  },
  {
    .measure_id = "TIP-P4-05",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The 2020 SOPs cover the police, prosecutors and social services, but not the "
                "Labour Inspectorate or health services, and there is no protocol for sharing case "
                "information between them.",
    .responsible = "National Anti-Trafficking Commission; Labour Inspectorate; Ministry of Health",
    .ta_needs = LACUNA_TA_COORDINATION | LACUNA_TA_LEGAL_ADVICE,
    .timeframe = "12 months",
  },
  {
    .measure_id = "TIP-P4-06",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "There is no national training plan. Each agency trains its own staff, mostly "
                "through donor projects, and course content is not harmonised.",
    .responsible = "National Anti-Trafficking Commission; Judicial Training Centre; Police Academy",
    .ta_needs = LACUNA_TA_TRAINING | LACUNA_TA_COORDINATION,
    .timeframe = "next action plan (2027–2031)",
  },
  {
    .measure_id = "TIP-P4-07",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_NONE,
    .evidence = "No central database exists, and each agency counts victims differently: the "
                "police recorded 31 victims in 2024, the Commission's secretariat 47. The Law on "
                "Personal Data Protection 2018 does not address sharing of victim data.",
    .responsible = "National Statistics Office; National Anti-Trafficking Commission",
    .ta_needs = LACUNA_TA_DATA_SYSTEMS,
    .timeframe = "2027",
  },
  {
    .measure_id = "TIP-P4-08",
    .law = LACUNA_LEVEL_UNANSWERED,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The 2024 mid-term review of the action plan was an internal exercise by the "
                "Commission's secretariat; no independent evaluation has ever been made.",
    .responsible = "National Anti-Trafficking Commission",
  },
  {
    .measure_id = "TIP-P4-09",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_NONE,
    .evidence = "The State budget has no dedicated line for trafficking; the Commission's costs sit "
                "under the Ministry of Justice's general budget. About 70% of victim services are "
                "funded by foreign donors.",
    .responsible = "Ministry of Finance; National Anti-Trafficking Commission",
    .timeframe = "2027 budget",
  },

  /* ---------------------------------------------------------------------
   * TIP — Pillar 5: International cooperation and coordination
   * ------------------------------------------------------------------- */
  {
    .measure_id = "TIP-P5-01",
    .law = LACUNA_LEVEL_FULL,
    .practice = LACUNA_LEVEL_UNANSWERED,
    .evidence = "Arcadia has been party to the Organized Crime Convention and the Trafficking in "
                "Persons Protocol since 2004, without reservations, and to ILO Conventions 29 and "
                "105, the 2014 Protocol to Convention 29 (since 2019), CEDAW and the Optional "
                "Protocol on the sale of children.",
    .responsible = "Ministry of Foreign Affairs — Treaty Department",
  },
  {
    .measure_id = "TIP-P5-02",
    .law = LACUNA_LEVEL_FULL,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The Law on Mutual Legal Assistance in Criminal Matters 2012 allows the Convention "
                "to serve as the legal basis for extradition, and art. 14(3) of the Criminal Code "
                "requires prosecution of nationals who are not extradited. Of three requests in "
                "2022–2024, one was executed, after 14 months.",
    .responsible = "Ministry of Justice — International Cooperation Department; Prosecutor General's Office",
  },
  {
    .measure_id = "TIP-P5-03",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The Ministry of Justice is the central authority under the 2012 Law; hearings by "
                "video link are allowed. Requests from Arcadia take nine months to be answered on "
                "average, and incoming requests about seven.",
    .responsible = "Ministry of Justice — International Cooperation Department",
    .ta_needs = LACUNA_TA_TRAINING | LACUNA_TA_DATA_SYSTEMS,
    .timeframe = "18 months",
  },
  {
    .measure_id = "TIP-P5-04",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_NONE,
    .evidence = "Foreign freezing orders can be executed under art. 55 of the 2012 Law, but there "
                "is no rule on sharing or returning confiscated assets. No foreign confiscation "
                "request in a trafficking case has been received or sent.",
    .responsible = "Ministry of Justice; Asset Recovery Office",
    .ta_needs = LACUNA_TA_LEGAL_ADVICE,
  },
  {
    .measure_id = "TIP-P5-05",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The INTERPOL National Central Bureau and a police liaison officer posted in "
                "Borduria handle information exchange. No liaison officer is posted in the main "
                "destination countries of Arcadian victims.",
    .responsible = "National Police — INTERPOL National Central Bureau; Ministry of the Interior",
  },
  {
    .measure_id = "TIP-P5-06",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_UNKNOWN,
    .evidence = "Art. 41 of the 2012 Law allows joint investigation teams, but there are no rules "
                "on the transfer of proceedings. The Prosecutor General's Office could not say "
                "whether a joint team has ever been set up.",
    .responsible = "Prosecutor General's Office; Ministry of Justice",
  },
  {
    .measure_id = "TIP-P5-07",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_LARGELY,
    .evidence = "The Gulf of Meridia Regional MoU (2019) set up joint contact centres with Borduria "
                "at Kestrel Pass and Ȿanta Ëlena, which operate around the clock.",
    .responsible = "Border Guard Service",
  },
  {
    .measure_id = "TIP-P5-08",
    .law = LACUNA_LEVEL_FULL,
    .practice = LACUNA_LEVEL_FULL,
    .evidence = "The Passport Directorate is the designated authority for document checks and "
                "answered all 63 foreign requests in 2024 within 48 hours.",
    .responsible = "Ministry of the Interior — Passport Directorate",
  },
  {
    .measure_id = "TIP-P5-09",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "Returns of victims are organised case by case with IOM; there is no SOP with "
                "Borduria or with the main destination countries on risk assessment or case handover.",
    .responsible = "Ministry of Foreign Affairs; Ministry of Labour and Social Protection; IOM country office",
    .ta_needs = LACUNA_TA_COORDINATION,
    .timeframe = "2027",
  },
  {
    .measure_id = "TIP-P5-10",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "Arcadia is part of the Gulf of Meridia regional process and has a readmission "
                "agreement with Borduria. It has no bilateral arrangement on trafficking with the "
                "countries where most Arcadian victims are found.",
    .responsible = "Ministry of Foreign Affairs",
  },
  {
    .measure_id = "TIP-P5-13",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The Government's Rules of Procedure give the Ministry of Foreign Affairs the lead "
                "on treaty reporting. Arcadia answered the UNTOC review questionnaire a year late, "
                "and its CEDAW report is overdue.",
    .responsible = "Ministry of Foreign Affairs; Ministry of Justice",
    .ta_needs = LACUNA_TA_COORDINATION,
    .timeframe = "before the next UNTOC review",
  },

  /* ---------------------------------------------------------------------
   * SOM — Pillar 1: Prosecution
   * ------------------------------------------------------------------- */
  {
    .measure_id = "SOM-P1-01",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "Art. 214 of the Criminal Code (organisation of illegal migration) punishes anyone "
                "who organises or facilitates an illegal border crossing, with no element of "
                "financial or other material benefit. In 2023 two fishermen who brought shipwrecked "
                "migrants ashore were charged under it.",
    .notes = "The Border Guard Service prefers the broad wording because it makes cases easier to "
             "prove; the Ministry of Justice favours adding the benefit element.",
    .responsible = "Ministry of Justice; Prosecutor General's Office; Border Guard Service",
    .ta_needs = LACUNA_TA_LEGISLATIVE_DRAFTING | LACUNA_TA_LEGAL_ADVICE,
    .urgency = LACUNA_URGENCY_HIGHER,
    .urgency_reason = "Relatives and rescuers are being prosecuted under art. 214 while organisers are rarely touched.",
    .timeframe = "12 months",
  },
  {
    .measure_id = "SOM-P1-02",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "Art. 318 of the Criminal Code (forgery) covers documents falsely made or altered, "
                "but not those obtained by deception or corruption, nor the use of a genuine "
                "document by someone else.",
    .responsible = "Ministry of Justice; Border Guard Service",
  },
  {
    .measure_id = "SOM-P1-03",
    .law = LACUNA_LEVEL_NONE,
    .practice = LACUNA_LEVEL_NONE,
    .evidence = "No offence covers enabling illegal stay. Art. 105 of the Law on Foreigners only "
                "fines employers of irregular workers, and landlords or document brokers face no sanction.",
    .responsible = "Ministry of Justice; Ministry of the Interior",
    .ta_needs = LACUNA_TA_LEGISLATIVE_DRAFTING,
    .timeframe = "before the next UNTOC review",
  },
  {
    .measure_id = "SOM-P1-04",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The general provisions on attempt and complicity (arts. 27–29) apply to art. 214, "
                "but they inherit the gaps of the basic offence, and where the underlying offence "
                "is missing altogether (SOM-P1-03) there is nothing for them to attach to.",
    .responsible = "Ministry of Justice",
  },
  {
    .measure_id = "SOM-P1-05",
    .law = LACUNA_LEVEL_NONE,
    .practice = LACUNA_LEVEL_NONE,
    .evidence = "Art. 214(2) aggravates only commission by an organised group. Endangering life and "
                "inhuman or degrading treatment are not aggravating circumstances: the smugglers "
                "in the 2023 capsizing off Ȿanta Ëlena, in which 17 people died, were charged with "
                "the basic offence.",
    .responsible = "Ministry of Justice; Prosecutor General's Office",
    .ta_needs = LACUNA_TA_LEGISLATIVE_DRAFTING,
    .timeframe = "12 months",
  },
  {
    .measure_id = "SOM-P1-06",
    .law = LACUNA_LEVEL_NONE,
    .practice = LACUNA_LEVEL_NONE,
    .evidence = "Art. 211 of the Criminal Code punishes illegal crossing of the State border with "
                "up to two years, with no exemption for smuggled migrants. In 2024, 163 migrants "
                "were convicted under it, including boat pilots who said they had been forced to steer.",
    .responsible = "Ministry of Justice; Prosecutor General's Office; Border Guard Service",
    .ta_needs = LACUNA_TA_LEGISLATIVE_DRAFTING | LACUNA_TA_TRAINING,
    .urgency = LACUNA_URGENCY_HIGHER,
    .urgency_reason = "Smuggled migrants, including coerced boat pilots, are being convicted every month.",
    .timeframe = "12 months",
  },
  {
    .measure_id = "SOM-P1-07",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "Art. 214 requires neither transnationality beyond the crossing itself nor an "
                "organised group, and carries up to five years. Because it lacks the benefit "
                "element, its scope differs from the Protocol, which complicates dual criminality.",
    .responsible = "Ministry of Justice",
  },
  {
    .measure_id = "SOM-P1-08",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "As for trafficking, legal persons face only administrative fines. Money laundering "
                "(art. 231) applies to all crimes, and jurisdiction follows arts. 12–14 of the Criminal Code.",
    .responsible = "Ministry of Justice; Financial Intelligence Unit",
  },
  {
    .measure_id = "SOM-P1-09",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_NONE,
    .evidence = "Art. 56 allows confiscation of vehicles and boats owned by the offender, but "
                "vessels registered to third parties must be returned. No financial investigation "
                "was opened in a smuggling case in 2024.",
    .responsible = "Prosecutor General's Office; Asset Recovery Office; Coast Guard",
    .ta_needs = LACUNA_TA_LEGAL_ADVICE | LACUNA_TA_TRAINING,
  },
  {
    .measure_id = "SOM-P1-10",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The Border Guard Service's Investigations Department handles smuggling cases, but "
                "its analysts work on irregular migration trends rather than networks. 88% of "
                "those convicted under art. 214 in 2024 were drivers or boat pilots.",
    .responsible = "Border Guard Service — Investigations Department; Prosecutor General's Office",
    .ta_needs = LACUNA_TA_TRAINING | LACUNA_TA_DATA_SYSTEMS,
    .timeframe = "2027",
  },
  {
    .measure_id = "SOM-P1-12",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_NONE,
    .evidence = "Witness protection applies in law to migrants, but migrants are usually removed "
                "before trial, and the Code of Criminal Procedure allows a pre-trial deposition "
                "only for witnesses who are ill or abroad.",
    .responsible = "Prosecutor General's Office; Ministry of the Interior — Migration Directorate",
    .ta_needs = LACUNA_TA_LEGAL_ADVICE,
  },
  {
    .measure_id = "SOM-P1-13",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The Law on the Prevention of Corruption 2013 applies to border and consular staff, "
                "and visa decisions have been taken by two officials since 2022. A case of visa fraud "
                "at an Arcadian consulate abroad is under investigation.",
    .notes = "Details of the consular case come from the Anti-Corruption Agency and must not leave the working group.",
    .responsible = "Anti-Corruption Agency; Ministry of Foreign Affairs — Consular Department; Border Guard Service",
    .confidential = TRUE,
  },
  {
    .measure_id = "SOM-P1-14",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_UNKNOWN,
    .evidence = "The Prosecutor General's reporting order lists art. 214 cases, but not by "
                "nationality or route, and deaths of migrants are not recorded anywhere. Arcadia "
                "has not answered the Conference of the Parties' last request for data.",
    .responsible = "Prosecutor General's Office; Border Guard Service; National Statistics Office",
    .ta_needs = LACUNA_TA_DATA_SYSTEMS,
  },

  /* ---------------------------------------------------------------------
   * SOM — Pillar 2: Protection and assistance
   * ------------------------------------------------------------------- */
  {
    .measure_id = "SOM-P2-01",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "Arts. 21 and 24 of the Constitution and the Border Guard Instruction on the Use of "
                "Force protect life and prohibit ill-treatment. The Ombudsperson's 2024 report "
                "documents complaints of beatings during apprehensions near Kestrel Pass.",
    .responsible = "Border Guard Service; Office of the Ombudsperson",
  },
  {
    .measure_id = "SOM-P2-03",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "Art. 112 of the Maritime Code requires assistance to anyone in distress, and "
                "Arcadia is party to the SAR Convention. The Coast Guard has two patrol vessels, "
                "and in 2024 it took over three hours to reach five of twelve boats in distress.",
    .responsible = "Coast Guard; Maritime Rescue Coordination Centre",
    .ta_needs = LACUNA_TA_EQUIPMENT | LACUNA_TA_TRAINING,
    .timeframe = "2026–2027",
  },
  {
    .measure_id = "SOM-P2-04",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The Child Protection Act 2015 applies to all unaccompanied children, whatever their "
                "status. The Vardo centre has no separate area for women travelling alone or for families.",
    .responsible = "Ministry of Labour and Social Protection — Child Protection Department; Ministry of the Interior",
  },
  {
    .measure_id = "SOM-P2-05",
    .law = LACUNA_LEVEL_FULL,
    .practice = LACUNA_LEVEL_UNKNOWN,
    .evidence = "Art. 77 of the Code of Criminal Procedure and art. 97 of the Law on Foreigners "
                "reflect the Vienna Convention on Consular Relations. Detention logs do not record "
                "whether detainees were told of their right or whether the consulate was informed.",
    .responsible = "Border Guard Service; Ministry of the Interior",
    .ta_needs = LACUNA_TA_DATA_SYSTEMS,
  },
  {
    .measure_id = "SOM-P2-06",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "Art. 9 of the Law on Asylum 2016 guarantees access to the procedure at the border. "
                "Protection screening with UNHCR takes place at the port of Ȿanta Ëlena only, not "
                "at the land crossings.",
    .responsible = "Border Guard Service; Ministry of the Interior — Asylum Office; UNHCR country office",
    .ta_needs = LACUNA_TA_TRAINING | LACUNA_TA_COORDINATION,
    .timeframe = "12 months",
  },
  {
    .measure_id = "SOM-P2-07",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_NONE,
    .evidence = "Art. 96 of the Law on Foreigners allows detention for up to 12 months. Reporting "
                "duties exist as an alternative but were never ordered in 2024, and the Vardo "
                "centre held 240 people in space for 150.",
    .responsible = "Ministry of the Interior — Migration Directorate; Border Guard Service",
    .ta_needs = LACUNA_TA_LEGAL_ADVICE,
  },
  {
    .measure_id = "SOM-P2-08",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_NONE,
    .evidence = "Victims' rights under the Code of Criminal Procedure apply to migrants, but no "
                "migrant harmed during smuggling has joined proceedings as a victim, because most "
                "are removed within weeks.",
    .responsible = "Prosecutor General's Office; Ministry of the Interior",
  },
  {
    .measure_id = "SOM-P2-09",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The readmission agreement with Borduria and the Law on Consular Services cover the "
                "return of nationals; residents with permanent status are covered only by the "
                "agreement. Verification takes more than the 30 days the agreement sets in about "
                "half of the cases.",
    .responsible = "Ministry of Foreign Affairs — Consular Department; Ministry of the Interior — Passport Directorate",
  },
  {
    .measure_id = "SOM-P2-10",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "Arts. 88–92 of the Law on Foreigners regulate removal and the use of force, and the "
                "Ombudsperson monitors forced returns. Only 4 of 19 charter returns in 2024 were monitored.",
    .responsible = "Ministry of the Interior — Migration Directorate; Office of the Ombudsperson",
  },

  /* ---------------------------------------------------------------------
   * SOM — Pillar 3: Prevention
   * ------------------------------------------------------------------- */
  {
    .measure_id = "SOM-P3-01",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The Integrated Border Management Strategy 2021–2025 provides for information "
                "campaigns. The only one so far, run by IOM in 2023, targeted young people in the "
                "northern provinces.",
    .responsible = "Ministry of the Interior; IOM country office",
  },
  {
    .measure_id = "SOM-P3-03",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The Regional Development Law 2018 directs investment to the northern provinces, "
                "where most Arcadian migrants come from, but smuggling is not among its criteria.",
    .responsible = "Ministry of Regional Development",
  },
  {
    .measure_id = "SOM-P3-04",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The Law on Foreigners provides seasonal work permits, capped at 2,000 a year. "
                "Family reunification takes about 14 months on average.",
    .responsible = "Ministry of Labour and Social Protection; Ministry of the Interior — Migration Directorate",
    .urgency = LACUNA_URGENCY_LOWER,
    .urgency_reason = "Labour mobility is being reformed under a separate government programme, so "
                      "the working group gives it less weight here.",
  },
  {
    .measure_id = "SOM-P3-05",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The Law on the State Border 2010 provides for surveillance between crossing "
                "points. Only 40% of the border with Borduria is covered by patrols or cameras.",
    .responsible = "Border Guard Service",
    .ta_needs = LACUNA_TA_EQUIPMENT,
    .timeframe = "2027",
  },
  {
    .measure_id = "SOM-P3-06",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "Art. 38 of the Law on Foreigners obliges and sanctions air carriers only (see "
                "TIP-P3-07). It contains no safeguard for people seeking protection.",
    .responsible = "Ministry of the Interior; Civil Aviation Authority",
  },
  {
    .measure_id = "SOM-P3-08",
    .law = LACUNA_LEVEL_FULL,
    .practice = LACUNA_LEVEL_FULL,
    .evidence = "Same system as for TIP-P3-09: biometric passports since 2012, new identity cards "
                "since 2020, and reports of lost documents to INTERPOL within 24 hours.",
    .responsible = "Ministry of the Interior — Passport Directorate",
  },
  {
    .measure_id = "SOM-P3-09",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The Border Guard Academy curriculum includes document fraud and migrants' rights. "
                "Coast Guard crews receive no training on smuggling or the treatment of migrants.",
    .responsible = "Border Guard Academy; Coast Guard",
    .ta_needs = LACUNA_TA_TRAINING,
    .timeframe = "12 months",
  },
  {
    .measure_id = "SOM-P3-10",
    .law = LACUNA_LEVEL_UNANSWERED,
    .practice = LACUNA_LEVEL_NONE,
    .evidence = "The last study of smuggling routes and prices was an IOM study in 2017; the "
                "Border Guard's risk analysis is not shared outside the service.",
    .responsible = "Border Guard Service; University of Arcadia",
    .ta_needs = LACUNA_TA_DATA_SYSTEMS,
  },

  /* ---------------------------------------------------------------------
   * SOM — Pillar 4: National cooperation and coordination
   * ------------------------------------------------------------------- */
  {
    .measure_id = "SOM-P4-01",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "Smuggling is covered by one chapter of the Integrated Border Management Strategy "
                "2021–2025, which expired at the end of 2025 and dealt with enforcement only.",
    .responsible = "Ministry of the Interior; Border Guard Service",
    .ta_needs = LACUNA_TA_COORDINATION,
    .timeframe = "2026",
  },
  {
    .measure_id = "SOM-P4-02",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The Joint Coordination Centre for Border Security brings together the Border Guard, "
                "Police and Customs; the Coast Guard and prosecutors are not members, and there is "
                "no SOP on smuggling cases.",
    .responsible = "Ministry of the Interior; Border Guard Service; Coast Guard",
    .ta_needs = LACUNA_TA_COORDINATION,
  },
  {
    .measure_id = "SOM-P4-03",
    .law = LACUNA_LEVEL_NONE,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "No authority has been designated or notified to the Secretary-General under "
                "art. 8(6) of the Protocol. In practice the Maritime Rescue Coordination Centre "
                "answers the few requests received.",
    .notes = "The Ministry of Foreign Affairs' legal department is checking whether a notification "
             "was ever sent in 2004.",
    .responsible = "Ministry of Foreign Affairs; Coast Guard",
    .ta_needs = LACUNA_TA_LEGAL_ADVICE,
    .timeframe = "6 months",
  },
  {
    .measure_id = "SOM-P4-04",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_LARGELY,
    .evidence = "Only UNHCR's role is set out in law, through the Law on Asylum. In practice IOM, "
                "UNHCR and Safe Harbour Arcadia are present at most disembarkations and take part "
                "in Border Guard training.",
    .responsible = "Ministry of the Interior; IOM country office; UNHCR country office",
  },
  {
    .measure_id = "SOM-P4-05",
    .law = LACUNA_LEVEL_UNANSWERED,
    .practice = LACUNA_LEVEL_UNKNOWN,
    .evidence = "The working group could not find out whether the Border Guard and the Police "
                "exchange data on smuggling cases, or whether anyone monitored the IBM strategy chapter.",
    .notes = "Ask the Joint Coordination Centre for its 2024 activity report.",
    .responsible = "Ministry of the Interior; Border Guard Service",
    .ta_needs = LACUNA_TA_DATA_SYSTEMS,
  },

  /* ---------------------------------------------------------------------
   * SOM — Pillar 5: International cooperation and coordination
   * ------------------------------------------------------------------- */
  {
    .measure_id = "SOM-P5-01",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_UNANSWERED,
    .evidence = "Arcadia is party to the Convention and the Smuggling of Migrants Protocol (2004), "
                "UNCLOS, SOLAS, the SAR Convention, the 1951 Refugee Convention and its Protocol, "
                "the Convention against Torture and the CRC. It has not joined the Migrant Workers Convention.",
    .responsible = "Ministry of Foreign Affairs — Treaty Department",
  },
  {
    .measure_id = "SOM-P5-02",
    .law = LACUNA_LEVEL_UNKNOWN,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "Nobody could confirm whether the 2015 Gulf of Meridia maritime security agreement "
                "covers smuggling of migrants or only drugs and fisheries. The Coast Guard holds one "
                "joint patrol a year with Borduria.",
    .responsible = "Coast Guard; Ministry of Foreign Affairs",
    .ta_needs = LACUNA_TA_LEGAL_ADVICE | LACUNA_TA_EQUIPMENT,
    .timeframe = "2027",
  },
  {
    .measure_id = "SOM-P5-03",
    .law = LACUNA_LEVEL_UNANSWERED,
    .practice = LACUNA_LEVEL_UNANSWERED,
    .not_applicable = TRUE,
    .na_reason = "Arcadia's waters lie entirely within the semi-enclosed Gulf of Meridia, whose "
                 "whole area is the territorial sea or contiguous zone of Arcadia or Borduria, and "
                 "Arcadia keeps no open ship register; the boarding regime for vessels on the high "
                 "seas has never come into play.",
    .evidence = "Opinion of the Ministry of Foreign Affairs' Treaty Department, 2 April 2025, and "
                "Coast Guard records showing no flag State request since 2004.",
    .notes = "Disputed: the Coast Guard thinks Arcadian fishing vessels working outside the Gulf "
             "could still be involved. Re-examine if the open ship register bill goes ahead.",
    .responsible = "Ministry of Foreign Affairs; Coast Guard",
  },
  {
    .measure_id = "SOM-P5-04",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The Gulf of Meridia Regional MoU provides for information exchange with Borduria "
                "and Lutesia. There is no channel with the transit countries further along the "
                "route, and no exchange on concealment methods.",
    .responsible = "Border Guard Service; National Police — INTERPOL National Central Bureau",
  },
  {
    .measure_id = "SOM-P5-05",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The joint contact centres with Borduria work well on land (see TIP-P5-07), but the "
                "Coast Guard has no direct line to its Bordurian counterpart and goes through the "
                "Ministry of Foreign Affairs.",
    .responsible = "Border Guard Service; Coast Guard",
    .ta_needs = LACUNA_TA_EQUIPMENT | LACUNA_TA_COORDINATION,
  },
  {
    .measure_id = "SOM-P5-06",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "Document checks are answered within 48 hours (see TIP-P5-08), but verification of "
                "nationality for persons without a passport record takes two to four months.",
    .responsible = "Ministry of the Interior — Passport Directorate; Ministry of Foreign Affairs — Consular Department",
    .ta_needs = LACUNA_TA_DATA_SYSTEMS,
  },
  {
    .measure_id = "SOM-P5-07",
    .law = LACUNA_LEVEL_PARTIAL,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The Law on Mutual Legal Assistance 2012 applies to smuggling cases, but because "
                "art. 214 differs from the Protocol offence, two requests from Lutesia were refused "
                "in 2023 for lack of dual criminality.",
    .responsible = "Ministry of Justice — International Cooperation Department",
    .ta_needs = LACUNA_TA_LEGAL_ADVICE,
  },
  {
    .measure_id = "SOM-P5-08",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "Arcadia has the readmission agreement with Borduria and the Gulf of Meridia "
                "Regional MoU, but none of their joint committees has met since 2022.",
    .responsible = "Ministry of Foreign Affairs; Ministry of the Interior",
  },
  {
    .measure_id = "SOM-P5-10",
    .law = LACUNA_LEVEL_LARGELY,
    .practice = LACUNA_LEVEL_PARTIAL,
    .evidence = "The 2016 readmission agreement with Borduria contains a non-refoulement clause "
                "and protects the rights of returnees under domestic law, but makes no provision "
                "for IOM or UNHCR involvement.",
    .responsible = "Ministry of the Interior — Migration Directorate; Ministry of Foreign Affairs",
    .timeframe = "when the agreement is reviewed in 2026",
  },
};

const guint lacuna_sample_n_answers = G_N_ELEMENTS (lacuna_sample_answers);

const LacunaSampleInstrument lacuna_sample_instruments[] = {
  {
    .type = "constitution",
    .title = "Constitution of the Republic of Arcadia",
    .article = "arts. 9 (effect of treaties), 21 (human dignity), 24 (prohibition of torture), "
               "26 (prohibition of forced labour), 48 (extradition of nationals)",
    .adopted = "1994-06-12",
    .status = "in-force",
    .reference = "Official Gazette No. 1/1994",
    .measures = "TIP-P1-01 TIP-P5-01 TIP-P5-02 SOM-P2-01 SOM-P5-01",
  },
  {
    .type = "law",
    .title = "Criminal Code",
    .article = "art. 171 (trafficking in human beings), art. 171-1 (use of the services of a victim)",
    .adopted = "2001-11-20",
    .status = "in-force",
    .reference = "Official Gazette No. 88/2001, as amended by Law No. 31/2019",
    .measures = "TIP-P1-01 TIP-P1-02 TIP-P1-03 TIP-P1-05 TIP-P1-06 TIP-P3-05",
  },
  {
    .type = "law",
    .title = "Criminal Code",
    .article = "arts. 12–14 (jurisdiction), 27–29 (attempt and complicity), 56–56-3 (confiscation), "
               "190 (criminal organisation), 231 (money laundering), 305–309 (bribery), "
               "341 (obstruction of justice)",
    .adopted = "2001-11-20",
    .status = "in-force",
    .reference = "Official Gazette No. 88/2001",
    .measures = "TIP-P1-04 TIP-P1-09 TIP-P1-11 TIP-P1-12 SOM-P1-04 SOM-P1-08 SOM-P1-09",
  },
  {
    .type = "law",
    .title = "Criminal Code",
    .article = "art. 211 (illegal crossing of the State border), art. 214 (organisation of illegal "
               "migration), art. 318 (forgery of documents)",
    .adopted = "2001-11-20",
    .status = "in-force",
    .reference = "Official Gazette No. 88/2001",
    .measures = "SOM-P1-01 SOM-P1-02 SOM-P1-05 SOM-P1-06 SOM-P1-07",
  },
  {
    .type = "law",
    .title = "Code of Criminal Procedure",
    .article = "arts. 77 (consular notification), 98 (protected witnesses), 118 (civil claims), "
               "240–252 (special investigative measures)",
    .adopted = "2003-04-02",
    .status = "in-force",
    .reference = "Official Gazette No. 27/2003",
    .measures = "TIP-P1-16 TIP-P1-21 TIP-P1-22 TIP-P2-17 SOM-P1-12 SOM-P2-05",
  },
  {
    .type = "law",
    .title = "Law No. 45/2017 on Combating Trafficking in Human Beings",
    .article = "arts. 5 (National Commission), 9 (training), 12 (identification), "
               "13 (unconditional assistance), 17 (non-punishment)",
    .adopted = "2017-05-30",
    .status = "in-force",
    .reference = "Official Gazette No. 41/2017",
    .measures = "TIP-P1-07 TIP-P1-18 TIP-P2-01 TIP-P2-02 TIP-P2-04 TIP-P2-10 TIP-P4-01 TIP-P4-02",
  },
  {
    .type = "law",
    .title = "Law No. 12/2014 on Foreigners",
    .article = "arts. 22 (refusal of entry), 38 (carriers), 61–62 (reflection period and residence "
               "of victims), 88–92 (return), 96–97 (detention and consular rights)",
    .adopted = "2014-03-18",
    .status = "in-force",
    .reference = "Official Gazette No. 19/2014",
    .measures = "TIP-P2-12 TIP-P2-13 TIP-P2-15 TIP-P3-07 TIP-P3-08 SOM-P2-05 SOM-P2-07 SOM-P2-10 SOM-P3-06 SOM-P3-07",
  },
  {
    .type = "law",
    .title = "Law on Victims' Rights",
    .adopted = NULL,
    .status = "draft",
    .reference = "Bill No. 2025/118, awaiting first reading",
    .measures = "TIP-P1-22 TIP-P2-07 TIP-P2-17 SOM-P2-08",
  },
  {
    .type = "law",
    .title = "Law on Mutual Legal Assistance in Criminal Matters",
    .article = "arts. 12–30 (extradition), 41 (joint investigation teams), 55 (foreign freezing orders)",
    .adopted = "2012-07-11",
    .status = "in-force",
    .reference = "Official Gazette No. 56/2012",
    .measures = "TIP-P5-02 TIP-P5-03 TIP-P5-04 TIP-P5-06 SOM-P5-07",
  },
  {
    .type = "law",
    .title = "Law on the Protection of Witnesses",
    .adopted = "2009-12-15",
    .status = "in-force",
    .reference = "Official Gazette No. 102/2009",
    .measures = "TIP-P1-21 TIP-P2-09 SOM-P1-12",
  },
  {
    .type = "law",
    .title = "Law No. 8/2003 on the Prevention of Trafficking in Women and Children",
    .adopted = "2003-03-05",
    .status = "repealed",
    .reference = "Repealed by Law No. 45/2017, art. 40",
    .measures = "TIP-P1-01 TIP-P2-05",
  },
  {
    .type = "decree",
    .title = "Government Decree No. 77/2018 on the National Anti-Trafficking Commission",
    .adopted = "2018-02-21",
    .status = "in-force",
    .reference = "Official Gazette No. 15/2018",
    .measures = "TIP-P4-01 TIP-P4-03 TIP-P4-08",
  },
  {
    .type = "action-plan",
    .title = "National Action Plan against Trafficking in Human Beings 2022–2026",
    .adopted = "2022-02-10",
    .status = "in-force",
    .reference = "Government Decision No. 131/2022",
    .measures = "TIP-P3-01 TIP-P3-02 TIP-P4-02 TIP-P4-06 TIP-P4-08 TIP-P2-16",
  },
  {
    .type = "sop",
    .title = "Standard Operating Procedures for the Identification and Referral of Victims of Trafficking",
    .adopted = "2020-09-01",
    .status = "in-force",
    .reference = "Approved by the National Anti-Trafficking Commission, minutes No. 4/2020",
    .measures = "TIP-P2-01 TIP-P2-02 TIP-P2-03 TIP-P4-05",
  },
  {
    .type = "sop",
    .title = "National Police Instruction No. 7/2022 on the Proactive Investigation of Trafficking Cases",
    .adopted = "2022-05-16",
    .status = "in-force",
    .reference = "Restricted",
    .confidential = TRUE,
    .measures = "TIP-P1-14 TIP-P1-15 TIP-P1-16",
  },
  {
    .type = "bilateral-agreement",
    .title = "Agreement between the Republic of Arcadia and the Republic of Borduria on the "
             "Readmission of Persons Residing without Authorisation",
    .article = "arts. 3–5 (readmission of own nationals), 14 (non-refoulement)",
    .adopted = "2016-10-04",
    .status = "in-force",
    .reference = "Treaty Series No. 22/2016",
    .measures = "SOM-P2-09 SOM-P5-08 SOM-P5-10 TIP-P2-14 TIP-P5-09 TIP-P5-10",
  },
  {
    .type = "mou",
    .title = "Gulf of Meridia Regional Memorandum of Understanding on Cross-Border Cooperation",
    .adopted = "2019-04-17",
    .status = "in-force",
    .measures = "TIP-P5-05 TIP-P5-07 TIP-P5-10 SOM-P5-04 SOM-P5-05 SOM-P5-08",
  },
  {
    .type = "mou",
    .title = "Memorandum of Understanding between the Ministry of Labour and Social Protection and "
             "Safe Harbour Arcadia on Assistance to Victims of Trafficking",
    .adopted = "2021-06-28",
    .status = "in-force",
    .measures = "TIP-P2-05 TIP-P2-06 TIP-P2-11 TIP-P4-04",
  },
};

const guint lacuna_sample_n_instruments = G_N_ELEMENTS (lacuna_sample_instruments);

const LacunaSampleParticipant lacuna_sample_participants[] = {
  {
    .name = "Miriam Okafor-Lindqvist",
    .institution = "Ministry of Justice",
    .role = "Chair of the working group",
    .contact = "m.okafor-lindqvist@example.org",
    .pillars = "TIP-P1 TIP-P4 SOM-P1 SOM-P4",
  },
  {
    .name = "Tomislav Horvat",
    .institution = "Prosecutor General's Office",
    .role = "Senior prosecutor, organised crime department",
    .contact = "t.horvat@example.org",
    .pillars = "TIP-P1 TIP-P5 SOM-P1 SOM-P5",
  },
  {
    .name = "Inspector Rafael Montoya",
    .institution = "National Police — Anti-Trafficking Unit",
    .role = "Head of unit",
    .contact = "+000 21 555 0142",
    .pillars = "TIP-P1 TIP-P2 TIP-P5",
  },
  {
    .name = "Colonel Henrik Sørby",
    .institution = "Border Guard Service",
    .role = "Deputy commander, risk analysis",
    .contact = "h.sorby@example.org",
    .pillars = "TIP-P3 SOM-P1 SOM-P3 SOM-P5",
  },
  {
    .name = "Nguyen Thi Lan",
    .institution = "Ministry of Labour and Social Protection",
    .role = "Legal adviser",
    .contact = "nguyen.lan@example.org",
    .pillars = "TIP-P2 TIP-P3",
  },
  {
    .name = "Aïcha Benali",
    .institution = "Safe Harbour Arcadia",
    .role = "Head of victim services",
    .contact = "a.benali@example.org",
    .pillars = "TIP-P2 TIP-P4",
  },
  {
    .name = "Lieutenant Commander Dario Ferrante",
    .institution = "Coast Guard",
    .role = "Maritime operations officer",
    .contact = "+000 21 555 0178",
    .pillars = "SOM-P2 SOM-P5",
  },
  {
    .name = "Kwame Asante",
    .institution = "IOM country office",
    .role = "Programme officer, migrant protection",
    .contact = "k.asante@example.org",
    .pillars = "TIP-P2 SOM-P2 SOM-P3",
  },
  {
    .name = "Elena Varga",
    .institution = "National Statistics Office",
    .role = "Statistician, crime and justice data",
    .contact = "e.varga@example.org",
    .pillars = "TIP-P4 SOM-P4",
  },
  {
    .name = "Priya Raman",
    .institution = "UNODC",
    .role = "UNODC national consultant",
    .contact = "p.raman@example.org",
    .pillars = "TIP-P1 TIP-P2 TIP-P3 TIP-P4 TIP-P5 SOM-P1 SOM-P2 SOM-P3 SOM-P4 SOM-P5",
  },
};

const guint lacuna_sample_n_participants = G_N_ELEMENTS (lacuna_sample_participants);

import type {
  enCommon,
  enDecision,
  enElement,
  enExport,
  enMatrix,
  enProsCons,
  enTable,
  enWizard,
  Messages,
  Section,
} from "./en.js";

// Built-in strings, Finnish, in the same sections as en.ts.

export const fiCommon: Section<typeof enCommon> = {
  recommended: "Suositeltu",
  yes: "Kyllä",
  no: "Ei",
  partial: "Osittain",
  notApplicable: "Ei sovellu",
  unknown: "Ei tiedossa",
  moreInfo: "Tietoa: {label}",
  errorTitle: "Vertailua ei voi näyttää",
  scrollRegion: "{title} (vieritettävä alue)",
};

export const fiTable: Section<typeof enTable> = {
  differencesOnly: "Näytä vain erot",
  rowsHidden_one: "{count} rivi ilman eroja piilotettu",
  rowsHidden_other: "{count} riviä ilman eroja piilotettu",
  noRowsHidden: "Kaikki rivit näkyvissä",
  notesHeading: "Huomautukset",
  sourcesHeading: "Lähteet",
  noteLink: "Huomautus {number}",
  backToCell: "Takaisin vertailuun",
  ratingValue: "{value}/{max}",
  optionPicker: "Vertailtavat vaihtoehdot",
  optionPickerHint: "Valitse vähintään kaksi.",
  accessed: "luettu {date}",
};

export const fiExport: Section<typeof enExport> = {
  parameterColumn: "Parametri",
  downloadCsv: "Lataa CSV",
};

export const fiProsCons: Section<typeof enProsCons> = {
  pros: "Edut",
  cons: "Haitat",
  prosConsOf: "Edut ja haitat: {option}",
  weightValue: "painoarvo {value}/5",
  noItems: "Ei mainittu",
};

export const fiDecision: Section<typeof enDecision> = {
  decisionTie: "Tasapeli: harkitse yhdistelmää vaihtoehdoista {options}.",
  decisionNearTie: "Lähes tasan: harkitse yhdistelmää vaihtoehdoista {options}.",
};

export const fiMatrix: Section<typeof enMatrix> = {
  matrixTitle: "Painota sinulle tärkeitä asioita",
  matrixIntro:
    "Valitse, kuinka paljon kukin parametri painaa, 0:sta (ei lainkaan) 5:een (erittäin paljon). " +
    // A word joiner after the dash: the range is not split at the line's end ("0–" above, "100." below).
    "Kokonaispisteet ovat asteikolla 0–\u2060100.",
  matrixWeights: "Painoarvot (0–5)",
  matrixResult: "Tulos",
  matrixScores: "Pisteet (0–10)",
  matrixTotal: "Yhteensä",
  matrixTotalValue: "{value}/100",
  matrixOptionTotal: "{option}: {value}/100",
  matrixNoTotal: "Ei kokonaispisteitä",
  matrixNotScored: "Ei pisteytetty",
  matrixLeader: "{option} johtaa: {value}/100.",
  matrixEmpty: "Ei vielä tulosta: anna jollekin pisteytetylle parametrille painoarvo, joka on yli 0.",
  matrixWhy_one: "Miksi: suurimman eron teki {parameters}.",
  matrixWhy_other: "Miksi: suurimman eron tekivät {parameters}.",
  matrixLeftOut: "Ei pisteytetty vaihtoehdolle {option}, joten jätetty pois sen kokonaispisteistä: {parameters}.",
  matrixUnscored_one: "{count} parametrilla ei ole pisteitä, joten se on jätetty pois: {parameters}.",
  matrixUnscored_other: "{count} parametrilla ei ole pisteitä, joten ne on jätetty pois: {parameters}.",
  matrixScoreLabel: "{option} – {parameter}",
  matrixScoreClamped: "Pisteet ovat väliltä 0–10: {typed} lasketaan arvoksi {score}.",
  matrixScoreNotNumber: "Pistemäärä on luku väliltä 0–10, esimerkiksi 7,5.",
};

export const fiWizard: Section<typeof enWizard> = {
  wizardTitle_one: "Etkö ole varma? Vastaa {count} kysymykseen",
  wizardTitle_other: "Etkö ole varma? Vastaa {count} kysymykseen",
  wizardProgress: "Kysymys {current}/{total}",
  wizardDone_one: "Kysymykseen on vastattu",
  wizardDone_other: "Kaikkiin {count} kysymykseen on vastattu",
  wizardBack: "Edellinen",
  wizardNext: "Seuraava",
  wizardShowResult: "Näytä tulos",
  wizardRestart: "Aloita alusta",
  wizardChooseAnswer: "Valitse vastaus jatkaaksesi.",
  wizardRecommendation: "Suositus: {option}",
  wizardPointsHeading: "Pisteet",
  wizardPoints_one: "{count} piste",
  wizardPoints_other: "{count} pistettä",
  wizardReasons: "Perustelut",
  wizardRelated: "Katso vertailutaulukosta",
};

export const fiElement: Section<typeof enElement> = {
  elementLoading: "Ladataan vertailua…",
};

/** Every built-in string, Finnish. */
export const fi: Messages = /* @__PURE__ */ Object.assign(
  {},
  fiCommon,
  fiTable,
  fiExport,
  fiProsCons,
  fiDecision,
  fiMatrix,
  fiWizard,
);

import { defineComparison } from "../schema/define.js";
import type { Comparison } from "../schema/types.js";

/**
 * The showcase: the article comparing business process outsourcing with call centres, in Finnish
 * (its own wording) and English, with the four types, pros and cons, the matrix's example scores
 * and the wizard's questions. Also importable from server code as `vertailu/data/bpo-vs-call-center`.
 */
export const bpoVsCallCenter: Comparison = defineComparison({
  schemaVersion: 1,
  id: "bpo-vs-call-center",
  defaultLocale: "fi",
  title: { fi: "BPO vs puhelinkeskus", en: "BPO vs call centre" },
  description: {
    fi:
      "Kahden tyyppisiä soittomenetelmiä ovat BPO ja puhelinkeskus. Molempia voidaan käyttää erilaisiin online- tai " +
      "offline-toimintoihin.",
    en:
      "BPO and the call centre are two types of calling methods. Both can be used for various online or offline " +
      "operations.",
  },
  options: [
    {
      id: "bpo",
      name: { fi: "BPO", en: "BPO" },
      description: {
        fi:
          "BPO, jota kutsutaan liiketoimintaprosessien ulkoistamiseksi, on viestintätoimialojen alajako. Yleisin " +
          "käyttö on ulkomaisissa yrityksissä, koska ne eivät voi luottaa vain rajoitettuun henkilöstöön, jonka " +
          "kanssa he työskentelevät. Ulkoistamisella tarkoitetaan tässä yhteydessä työn jakamista edelleen " +
          "samankaltaisilla aloilla työskentelevien kesken.",
        en:
          "BPO, or business process outsourcing, is a subdivision of the communication industries. It is most " +
          "commonly used in foreign companies, because they cannot rely only on the limited staff they work with. In " +
          "this context, outsourcing means passing work on further among those working in similar fields.",
      },
      types: ["horizontal-bpo", "vertical-bpo"],
      pros: [
        {
          fi: "IT-toimintojen vahvan tukijärjestelmän tarjoaminen.",
          en: "Providing a strong support system for IT functions.",
        },
        {
          fi: "Laadukkaiden säädösten ylläpito kaikille kyseiseen yritykseen liittyville henkilöille.",
          en: "Maintaining high-quality regulations for everyone connected with the company in question.",
        },
        {
          fi: "Riskit ovat alhaiset käytetyn kattavan mekanismin luotettavuuden ansiosta.",
          en: "Risks are low thanks to the reliability of the comprehensive mechanism used.",
        },
        {
          fi: "Luottamuksellisuus on tällaisissa hankkeissa korkea, koska ihmiset työskentelevät enimmäkseen ryhmissä.",
          en: "Confidentiality is high in such projects, because people mostly work in groups.",
        },
      ],
      cons: [
        {
          fi:
            "Piilevien kustannusten nousu aloitteleville hankkeille. Nämä jäävät huomaamatta varhain, mutta " +
            "vaikuttavat myöhemmin syvästi budjettiin.",
          en:
            "Rising hidden costs for projects that are just starting. These go unnoticed early on but later have a " +
            "deep effect on the budget.",
        },
        {
          fi:
            "Jos sopimusta ei päivitetä, useita lainmukaisuuksia saattaa syntyä sen jälkeen, kun uusimatta " +
            "jättämistä koskeva politiikka on käytetty loppuun.",
          en: "If the contract is not updated, several legal issues may arise once the non-renewal policy has run out.",
        },
      ],
    },
    {
      id: "call-center",
      name: { fi: "Puhelinkeskus", en: "Call centre" },
      description: {
        fi:
          "Puhelinkeskukset ovat yleisiä alueita, joissa ihmiset tai tekoälyohjatut koneet käsittelevät asiakkaiden " +
          "kyselyitä. He voivat joko soittaa ymmärtääkseen ongelmat (lähtevät) tai vastaanottaa puheluita, jotka on " +
          "soitettu vastaavaan asiakaspalvelunumeroon (saapuva). Tämän alueen tehokkuuden katsotaan olevan " +
          "ratkaisevan tärkeä kuluttajatyytyväisyyden kannalta.",
        en:
          "Call centres are common places where people or AI-driven machines handle customers' queries. They can " +
          "either make calls to understand problems (outbound) or receive calls made to the corresponding " +
          "customer-service number (inbound). The efficiency of this area is considered crucial for consumer " +
          "satisfaction.",
      },
      types: ["inbound-call-center", "outbound-call-center"],
      pros: [
        { fi: "Suhdetoiminnan tehostaminen.", en: "Enhancing public relations." },
        { fi: "Myynnin kasvattaminen huomattavassa määrin.", en: "Increasing sales to a considerable extent." },
        {
          fi: "Potentiaaliset asiakkaat saavat edelleen hyvän vastauksen.",
          en: "Potential customers still get a good response.",
        },
        {
          fi: "Kaikki tämä vaikuttaa suoraan yrityksen asemaan kyseisillä markkinoilla.",
          en: "All this directly affects the company's position in the market in question.",
        },
        {
          fi: "Kuluttajapohja vahvistuu varsin voimakkaasti.",
          en: "The consumer base becomes considerably stronger.",
        },
      ],
      cons: [
        { fi: "Toiminnan heikompi hallinta.", en: "Weaker control of operations." },
        { fi: "Luottamuksellisuuden puute.", en: "Lack of confidentiality." },
        {
          fi: "Työntekijät eivät ehkä pysty vastaamaan odotuksiin persoonallisuuserojen vuoksi.",
          en: "Employees may not be able to meet expectations because of personality differences.",
        },
        {
          fi:
            "Yritys voi jopa menettää tärkeitä asiakkaita, jos puhelinkeskuksen henkilökunta laiminlyö tavalla tai " +
            "toisella.",
          en:
            "The company may even lose important customers if the call-centre staff are negligent in one way or " +
            "another.",
        },
        { fi: "Myös työ- ja perhe-elämän tasapaino kärsii.", en: "Work–life balance also suffers." },
      ],
    },
  ],
  types: [
    { id: "horizontal-bpo", label: { fi: "Vaakasuuntainen BPO", en: "Horizontal BPO" }, family: "bpo" },
    { id: "vertical-bpo", label: { fi: "Pystysuora BPO", en: "Vertical BPO" }, family: "bpo" },
    {
      id: "inbound-call-center",
      label: { fi: "Saapuva puhelinkeskus", en: "Inbound call centre" },
      description: {
        fi: "Vastaanottaa puheluita, jotka on soitettu vastaavaan asiakaspalvelunumeroon.",
        en: "Receives calls made to the corresponding customer-service number.",
      },
      family: "call-center",
    },
    {
      id: "outbound-call-center",
      label: { fi: "Lähtevä puhelinkeskus", en: "Outbound call centre" },
      description: {
        fi: "Soittaa ymmärtääkseen ongelmat.",
        en: "Makes calls to understand problems.",
      },
      family: "call-center",
    },
  ],
  groups: [
    {
      id: "comparison",
      label: { fi: "Vertailutaulukko", en: "Comparison table" },
      description: {
        fi: "BPO:n ja puhelinkeskuksen vertailutaulukko",
        en: "Comparison table of BPO and call centres",
      },
    },
    {
      id: "key-differences",
      label: { fi: "Tärkeimmät erot", en: "Key differences" },
      description: {
        fi: "Tärkeimmät erot BPO:n ja Call Centerin välillä",
        en: "The main differences between BPO and call centres",
      },
    },
  ],
  parameters: [
    {
      id: "meaning",
      label: { fi: "Todellinen merkitys", en: "Actual meaning" },
      group: "comparison",
      values: {
        bpo: {
          kind: "text",
          text: {
            fi:
              "Se auttaa luomaan virallisia viestintäkanavia kolmannen osapuolen myyjien ja todellisten liikemiesten " +
              "välille.",
            en:
              "It helps create official communication channels between third-party vendors and the actual business " +
              "people.",
          },
          sources: ["article"],
        },
        "call-center": {
          kind: "text",
          text: {
            fi:
              "Paikka, jossa ihmiset on delegoitu käsittelemään puheluita yritykseen liittyviltä asiakkailta ja " +
              "asiakkailta.",
            en: "A place where people are delegated to handle calls from customers connected with the company.",
          },
          sources: ["article"],
        },
      },
    },
    {
      id: "operations",
      label: { fi: "Toimenpiteet suoritettu", en: "Operations performed" },
      group: "comparison",
      values: {
        bpo: {
          kind: "text",
          text: { fi: "Henkilöstöresurssit, kirjanpito jne.", en: "Human resources, accounting, etc." },
          sources: ["article"],
        },
        "call-center": {
          kind: "text",
          text: {
            fi: "Puheluiden soittaminen ja vastaanottaminen säilyttäen samalla kattavat tiedot.",
            en: "Making and receiving calls while keeping comprehensive records.",
          },
          sources: ["article"],
        },
      },
    },
    {
      id: "marketing-relevance",
      label: { fi: "Relevanssi markkinoinnissa", en: "Relevance in marketing" },
      group: "comparison",
      values: {
        bpo: {
          kind: "text",
          text: {
            fi: "Auttaa suorittamaan saumattomasti back-office-toimintoja.",
            en: "Helps carry out back-office functions seamlessly.",
          },
          sources: ["article"],
        },
        "call-center": {
          kind: "text",
          text: {
            fi: "Asiakastuki ja valitusten oikea-aikainen käsittely huomioidaan.",
            en: "Customer support and the timely handling of complaints are taken into account.",
          },
          sources: ["article"],
        },
      },
    },
    {
      id: "significant-functions",
      label: { fi: "Merkittävät toiminnot", en: "Significant functions" },
      group: "comparison",
      values: {
        bpo: {
          kind: "text",
          text: {
            fi: "Tehosta myyntiä ja markkinointia muiden pienten alojen, kuten teknisen tuen jne., ohella.",
            en: "Boosting sales and marketing alongside other small areas such as technical support, etc.",
          },
          sources: ["article"],
        },
        "call-center": {
          kind: "text",
          text: {
            fi: "Pitkäaikaisten asiakassuhteiden rakentaminen ja asianomaisen hankkeen luotettavuuden lisääminen.",
            en: "Building long-term customer relationships and increasing the credibility of the project concerned.",
          },
          sources: ["article"],
        },
      },
    },
    {
      id: "common-types",
      label: { fi: "Yleisimmät tyypit", en: "Most common types" },
      group: "comparison",
      values: {
        bpo: { kind: "types", types: ["horizontal-bpo", "vertical-bpo"], sources: ["article"] },
        "call-center": { kind: "types", types: ["inbound-call-center", "outbound-call-center"], sources: ["article"] },
      },
    },
    {
      id: "scope",
      label: { fi: "Laajuus", en: "Scope" },
      description: {
        fi: "Vertaa, käsitelläänkö ulkomaisia tehtäviä vai pääasiassa paikallisia kysymyksiä.",
        en: "Compares whether the work deals with foreign tasks or mainly with local queries.",
      },
      group: "key-differences",
      values: {
        bpo: {
          kind: "text",
          text: { fi: "Käsittelee ulkomaisia tehtäviä.", en: "Handles foreign tasks." },
          sources: ["article"],
        },
        "call-center": {
          kind: "text",
          text: {
            fi: "Liittyy pääasiassa paikallisiin kysymyksiin asiakkaiden monimuotoisuudesta riippuen.",
            en: "Mainly concerns local queries, depending on the diversity of customers.",
          },
          sources: ["article"],
        },
      },
    },
    {
      id: "office",
      label: { fi: "Back office ja front office", en: "Back office and front office" },
      description: {
        fi: "Vertaa, miten kumpikin nojaa back office- ja front office -toimintoihin.",
        en: "Compares how each relies on back-office and front-office functions.",
      },
      group: "key-differences",
      values: {
        bpo: {
          kind: "text",
          text: {
            fi: 'Luottaa pääasiassa "back office -toimintoihin" ja "front office -toimintoihin".',
            en: 'Relies mainly on "back-office functions" and "front-office functions".',
          },
          sources: ["article"],
        },
        "call-center": {
          kind: "text",
          text: {
            fi: "Vaativat molempia toimintoja asiakkaiden kyselyjen onnistumiseen.",
            en: "Require both functions for customers' queries to succeed.",
          },
          sources: ["article"],
        },
      },
    },
    {
      id: "pay",
      label: { fi: "Palkkaus", en: "Pay" },
      description: {
        fi: "Vertaa, millä perusteella henkilöstölle maksetaan.",
        en: "Compares what the staff's pay is based on.",
      },
      group: "key-differences",
      values: {
        bpo: {
          kind: "unknown",
          note: {
            fi: "Artikkeli ei kerro, miten BPO:n henkilöstölle maksetaan.",
            en: "The article does not say how BPO staff are paid.",
          },
        },
        "call-center": {
          kind: "text",
          text: {
            fi: "Maksetaan päivässä käsiteltyjen puheluiden ja ratkaistujen ongelmien määrän perusteella.",
            en: "Paid according to the number of calls handled and problems solved per day.",
          },
          sources: ["article"],
        },
      },
    },
    {
      id: "confidentiality",
      label: { fi: "Luottamuksellisuus", en: "Confidentiality" },
      description: {
        fi: "Vertaa luottamuksellisuutta ja toiminnan hallintaa.",
        en: "Compares confidentiality and control of operations.",
      },
      group: "key-differences",
      values: {
        bpo: {
          kind: "text",
          text: {
            fi:
              "Luottamuksellisuus on tällaisissa hankkeissa korkea, koska ihmiset työskentelevät enimmäkseen " +
              "ryhmissä.",
            en: "Confidentiality is high in such projects, because people mostly work in groups.",
          },
          score: 8,
          note: {
            fi: "Artikkeli lukee korkean luottamuksellisuuden BPO:n eduksi. Pistemäärä on tämän esimerkin arvio; artikkeli ei pisteytä.",
            en: "The article counts high confidentiality among the advantages of BPO. The score is this example's estimate; the article gives no scores.",
          },
          sources: ["article"],
        },
        "call-center": {
          kind: "text",
          text: {
            fi: "Toiminnan heikompi hallinta ja luottamuksellisuuden puute.",
            en: "Weaker control of operations and a lack of confidentiality.",
          },
          score: 2,
          note: {
            fi:
              "Artikkeli lukee toiminnan heikomman hallinnan ja luottamuksellisuuden puutteen puhelinkeskusten " +
              "haitoiksi. Pistemäärä on tämän esimerkin arvio; artikkeli ei pisteytä.",
            en:
              "The article counts weaker control of operations and a lack of confidentiality among the disadvantages " +
              "of call centres. The score is this example's estimate; the article gives no scores.",
          },
          sources: ["article"],
        },
      },
    },
  ],
  sources: [{ id: "article", title: { fi: "BPO vs puhelinkeskus (artikkeli)", en: "BPO vs call centre (article)" } }],
  conclusion: {
    fi:
      "Saapuvien ja lähtevien puhelinkeskusten merkitys on yhtä suuri. Koska toimintatapa on aivan erilainen kuin " +
      "BPO:iden, on vaikea luottaa yksittäiseen menetelmään. Eri viestintäjärjestelmien sekoitettu toiminta parantaa " +
      "varmasti työn tasoa lyhyessä ajassa. Arvioiden uskotaan olevan suoraan verrannollisia " +
      "asiakastyytyväisyyteen.\n\n" +
      'BPO luottaa pääasiassa "back office -toimintoihin" ja "front office -toimintoihin". Toisaalta ' +
      "puhelinkeskukset vaativat molempia toimintoja asiakkaiden kyselyjen onnistumiseen. Tietyn yrityksen asema " +
      "riippuu suuresti siitä, kuinka hyvin asiakkaita ja asiakkaita kohdellaan.",
    en:
      "Inbound and outbound call centres are equally important. Because their way of working is quite different from " +
      "that of BPOs, it is hard to rely on a single method. A mixed operation of different communication systems " +
      "will certainly raise the standard of work in a short time. Ratings are believed to be directly proportional " +
      "to customer satisfaction.\n\n" +
      'BPO relies mainly on "back-office functions" and "front-office functions". Call centres, on the other ' +
      "hand, require both functions for customers' queries to succeed. A given company's standing depends greatly on " +
      "how well customers are treated.",
  },
  questions: [
    {
      id: "back-office",
      text: {
        fi: "Tarvitsetko apua back office -toimintoihin, kuten henkilöstöhallintoon ja kirjanpitoon?",
        en: "Do you need help with back-office functions such as human resources and accounting?",
      },
      answers: [
        {
          id: "yes",
          text: { fi: "Kyllä", en: "Yes" },
          effects: { bpo: 3, "call-center": 0 },
          because: {
            fi:
              "Artikkelin vertailutaulukossa BPO:n toimenpiteitä ovat henkilöstöresurssit ja kirjanpito, ja se " +
              "auttaa suorittamaan saumattomasti back-office-toimintoja.",
            en:
              "In the article's comparison table, BPO's operations are human resources and accounting, and it helps " +
              "carry out back-office functions seamlessly.",
          },
          parameters: ["operations", "marketing-relevance", "office"],
        },
        {
          id: "no",
          text: { fi: "Ei", en: "No" },
          effects: { bpo: 0, "call-center": 0 },
          because: {
            fi: "Artikkeli liittää nämä tehtävät BPO:hon, joten ilman niitä kysymys ei puolla kumpaakaan.",
            en: "The article ties these tasks to BPO, so without them the question favours neither.",
          },
          parameters: ["operations"],
        },
      ],
    },
    {
      id: "customer-calls",
      text: {
        fi: "Pitääkö asiakkaiden puheluihin vastata ja valitukset käsitellä oikea-aikaisesti?",
        en: "Do customers' calls need to be answered and complaints handled in a timely way?",
      },
      answers: [
        {
          id: "yes",
          text: { fi: "Kyllä", en: "Yes" },
          effects: { bpo: 0, "call-center": 3 },
          because: {
            fi:
              "Artikkelin mukaan puhelinkeskuksessa ihmiset on delegoitu käsittelemään asiakkaiden puheluita, ja " +
              "asiakastuki ja valitusten oikea-aikainen käsittely huomioidaan.",
            en:
              "According to the article, in a call centre people are delegated to handle customers' calls, and " +
              "customer support and the timely handling of complaints are taken into account.",
          },
          parameters: ["meaning", "operations", "marketing-relevance"],
        },
        {
          id: "no",
          text: { fi: "Ei", en: "No" },
          effects: { bpo: 0, "call-center": 0 },
          because: {
            fi: "Artikkeli liittää nämä tehtävät puhelinkeskukseen, joten ilman niitä kysymys ei puolla kumpaakaan.",
            en: "The article ties these tasks to the call centre, so without them the question favours neither.",
          },
          parameters: ["operations"],
        },
      ],
    },
    {
      id: "scope",
      text: {
        fi: "Ovatko hoidettavat asiat ulkomaisia tehtäviä vai paikallisia kysymyksiä?",
        en: "Does the work involve foreign tasks or local queries?",
      },
      help: {
        fi:
          "Suurin ero BPO:n ja puhelinkeskuksen välillä on, että ensimmäinen käsittelee ulkomaisia tehtäviä, kun " +
          "taas jälkimmäinen liittyy pääasiassa paikallisiin kysymyksiin asiakkaiden monimuotoisuudesta riippuen.",
        en:
          "The main difference between BPO and a call centre is that the former handles foreign tasks, while the " +
          "latter mainly concerns local queries, depending on the diversity of customers.",
      },
      answers: [
        {
          id: "foreign",
          text: { fi: "Ulkomaisia tehtäviä", en: "Foreign tasks" },
          effects: { bpo: 3, "call-center": 0 },
          because: {
            fi: "Artikkelin mukaan BPO käsittelee ulkomaisia tehtäviä.",
            en: "According to the article, BPO handles foreign tasks.",
          },
          parameters: ["scope"],
        },
        {
          id: "local",
          text: { fi: "Paikallisia kysymyksiä", en: "Local queries" },
          effects: { bpo: 0, "call-center": 3 },
          because: {
            fi: "Artikkelin mukaan puhelinkeskus liittyy pääasiassa paikallisiin kysymyksiin.",
            en: "According to the article, a call centre mainly concerns local queries.",
          },
          parameters: ["scope"],
        },
        {
          id: "both",
          text: { fi: "Molempia", en: "Both" },
          effects: { bpo: 1, "call-center": 1 },
          because: {
            fi:
              "Artikkelin johtopäätöksen mukaan on vaikea luottaa yksittäiseen menetelmään, ja eri " +
              "viestintäjärjestelmien sekoitettu toiminta parantaa työn tasoa.",
            en:
              "The article concludes that it is hard to rely on a single method and that a mixed operation of " +
              "different communication systems raises the standard of work.",
          },
          parameters: ["scope"],
        },
      ],
    },
    {
      id: "confidentiality",
      text: {
        fi: "Kuinka tärkeitä luottamuksellisuus ja toiminnan hallinta ovat sinulle?",
        en: "How important are confidentiality and control of operations to you?",
      },
      answers: [
        {
          id: "critical",
          text: { fi: "Erittäin tärkeitä", en: "Very important" },
          effects: { bpo: 2, "call-center": -2 },
          because: {
            fi:
              "Artikkelin mukaan luottamuksellisuus on BPO-hankkeissa korkea, kun taas puhelinkeskusten haittoja " +
              "ovat toiminnan heikompi hallinta ja luottamuksellisuuden puute.",
            en:
              "According to the article, confidentiality is high in BPO projects, while the disadvantages of call " +
              "centres include weaker control of operations and a lack of confidentiality.",
          },
          parameters: ["confidentiality"],
        },
        {
          id: "not-critical",
          text: { fi: "Eivät ratkaisevia", en: "Not decisive" },
          effects: { bpo: 0, "call-center": 0 },
          because: {
            fi: "Ilman tätä vaatimusta artikkelin luottamuksellisuutta koskeva ero ei puolla kumpaakaan.",
            en: "Without this requirement, the difference in confidentiality that the article describes favours neither.",
          },
          parameters: ["confidentiality"],
        },
      ],
    },
    {
      id: "hidden-costs",
      text: {
        fi: "Onko hanke vasta alkamassa, niin että piilevät kustannukset voisivat myöhemmin vaikuttaa budjettiin?",
        en: "Is the project just starting, so that hidden costs could later affect the budget?",
      },
      answers: [
        {
          id: "yes",
          text: { fi: "Kyllä", en: "Yes" },
          effects: { bpo: -3, "call-center": 0 },
          because: {
            fi:
              "Artikkelin mukaan BPO:n haittoja ovat piilevien kustannusten nousu aloitteleville hankkeille; nämä " +
              "jäävät huomaamatta varhain, mutta vaikuttavat myöhemmin syvästi budjettiin.",
            en:
              "According to the article, a disadvantage of BPO is rising hidden costs for projects that are just " +
              "starting; these go unnoticed early on but later have a deep effect on the budget.",
          },
        },
        {
          id: "no",
          text: { fi: "Ei", en: "No" },
          effects: { bpo: 0, "call-center": 0 },
          because: {
            fi:
              "Artikkeli kohdistaa piilevien kustannusten riskin aloitteleviin hankkeisiin, joten se ei tässä puolla " +
              "kumpaakaan.",
            en:
              "The article places the risk of hidden costs on projects that are just starting, so here it favours " +
              "neither.",
          },
        },
      ],
    },
  ],
});

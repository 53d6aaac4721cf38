import type { PersonalDataText } from './municipalities.schemas.js';

/**
 * The information an applicant must get about the processing of their personal data (GDPR art. 13 and
 * 14), for a municipality that has not written its own. It follows the law every municipality works
 * under: socialtjänstlagen, OSL 26 kap., GDPR art. 6.1 c and e and 9.2 h, lagen (2001:454) om behandling
 * av personuppgifter inom socialtjänsten and the SSBTEK checks. Municipal details (the committee's name,
 * the data protection officer) belong in the municipality's own text.
 */
export function defaultPersonalData(municipalityName: string): { sv: PersonalDataText; en: PersonalDataText } {
  return {
    sv: {
      controller: `Den nämnd i ${municipalityName} som ansvarar för socialtjänsten (socialnämnden) är personuppgiftsansvarig. Det betyder att nämnden ansvarar för att dina uppgifter behandlas lagligt och säkert. Kommunen har också ett dataskyddsombud som du kan vända dig till med frågor om hur dina uppgifter behandlas.`,
      data: 'Vi behandlar de uppgifter som du lämnar i ansökan: namn, personnummer, kontaktuppgifter, familj och hushåll, boende, inkomster, tillgångar, kostnader och sysselsättning. Vi behandlar också kvitton och andra underlag som du skickar in, och de meddelanden du skickar till oss.\n\nEn del uppgifter kan handla om din hälsa, till exempel ett läkarintyg. Det är känsliga personuppgifter som vi skyddar extra.',
      purpose:
        'Vi använder uppgifterna för att utreda och besluta om din rätt till ekonomiskt bistånd, betala ut biståndet och följa upp ditt ärende. Vi använder dem också till den statistik som kommunen måste lämna till Socialstyrelsen.',
      legalBasis:
        'Vi behandlar uppgifterna för att utföra en uppgift av allmänt intresse och som myndighetsutövning (artikel 6.1 e i dataskyddsförordningen, GDPR) och för att följa en rättslig förpliktelse (artikel 6.1 c). Uppgiften följer av socialtjänstlagen. Uppgifter om hälsa behandlar vi med stöd av artikel 9.2 h i GDPR och lagen (2001:454) om behandling av personuppgifter inom socialtjänsten.',
      sources:
        'När vi utreder din ansökan hämtar vi uppgifter om dig och ditt hushåll från andra myndigheter och organisationer genom tjänsten SSBTEK (sammansatt bastjänst ekonomiskt bistånd): Försäkringskassan, Pensionsmyndigheten, Arbetsförmedlingen, CSN, Skatteverket, arbetslöshetskassorna, Transportstyrelsen och Migrationsverket. De är skyldiga att lämna uppgifterna till socialnämnden. Vi hämtar bara det som behövs för ditt ärende.',
      secrecy:
        'Uppgifterna skyddas av sekretess enligt 26 kapitlet offentlighets- och sekretesslagen (2009:400). Vi lämnar bara ut dem när en lag tillåter det eller när du har sagt ja till det. Alla som arbetar med uppgifterna har tystnadsplikt, också de företag som sköter tekniken åt oss.',
      retention:
        'Uppgifterna i din akt gallras, det vill säga tas bort, fem år efter den sista anteckningen i akten. Det följer av socialtjänstlagen. Akter för personer som är födda den 5, 15 eller 25 i en månad sparas för forskning, och likaså akterna i några kommuner som har valts ut för det.',
      rights:
        'Du har rätt att få veta vilka uppgifter vi har om dig (registerutdrag), att få fel rättade och i vissa fall att begränsa hur vi använder dem. Uppgifter som vi måste spara enligt lag kan vi inte ta bort innan de ska gallras. Kontakta din handläggare eller kommunens dataskyddsombud om du vill använda dina rättigheter.',
      complaint:
        'Om du tycker att vi behandlar dina personuppgifter på fel sätt kan du klaga hos Integritetsskyddsmyndigheten (IMY), som är tillsynsmyndighet. Läs mer om hur du klagar på imy.se.',
    },
    en: {
      controller: `The committee in ${municipalityName} responsible for social services (socialnämnden) is the controller of your personal data. This means the committee is responsible for processing your data lawfully and securely. The municipality also has a data protection officer whom you can ask about how your data is processed.`,
      data: 'We process the information you give in your application: name, personal identity number, contact details, family and household, housing, income, assets, costs and occupation. We also process the receipts and other documents you send in, and the messages you send us.\n\nSome information may concern your health, such as a medical certificate. This is sensitive personal data, which we protect with extra care.',
      purpose:
        'We use the information to investigate and decide on your right to financial assistance, to pay the assistance and to follow up your case. We also use it for the statistics the municipality must report to the National Board of Health and Welfare (Socialstyrelsen).',
      legalBasis:
        'We process the information to perform a task in the public interest and in the exercise of official authority (Article 6(1)(e) of the General Data Protection Regulation, GDPR) and to comply with a legal obligation (Article 6(1)(c)). The task follows from the Social Services Act (socialtjänstlagen). We process health data under Article 9(2)(h) of the GDPR and the Act (2001:454) on the processing of personal data in the social services.',
      sources:
        'When we investigate your application, we obtain information about you and your household from other authorities and organisations through the SSBTEK service (the composite basic service for financial assistance): the Social Insurance Agency, the Pensions Agency, the Public Employment Service, CSN, the Tax Agency, the unemployment insurance funds, the Transport Agency and the Migration Agency. They are required to give the information to the social services committee. We only obtain what your case needs.',
      secrecy:
        'The information is protected by secrecy under Chapter 26 of the Public Access to Information and Secrecy Act (2009:400). We only disclose it when a law allows it or when you have agreed to it. Everyone who works with the information is bound by confidentiality, including the companies that run the technology for us.',
      retention:
        'The information in your file is deleted (gallras) five years after the last entry in the file, as the Social Services Act requires. Files of people born on the 5th, 15th or 25th of any month are kept for research, as are the files in a few municipalities chosen for that purpose.',
      rights:
        'You have the right to know what information we hold about you (a register extract), to have errors corrected and in some cases to restrict how we use it. Information we must keep by law cannot be deleted before it is due for deletion. Contact your caseworker or the municipality’s data protection officer to use your rights.',
      complaint:
        'If you think we process your personal data in the wrong way, you can complain to the Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY), the supervisory authority. Read more about how to complain at imy.se.',
    },
  };
}
